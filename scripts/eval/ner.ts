// Named-entity gold in CoNLL-style columns (IDNer, NERGrit, CoNLL-2003): the sets, how to read them,
// and how their sentences are laid out as prose the tool reads. The people evaluation and the
// tagger's training read them alike, so the tagger learns on text shaped as it is scored on.

import { readFileSync } from "node:fs";
import type { Span } from "../../src/model.js";
import { charSpan, decodeTags, layOut, type TaggedToken } from "./tags.js";

export interface NerSet {
  name: string;
  lang: "id" | "en";
  /** Tag labels of each class in this file. */
  labels: { person: string; organisation: string; place: string; misc?: string };
  /** Splits a non-blank line into token and tag. */
  columns: (line: string) => TaggedToken;
  /** CoNLL-2003 groups sentences into articles with -DOCSTART- lines; the others are sentence lists. */
  documents: "docstart" | "sentence";
  /** The tokeniser split hyphenated words ("co - pendiri", "Mega - Mega"): join them back. */
  joinHyphens: boolean;
}

// Token first, tag last: holds for all three layouts (space-separated with POS/chunk columns, or tab).
const firstAndLast = (sep: RegExp) => (line: string): TaggedToken => {
  const cols = line.split(sep);
  return { token: cols[0], tag: cols[cols.length - 1] };
};

export const NER_SETS: readonly NerSet[] = [
  { name: "idner-news-2k", lang: "id", labels: { person: "PER", organisation: "ORG", place: "LOC" }, columns: firstAndLast(/ +/), documents: "sentence", joinHyphens: true },
  { name: "nergrit", lang: "id", labels: { person: "PERSON", organisation: "ORGANISATION", place: "PLACE" }, columns: firstAndLast(/\t/), documents: "sentence", joinHyphens: true },
  { name: "conllpp", lang: "en", labels: { person: "PER", organisation: "ORG", place: "LOC", misc: "MISC" }, columns: firstAndLast(/ +/), documents: "docstart", joinHyphens: false },
];

/** The file of a set in a split: `<name>.<split>.txt`. */
export function nerFile(set: NerSet, split: "dev" | "train"): string {
  return `${set.name}.${split}.txt`;
}

// Every sentence becomes its own paragraph: the gold sentence breaks then cannot be merged by the
// segmenter (headlines and datelines have no final stop), and a CoNLL article stays one text, which
// alias merging needs.
const SENTENCE_SEPARATOR = "\n\n";

export type EntityClass = "PER" | "ORG" | "LOC" | "MISC";

/** A document laid out as prose, with its gold entity spans. */
export interface NerDocument {
  id: string;
  text: string;
  entities: { label: EntityClass; span: Span }[];
  /** The person spans alone. */
  gold: Span[];
  /** The character span of each of the set's own tokens. */
  tokens: Span[];
}

/**
 * Predicted names laid on the set's own tokens, the unit its gold is written in (as conlleval scores
 * token tags): a token is part of a name when the name covers all its letters and digits, so a name
 * read inside a token with punctuation glued to it ("(Jokowi)", one token in IDNer) is that token.
 * A name that covers no whole token keeps its own span.
 */
export function onTokens(text: string, tokens: readonly Span[], pred: readonly Span[]): Span[] {
  return pred.map(([a, b]) => {
    let first = -1;
    let last = -1;
    for (let k = lowerBound(tokens, a); k < tokens.length && tokens[k][0] < b; k++) {
      const core = wordCore(text, tokens[k]);
      if (core && core[0] >= a && core[1] <= b) {
        if (first < 0) first = k;
        last = k;
      }
    }
    return first < 0 ? [a, b] : [Math.min(a, tokens[first][0]), Math.max(b, tokens[last][1])];
  });
}

/** The first token that ends after position a. */
function lowerBound(tokens: readonly Span[], a: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid][1] <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span from a token's first to its last letter or digit, null when it has none. */
function wordCore(text: string, [a, b]: Span): Span | null {
  const t = text.slice(a, b);
  const s = t.search(/[\p{L}\p{N}]/u);
  if (s < 0) return null;
  let e = t.length;
  while (e > s && !/[\p{L}\p{N}]/u.test(t[e - 1]!)) e--;
  return [a + s, a + e];
}

/** Reads a CoNLL-style file into sentences of tagged tokens, grouped into documents. */
export function readConll(path: string, set: NerSet): TaggedToken[][][] {
  const docs: TaggedToken[][][] = [];
  let doc: TaggedToken[][] = [];
  let sentence: TaggedToken[] = [];
  const endSentence = (): void => {
    if (sentence.length > 0) doc.push(sentence);
    sentence = [];
  };
  const endDoc = (): void => {
    endSentence();
    if (doc.length > 0) docs.push(doc);
    doc = [];
  };
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.replace(/\r$/, ""); // idner-news-2k has CRLF line ends
    if (line.trim() === "") {
      if (set.documents === "sentence") endDoc();
      else endSentence();
      continue;
    }
    if (line.startsWith("-DOCSTART-")) {
      endDoc();
      continue;
    }
    sentence.push(set.columns(line));
  }
  endDoc();
  return docs;
}

export function toDocument(set: NerSet, sentences: TaggedToken[][], index: number): NerDocument {
  const { text, tokenSpans } = layOut(
    sentences.map((s) => s.map((t) => t.token)),
    SENTENCE_SEPARATOR,
    set.joinHyphens,
  );
  const classOf = new Map<string, EntityClass>([
    [set.labels.person, "PER"],
    [set.labels.organisation, "ORG"],
    [set.labels.place, "LOC"],
  ]);
  if (set.labels.misc) classOf.set(set.labels.misc, "MISC");
  // Decoded per sentence so that a name cannot run on across a sentence break.
  const entities: NerDocument["entities"] = [];
  let first = 0;
  for (const s of sentences) {
    for (const span of decodeTags(s.map((t) => t.tag))) {
      const label = classOf.get(span.label);
      if (label) entities.push({ label, span: charSpan(tokenSpans, first + span.start, first + span.end) });
    }
    first += s.length;
  }
  return { id: `${set.name}#${index + 1}`, text, entities, gold: entities.filter((e) => e.label === "PER").map((e) => e.span), tokens: tokenSpans };
}

/** Every document of a set's file. */
export function readNerDocuments(path: string, set: NerSet): NerDocument[] {
  return readConll(path, set).map((d, i) => toDocument(set, d, i));
}
