// Counting and matching shared by every evaluation: P/R/F1 from tp/fp/fn, one-to-one span matching
// (exact or overlapping), and ROUGE-1/2/L F1 on token lists.

import type { Span } from "../../src/model.js";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  p: number;
  r: number;
  f1: number;
}

export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds b into a (a is modified and returned, so totals can be accumulated in place). */
export function addCounts(a: Counts, b: Counts): Counts {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  return a;
}

/** Precision, recall, F1; an empty denominator scores 0 rather than NaN so tables stay readable. */
export function prf(c: Counts): Scores {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

export function f1Of(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

// ---- matching ----

/** Result of a one-to-one matching: index pairs [gold, pred] and the indices left over. */
export interface Matching {
  pairs: Array<[number, number]>;
  unmatchedGold: number[];
  unmatchedPred: number[];
}

export function countsOf(m: Matching): Counts {
  return { tp: m.pairs.length, fp: m.unmatchedPred.length, fn: m.unmatchedGold.length };
}

/**
 * One-to-one greedy matching. `score` returns null when g and p cannot match, otherwise a preference
 * (higher first). Greedy on the best-scoring pair keeps one prediction from counting for two gold
 * items (and the reverse), which plain "any overlap" counting would allow.
 */
export function greedyMatch<G, P>(gold: readonly G[], pred: readonly P[], score: (g: G, p: P) => number | null): Matching {
  const candidates: Array<{ g: number; p: number; s: number }> = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const s = score(g, p);
      if (s !== null) candidates.push({ g: gi, p: pi, s });
    });
  });
  // Ties fall back to document order so results do not depend on sort stability quirks.
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const goldUsed = new Array<boolean>(gold.length).fill(false);
  const predUsed = new Array<boolean>(pred.length).fill(false);
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (goldUsed[c.g] || predUsed[c.p]) continue;
    goldUsed[c.g] = true;
    predUsed[c.p] = true;
    pairs.push([c.g, c.p]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    pairs,
    unmatchedGold: gold.map((_, i) => i).filter((i) => !goldUsed[i]),
    unmatchedPred: pred.map((_, i) => i).filter((i) => !predUsed[i]),
  };
}

export function sameSpan(a: Span, b: Span): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Characters shared by two [start, end) spans (0 when they only touch). */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

export function overlaps(a: Span, b: Span): boolean {
  return overlapLength(a, b) > 0;
}

export function matchExact(gold: readonly Span[], pred: readonly Span[]): Matching {
  return greedyMatch(gold, pred, (g, p) => (sameSpan(g, p) ? 1 : null));
}

/** Overlap matching; identical spans are taken first, then the pairs sharing the most characters. */
export function matchOverlap(gold: readonly Span[], pred: readonly Span[]): Matching {
  return greedyMatch(gold, pred, (g, p) => overlapScore(g, p));
}

/** Preference for overlap matching: null without overlap, identical spans above any partial one. */
export function overlapScore(g: Span, p: Span): number | null {
  const o = overlapLength(g, p);
  if (o === 0) return null;
  return sameSpan(g, p) ? Number.MAX_SAFE_INTEGER : o;
}

/** Drops repeated spans (e.g. one source span shared by several claims) so each is scored once. */
export function uniqueSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const s of spans) {
    const key = `${s[0]}:${s[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

// ---- ROUGE ----

/** Lower-case letter/number runs: the tokenisation used for every ROUGE figure here. */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N F1 with clipped n-gram counts. */
export function rougeN(reference: readonly string[], candidate: readonly string[], n: number): number {
  const ref = ngramCounts(reference, n);
  const cand = ngramCounts(candidate, n);
  let overlap = 0;
  for (const [gram, c] of cand) overlap += Math.min(c, ref.get(gram) ?? 0);
  const refTotal = Math.max(0, reference.length - n + 1);
  const candTotal = Math.max(0, candidate.length - n + 1);
  if (refTotal === 0 || candTotal === 0) return 0;
  return f1Of(overlap / candTotal, overlap / refTotal);
}

/** Length of the longest common subsequence (two-row dynamic programme). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** ROUGE-L F1 over the whole token sequences (summary-level LCS, no sentence splitting). */
export function rougeL(reference: readonly string[], candidate: readonly string[]): number {
  if (reference.length === 0 || candidate.length === 0) return 0;
  const lcs = lcsLength(reference, candidate);
  return f1Of(lcs / candidate.length, lcs / reference.length);
}

export interface Rouge {
  r1: number;
  r2: number;
  rl: number;
}

export function rouge(reference: string, candidate: string): Rouge {
  const ref = rougeTokens(reference);
  const cand = rougeTokens(candidate);
  return { r1: rougeN(ref, cand, 1), r2: rougeN(ref, cand, 2), rl: rougeL(ref, cand) };
}

/** Running mean of ROUGE scores over articles. */
export class MeanRouge {
  private readonly sum: Rouge = { r1: 0, r2: 0, rl: 0 };
  private n = 0;

  add(r: Rouge): void {
    this.sum.r1 += r.r1;
    this.sum.r2 += r.r2;
    this.sum.rl += r.rl;
    this.n++;
  }

  mean(): Rouge {
    const n = Math.max(1, this.n);
    return { r1: this.sum.r1 / n, r2: this.sum.r2 / n, rl: this.sum.rl / n };
  }

  toString(): string {
    const m = this.mean();
    return [m.r1, m.r2, m.rl].map((x) => (x * 100).toFixed(1)).join(" / ");
  }
}
