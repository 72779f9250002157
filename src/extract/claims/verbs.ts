// The extent of a cue around its verb: the verb group before it (auxiliaries, negation, adverbs),
// the words between it and its source, and what follows the verb and still belongs to the cue.

import type { Span } from "../../model.js";
import type { Ctx } from "./context.js";
import { isBoundary, isEnd, titleCase, type Words } from "./words.js";
import { afterTimeAt, timeEndingAt, timeStartingAt } from "./spans.js";
import { clauseFollows } from "./reported-content.js";
import { isSubjectPronoun } from "./subjects.js";

/** Whether token t is an auxiliary: not a capitalised "May" or "Will" after a capitalised word
 * ("Theresa May said"), which is a name's, outside title-case headlines. */
function auxiliaryAt(ctx: Ctx, w: Words, t: number): boolean {
  if (!ctx.auxiliaries.has(w.low[t]!)) return false;
  return !(t > 0 && /^\p{Lu}/u.test(w.toks[t]!.text) && /^\p{Lu}/u.test(w.toks[t - 1]!.text) && !titleCase(w));
}

/** The verb group before a cue at k: auxiliaries, negation and adverbs that belong to the cue span. */
export function verbGroup(ctx: Ctx, w: Words, k: number): { start: number; negated: boolean } {
  let j = k;
  let negated = false;
  while (j > 0) {
    const x = w.low[j - 1]!;
    // "appeared to suggest", "failed to note": a raising verb and its infinitive marker
    if (j > 1 && ctx.infinitiveMarkers.has(x) && ctx.raisingVerbs.has(w.low[j - 2]!)) {
      j -= 2;
      continue;
    }
    // "avoids condemning", "stopped short of calling": a verb taking the cue's gerund
    if (j === k) {
      const g = gerundVerbBefore(ctx, w, j);
      if (g) {
        j = g.start;
        if (g.negates) negated = true;
        continue;
      }
    }
    if (!auxiliaryAt(ctx, w, j - 1) && !(ctx.adverbPattern !== null && ctx.adverbPattern.test(w.toks[j - 1]!.text))) break;
    if (ctx.negations.has(x)) negated = true;
    j--;
  }
  return { start: j, negated };
}

/** Longest verb phrase taking a gerund ("stopped short of"). */
const MAX_GERUND_VERB = 3;

/** A verb taking a gerund that ends right before the gerund at `j` ("avoids condemning"): where it
 * starts and whether it negates the act; null when there is none. */
function gerundVerbBefore(ctx: Ctx, w: Words, j: number): { start: number; negates: boolean } | null {
  if (!/^\p{Ll}+ing$/u.test(w.toks[j]!.text)) return null;
  for (let p = j - 1; p >= 0 && j - p <= MAX_GERUND_VERB; p--) {
    const hit = ctx.gerundVerbs.at(w.low, p);
    if (hit?.length === j - p) return { start: p, negates: hit.value };
  }
  return null;
}

/** Longest connective phrase between commas ("on the other hand"). */
const MAX_PARENTHETICAL = 4;

/** The comma opening a connective set off by commas that ends right before token `j` (", however,"), or `j`. */
function parentheticalBefore(ctx: Ctx, w: Words, j: number): number {
  if (j < 3 || w.low[j - 1] !== ",") return j;
  for (let p = j - 2; p > 0 && j - 2 - p < MAX_PARENTHETICAL; p--) {
    if (w.low[p - 1] !== ",") continue;
    return ctx.parentheticals.at(w.low, p)?.length === j - 1 - p ? p - 1 : j;
  }
  return j;
}

