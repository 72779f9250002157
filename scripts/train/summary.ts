// The summary scorer: a logistic model over the sentence features (src/extract/summary/features.ts),
// fitted on IndoSum's training articles, whose gold extractive labels say which sentences a summary
// took. Measured on held-out folds of the same articles, with LEAD-3 and the lead cut to the same word
// budget beside it, so the content model has to earn its place.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fitLogistic, linearScore, type LinearModel } from "../../src/learn/logistic.js";
import { encodeLinear } from "../../src/learn/model-file.js";
import { FEATURE_COUNT, SUMMARY_FEATURES, candidates, summaryFeatures, vectors, type Candidate } from "../../src/extract/summary/features.js";
import { DEFAULT_WORDS, choose, type SummarySize } from "../../src/extract/summary/select.js";
import { withoutDateline } from "../../src/segment/dateline.js";
import { MODEL_FILE, summaryWords } from "../../src/extract/summary/index.js";
import { loadPack } from "../../src/lang/index.js";
import { analyseText } from "../../src/pipeline.js";
import { readJsonl } from "../eval/io.js";
import type { IndosumDoc } from "../eval/summary.js";
import { MeanRouge, rouge } from "../eval/metrics.js";
import type { Dirs } from "./people.js";

/** L2 penalty and the weight of redundancy: chosen on the held-out folds (`--measure`). */
export const SUMMARY_TRAINING = { l2: 1, redundancy: 0.5 };

export const SUMMARY_SOURCE = { data: "IndoSum train (kata-ai/indosum), gold extractive labels", licence: "CC BY-SA 4.0 (fitted weights only, no text)" };


/** An article as the scorer sees it: one feature row and one label per candidate sentence. */
export interface SummaryExample {
  rows: Float64Array;
  labels: Float64Array;
  cands: Candidate[];
  vecs: Map<string, number>[];
  reference: string;
  lead3: string;
}

/** Candidate sentences that lie mostly (half their characters) inside the gold extractive sentences. */
function goldLabels(doc: IndosumDoc, cands: readonly Candidate[]): Uint8Array {
  const spans: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < doc.sentences.length; i++) {
    const at = doc.text.indexOf(doc.sentences[i]!, from);
    if (at < 0) continue;
    from = at + doc.sentences[i]!.length;
    if (doc.gold_sentence_indices.includes(i)) spans.push([at, from]);
  }
  return Uint8Array.from(cands, (c) => {
    const [a, b] = c.sentence.span;
    const inside = spans.reduce((n, [x, y]) => n + Math.max(0, Math.min(b, y) - Math.max(a, x)), 0);
    return inside * 2 >= b - a ? 1 : 0;
  });
}

export async function summaryExamples(file: string): Promise<SummaryExample[]> {
  const words = summaryWords(await loadPack("id"));
  const out: SummaryExample[] = [];
  for (const doc of readJsonl<IndosumDoc>(file)) {
    const a = await analyseText(doc.text, { lang: "id", headline: false, extract: ["people", "time", "claims"] });
    const cands = candidates(a.document, words);
    const vecs = vectors(cands);
    out.push({
      rows: summaryFeatures(a.document, cands, vecs, a),
      labels: Float64Array.from(goldLabels(doc, cands)),
      cands,
      vecs,
      reference: doc.summary,
      lead3: doc.sentences.slice(0, 3).join(" "),
    });
  }
  return out;
}

export function fitSummary(examples: readonly SummaryExample[], l2 = SUMMARY_TRAINING.l2): LinearModel {
  const rows = new Float64Array(examples.reduce((n, e) => n + e.rows.length, 0));
  const labels = new Float64Array(rows.length / FEATURE_COUNT);
  let at = 0;
  for (const e of examples) {
    rows.set(e.rows, at * FEATURE_COUNT);
    labels.set(e.labels, at);
    at += e.labels.length;
  }
  return fitLogistic(SUMMARY_FEATURES, rows, labels, { l2 });
}

/** The summary a scorer (null: position alone) chooses for an example, as text. */
export function summaryText(e: SummaryExample, scorer: LinearModel | null, size: SummarySize, redundancy: number): string {
  const scores = Float64Array.from(e.cands, (_, r) => (scorer ? linearScore(scorer, e.rows.subarray(r * FEATURE_COUNT, (r + 1) * FEATURE_COUNT)) : -r));
  const picked = new Set(choose(e.cands, scores, e.vecs, size, scorer ? redundancy : 0));
  return e.cands.filter((c) => picked.has(c.sentence.index)).map((c) => withoutDateline(c.sentence.text)).join(" ");
}

export async function trainSummary(dirs: Dirs): Promise<void> {
  const started = performance.now();
  const examples = await summaryExamples(join(dirs.train, "summary", "indosum.train.jsonl"));
  const scorer = fitSummary(examples);
  const bytes = encodeLinear(scorer, { task: "summary", data: SUMMARY_SOURCE.data, licence: SUMMARY_SOURCE.licence, l2: SUMMARY_TRAINING.l2, redundancy: SUMMARY_TRAINING.redundancy });
  writeFileSync(join(dirs.root, "src", "lang", "common", MODEL_FILE), bytes);
  const sentences = examples.reduce((n, e) => n + e.labels.length, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`summary: ${examples.length} articles, ${sentences} sentences; ${bytes.length} bytes; ${seconds} s`);
}

/** ROUGE-1/2/L on held-out folds of the training articles: LEAD-3, the lead to a word budget, and the
 * fitted scorer at several budgets and redundancy weights (each fold scored by a model fitted on the
 * others). */
export async function measureSummary(dirs: Dirs, folds: number): Promise<void> {
  const examples = await summaryExamples(join(dirs.train, "summary", "indosum.train.jsonl"));
  const budgets = [40, 50, 55, 60, 65, 70, 80];
  const redundancies = [0, 0.5, 1, 2, 4];
  const lead3 = new MeanRouge();
  const oracle = new MeanRouge();
  const lead = budgets.map(() => new MeanRouge());
  const fitted = budgets.map(() => redundancies.map(() => new MeanRouge()));
  const weights: LinearModel[] = [];
  for (let f = 0; f < folds; f++) {
    const scorer = fitSummary(examples.filter((_, i) => i % folds !== f));
    weights.push(scorer);
    for (const e of examples.filter((_, i) => i % folds === f)) {
      lead3.add(rouge(e.reference, e.lead3));
      oracle.add(rouge(e.reference, e.cands.filter((_, i) => e.labels[i]! >= 0.5).map((c) => c.sentence.text).join(" ")));
      budgets.forEach((words, b) => {
        lead[b]!.add(rouge(e.reference, summaryText(e, null, { words }, 0)));
        redundancies.forEach((red, r) => fitted[b]![r]!.add(rouge(e.reference, summaryText(e, scorer, { words }, red))));
      });
    }
  }
  console.log(`summary: IndoSum train, ${folds} held-out folds (${examples.length} articles), ROUGE-1 / 2 / L F1 x 100`);
  console.log(`  LEAD-3 (the dataset's sentences)        ${lead3}`);
  console.log(`  gold labels on these sentences          ${oracle}`);
  budgets.forEach((words, b) => {
    console.log(`  ${String(words).padStart(2)} words: lead ${lead[b]}${words === DEFAULT_WORDS ? " (default budget)" : ""}`);
    redundancies.forEach((red, r) => console.log(`            fitted, redundancy ${String(red).padEnd(3)} ${fitted[b]![r]}`));
  });
  console.log("  weights (fold 1): " + SUMMARY_FEATURES.map((n, i) => `${n} ${weights[0]!.weights[i]!.toFixed(2)}`).join(", "));
}
