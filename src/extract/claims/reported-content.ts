// Where the content of reported speech starts and ends, and whether the words after a reporting verb
// are its content (a clause) or an adjunct of the reporting clause.

import type { Ctx } from "./context.js";
import { DASHES, isBoundary, isEnd, isQuoteMark, type Words } from "./words.js";
import { afterTimeAt } from "./spans.js";
import { lastAtOrBefore } from "../search.js";
import { datelineLength } from "../../segment/dateline.js";

/** Where the clause before a comma at `comma` starts: the sentence start or the last colon/quote; a
 * quote inside the clause ('A cashier who "steals a handful of $20s" is held accountable, Warren
 * said') is part of it. */
export function clauseStart(ctx: Ctx, w: Words, comma: number): number {
  let i = comma - 1;
  for (; i >= 0 && w.low[i] !== ":" && w.low[i] !== ";"; i--) {
    if (comma - i > MAX_CONTENT) return i + 1;
    // "VIENNA — The house ...", "WASHINGTON (AP) -- ...": a dateline opening the sentence is no content
    if (i <= MAX_DATELINE + 1) {
      // (a double hyphen may come as two tokens)
      const dash = DASHES.has(w.low[i]!) ? i : w.low[i] === "-" && w.low[i - 1] === "-" ? i - 1 : -1;
      if (dash >= 0 && datelineBefore(ctx, w, dash)) return i + 1;
    }
    if (!isQuoteMark(w.low[i]!)) continue;
    // a closing mark of a quote that opens after the clause's first word: step over the quote
    const q = ctx.quotes[lastAtOrBefore(ctx.quotes, (x) => x.outer[0], w.toks[i]!.span[0])];
    if (!q || q.outer[1] !== w.toks[i]!.span[1] || q.outer[0] <= w.toks[0]!.span[0]) break;
    while (i > 0 && w.toks[i]!.span[0] > q.outer[0] && comma - i <= MAX_CONTENT) i--;
    if (i === 0) return 0;
  }
  return i + 1;
}

/** The first token after a dateline opening the sentence ("VIENNA — The house ..."), else 0. */
export function afterDateline(ctx: Ctx, w: Words): number {
  for (let i = 1; i <= MAX_DATELINE + 1 && i < w.low.length; i++) {
    if (DASHES.has(w.low[i]!) || w.low[i] === "-") {
      const last = w.low[i] === "-" && w.low[i + 1] === "-" ? i + 1 : i;
      return datelineBefore(ctx, w, i) ? last + 1 : 0;
    }
  }
  return 0;
}

/** Longest dateline before its dash, in tokens ("WASHINGTON (AP)", "NEW YORK (Reuters)"). */
const MAX_DATELINE = 8;

/** Whether the tokens before `dash` are a dateline (the summary's reading of one: "WASHINGTON (AP)
 * --", "JAKARTA, June 2, 2025 —", "Jakarta, CNN Indonesia - -"). */
function datelineBefore(ctx: Ctx, w: Words, dash: number): boolean {
  if (dash === 0 || dash + 1 >= w.toks.length) return false;
  const from = w.toks[0]!.span[0];
  // (through the word after the dash, a second dash included: "-- The")
  const to = w.toks[Math.min(w.toks.length - 1, dash + 2)]!.span[1];
  return from + datelineLength(ctx.text.slice(from, to)) > w.toks[dash]!.span[0];
}

/** Longest reported content, in tokens (a long sentence is some 60). */
export const MAX_CONTENT = 160;

/** Words of a new subject between a clause break and its own cue (", but he refuses", ", and the
 * Supreme Court declined"). */
const MAX_NEW_SUBJECT = 4;

/** Reported content runs to the sentence end (to the comma closing it, in a subordinate clause), or to a coordinated second cue of the same source
 * ("menyatakan ketidakpuasan ..., tetapi menegaskan bahwa ..."), or to a coordinated clause with a
 * subject and a cue of its own (", but he refuses to ...", ", and the court declined to ..."). */
