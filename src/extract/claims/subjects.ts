// The subject of a clause when the cue has none of its own before it: a verb coordinated with an
// earlier one ("Cruz exhorted ... and said") or a participle hanging on the clause (", arguing ...").

import type { Span } from "../../model.js";
import type { Ctx } from "./context.js";
import { abbreviationDot, isBoundary, isCap, isEnd, isQuoteMark, tokenSpan, type Words } from "./words.js";

/** A personal pronoun that can be a subject ("he", "they"; not "his"). */
export function isSubjectPronoun(ctx: Ctx, x: string): boolean {
  return ctx.pronouns.has(x) && !ctx.possessives.has(x);
}

/** Longest subject read from a sentence's start for a coordinated verb. */
const MAX_SUBJECT = 8;

/**
 * The subject of the sentence's first clause, for a cue coordinated with an earlier verb ("Cruz
 * exhorted ... and said"): the words from the sentence start up to the first word that can be no part
 * of a noun phrase (a lower-case word that is not a role word, determiner or preposition inside a
 * name), then an apposition between commas. Null when that is not a name, a role or a pronoun.
 */
export function clauseSubject(ctx: Ctx, w: Words, before: number): Span | null {
  const { toks, low } = w;
  let f = 0;
  while (f < before && f < MAX_SUBJECT && (isCap(toks[f]) || ctx.roleWords.has(low[f]!) || ctx.nounMarkers.has(low[f]!) || ctx.determiners.has(low[f]!) || (low[f] === "." && f > 0))) f++;
  if (f === 0 || f >= before) return null;
  let end = f;
  // "Republican nominee Donald Trump, in particular, has ...": the subject before the comma
  while (end > 0 && (low[end - 1] === "," || isQuoteMark(low[end - 1]!))) end--;
  if (end === 0) return null;
  const first = low[0]!;
  // the subject is what a verb follows: a capitalised opening word that is a preposition or a
  // subordinator ("In", "When", "After") opens an adjunct, not a subject
  if (ctx.stops.has(first) || ctx.breaks.has(first) || ctx.complementisers.has(first)) return null;
  const named = ctx.sources.personsIn(tokenSpan(w, [0, end])).length > 0 || ctx.pronouns.has(first) || toks.slice(0, end).some((t, i) => ctx.sourceHeads.has(low[i]!) || isCap(t));
  return named ? [0, end] : null;
}

/** Longest subject noun phrase read for a participle's clause. */
const MAX_PARTICIPLE_SUBJECT = 10;

/**
 * The subject of the clause a participle hangs on ("The Times and the Gannett chain filed a motion,
 * arguing ...", "In 1986, the court blocked the sale, citing ..."): after an opening adjunct closed by
 * a comma, the noun phrase up to the verb group, when that verb group is recognisable (an auxiliary, a
 * past form or a relative pronoun after the phrase). Null otherwise: a present-tense verb cannot be
 * told from a noun without a tagger.
 */
export function participleSubject(ctx: Ctx, w: Words, k: number): Span | null {
  const { toks, low } = w;
  let s0 = 0;
  // an opening adjunct ("In 1986,", "On Friday,", "After the vote,"): the subject follows its comma
  if (ctx.stops.has(low[0]!) || ctx.breaks.has(low[0]!)) {
    let c = 1;
    while (c < k && low[c] !== "," && c <= MAX_PARTICIPLE_SUBJECT) c++;
    if (low[c] !== ",") return null;
    s0 = c + 1;
  }
  if (s0 < k && isSubjectPronoun(ctx, low[s0]!)) return [s0, s0 + 1];
  let e = s0;
  let named = false;
  while (e < k && e - s0 < MAX_PARTICIPLE_SUBJECT) {
    const x = low[e]!;
    if (x === "." && abbreviationDot(ctx, w, e)) {
      e++;
      continue;
    }
    if (isBoundary(x) || isEnd(x) || ctx.auxiliaries.has(x) || ctx.relatives.has(x) || ctx.stops.has(x) || ctx.cues.at(low, e)) break;
    if (ctx.breaks.has(x) && !ctx.listWords.has(x)) break;
    if (e > s0 && /^\p{Ll}/u.test(toks[e]!.text) && ctx.participlePattern !== null && ctx.participlePattern.test(x)) break;
    if (isCap(toks[e]) || ctx.roleWords.has(x) || ctx.sourceHeads.has(x)) named = true;
    e++;
  }
  if (e === s0 || !named || e >= k || ctx.listWords.has(low[e - 1]!)) return null;
  const x = low[e]!;
  const verb = ctx.auxiliaries.has(x) || ctx.relatives.has(x) || (ctx.participlePattern !== null && ctx.participlePattern.test(x));
  return verb ? [s0, e] : null;
}

/** The subject opening a clause at `a`, where no tagger tells its verb: a pronoun, a run of
 * capitalised words ("Trump", "Sen. Ted Cruz"), or a determiner and a few words up to a role or source
 * noun ("the mayor", "many Mexicans"). */
export function subjectAt(ctx: Ctx, w: Words, a: number): Span | null {
  const { low, toks } = w;
  if (isSubjectPronoun(ctx, low[a]!)) return [a, a + 1];
  let e = a;
  while (e < toks.length && (isCap(toks[e]) || (low[e] === "." && abbreviationDot(ctx, w, e)))) e++;
  if (e > a) return [a, e];
  for (let t = a; t < toks.length && t - a < 4; t++) {
    if (isBoundary(low[t]!) || isEnd(low[t]!)) break;
    if (ctx.roleWords.has(low[t]!) || ctx.sourceHeads.has(low[t]!)) return [a, t + 1];
  }
  return null;
}

/** Longest conjunct looked back over for its subject ("I laughed and said"). */
const MAX_CONJUNCT = 12;

/**
 * The subject of the conjunct before a coordinator at `and` ("I laughed and said", "they only learned
 * on Friday of ... and disclosed"): the clause start (after a comma, a colon or a clause word) holds a
 * personal pronoun, or a person's name followed by a lower-case word. Null otherwise.
 */
export function conjunctSubject(ctx: Ctx, w: Words, and: number): Span | null {
  const { toks, low } = w;
  let i = and - 1;
  while (i >= 0 && and - i <= MAX_CONJUNCT && !isBoundary(low[i]!) && !isEnd(low[i]!) && !ctx.breaks.has(low[i]!) && !ctx.complementisers.has(low[i]!)) i--;
  if (and - i > MAX_CONJUNCT) return null;
  const a = i + 1;
  if (a >= and - 1) return null;
  if (isSubjectPronoun(ctx, low[a]!)) return [a, a + 1];
  const p = ctx.sources.personsIn([toks[a]!.span[0], toks[and - 1]!.span[1]])[0];
  if (!p || p.span[0] !== toks[a]!.span[0]) return null;
  let e = a;
  while (e < and && toks[e]!.span[1] <= p.span[1]) e++;
  return e < and && /^\p{Ll}/u.test(toks[e]!.text) ? [a, e] : null;
}
