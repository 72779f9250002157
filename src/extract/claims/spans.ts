// Look-ups of what lies at an offset among the article's sorted spans (names, time phrases, quotes):
// binary searches (../search.ts) with a bounded look back, so a sentence costs a logarithm, not a scan.

import type { Span } from "../../model.js";
import type { Quote } from "./quotes.js";
import { lastAtOrBefore } from "../search.js";
import type { Ctx } from "./context.js";
import type { Words } from "./words.js";

/** Whether token i is part of a named entity (a cue word there is a name, not a cue). */
export function insideName(ctx: Ctx, w: Words, i: number): boolean {
  const [s, e] = w.toks[i]!.span;
  const last = lastAtOrBefore(ctx.names, (n) => n[0], s);
  for (let x = last; x >= 0 && x > last - 8; x--) {
    const n = ctx.names[x]!;
    if (n[1] >= e && n[1] - n[0] > e - s) return true;
  }
  return false;
}

/** Whether a span lies inside a person's, organisation's or place's name (of any length). */
export function inName(ctx: Ctx, [s, e]: Span): boolean {
  const i = lastAtOrBefore(ctx.names, (n) => n[0], s);
  for (let x = i; x >= 0 && x > i - 8; x--) if (ctx.names[x]![1] >= e) return true;
  return false;
}

/** The time phrase ending exactly at an offset, if any. */
export function timeEndingAt(ctx: Ctx, end: number): Span | null {
  const i = lastAtOrBefore(ctx.timeSpans, (t) => t[0], end - 1);
  for (let x = i; x >= 0 && x > i - 3; x--) if (ctx.timeSpans[x]![1] === end) return ctx.timeSpans[x]!;
  return null;
}

/** The time phrase starting exactly at an offset, if any. */
export function timeStartingAt(ctx: Ctx, start: number): Span | null {
  const i = lastAtOrBefore(ctx.timeSpans, (t) => t[0], start);
  return i >= 0 && ctx.timeSpans[i]![0] === start ? ctx.timeSpans[i]! : null;
}

/** The token after the time phrase that starts at token `x` ("said [Friday] as ..."); `x` when none
 * starts there. */
export function afterTimeAt(ctx: Ctx, w: Words, x: number): number {
  const t = x < w.toks.length ? timeStartingAt(ctx, w.toks[x]!.span[0]) : null;
  let e = x;
  while (t && e < w.toks.length && w.toks[e]!.span[1] <= t[1]) e++;
  return e;
}

/** A token span without the time phrase (and its preposition and comma) opening it ("On Monday Mayor
 * Helen Parr" → "Mayor Helen Parr"); unchanged when nothing would be left. */
export function withoutLeadingTime(ctx: Ctx, w: Words, [a, b]: Span): Span {
  const i = ctx.stops.has(w.low[a]!) && a + 1 < b ? a + 1 : a;
  let j = Math.min(afterTimeAt(ctx, w, i), b);
  if (j === i) return [a, b];
  if (w.low[j] === ",") j++;
  // (what is left must open with a word: "Senin (5 / 10 / 2020) sore" is a date read in part)
  return j < b && /^\p{L}/u.test(w.toks[j]!.text) ? [j, b] : [a, b];
}

export function insideQuote(ctx: Ctx, at: number): boolean {
  // quotes come in text order and do not nest: only the last one opening before `at` can hold it
  const i = lastAtOrBefore(ctx.quotes, (q) => q.span[0], at);
  return i >= 0 && at < ctx.quotes[i]!.span[1];
}

/** The quote that closes just before a cue or source (only punctuation and spaces between). */
export function quoteEndingAt(ctx: Ctx, at: number): Quote | null {
  const last = lastAtOrBefore(ctx.quotes, (q) => q.outer[0], at);
  for (let i = last; i >= 0 && i > last - 3; i--) {
    const q = ctx.quotes[i]!;
    if (q.outer[1] <= at && /^[\s,.;:—–―-]*$/.test(ctx.text.slice(q.outer[1], at))) return q;
    if (q.span[1] <= at && q.outer[1] >= at - 2 && /^[\s,]*["”’]?[\s,]*$/.test(ctx.text.slice(q.span[1], at))) return q;
  }
  return null;
}

/** Whether a quote closes within three characters before an offset ('"...," said X'). */
export function quoteClosingNear(ctx: Ctx, at: number): boolean {
  const i = lastAtOrBefore(ctx.quotes, (q) => q.outer[1], at);
  return i >= 0 && ctx.quotes[i]!.outer[1] >= at - 3;
}
