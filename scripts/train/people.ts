// The name tagger of each language: trained on its NER training sets, written beside its pack, and
// measured where nobody tuned anything: held-out folds of the training splits, and the development
// file of a set the model never saw (cross-set).

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodeModel } from "../../src/learn/model-file.js";
import { quantise, trainPerceptron, type SequenceExample } from "../../src/learn/train.js";
import type { SequenceModel } from "../../src/learn/sequence.js";
import { encodeWordTable, type WordTable } from "../../src/learn/word-table.js";
import { FEATURE_VERSION, type WordClasses } from "../../src/extract/people/features.js";
import { MODEL_FILE, WORDS_FILE, peopleModelFrom, usePeopleModel, wordClasses, type PeopleModel } from "../../src/extract/people/tagger.js";
import { analyseText } from "../../src/pipeline.js";
import { NER_SETS, nerFile, onTokens, readNerDocuments, type NerDocument } from "../eval/ner.js";
import { addCounts, countsOf, matchExact, prf, zeroCounts, type Counts } from "../eval/metrics.js";
import { predictedPeople } from "../eval/people.js";
import { labelsFor, prepare, type Prepared } from "./people-data.js";
import { englishWordClasses, indonesianWordClasses } from "./word-classes.js";

/** Hashed feature space of 2^17 buckets, 8 epochs, weights stored in 8 bits: on the training splits'
 * held-out folds, 2^17 to 2^20 buckets, 5 to 12 epochs and 16-bit weights all score within 0.01 F1.
 * Three perceptrons averaged (bag): one alone moved 0.010 on IDNer's folds from one seed to the next,
 * three move 0.001 (IDNer 0.875 / 0.876, NERGrit 0.736 / 0.734, CoNLL 0.931 / 0.931 on two seeds). */
export const PEOPLE_TRAINING = { bits: 17, epochs: 8, seed: 20261207, bag: 3, weightBits: 8 as const };

/** Each language's training sets and where they come from (written into the model's header). */
export const PEOPLE_SOURCES: Record<string, { sets: string[]; data: string; licence: string }> = {
  id: { sets: ["idner-news-2k", "nergrit"], data: "IDNer-news-2k train (khairunnisaor/idner-news-2k) + NERGrit train (IndoNLU)", licence: "MIT + Apache-2.0" },
  en: { sets: ["conllpp"], data: "CoNLL-2003 train, CrossWeigh's corrected copy (conllpp)", licence: "Apache-2.0 (annotations); no Reuters text ships" },
};

export interface Dirs {
  root: string;
  train: string;
  eval: string;
}

/** The language's word classes, built afresh. */
function wordTable(lang: string, dirs: Dirs): WordTable | null {
  return lang === "en" ? englishWordClasses() : lang === "id" ? indonesianWordClasses(dirs.train) : null;
}

async function preparedSet(name: string, dirs: Dirs, classes: WordClasses | null): Promise<Prepared[]> {
  const set = NER_SETS.find((s) => s.name === name)!;
  const out: Prepared[] = [];
  for (const d of readNerDocuments(join(dirs.train, "people", nerFile(set, "train")), set)) out.push(await prepare(d, set.lang, labelsFor(set.lang), classes));
  return out;
}

function train(lang: string, examples: readonly SequenceExample[], log = false): SequenceModel {
  const model = trainPerceptron(examples, {
    labels: labelsFor(lang),
    ...PEOPLE_TRAINING,
    onEpoch: log ? (e, err) => process.stderr.write(`people/${lang}: epoch ${e}, token error ${(err * 100).toFixed(2)}%\n`) : undefined,
  });
  return quantise(model, PEOPLE_TRAINING.weightBits);
}

/** Trains the language's shipped model and word table and writes them beside its pack. */
export async function trainPeople(lang: string, dirs: Dirs): Promise<void> {
  const started = performance.now();
  const src = PEOPLE_SOURCES[lang]!;
  const table = wordTable(lang, dirs);
  const classes = table ? wordClasses(table) : null;
  const prepared: Prepared[] = [];
  for (const name of src.sets) prepared.push(...(await preparedSet(name, dirs, classes)));
  const examples = prepared.flatMap((p) => p.examples);
  const tokens = examples.reduce((a, e) => a + e.gold.length, 0);
  const misaligned = prepared.reduce((a, p) => a + p.misaligned, 0);
  const heldOut = prepared.reduce((a, p) => a + p.heldOut, 0);
  const bytes = encodeModel(train(lang, examples, true), {
    task: "people",
    language: lang,
    features: FEATURE_VERSION,
    data: src.data,
    licence: src.licence,
    epochs: PEOPLE_TRAINING.epochs,
    seed: PEOPLE_TRAINING.seed,
    bag: PEOPLE_TRAINING.bag,
  });
  const folder = join(dirs.root, "src", "lang", lang);
  writeFileSync(join(folder, MODEL_FILE), bytes);
  if (table) writeFileSync(join(folder, WORDS_FILE), encodeWordTable(table));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`people/${lang}: ${examples.length} sentences, ${tokens} tokens (${misaligned} gold spans off token edges, ${heldOut} gold entity tokens held outside); model ${(bytes.length / 1024).toFixed(0)} KiB, word table ${table ? table.hashes.length : 0} words; ${seconds} s`);
}

