// Who a source phrase names: a person of the article (by name, alias, title or pronoun), an
// organisation or publication, or an unnamed description ("dua pejabat Rusia ...", "a senior official").

import type { ClaimSource, Entity, Span } from "../../model.js";
import type { LanguagePack } from "../../lang/types.js";
import type { Merged } from "../people/index.js";
import { firstAtOrAfter, lastAtOrBefore } from "../search.js";
import { commonWordSet } from "../../lang/sets.js";

interface PersonRef {
  span: Span;
  entity: Entity;
}

interface OrgRef {
  span: Span;
  name: string;
  publication: boolean;
}


export class SourceIndex {
  private readonly persons: PersonRef[];
  private readonly orgs: OrgRef[];
  /** The language's word sets (titles and role words, pronouns, heads...): see WordSets. */
  private readonly words: WordSets;

  constructor(
    private readonly text: string,
    merged: Merged,
    pack: LanguagePack,
    /** The article's quotes, in text order: a narrative pronoun looks past the names inside them. */
    private readonly quoteSpans: Span[] = [],
    /** Whether a word is a cue with the speaker's clitic on it ("ujarnya"): as a source it is that
     * pronoun ('"...," ujarnya menambahkan'). */
    private readonly cliticCue: (word: string) => boolean = () => false,
  ) {
    this.persons = merged.people
      .flatMap((e) => e.mentions.filter((m) => m.via !== "pronoun").map((m) => ({ span: m.span, entity: e })))
      .sort((a, b) => a.span[0] - b.span[0]);
    // a description's span covers the words "Pemimpin Rusia itu"
    const pubMarkers = wordSets(pack).pubMarkers;
    this.orgs = merged.organisations
      .flatMap((e) =>
        e.mentions.map((m) => ({
          span: m.span,
          name: e.name,
          publication: e.name.toLowerCase().split(/\s+/).some((w) => pubMarkers.has(w)) || pubMarkers.has(e.name.toLowerCase()),
        })),
      )
      .sort((a, b) => a.span[0] - b.span[0]);
    this.words = wordSets(pack);
  }

  /** A word without its auxiliary's clitic ("we've" → "we"). */
  private withoutClitic(word: string): string {
    const c = this.words.clitics.find((x) => word.length > x.length && word.endsWith(x));
    return c ? word.slice(0, -c.length) : word;
  }

  /** The last person mentioned before an offset (for pronouns and quotes without a speaker). */
  /** `notInside`: spans in text order (quotes) whose mentions do not count. Binary searches, so that
   * long inputs with many quotes stay fast. */
  lastPersonBefore(offset: number, notInside?: Span[], from = 0): Entity | null {
    return this.lastPersonMentionBefore(offset, notInside, from)?.entity ?? null;
  }

  /** As lastPersonBefore, with the mention's span. With `outsideContents`, a person named inside what
   * someone was reported to say (the contents read so far) does not count either: the one reported
   * of stays the subject ("Adi membandingkan ... dengan SBY. Dia menilai ...": Dia is Adi). */
  lastPersonMentionBefore(offset: number, notInside?: Span[], from = 0, outsideContents = false): PersonRef | null {
    let i = lastAtOrBefore(this.persons, (p) => p.span[0], offset);
    for (let seen = 0; i >= 0 && this.persons[i]!.span[0] >= from && seen < MAX_PERSONS_BACK; i--, seen++) {
      const p = this.persons[i]!;
      if (p.span[1] > offset) continue;
      if (notInside && inside(notInside, p.span)) continue;
      if (outsideContents && inside(this.contents, p.span)) continue;
      return p;
    }
    return null;
  }

  /** Contents of the reported claims read so far, sorted by start (claims add theirs in text order). */
  readonly contents: Span[] = [];

  /** Note a reported claim's content (kept sorted by start). */
  addContent(span: Span): void {
    const last = this.contents[this.contents.length - 1];
    if (!last || last[0] <= span[0]) this.contents.push(span);
    else this.contents.splice(firstAtOrAfter(this.contents, (x) => x[0], span[0]), 0, span);
  }

