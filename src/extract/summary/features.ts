// What the summary scorer reads of each sentence: where it stands, how long it is, how central it is
// to the article (TF-IDF cosine with the rest), and what the other stages found in it (people, dates,
// claims with a named source, quotes). No word of any language: the same features serve every pack,
// whose stop words only keep function words out of the centrality.

import type { Claim, Document, Entity, Sentence, TimeExpression } from "../../model.js";
import { datelineLength } from "../../segment/dateline.js";

/** The facts of the article the features read (the analysis so far). */
export interface SummaryFacts {
  people: readonly Entity[];
  expressions: readonly TimeExpression[];
  claims: readonly Claim[];
}

/** Feature names, in the order of each row; a model file records them and must match. */
export const SUMMARY_FEATURES = [
  "bias",
  "first",
  "second",
  "third",
  "position",
  "relative-position",
  "paragraph-lead",
  "paragraph-position",
  "log-words",
  "short",
  "long",
  "centrality",
  "lead-similarity",
  "people",
  "person-with-role",
  "resolved-date",
  "named-claim",
  "quote",
  "digits",
  "question",
  "last",
  "personal",
  "web-address",
] as const;

export const FEATURE_COUNT = SUMMARY_FEATURES.length;

/** A sentence a summary may hold: five words or more, not the headline, not an introduction. */
export interface Candidate {
  sentence: Sentence;
  /** Its content words (lower case, three letters or more, no stop words). */
  words: string[];
  /** Its words, letters only. */
  length: number;
  /** It holds a first- or second-person word. */
  personal: boolean;
}

/** The language's word sets the candidates are read with. */
export interface SummaryWords {
  stop: ReadonlySet<string>;
  personal: ReadonlySet<string>;
}

const LETTER = /\p{L}/u;
const CONTENT = /^\p{L}{3,}$/u;
const DIGIT = /\d/;
const QUOTE_OPEN = /^["“”„«]/;
/** A web address or a site's name ("Kompas.com"): boilerplate when it is not the dateline. */
const WEB = /(?:https?:\/\/|www\.|\b[a-z0-9-]{2,40}\.(?:com|net|org|id|co\.id|co\.uk|tv|news)\b)/i;

export function candidates(doc: Document, lex: SummaryWords): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of doc.sentences) {
    // the headline is shown above the summary already; a sentence that introduces what follows ("The
    // New York Times reports:") does not stand alone
    if (doc.titleSpan && sentence.span[0] >= doc.titleSpan[0] && sentence.span[1] <= doc.titleSpan[1]) continue;
    if (sentence.text.trimEnd().endsWith(":")) continue;
    let length = 0;
    let personal = false;
    const words: string[] = [];
    // the words after the dateline, which the summary leaves out
    const from = sentence.span[0] + datelineLength(sentence.text);
    for (const t of sentence.tokens) {
      if (t.span[0] < from || !LETTER.test(t.text)) continue;
      length++;
      const w = t.text.toLowerCase();
      if (lex.personal.has(w)) personal = true;
      if (CONTENT.test(w) && !lex.stop.has(w)) words.push(w);
    }
    if (length >= 5) out.push({ sentence, words, length, personal });
  }
  return out;
}

