// Phrase look-up over lower-cased tokens: lexicon entries may be several words ("yang sama", "as of").

export class PhraseSet<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();
  private readonly byLast = new Map<string, { words: string[]; value: V }[]>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      push(this.byFirst, words[0]!, { words, value });
      push(this.byLast, words[words.length - 1]!, { words, value });
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const list of this.byLast.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  static of(words: Iterable<string>): PhraseSet<true> {
    return new PhraseSet([...words].map((w) => [w, true] as [string, true]));
  }

  /** Longest phrase starting at token i: its length in tokens and value. */
  at(low: readonly string[], i: number): { length: number; value: V } | null {
    const list = this.byFirst.get(low[i] ?? "");
    if (!list) return null;
    for (const { words, value } of list) {
      if (words.every((w, k) => low[i + k] === w)) return { length: words.length, value };
    }
    return null;
  }

  /** Longest phrase ending just before token i. */
  before(low: readonly string[], i: number): { length: number; value: V } | null {
    const list = this.byLast.get(low[i - 1] ?? "");
    if (!list) return null;
    for (const { words, value } of list) {
      const s = i - words.length;
      if (s >= 0 && words.every((w, k) => low[s + k] === w)) return { length: words.length, value };
    }
    return null;
  }
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