/**
 * Models trained without one of the language's sets, one per set held out (cross-set): each with
 * the set it was not trained on.
 */
export async function crossSetModels(lang: string, dirs: Dirs): Promise<{ heldOut: string; model: PeopleModel }[]> {
  const src = PEOPLE_SOURCES[lang]!;
  if (src.sets.length < 2) return [];
  const table = wordTable(lang, dirs);
  const classes = table ? wordClasses(table) : null;
  const sets: Prepared[][] = [];
  for (const name of src.sets) sets.push(await preparedSet(name, dirs, classes));
  return src.sets.map((heldOut, s) => {
    const model = train(lang, sets.filter((_, k) => k !== s).flatMap((x) => x.flatMap((p) => p.examples)));
    return { heldOut, model: peopleModelFrom({ ...model, meta: { features: FEATURE_VERSION } }, classes) };
  });
}

/** Person mentions found (exact spans) by the whole pipeline on documents, with a model (null: the
 * rules alone). */
async function score(docs: readonly NerDocument[], lang: string, model: SequenceModel | null, classes: WordClasses | null): Promise<Counts> {
  usePeopleModel(lang, model ? peopleModelFrom({ ...model, meta: { features: FEATURE_VERSION } }, classes) : null);
  const total = zeroCounts();
  for (const d of docs) {
    const a = await analyseText(d.text, { lang, headline: false, extract: ["people"] });
    addCounts(total, countsOf(matchExact(d.gold, onTokens(d.text, d.tokens, predictedPeople(a)))));
  }
  usePeopleModel(lang, null);
  return total;
}

function line(c: Counts): string {
  const x = prf(c);
  return `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}`;
}

/**
 * Figures on data nothing was tuned on: k-fold held-out figures on each training split (each fold
 * scored by a model trained on the other folds and the language's other sets, beside the rules alone
 * on the same documents), and cross-set figures (a model trained without one set, scored on that
 * set's development file).
 */
export async function measurePeople(lang: string, dirs: Dirs, folds: number): Promise<void> {
  const src = PEOPLE_SOURCES[lang]!;
  const table = wordTable(lang, dirs);
  const classes = table ? wordClasses(table) : null;
  const sets: Prepared[][] = [];
  for (const name of src.sets) sets.push(await preparedSet(name, dirs, classes));
  for (let s = 0; s < sets.length; s++) {
    const rules = zeroCounts();
    const tagged = zeroCounts();
    for (let f = 0; f < folds; f++) {
      const held = sets[s]!.filter((_, i) => i % folds === f).map((p) => p.doc);
      const examples = sets.flatMap((set, k) => (k === s ? set.filter((_, i) => i % folds !== f) : set)).flatMap((p) => p.examples);
      addCounts(tagged, await score(held, lang, train(lang, examples), classes));
      addCounts(rules, await score(held, lang, null, null));
    }
    console.log(`people/${lang} ${src.sets[s]} train split, ${folds}-fold held-out: rules ${line(rules)} | rules+tagger ${line(tagged)}`);
  }
  if (sets.length < 2) return;
  for (let s = 0; s < sets.length; s++) {
    const set = NER_SETS.find((x) => x.name === src.sets[s])!;
    const dev = readNerDocuments(join(dirs.eval, "people", nerFile(set, "dev")), set);
    const others = sets.filter((_, k) => k !== s).flatMap((x) => x.flatMap((p) => p.examples));
    const model = train(lang, others);
    const trainDocs = sets[s]!.map((p) => p.doc);
    // on its dev file (which the rules were tuned on) and on its train split (which nobody tuned on)
    for (const [what, docs] of [["dev file", dev], ["train split", trainDocs]] as const) {
      const tagged = await score(docs, lang, model, classes);
      const rules = await score(docs, lang, null, null);
      console.log(`people/${lang} cross-set: trained without ${set.name}, scored on its ${what}: rules ${line(rules)} | rules+tagger ${line(tagged)}`);
    }
  }
}