/** Skip words that may stand between a source and its verb group ("juga", "in a statement"). */
export function skipAdverbsBack(ctx: Ctx, w: Words, j: number): { end: number; negated: boolean } {
  let negated = false;
  for (;;) {
    // ("Mr. Trump hardly asserting", "she flatly denied": a manner adverb written in lower case)
    const manner = (t: number) => ctx.adverbPattern !== null && /^\p{Ll}/u.test(w.toks[t]!.text) && ctx.adverbPattern.test(w.toks[t]!.text);
    for (;;) {
      while (j > 0 && (ctx.adverbs.has(w.low[j - 1]!) || ctx.negations.has(w.low[j - 1]!) || auxiliaryAt(ctx, w, j - 1) || manner(j - 1))) {
        if (ctx.negations.has(w.low[j - 1]!)) negated = true;
        j--;
      }
      // "The minister, however, said": a connective between commas
      const p = parentheticalBefore(ctx, w, j);
      if (p < j) {
        j = p;
        continue;
      }
      // "Trump in a statement said": the phrase naming the medium
      const m = mediumBefore(ctx, w, j);
      if (m === j) break;
      j = m;
    }
    // a time phrase between source and cue: "Sanders on Tuesday said", "Wells Fargo this month announced"
    const t = j > 1 ? timeEndingAt(ctx, w.toks[j - 1]!.span[1]) : null;
    if (!t) break;
    let i = j - 1;
    while (i > 0 && w.toks[i]!.span[0] > t[0]) i--;
    if (w.toks[i]!.span[0] !== t[0] || i === 0) break;
    // with its preposition when the phrase leaves it out ("on Tuesday")
    const from = i > 1 && ctx.stops.has(w.low[i - 1]!) ? i - 1 : i;
    // after a participle the phrase is part of the source: "a poll released Friday shows", "polls
    // taken over the past two weeks show"
    const p = from - 1;
    if (p > 0 && ctx.participlePattern !== null && ctx.participlePattern.test(w.low[p]!) && !ctx.auxiliaries.has(w.low[p - 1]!) && !ctx.pronouns.has(w.low[p - 1]!) && !ctx.relatives.has(w.low[p - 1]!)) break;
    j = from;
  }
  return { end: j, negated };
}

/** Where a phrase naming the medium ("in a statement", "in an interview with CNN") ending before
 * token j starts; j when there is none. */
function mediumBefore(ctx: Ctx, w: Words, j: number): number {
  if (j < 2 || !ctx.mediumNouns.has(w.low[j - 1]!)) return j;
  for (let p = j - 2; p >= 1 && j - 1 - p <= MAX_MEDIUM_GAP; p--) {
    const x = w.low[p]!;
    if (ctx.mediumPrepositions.has(x)) return p;
    if (!/^\p{L}/u.test(w.toks[p]!.text) || ctx.breaks.has(x)) return j;
  }
  return j;
}

/** Longest run of modifiers before an attitude noun ("deep and growing concern"). */
const MAX_ATTITUDE_MODIFIERS = 3;

/** The token index after an attitude noun opening at `end` past a few lower-case modifiers ("deep
 * concern", "serious doubts"), or `end` when there is none. */
function attitudeAfter(ctx: Ctx, w: Words, end: number): number {
  for (let f = end; f < w.toks.length && f - end <= MAX_ATTITUDE_MODIFIERS; f++) {
    const x = w.low[f]!;
    if (ctx.attitudeNouns.has(x)) return f + 1;
    if (!/^\p{Ll}+$/u.test(w.toks[f]!.text) || ctx.breaks.has(x) || ctx.stops.has(x) || ctx.complementisers.has(x)) break;
  }
  return end;
}


/** Longest run of words between a medium preposition and its noun ("in [a recent phone] interview"). */
const MAX_MEDIUM_GAP = 4;

/**
 * What follows a reporting verb: time phrases ("said Friday", "said last month"), trailing adverbs
 * ("said then", "said sarcastically"), a phrase naming the medium ("said in a phone interview", "wrote
 * in an email"), and the verb's own preposition ("complained about", "warned against"). `after` is the
 * token index after all of it (where content may start); `end` is where the cue ends: the same, less a
 * time phrase closing it, which is an adjunct (PolNeAR's annotators leave it out about four times in
 * five). A few steps, each bounded: linear.
 */
