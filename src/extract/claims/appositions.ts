// Appositions that belong to a source: "X, a former official, said" (after the subject) and "A
// lawyer for the outlets, David Schulz, said" (a description before the name).

import type { Span } from "../../model.js";
import type { Ctx } from "./context.js";
import { DASHES, isBoundary, isCap, isEnd, isQuoteMark, type Words } from "./words.js";
import { timeStartingAt } from "./spans.js";
import { sourceBefore } from "./source-before.js";

/** Longest apposition run between a subject and its cue ("X, a former ... of Y, said"). */
export const MAX_APPOSITION = 40;

/**
 * "X, a former official who runs Y, said": the subject before an apposition that ends at the comma
 * token `comma`. The source spans the subject and its apposition. Null when no named subject.
 */
export function appositionBefore(ctx: Ctx, w: Words, comma: number): Span | null {
  let segEnd = comma;
  let best: Span | null = null;
  for (let seg = 0; seg < 4; seg++) {
    let c = segEnd - 1;
    // a dot inside the sentence closes an abbreviation ("R-Ky.", "Md."): the segmenter did not end it there
    while (c >= 0 && w.low[c] !== "," && !isQuoteMark(w.low[c]!) && !(isEnd(w.low[c]!) && w.low[c] !== ".") && w.low[c] !== ";" && w.low[c] !== ":") c--;
    if (c < 0 || w.low[c] !== ",") break;
    if (comma - c > MAX_APPOSITION) break;
    // "Rain falls on Titan, but the poles are wet, said X": a clause, not a description of a subject
    // (a subordinate one is an adjunct of the subject's clause: "The mayor, when asked whether it would work, said")
    if (clauseSegment(ctx, w, c + 1, segEnd) && !(seg === 0 && ctx.adjunctSubordinators.has(w.low[c + 1]!))) break;
    // the part before this comma ends with a name: that is the subject
    // "mining companies, including Patriot, declared": a segment of membership describes any subject
    const member = seg === 0 && ctx.affiliationPrepositions.has(w.low[c + 1]!) && !ctx.stops.has(w.low[c + 1]!);
    // "Israeli settlers, who form part of ..., said": a relative clause describes whatever subject it follows
    const relative = ctx.relatives.has(w.low[c + 1]!);
    // "The mayor, when asked about the plan, said": so does a subordinate clause (an adjunct, cut off below)
    const adjunct = seg === 0 && ctx.adjunctSubordinators.has(w.low[c + 1]!);
    if (c > 0 && (ctx.sources.personEnding(w.toks[c - 1]!.span[1]) || isCap(w.toks[c - 1]) || w.low[c - 1] === ")" || w.low[c - 1] === "." || member || relative || adjunct)) {
      const subject = sourceBefore(ctx, w, c);
      if (subject && (subject[0] === 0 || !ctx.stops.has(w.low[subject[0] - 1]!))) {
        const first = w.toks[subject[0]]!;
        if (isCap(first) || ctx.roleWords.has(w.low[subject[0]]!) || (ctx.pack.people.appositionArticles ?? []).includes(first.text.toLowerCase()) || member || relative || adjunct) {
          best = [subject[0], adjunctCut(ctx, w, c, comma)];
          // a description after a comma ("..., president of the union, said"): the name it
          // describes may stand further back ("Jane Roe, president of the union, said")
          if (isCap(first) || subject[0] === 0 || w.low[subject[0] - 1] !== ",") return best;
        }
      }
    }
    segEnd = c;
  }
  return best;
}

/** Whether the words [a, b) between commas make a clause: a coordinator opens them, or a finite
 * auxiliary stands in them with no relative pronoun before it ("who is a former official" describes). */
function clauseSegment(ctx: Ctx, w: Words, a: number, b: number): boolean {
  if (a < b && ctx.coordinators.has(w.low[a]!)) return true;
  for (let i = a; i < b; i++) {
    if (ctx.relatives.has(w.low[i]!)) return false;
    if (ctx.finiteAuxiliaries.has(w.low[i]!)) return true;
  }
  return false;
}