export function contentEnd(ctx: Ctx, w: Words, a: number, subordinate = false): number {
  const { low, toks } = w;
  // no reported content runs on for hundreds of words: the bound keeps hostile one-sentence inputs linear
  const last = Math.min(low.length, a + MAX_CONTENT);
  const ownCue = (u: number) => {
    const hit = ctx.cues.at(low, u);
    return hit !== null && !hit.value.quoteOnly && !hit.value.agentless && !hit.value.participle && hit.value.source !== "after";
  };
  for (let t = a + 1; t < last; t++) {
    // a phrase that holds a cue word but reports nothing ("than expected") goes on with the content
    const not = ctx.notCues.at(low, t);
    if (not) {
      t += not.length - 1;
      continue;
    }
    // a quote opening inside the content is read whole ('she expects the campaign "to continue
    // calling out ... and defending ourselves"'): its commas and verbs are the speaker's
    const q = isQuoteMark(low[t]!) ? ctx.quoteAt.get(toks[t]!.span[0]) : undefined;
    if (q) {
      while (t + 1 < last && toks[t + 1]!.span[1] <= q.outer[1]) t++;
      continue;
    }
    // a semicolon joins two clauses of their own: what was said ends with the first; a subordinate
    // clause's content ends with the clause ("While a judge found that action unconstitutional, his
    // decision was ...")
    if (low[t] === ";" || (subordinate && low[t] === ",")) return t;
    if (low[t] !== "," && !ctx.breaks.has(low[t]!)) continue;
    let u = t + 1;
    while (u < low.length && (low[u] === "," || ctx.breaks.has(low[u]!) || ctx.adverbs.has(low[u]!) || ctx.auxiliaries.has(low[u]!))) u++;
    const hit = ctx.cues.at(low, u);
    if (hit && !hit.value.quoteOnly && !hit.value.agentless && (hit.value.source !== "after" || low[t] === ",")) return t;
    // a coordinator, then a short subject and its cue
    if (!(low[t] === "," && ctx.coordinators.has(low[t + 1] ?? ""))) continue;
    for (let v = t + 3; v < low.length && v <= t + 2 + MAX_NEW_SUBJECT; v++) {
      if (isBoundary(low[v - 1]!) || isEnd(low[v - 1]!)) break;
      if (ownCue(v)) return t;
    }
  }
  return last;
}

/** Words searched after a cue for the finite verb of a clause without "that". */
const CLAUSE_WINDOW = 8;

/**
 * Whether a clause follows at `a` without a complementiser ("believes his efforts will be ...",
 * "felt the FBI was not ..."): a noun phrase opening there (not a preposition, an infinitive or
 * punctuation), then an auxiliary within a few words.
 */
export function clauseFollows(ctx: Ctx, w: Words, a: number): boolean {
  const { low } = w;
  if (a >= low.length) return false;
  const x = low[a]!;
  if (ctx.stops.has(x) || ctx.infinitiveMarkers.has(x) || ctx.auxiliaries.has(x) || isBoundary(x) || isEnd(x) || ctx.breaks.has(x)) return false;
  for (let t = a + 1; t < low.length && t - a <= CLAUSE_WINDOW; t++) {
    const y = low[t]!;
    // "believe bigotry and xenophobia are ...": a list word joins the subject's nouns
    if (isBoundary(y) || isEnd(y) || (ctx.breaks.has(y) && !ctx.listWords.has(y))) return false;
    if (ctx.finiteAuxiliaries.has(y)) return true;
  }
  return false;
}

/**
 * Whether what follows a reporting verb at `end` (content would start at `a`) is an adjunct of the
 * reporting clause rather than its content: a preposition ("said at a briefing"), a subordinator
 * ("said after the meeting", "said Friday as he entered"), or, past a comma, a coordinated clause or
 * a participle ("he said, and ...", "she said, cutting off a reporter").
 */
export function adjunctAfter(ctx: Ctx, w: Words, end: number, a: number): boolean {
  const { low, toks } = w;
  const e = afterTimeAt(ctx, w, end);
  if (e >= toks.length) return false;
  const x = low[e]!;
  if (ctx.stops.has(x) || ctx.adjunctSubordinators.has(x)) return true;
  if (a > end && low[a - 1] === "," && a < toks.length) {
    const y = low[a]!;
    if (ctx.coordinators.has(y) || (ctx.participlePattern !== null && /^\p{Ll}+ing$/u.test(toks[a]!.text) && !ctx.roleWords.has(y))) return true;
  }
  return false;
}
