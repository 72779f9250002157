// Phrase look-up over lower-cased tokens: lexicon entries may be several words ("yang sama", "as of").
// One-word entries (most of them) sit in a plain map; longer ones are indexed by their first word,
// and by their last word only when a backward look-up is first asked for.

interface Entry<V> {
  words: string[];
  value: V;
}

/** What starts with a word that opens longer entries: the one-word entry, if any, and the longer
 * ones (longest first). A word that opens none maps to its one-word entry's value itself: most
 * entries are one word, and a set is built at every start. */
class Head<V> {
  constructor(
    public single: V | undefined,
    public readonly longer: Entry<V>[],
  ) {}
}

export class PhraseSet<V> {
  /** Every entry by its first word: one map look-up a token answers both kinds. */
  private readonly byFirst = new Map<string, V | Head<V>>();
  private byLast: Map<string, Entry<V>[]> | null = null;
  private readonly multi: Entry<V>[] = [];

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
    this.sortHeads();
  }

  static of(words: Iterable<string>): PhraseSet<true> {
    const set = new PhraseSet<true>([]);
    for (const w of words) set.add(w, true);
    set.sortHeads();
    return set;
  }

  /** Adds an entry (the first value given a phrase stays). */
  private add(phrase: string, value: V): void {
    const p = phrase.toLowerCase();
    if (!p.includes(" ")) {
      if (!p) return;
      const h = this.byFirst.get(p);
      if (h === undefined) this.byFirst.set(p, value);
      else if (h instanceof Head) h.single ??= value;
      return;
    }
    const words = p.split(/\s+/).filter(Boolean);
    const e = { words, value };
    this.multi.push(e);
    const h = this.byFirst.get(words[0]!);
    if (h instanceof Head) h.longer.push(e);
    else this.byFirst.set(words[0]!, new Head(h, [e]));
  }

  private sortHeads(): void {
    for (const h of this.byFirst.values()) if (h instanceof Head && h.longer.length > 1) h.longer.sort((a, b) => b.words.length - a.words.length);
  }

  /** Whether the set has no entry. */
  get empty(): boolean {
    return this.byFirst.size === 0;
  }

  /** Whether some entry starts with this word. */
  starts(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** Longest phrase starting at token i: its length in tokens and value. */
  at(low: readonly string[], i: number): { length: number; value: V } | null {
    const w = low[i];
    if (w === undefined) return null;
    const h = this.byFirst.get(w);
    if (h === undefined) return null;
    if (!(h instanceof Head)) return { length: 1, value: h };
    for (const { words, value } of h.longer) {
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = low[i + k] === words[k];
      if (ok) return { length: words.length, value };
    }
    return h.single === undefined ? null : { length: 1, value: h.single };
  }

  /** Longest phrase ending just before token i. */
  before(low: readonly string[], i: number): { length: number; value: V } | null {
    const w = low[i - 1];
    if (w === undefined) return null;
    if (!this.byLast) {
      this.byLast = new Map();
      for (const e of this.multi) push(this.byLast, e.words[e.words.length - 1]!, e);
      for (const list of this.byLast.values()) list.sort((a, b) => b.words.length - a.words.length);
    }
    const list = this.byLast.get(w);
    if (list) {
      for (const { words, value } of list) {
        const s = i - words.length;
        if (s < 0) continue;
        let ok = true;
        for (let k = 0; k < words.length - 1 && ok; k++) ok = low[s + k] === words[k];
        if (ok) return { length: words.length, value };
      }
    }
    const h = this.byFirst.get(w);
    const v = h instanceof Head ? h.single : h;
    return v === undefined ? null : { length: 1, value: v };
  }
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