/**
 * Where an apposition run between the commas `c` and `comma` stops belonging to the source: at the
 * first segment that is an adjunct of the clause rather than a description of the subject ("Trump,
 * speaking to veterans, said", "Clinton, at a later press gaggle, said", "X, in particular, has").
 * A segment of origin or affiliation ("Wilson, of Springfield, Va., said") stays.
 */
function adjunctCut(ctx: Ctx, w: Words, c: number, comma: number): number {
  for (let p = c; p < comma; p++) {
    if (w.low[p] !== ",") continue;
    const x = w.low[p + 1]!;
    const adjunct = (ctx.stops.has(x) && !ctx.affiliationPrepositions.has(x)) || ctx.adjunctSubordinators.has(x) || (/^\p{Ll}+ing$/u.test(w.toks[p + 1]!.text) && !ctx.roleWords.has(x) && !ctx.affiliationPrepositions.has(x)) || timeStartingAt(ctx, w.toks[p + 1]!.span[0]) !== null;
    if (adjunct) return p;
  }
  return comma;
}

/** Longest description before a name it introduces ("A lawyer for the outlets, David Schulz, said"). */
const MAX_LEADING_APPOSITION = 10;

/**
 * "A lawyer for the news outlets, David Schulz, said": a description opening the sentence, then the
 * name between commas. The source starts with the description. Null when there is none.
 */
export function leadingApposition(ctx: Ctx, w: Words, [a, b]: Span): Span | null {
  if (a < 2 || w.low[a - 1] !== "," || !ctx.sources.personEnding(w.toks[b - 1]!.span[1])) return null;
  let i = a - 2;
  let role = false;
  while (i >= 0 && a - 1 - i <= MAX_LEADING_APPOSITION) {
    const x = w.low[i]!;
    if (isBoundary(x) || isEnd(x)) break;
    if (ctx.breaks.has(x) || ctx.complementisers.has(x) || ctx.cues.at(w.low, i) || ctx.pronouns.has(x)) return null;
    if (ctx.roleWords.has(x) || ctx.sourceHeads.has(x)) role = true;
    i--;
  }
  // from the sentence start (or a quote closing before it)
  // a description: role words ("A lawyer for ..."), or a determiner opening it ("Another critic")
  if (!role && !ctx.nounMarkers.has(w.low[i + 1]!) && !ctx.determiners.has(w.low[i + 1]!)) return null;
  if (i >= 0 && !isQuoteMark(w.low[i]!) && !isEnd(w.low[i]!)) return null;
  return i + 1 < a - 1 ? [i + 1, b] : null;
}

/**
 * "Aaron Kall -- co-editor of a book on the debates -- said", "The transcript of the debate—published
 * by The Post—shows": an apposition between a pair of dashes closing right before token `end`. The
 * source spans the subject before the first dash to the closing dash. Null when there is none.
 */
export function dashAppositionBefore(ctx: Ctx, w: Words, end: number): Span | null {
  const { low } = w;
  // the typewriter dash is two hyphens, tokenised one by one
  const double = low[end - 1] === "-" && low[end - 2] === "-";
  const mark = double ? "-" : low[end - 1]!;
  if (!double && !DASHES.has(mark)) return null;
  const close = double ? end - 2 : end - 1;
  for (let i = close - 1; i > 0 && close - i <= MAX_APPOSITION; i--) {
    const x = low[i]!;
    // (a full stop inside is an abbreviation's: the segmenter did not end the sentence there)
    if (isEnd(x) && x !== ".") return null;
    const open = double ? x === "-" && low[i - 1] === "-" : x === mark;
    if (!open) continue;
    const subject = sourceBefore(ctx, w, double ? i - 1 : i);
    return subject ? [subject[0], end] : null;
  }
  return null;
}
