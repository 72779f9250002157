// Choosing the summary's sentences from their scores: the best first, each next one's score lowered by
// its similarity to those already chosen (maximal marginal relevance), until the word budget or the
// asked number of sentences is reached; returned in article order.

import { cosine, type Candidate } from "./features.js";

export interface SummarySize {
  /** Exactly this many sentences (when the article has them), whatever their length. */
  sentences?: number;
  /** About this many words: sentences are added while the summary is shorter. */
  words?: number;
}

/** A news lead's length: references of IndoSum's training articles average 60 words (measured with
 * the held-out folds of `npm run train -- --measure`). */
export const DEFAULT_WORDS = 60;

export function choose(cands: readonly Candidate[], scores: ArrayLike<number>, vecs: readonly Map<string, number>[], size: SummarySize, redundancy: number): number[] {
  const chosen: number[] = [];
  const left = new Set(cands.keys());
  // each candidate's greatest similarity to a chosen sentence, brought up to date as they are chosen
  const overlap = new Float64Array(cands.length);
  const budget = size.words ?? DEFAULT_WORDS;
  let words = 0;
  while (left.size > 0 && (size.sentences !== undefined ? chosen.length < size.sentences : words < budget)) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      const value = scores[i]! - redundancy * overlap[i]!;
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    left.delete(best);
    // "about N words": a sentence that would overshoot the budget by more than the summary still
    // lacks ends it (on IndoSum's training folds this and stopping past the budget score the same at
    // their best budgets, and this one keeps a summary nearer the length asked for)
    if (size.sentences === undefined && chosen.length > 0 && words + cands[best]!.length - budget > budget - words) break;
    chosen.push(best);
    words += cands[best]!.length;
    if (redundancy !== 0) for (const i of left) overlap[i] = Math.max(overlap[i]!, cosine(vecs[i]!, vecs[best]!));
  }
  return chosen.sort((a, b) => a - b).map((i) => cands[i]!.sentence.index);
}