export function cueTail(ctx: Ctx, w: Words, end: number): { end: number; after: number } {
  const { low, toks } = w;
  // "expressed (deep) concern (about)": the attitude the verb voices, with its preposition
  const voiced = ctx.expressionVerbs.has(low[end - 1]!) ? attitudeAfter(ctx, w, end) : end;
  if (voiced > end) return both(voiced < toks.length && ctx.cueParticles.has(low[voiced]!) ? voiced + 1 : voiced);
  // the verb's own preposition, right after it; before a number it means "some" ("said about 20 people")
  const counted = (x: string | undefined) => x !== undefined && (/^\d/.test(x) || ctx.numberWords.has(x));
  // (not "on" opening "on Monday")
  const dateAt = (x: number): Span | null => timeStartingAt(ctx, toks[x]!.span[0]);
  // (not "as" opening a clause of its own: "said as she and hundreds of others marched")
  const opensClause = (x: number) => ctx.adjunctSubordinators.has(low[x]!) && x + 1 < toks.length && (isSubjectPronoun(ctx, low[x + 1]!) || clauseFollows(ctx, w, x + 1));
  if (end < toks.length && ctx.cueParticles.has(low[end]!) && !counted(low[end + 1]) && !(end + 1 < toks.length && dateAt(end + 1)) && !opensClause(end) && !ctx.bareVerbs.has(low[end - 1]!)) return both(end + 1);
  let e = end;
  let cue = end; // e less a time phrase closing the tail
  for (let step = 0; step < 3 && e < toks.length; step++) {
    // "said Friday", "said on Monday", "said for years"
    let f = afterTimeAt(ctx, w, e);
    if (f === e && ctx.stops.has(low[e]!) && e + 1 < toks.length && afterTimeAt(ctx, w, e + 1) > e + 1) f = afterTimeAt(ctx, w, e + 1);
    if (f > e) {
      // "said several months later": the adverb goes with the time phrase
      while (f < toks.length && ctx.trailingAdverbs.has(low[f]!)) f++;
      e = f;
      continue;
    }
    if (ctx.trailingAdverbs.has(low[e]!)) {
      cue = ++e;
      continue;
    }
    // a manner adverb closing the clause: "Gowdy said sarcastically."
    if (ctx.adverbPattern !== null && !ctx.auxiliaries.has(low[e]!) && ctx.adverbPattern.test(toks[e]!.text) && (e + 1 >= toks.length || isBoundary(low[e + 1]!) || isEnd(low[e + 1]!))) {
      cue = ++e;
      continue;
    }
    if (ctx.mediumPrepositions.has(low[e]!)) {
      let f = e + 1;
      while (f < toks.length && f - e <= MAX_MEDIUM_GAP && !ctx.mediumNouns.has(low[f]!) && /^\p{L}/u.test(toks[f]!.text) && !ctx.breaks.has(low[f]!) && !ctx.complementisers.has(low[f]!)) f++;
      if (f < toks.length && ctx.mediumNouns.has(low[f]!)) {
        cue = e = f + 1;
        continue;
      }
    }
    break;
  }
  // only when the clause closes there ('"...," he said Friday.', "..., she said in a statement, adding"):
  // before its content the gold conventions disagree, and the verb alone is the safer cue
  return e < toks.length && !isBoundary(low[e]!) && !isEnd(low[e]!) ? both(end) : { end: cue, after: e };
}

const both = (x: number) => ({ end: x, after: x });

/** Most lower-case words between a linking verb and its adjective ("is very confident", "are all sure"). */
const MAX_DEGREE_WORDS = 2;

/** Whether a linking verb stands a few lower-case words before token k ("is very confident"). */
export function linkedBefore(ctx: Ctx, w: Words, k: number): boolean {
  for (let t = k - 1; t >= 0 && k - 1 - t <= MAX_DEGREE_WORDS; t--) {
    if (auxiliaryAt(ctx, w, t)) return true;
    if (!/^\p{Ll}+$/u.test(w.toks[t]!.text)) return false;
  }
  return false;
}