/** TF-IDF vectors of the candidates, with document frequencies counted over the candidates. */
export function vectors(cands: readonly Candidate[]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const c of cands) for (const w of new Set(c.words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = cands.length;
  return cands.map((c) => {
    const v = new Map<string, number>();
    for (const w of c.words) v.set(w, (v.get(w) ?? 0) + 1);
    for (const [w, tf] of v) v.set(w, (1 + Math.log(tf)) * Math.log(1 + n / df.get(w)!));
    return v;
  });
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
  return dot === 0 ? 0 : dot / (norm(a) * norm(b));
}

/** cos(v, total - v), from v.total, |v|^2 and |total|^2. */
function withRest(v: Map<string, number>, total: Map<string, number>, totalSquare: number): number {
  let dot = 0;
  let own = 0;
  for (const [w, x] of v) {
    dot += x * total.get(w)!;
    own += x * x;
  }
  const restDot = dot - own;
  const restSquare = totalSquare - 2 * dot + own;
  return restDot <= 1e-12 || restSquare <= 1e-12 || own === 0 ? 0 : restDot / Math.sqrt(own * restSquare);
}

function norm(v: Map<string, number>): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/** One row of features per candidate, FEATURE_COUNT numbers each, in candidate order. */
export function summaryFeatures(doc: Document, cands: readonly Candidate[], vecs: readonly Map<string, number>[], facts: SummaryFacts): Float64Array {
  const k = FEATURE_COUNT;
  const n = cands.length;
  const rows = new Float64Array(n * k);
  // what the other stages found, by sentence index
  const people = new Map<number, number>();
  const roles = new Set<number>();
  for (const e of facts.people) {
    for (const m of e.mentions) {
      if (m.via !== "name" && m.via !== "alias") continue;
      people.set(m.sentence, (people.get(m.sentence) ?? 0) + 1);
      if (e.roles.length > 0) roles.add(m.sentence);
    }
  }
  const dates = new Set(facts.expressions.filter((x) => x.resolved && x.timex.type === "DATE").map((x) => x.sentence));
  const byStart = new Map(doc.sentences.map((s) => [s.span[0], s.index]));
  const named = new Set<number>();
  const quoted = new Set<number>();
  for (const c of facts.claims) {
    const i = byStart.get(c.sentenceSpan[0]);
    if (i === undefined) continue;
    if (c.source.kind === "person" || c.source.kind === "organisation" || c.source.kind === "publication") named.add(i);
    if (c.quote) quoted.add(i);
  }
  // the whole article's vector: a sentence's similarity to the rest is read from it and the sentence's
  // own vector, in time linear in the sentence
  const total = new Map<string, number>();
  for (const v of vecs) for (const [w, x] of v) total.set(w, (total.get(w) ?? 0) + x);
  let totalSquare = 0;
  for (const t of total.values()) totalSquare += t * t;
  const firstParagraph = cands.length > 0 ? cands[0]!.sentence.paragraph : 0;

  for (let r = 0; r < n; r++) {
    const c = cands[r]!;
    const s = c.sentence;
    const x = rows.subarray(r * k, r * k + k);
    const para = doc.paragraphs[s.paragraph]!;
    const text = s.text.trimEnd();
    let i = 0;
    x[i++] = 1;
    x[i++] = r === 0 ? 1 : 0;
    x[i++] = r === 1 ? 1 : 0;
    x[i++] = r === 2 ? 1 : 0;
    x[i++] = 1 / (1 + r);
    x[i++] = n > 1 ? r / (n - 1) : 0;
    x[i++] = para.firstSentence === s.index ? 1 : 0;
    x[i++] = 1 / (1 + Math.max(0, s.paragraph - firstParagraph));
    x[i++] = Math.log(1 + c.length);
    x[i++] = c.length < 10 ? 1 : 0;
    x[i++] = c.length > 35 ? 1 : 0;
    x[i++] = withRest(vecs[r]!, total, totalSquare);
    x[i++] = r === 0 ? 1 : cosine(vecs[r]!, vecs[0]!);
    x[i++] = Math.min(people.get(s.index) ?? 0, 3) / 3;
    x[i++] = roles.has(s.index) ? 1 : 0;
    x[i++] = dates.has(s.index) ? 1 : 0;
    x[i++] = named.has(s.index) ? 1 : 0;
    x[i++] = quoted.has(s.index) || QUOTE_OPEN.test(text) ? 1 : 0;
    x[i++] = DIGIT.test(text) ? 1 : 0;
    x[i++] = text.endsWith("?") ? 1 : 0;
    x[i++] = r === n - 1 && n > 1 ? 1 : 0;
    x[i++] = c.personal ? 1 : 0;
    x[i++] = r > 0 && WEB.test(text) ? 1 : 0;
  }
  return rows;
}
