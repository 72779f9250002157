// BBC citron's attribution metrics (citron/metrics.py), reimplemented over our claims: scored per
// quote (one claim, one gold attribution), on token spans.
//   cue exact      a predicted quote's cue is the same token span as some gold quote's cue (P over
//                  predicted quotes, R over gold quotes)
//   source exact   the cues overlap and the source span lists are the same
//   content exact  the cues overlap and the content span lists are the same
//   overlap        tokens shared by predicted and gold spans, summed over all quote pairs, over the
//                  predicted (P) and gold (R) token lengths
// Tokens are our tokeniser's words and punctuation; quote marks and punctuation at a span's edges are
// trimmed first (a convention, not content), as in the span-level measures.

import type { Span } from "../../src/model.js";
import { tokenize } from "../../src/segment/tokens.js";
import { firstAtOrAfter } from "../../src/extract/search.js";
import type { Counts } from "./metrics.js";

/** A quote on token indices: [start, end). Empty lists mean "none". */
export interface TokenQuote {
  cue: Span | null;
  sources: Span[];
  contents: Span[];
}

const EDGE_TOKEN = /^[\p{P}\p{S}]+$/u;

/** Maps character spans of one text to trimmed token spans. */
export class Tokens {
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly edge: boolean[];

  constructor(text: string) {
    const toks = tokenize(text);
    this.starts = toks.map((t) => t.span[0]);
    this.ends = toks.map((t) => t.span[1]);
    this.edge = toks.map((t) => EDGE_TOKEN.test(t.text));
  }

  /** Token span covering [a, b) (every token it touches), punctuation trimmed at both ends unless
   * nothing else is there (a cue may be a colon or a dash); null for no token. */
  span([a, b]: Span): Span | null {
    const s0 = firstAtOrAfter(this.ends, (x) => x, a + 1); // first token ending after a
    const e0 = firstAtOrAfter(this.starts, (x) => x, b); // first token starting at or after b
    let s = s0;
    let e = e0;
    while (s < e && this.edge[s]) s++;
    while (e > s && this.edge[e - 1]) e--;
    if (e > s) return [s, e];
    return e0 > s0 ? [s0, e0] : null;
  }

  /** The token spans of [a, b) with the spans in `holes` taken out ('"A," he said, "B."' is A and B). */
  without(span: Span, holes: readonly (Span | null)[]): Span[] {
    let parts: Span[] = [span];
    for (const h of holes) {
      if (!h) continue;
      parts = parts.flatMap(([a, b]): Span[] => (h[1] <= a || h[0] >= b ? [[a, b]] : [[a, Math.max(a, h[0])], [Math.min(b, h[1]), b]].filter(([x, y]) => y > x) as Span[]));
    }
    return this.spans(parts);
  }

  spans(list: readonly Span[]): Span[] {
    return list.map((x) => this.span(x)).filter((x): x is Span => x !== null);
  }
}

const same = (a: Span, b: Span) => a[0] === b[0] && a[1] === b[1];
// citron's are_overlapping_spans: start1 <= end2 and end1 > start2 (token ends are exclusive)
const touching = (a: Span, b: Span) => a[0] <= b[1] && a[1] > b[0];
const sameLists = (a: readonly Span[], b: readonly Span[]) => a.length === b.length && a.every((x, i) => same(x, b[i]!));
const shared = (a: Span, b: Span) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const length = (xs: readonly Span[]) => xs.reduce((n, [a, b]) => n + (b - a), 0);

/** Exact counts: each predicted quote is a TP when `match` holds for some gold quote, each gold quote a FN when it holds for none. */
function exact(pred: readonly TokenQuote[], gold: readonly TokenQuote[], match: (p: TokenQuote, g: TokenQuote) => boolean): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pred) if (gold.some((g) => match(p, g))) tp++;
  else fp++;
  for (const g of gold) if (!pred.some((p) => match(p, g))) fn++;
  return { tp, fp, fn };
}

/** Token overlap sums: shared tokens over all pairs, and the predicted and gold lengths. */
export interface OverlapSums {
  shared: number;
  predicted: number;
  gold: number;
}

function overlap(pred: readonly TokenQuote[], gold: readonly TokenQuote[], part: (q: TokenQuote) => Span[]): OverlapSums {
  let s = 0;
  for (const p of pred) for (const g of gold) for (const a of part(p)) for (const b of part(g)) s += shared(a, b);
  return { shared: s, predicted: pred.reduce((n, q) => n + length(part(q)), 0), gold: gold.reduce((n, q) => n + length(part(q)), 0) };
}

export interface CitronCounts {
  cueExact: Counts;
  sourceExact: Counts;
  contentExact: Counts;
  cueOverlap: OverlapSums;
  sourceOverlap: OverlapSums;
  contentOverlap: OverlapSums;
}

const cueOf = (q: TokenQuote): Span[] => (q.cue ? [q.cue] : []);
const cuesTouch = (p: TokenQuote, g: TokenQuote) => p.cue !== null && g.cue !== null && touching(p.cue, g.cue);

export function citronCounts(pred: readonly TokenQuote[], gold: readonly TokenQuote[]): CitronCounts {
  return {
    cueExact: exact(pred, gold, (p, g) => p.cue !== null && g.cue !== null && same(p.cue, g.cue)),
    sourceExact: exact(pred, gold, (p, g) => cuesTouch(p, g) && sameLists(p.sources, g.sources)),
    contentExact: exact(pred, gold, (p, g) => cuesTouch(p, g) && sameLists(p.contents, g.contents)),
    cueOverlap: overlap(pred, gold, cueOf),
    sourceOverlap: overlap(pred, gold, (q) => q.sources),
    contentOverlap: overlap(pred, gold, (q) => q.contents),
  };
}

export function addOverlap(a: OverlapSums, b: OverlapSums): void {
  a.shared += b.shared;
  a.predicted += b.predicted;
  a.gold += b.gold;
}

export const zeroOverlap = (): OverlapSums => ({ shared: 0, predicted: 0, gold: 0 });
