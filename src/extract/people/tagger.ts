// The statistical name tagger under the rules: a linear-chain model (learn/) trained on each
// language's NER training sets, reading the words, their shapes and the word lists, and what the
// rules made of each run. It proposes person, organisation and place spans; reconcile.ts decides
// with the article.

import { readFileSync } from "node:fs";
import type { Document } from "../../model.js";
import { decodeModel, type LoadedModel } from "../../learn/model-file.js";
import { Lattice, allowedTransitions, bioMask, bioSpans, emissions } from "../../learn/sequence.js";
import { languageAsset } from "../../lang/assets.js";
import { decodeWordTable, lookup, type WordTable } from "../../learn/word-table.js";
import { FEATURE_VERSION, articleWords, sentenceFeatures, type SentenceFeatures, type WordClasses } from "./features.js";
import type { PeopleSets } from "./lexicon.js";
import type { Candidate } from "./recognise.js";
import type { RuleReading } from "./index.js";

export interface PeopleModel {
  model: LoadedModel;
  /** The model's transitions where BIO allows them, -Infinity elsewhere. */
  moves: Float32Array;
  classes: WordClasses | null;
}

export const MODEL_FILE = "people.model";
/** Word classes the tagger reads (learn/word-table.ts), beside the model. */
export const WORDS_FILE = "words.table";

const models = new Map<string, PeopleModel | null>();

/** A word's class in a table, as the features read it. */
export function wordClasses(table: WordTable): WordClasses {
  const unread = new Set(table.classes.flatMap((name, i) => (name.startsWith("~") ? [i + 1] : [])));
  const read = (word: string) => {
    const c = lookup(table, word);
    return unread.has(c) ? 0 : c;
  };
  return Object.assign((word: string) => lookup(table, word), { names: table.classes, read });
}

export function peopleModelFrom(model: LoadedModel, classes: WordClasses | null = null): PeopleModel {
  if (model.meta.features !== FEATURE_VERSION) throw new Error(`people model has features v${model.meta.features}, this build extracts v${FEATURE_VERSION}: run npm run train`);
  return { model, moves: allowedTransitions(model.transitions, bioMask(model.labels)), classes };
}

/** Sets a language's model (training and cross-set evaluation use their own); null: none, the
 * rules alone; undefined: the shipped one again. */
export function usePeopleModel(code: string, model: PeopleModel | null | undefined): void {
  if (model === undefined) models.delete(code);
  else models.set(code, model);
}

/** The language's shipped model, loaded on first use; null when the language has none. */
export function peopleModel(code: string): PeopleModel | null {
  if (models.has(code)) return models.get(code)!;
  const path = languageAsset(code, MODEL_FILE);
  const words = languageAsset(code, WORDS_FILE);
  const m = path ? peopleModelFrom(decodeModel(readFileSync(path)), words ? wordClasses(decodeWordTable(readFileSync(words))) : null) : null;
  models.set(code, m);
  return m;
}

/** A tagged span: tokens [start, end) of a sentence. */
export interface TaggedSpan {
  type: string;
  sentence: number;
  start: number;
  end: number;
  /** How much surer the tagger is of this reading than of the best other (Lattice.margin); not
   * measured (Infinity) for a person the rules accepted, or for other types. */
  margin: number;
}

/** Every sentence's features, kept: what training reads. */
export function documentFeatures(doc: Document, sets: PeopleSets, ruled: RuleReading, lower: ReadonlySet<string>, classes: WordClasses | null): SentenceFeatures[] {
  const next = documentFeaturer(doc, sets, ruled, lower, classes);
  return doc.sentences.map((_, i) => {
    const f = next(i);
    return { ...f, features: f.features.slice() };
  });
}

/** Each sentence's features in turn (by its position), what the tagger reads: the features array is
 * valid until the next call, so that no sentence's are copied. */
function documentFeaturer(doc: Document, sets: PeopleSets, ruled: RuleReading, lower: ReadonlySet<string>, classes: WordClasses | null): (i: number) => SentenceFeatures {
  const lowWord = (s: number, t: number) => doc.sentences[s]!.tokens[t]!.text.toLowerCase();
  const cands = ruled.candidates;
  const words = articleWords(cands, lowWord);
  const bySentence = new Map<number, Candidate[]>();
  for (const c of cands) {
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  return (i) => {
    const s = doc.sentences[i]!;
    return sentenceFeatures(s, sets, bySentence.get(s.index) ?? [], ruled.vetoed.get(s.index) ?? [], words, lower, classes);
  };
}

/** What the tagger reads in an article. */
export interface TaggerReading {
  spans: TaggedSpan[];
  /** For each person the rules accepted and the tagger reads otherwise: how much surer the tagger is
   * of its reading than of that person (a margin as in TaggedSpan). */
  against: Map<Candidate, number>;
}

export function tagDocument(doc: Document, sets: PeopleSets, ruled: RuleReading, lower: ReadonlySet<string>, pm: PeopleModel): TaggerReading {
  const spans: TaggedSpan[] = [];
  const against = new Map<Candidate, number>();
  const labels = pm.model.labels;
  const B = labels.indexOf("B-PER");
  const I = labels.indexOf("I-PER");
  const persons = new Map<number, Candidate[]>();
  for (const c of ruled.candidates) {
    if (c.kind !== "person") continue;
    const list = persons.get(c.sentence);
    if (list) list.push(c);
    else persons.set(c.sentence, [c]);
  }
  let scores: Float32Array = new Float32Array(0);
  const features = documentFeaturer(doc, sets, ruled, lower, pm.classes);
  doc.sentences.forEach((s, i) => {
    const f = features(i);
    const n = s.tokens.length;
    // the rules' persons of the sentence in text order, and which accepted one covers each token
    // (look-ups by token keep one endless sentence of names linear)
    const here = (persons.get(s.index) ?? []).sort((p, q) => p.tokens[0] - q.tokens[0]);
    const accepted = new Uint8Array(n);
    for (const c of here) if (c.accepted) accepted.fill(1, c.tokens[0], Math.min(n, c.tokens[1]));
    let next = 0;
    // the free stretches one by one: the tokens between them are outside every name
    for (let a = 0; a < n; a++) {
      if (f.free[a] === 0) continue;
      let b = a;
      while (b < n && f.free[b] === 1) b++;
      scores = emissions(pm.model, f.features, f.offsets.subarray(a, b + 1), b - a, scores);
      const lattice = new Lattice(scores, b - a, labels.length, pm.moves, a === 0 ? -1 : 0, b < n);
      const tagged = new Uint8Array(b - a);
      for (const sp of bioSpans(lattice.path, labels)) {
        const start = a + sp.start;
        const end = a + sp.end;
        let margin = Infinity;
        if (sp.type === "PER") {
          tagged.fill(1, sp.start, sp.end);
          // (a person the rules accepted needs no margin to stand)
          if (accepted.subarray(start, end).indexOf(1) < 0) margin = lattice.margin(sp.start, sp.end, (y) => y === B || y === I);
        }
        spans.push({ type: sp.type, sentence: s.index, start, end, margin });
      }
      // the rules' persons inside this stretch (a person's tokens are all free)
      while (next < here.length && here[next]!.tokens[0] < b) {
        const c = here[next++]!;
        const [x, y] = c.tokens;
        if (!c.accepted || x < a || y > b || tagged.subarray(x - a, y - a).indexOf(1) >= 0) continue;
        against.set(c, lattice.score - lattice.bestWith(x - a, y - a, (t, l) => l === (t === x - a ? B : I)));
      }
      a = b;
    }
  });
  return { spans, against };
}