  /** The person mention (by name) ending exactly at an offset. */
  personEnding(offset: number): PersonRef | null {
    // persons are sorted by start; ends follow starts closely, so scan the neighbourhood
    const lo = firstAtOrAfter(this.persons, (p) => p.span[0], offset);
    for (let i = Math.min(lo, this.persons.length - 1); i >= 0 && i >= lo - 8; i--) if (this.persons[i]!.span[1] === offset) return this.persons[i]!;
    return null;
  }

  /** The person the article calls by these words (a name or an alias), wherever they stand: for a
   * headline kept apart from the body, where no mention was recognised. */
  personNamed(words: string): Entity | null {
    const w = words.replace(/\s+/g, " ").trim().toLowerCase();
    for (const p of this.persons) if (p.entity.name.toLowerCase() === w || p.entity.aliases.some((a) => a.toLowerCase() === w)) return p.entity;
    return null;
  }

  /** Whether an organisation or publication is mentioned inside a span. */
  orgsIn(span: Span): boolean {
    return this.orgs.some((o) => o.span[0] >= span[0] && o.span[1] <= span[1]);
  }

  personsIn(span: Span): PersonRef[] {
    // persons are sorted by start: find the first starting at or after span[0], walk to span[1]
    let lo = 0;
    let hi = this.persons.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.persons[mid]!.span[0] < span[0]) lo = mid + 1;
      else hi = mid;
    }
    const out: PersonRef[] = [];
    for (let i = lo; i < this.persons.length && this.persons[i]!.span[0] < span[1]; i++) if (this.persons[i]!.span[1] <= span[1]) out.push(this.persons[i]!);
    return out;
  }

  /** Resolve the words of a source phrase. */
  resolve(span: Span): ClaimSource | null {
    const raw = this.text.slice(span[0], span[1]);
    const phrase = raw.replace(/\s+/g, " ").trim();
    if (!phrase) return null;
    const words = phrase.toLowerCase().split(" ");
    const content = words.filter((w) => !this.words.quantifiers.has(w));
    const firstHead = content.length > 0 && this.words.heads.has(content[0]!.replace(/[^\p{L}-]/gu, ""));
    const persons = this.personsIn(span);
    const lastPerson = persons[persons.length - 1];
    const endsWithPerson = lastPerson !== undefined && this.text.slice(lastPerson.span[1], span[1]).trim() === "";
    // "ilmuwan politik Ian Bremmer, pendiri ...": a person followed by an apposition is the source
    const appositive = persons.length > 0 && /^\s*[,(]/.test(this.text.slice(persons[0]!.span[1], span[1]));
    // "Scott's wife", "Trump's campaign manager": someone of the person's, not the person
    const possessed = lastPerson !== undefined && POSSESSED.test(this.text.slice(lastPerson.span[1], span[1]));
    if (possessed && persons.length === 1 && this.text.slice(span[0], persons[0]!.span[0]).trim() === "") return { name: phrase, kind: "unnamed", text: phrase, span };
    if (persons.length > 0 && (!firstHead || endsWithPerson || appositive)) {
      const p = endsWithPerson && !appositive ? lastPerson! : persons[0]!;
      return { name: p.entity.name, kind: "person", text: phrase, span };
    }
    if (words.length === 1 && (this.words.pronouns.has(words[0]!) || this.cliticCue(words[0]!))) {
      // "Scott's relatives, who ...": a relative pronoun after a possessed noun stands for that noun
      if (this.words.relatives.has(words[0]!)) {
        // (a person far back stands for no relative: the gap is read only when short, so a long
        // sentence of relatives stays linear)
        const near = this.lastPersonMentionBefore(span[0]);
        const m = near && span[0] - near.span[1] <= MAX_ANTECEDENT_GAP ? near : null;
        const between = m ? this.text.slice(m.span[1], span[0]).replace(/\s*,?\s*$/, "") : "";
        if (m && POSSESSED.test(between)) return { name: this.text.slice(m.span[0], m.span[1]) + between, kind: "unnamed", text: phrase, span };
        // a relative pronoun stands for the phrase right before it: a person named there (and set
        // off by an apposition at most: "Peter Quill, the engineer, who"), else someone unnamed
        // ("local officials and customers who accused ...")
        if (!m || !ANTECEDENT_GAP.test(between)) {
          // "Banyak pihak yang berspekulasi", "akun resmi TMC Polda Metro Jaya yang menyebutkan": the
          // noun phrase right before it names the source
          // (over the comma of a non-restrictive clause: "China and the United States, which vowed")
          const head = this.text.slice(0, span[0]).trimEnd();
          const np = this.phraseBefore(head.endsWith(",") ? head.length - 1 : span[0]);
          const antecedent = np ? this.resolve(np) : null;
          if (antecedent && !this.words.relatives.has(antecedent.text.toLowerCase())) return { ...antecedent, text: phrase, span };
          return { name: phrase, kind: "unnamed", text: phrase, span };
        }
        return { name: m.entity.name, kind: "person", text: phrase, span };
      }
      // "The answers he gave": a name a speaker said inside quotes is rarely the narrative's "he"
      const q = this.quoteSpans[lastAtOrBefore(this.quoteSpans, (x) => x[0], span[0])];
      const quoted = q !== undefined && span[0] < q[1];
      const p = (quoted ? null : (this.lastPersonMentionBefore(span[0], this.quoteSpans, 0, true)?.entity ?? this.lastPersonBefore(span[0], this.quoteSpans))) ?? this.lastPersonBefore(span[0]);
      return p ? { name: p.name, kind: "person", text: phrase, span } : { name: phrase, kind: "unknown", text: phrase, span };
    }
    // "Ketua Umum Partai Hanura itu", "politikus senior tersebut": the person the article gave that role, or just named
    const described = persons.length === 0 ? this.describedPerson(span, words) : null;
    if (described) return { name: described.name, kind: "person", text: phrase, span };
    // "We've spent ... and can say": a subject pronoun with its clitic auxiliary
    if (words.length === 1 && this.words.standalone.has(this.withoutClitic(words[0]!))) return { name: phrase, kind: "unnamed", text: phrase, span };
    const org = this.orgs.find((o) => o.span[0] >= span[0] && o.span[1] <= span[1]);
    // "a report in the Alden Herald", "laporan Kompas": the publication is the source
    if (org?.publication) return { name: org.name, kind: "publication", text: phrase, span };
    if (firstHead) return { name: phrase, kind: "unnamed", text: phrase, span };
    // "Ketua Umum PAN", "spokesman for the Pentagon": a role opening the phrase describes a person of the organisation
    const bareFirst = (content[0] ?? "").replace(/[^\p{L}-]/gu, "");
    // (not a title that is also an adjective: "General Motors")
    if (org && (this.words.roles.has(bareFirst) || this.words.roles.has(singular(bareFirst))) && !this.words.articles.has(bareFirst) && !this.words.adjectival.has(bareFirst)) return { name: phrase, kind: "unnamed", text: phrase, span };
    if (org) return { name: org.name, kind: org.publication ? "publication" : "organisation", text: phrase, span };
    if (content.some((w) => this.words.heads.has(w))) return { name: phrase, kind: "unnamed", text: phrase, span };
    // "Obama's former campaign strategist": a role describes a person, whatever the capitals
    const bare = content.map((w) => w.replace(/[^\p{L}-]/gu, ""));
    if (bare.some((w) => this.words.roles.has(w))) return { name: phrase, kind: "unnamed", text: phrase, span };
    // "The owners", "The video", "Protesters", "Studies": people by their role, or a common phrase
    // capitalised only where the sentence starts; named as the organisations below are, article aside
    const caps = phrase.split(" ").map((w) => /^\p{Lu}/u.test(w));
    const common = caps[0] && !caps.slice(1).some(Boolean) && (this.words.articles.has(words[0]!) || this.words.common.has(words[0]!) || this.words.common.has(singular(words[0]!)));
    if (common || bare.some((w) => this.words.roles.has(singular(w)))) return { name: phrase.replace(/^The\s+/, ""), kind: "unnamed", text: phrase, span };
    if (/^\p{Lu}/u.test(phrase)) return { name: phrase.replace(/^The\s+/, ""), kind: "organisation", text: phrase, span };
    return { name: phrase, kind: "unnamed", text: phrase, span };
  }

  /** The words right before an offset back to a comma, a sentence end, a quote mark or a clause
   * word ("dan", "bahwa"), a few at most, as a span: the noun phrase a relative pronoun follows. */
  private phraseBefore(at: number): Span | null {
    // (not across a line: a headline or the paragraph before)
    const from = Math.max(0, at - PHRASE_BEFORE, this.text.lastIndexOf("\n", at - 1) + 1);
    const before = this.text.slice(from, at);
    let start = -1;
    let count = 0;
    // words and punctuation from the end back (one regex pass over a bounded window)
    // (a dot inside a word stays, "boldsky.com"; one ending it ends a sentence: "klub. Statistik yang")
    const tokens = [...before.matchAll(/[\p{L}\p{N}@#'’_-]+(?:\.[\p{L}\p{N}@#'’_-]+)*|[^\s\p{L}\p{N}]/gu)];
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i]!;
      if (!/^[\p{L}\p{N}@#]/u.test(t[0]) || this.words.clauseWords.has(t[0].toLowerCase())) break;
      if (++count > MAX_PHRASE_WORDS) return null;
      start = from + t.index!;
    }
    if (start < 0) return null;
    return [start, from + before.trimEnd().length];
  }

  /**
   * The person a description closed by a demonstrative stands for: among the people named before it,
   * the one whose roles hold most of its words ("Ketua Umum Partai Hanura itu" for the one the article
   * called "Ketua Umum Partai Hanura Oesman Sapta Odang"), the latest on a tie; failing that, when it is
   * headed by a role or person noun ("politikus senior itu", "pria asal Bogor itu"), the person named
   * last, not long before. Null when it is no such description or fits no one.
   */
  private describedPerson(span: Span, written: readonly string[]): Entity | null {
    // (an adverb after the demonstrative is the clause's: "Mantan penyiar radio itu pun")
    let end = written.length;
    while (end > 2 && this.words.adverbs.has(written[end - 1]!)) end--;
    const words = written.slice(0, end);
    if (words.length < 2 || !this.words.closingDemonstratives.has(words[words.length - 1]!)) return null;
    const desc = words.slice(0, -1).map((w) => w.replace(/[^\p{L}-]/gu, "")).filter((w) => w !== "" && !this.words.quantifiers.has(w));
    if (desc.length === 0) return null;
    let best: Entity | null = null;
    let bestScore = 0;
    const seen = new Set<Entity>();
    // (the latest mentions only: an endless run of descriptions stays linear)
    const last = lastAtOrBefore(this.persons, (p) => p.span[0], span[0]);
    for (let i = last; i >= 0 && last - i < MAX_DESCRIBED_BACK; i--) {
      const e = this.persons[i]!.entity;
      if (this.persons[i]!.span[1] > span[0] || seen.has(e)) continue;
      seen.add(e);
      const roleWords = new Set(e.roles.flatMap((r) => r.toLowerCase().split(/\s+/)));
      const score = desc.filter((w) => roleWords.has(w)).length;
      // (most of its words: "ketua" alone fits too many)
      if (score > bestScore && score * 2 >= desc.length + (desc.length > 1 ? 1 : 0)) {
        best = e;
        bestScore = score;
      }
    }
    if (best) return best;
    // (or past a modifier of the role: "mantan ketua KPU Kota Surabaya tersebut")
    const person = (w: string) => this.words.roles.has(w) || this.words.personNouns.has(w);
    if (!person(desc[0]!) && !person(desc.find((w) => !this.words.roleModifiers.has(w)) ?? "")) return null;
    return this.lastPersonMentionBefore(span[0], this.quoteSpans, Math.max(0, span[0] - DESCRIPTION_REACH), true)?.entity ?? null;
  }
}

/** Person mentions a description looks back over for the role it names. */
const MAX_DESCRIBED_BACK = 256;

/** Characters and words read back for the phrase a relative pronoun follows. */
const PHRASE_BEFORE = 120;
const MAX_PHRASE_WORDS = 8;

/** How far back (characters) a description with only a role noun looks for the person just named. */
const DESCRIPTION_REACH = 600;

/** Person mentions looked back over for an antecedent (a long run of them inside quotes stays linear). */
const MAX_PERSONS_BACK = 64;

/** Whether a span lies inside one of the spans (sorted by start; nested ones are seen through the
 * latest few starting before it). */
function inside(spans: readonly Span[], [a, b]: Span): boolean {
  const i = lastAtOrBefore(spans, (x) => x[0], a);
  for (let k = i; k >= 0 && k > i - 4; k--) if (b <= spans[k]![1]) return true;
  return false;
}

/** What may stand between a person's name and the relative pronoun that stands for them: nothing, or
 * an apposition between commas with no sentence end in it ("Peter Quill, the engineer, who"). */
const ANTECEDENT_GAP = /^(?:\s*|\s*,[^.;!?"“”\n]{1,80})$/u;
/** Characters between a person's name and a relative pronoun that may still stand for them. */
const MAX_ANTECEDENT_GAP = 100;

/** What follows a person's name in a phrase naming someone of theirs: "'s wife", "'s campaign manager". */
const POSSESSED = /^['’]s(?:\s+[\p{Ll}-]+){1,3}\s*$/u;

/** A plural's singular, roughly: "doctors" → "doctor", "studies" → "study" (for lexicon look-ups). */
function singular(w: string): string {
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) return w.slice(0, -1);
  return w;
}

/** The word sets a source index reads of its language: built once a pack, not once an article. */
interface WordSets {
  heads: Set<string>;
  /** Words of titles and role nouns ("strategist", "secretary"): a phrase with one describes a person. */
  roles: Set<string>;
  pronouns: Set<string>;
  quantifiers: Set<string>;
  relatives: Set<string>;
  clitics: string[];
  /** Pronouns that name no one of the article ("I", "we", "they"): kept as written. */
  standalone: Set<string>;
  /** Articles and common words: a phrase of them capitalised only at the sentence start names no organisation. */
  articles: Set<string>;
  common: ReadonlySet<string>;
  adjectival: Set<string>;
  /** Demonstratives closing a description ("Ketua Umum Partai Hanura itu", "pria asal Bogor tersebut"). */
  closingDemonstratives: Set<string>;
  /** Nouns of people ("pria", "wanita", "warga"): a description headed by one is someone just named. */
  personNouns: Set<string>;
  /** Words before a role that modify it ("mantan", "former"). */
  roleModifiers: Set<string>;
  adverbs: Set<string>;
  /** Clause words a relative pronoun's antecedent never reaches back across ("dan", "bahwa", "and"). */
  clauseWords: Set<string>;
  pubMarkers: Set<string>;
}

const WORD_SETS = new WeakMap<LanguagePack, WordSets>();

function wordSets(pack: LanguagePack): WordSets {
  const known = WORD_SETS.get(pack);
  if (known) return known;
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  // (languages that put the demonstrative last: "the senator" opens with its article instead)
  const english = pack.people.demonstratives.includes("the");
  const sets: WordSets = {
    heads: new Set(pack.claims.sourceHeads),
    roles: new Set([...pack.people.titles, ...pack.people.roleNouns].flatMap((r) => r.toLowerCase().split(/\s+/))),
    pronouns: new Set([...pack.people.pronouns, ...(pack.people.pronounPossessives ?? []), ...pack.claims.relativePronouns]),
    quantifiers: lower(pack.claims.sourceQuantifiers ?? []),
    relatives: lower(pack.claims.relativePronouns),
    clitics: (pack.claims.clitics ?? []).map((x) => x.toLowerCase()),
    standalone: lower(pack.claims.subjectPronouns ?? []),
    articles: lower(pack.claims.nounMarkers ?? []),
    common: commonWordSet(pack),
    adjectival: new Set(pack.people.adjectivalTitles ?? []),
    closingDemonstratives: lower(english ? [] : pack.people.demonstratives),
    personNouns: lower(pack.people.personNouns ?? []),
    roleModifiers: lower(pack.people.roleModifiers),
    adverbs: lower(pack.claims.adverbs),
    // (and the one-word cues: a reporting verb is no part of a noun phrase, "mengungkapkan hasil riset yang")
    clauseWords: lower([...pack.claims.clauseBreaks, ...pack.claims.sourceStops, ...pack.claims.cues.map((c) => c.cue).filter((c) => !/\s/.test(c))]),
    pubMarkers: lower(pack.people.publicationMarkers),
  };
  WORD_SETS.set(pack, sets);
  return sets;
}
