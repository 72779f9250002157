// Extract: a short extractive summary. Each sentence of five words or more is scored by a logistic
// model fitted on IndoSum's training articles (features.ts: position, length, centrality, the people,
// dates and claims found in it), and the best are taken, less what repeats them, up to a news lead's
// length in words (select.ts). Without the model file the score is the position alone (a lead).

import { readFileSync } from "node:fs";
import type { Document } from "../../model.js";
import type { LanguagePack } from "../../lang/types.js";
import { languageAsset } from "../../lang/assets.js";
import { personalSet, stopwordSet } from "../../lang/sets.js";
import { linearScore, type LinearModel } from "../../learn/logistic.js";
import { decodeLinear } from "../../learn/model-file.js";
import { FEATURE_COUNT, SUMMARY_FEATURES, candidates, summaryFeatures, vectors, type SummaryFacts, type SummaryWords } from "./features.js";
import { choose, type SummarySize } from "./select.js";

export type { SummaryFacts } from "./features.js";
export { DEFAULT_WORDS, type SummarySize } from "./select.js";

export const MODEL_FILE = "summary.model";

/** The scorer and how strongly a sentence that repeats a chosen one is held back. */
export interface SummaryModel {
  scorer: LinearModel;
  redundancy: number;
}

let model: SummaryModel | null | undefined;

/** The shipped scorer, read on first use; null without the file (the score is then the position). */
export function summaryModel(): SummaryModel | null {
  if (model !== undefined) return model;
  const path = languageAsset("common", MODEL_FILE);
  if (!path) return (model = null);
  const m = decodeLinear(readFileSync(path));
  if (m.features.join(" ") !== SUMMARY_FEATURES.join(" ")) throw new Error(`${MODEL_FILE} was trained on other features: run npm run train`);
  return (model = { scorer: m, redundancy: Number(m.meta.redundancy ?? 0) });
}

/** Sets the scorer (training and its measurements use their own); undefined: the shipped one again. */
export function useSummaryModel(m: SummaryModel | null | undefined): void {
  model = m;
}

export function summaryWords(pack: LanguagePack): SummaryWords {
  return { stop: stopwordSet(pack), personal: personalSet(pack) };
}

/** The summary's sentence indices, in article order; `m` null scores by position alone (the lead cut
 * to the same length: the baseline the evaluation shows). */
export function summarise(doc: Document, pack: LanguagePack, facts: SummaryFacts, size: SummarySize = {}, m = summaryModel()): number[] {
  const cands = candidates(doc, summaryWords(pack));
  if (cands.length === 0) return [];
  const vecs = vectors(cands);
  let scores: Float64Array;
  if (m) {
    const rows = summaryFeatures(doc, cands, vecs, facts);
    scores = new Float64Array(cands.length);
    for (let r = 0; r < cands.length; r++) scores[r] = linearScore(m.scorer, rows.subarray(r * FEATURE_COUNT, (r + 1) * FEATURE_COUNT));
  } else scores = Float64Array.from(cands, (_, r) => -r);
  return choose(cands, scores, vecs, size, m?.redundancy ?? 0);
}
