// Reported speech in the passive ("was first reported by The Washington Post", "was quoted by Y as
// saying ...", "disampaikan oleh X", "Disebutkan ..."): the agent after the marker is the source,
// unless it only carried the words.

import type { Claim } from "../../model.js";
import type { CueEntry } from "../../lang/types.js";
import type { Ctx } from "./context.js";
import { abbreviationDot, isBoundary, isCap, isEnd, opensClause, spanOf, tokenSpan, type Words } from "./words.js";
import { sourceBefore } from "./source-before.js";
import { makeClaim, unknownSource } from "./make.js";
import { afterCue } from "./reported-according.js";
import { clauseStart, contentEnd } from "./reported-content.js";

/** Longest agent phrase after "by" in a passive cue, in tokens. */
const MAX_AGENT = 30;

/**
 * The passive: "The story was first reported by The Washington Post", "the plan has been endorsed by
 * dozens of papers". The cue runs from the auxiliary to the agent marker, the source is the agent (to
 * the clause's end) and the content the subject. "X was quoted by Y as saying ...": the agent is the
 * medium; X is the source and the content follows the participle. Null when the verb group has no
 * passive auxiliary or no agent marker follows the verb.
 */
export function passiveCue(ctx: Ctx, w: Words, g: number, k: number, cueEnd: number, j: number, cue: CueEntry, negated: boolean): Claim | null {
  const { toks, low } = w;
  if (ctx.agentMarkers.size === 0 || cueEnd >= toks.length || !ctx.agentMarkers.has(low[cueEnd]!)) return null;
  // "Residents were alarmed by the tolls": an attitude's subject holds it, and "by" names its cause
  if (cue.source === "before" && !cue.addressee) return null;
  let aux = false;
  for (let i = g; i < k; i++) if (ctx.passiveAuxiliaries.has(low[i]!)) aux = true;
  if (!aux || j === 0) return null;
  // the agent: to a clause boundary, a relative pronoun or the sentence end; a list of names kept
  const stop = (i: number) => isBoundary(low[i]!) || (isEnd(low[i]!) && !abbreviationDot(ctx, w, i, true)) || ctx.relatives.has(low[i]!) || ctx.complementisers.has(low[i]!);
  let e = cueEnd + 1;
  while (e < toks.length && e - cueEnd <= MAX_AGENT && !stop(e) && !(asWord(ctx, low[e]) && ctx.cues.at(low, e + 1)?.value.participle)) e++;
  while (low[e] === "," && e + 2 < toks.length && (isCap(toks[e + 1]) || ctx.nounMarkers.has(low[e + 1]!) || ctx.listWords.has(low[e + 1]!))) {
    let f = e + 1;
    while (f < toks.length && f - cueEnd <= MAX_AGENT && !stop(f)) f++;
    // only a list closing the sentence: "..., the Arizona Republic and the Cincinnati Enquirer."
    if (f < toks.length && !(isEnd(low[f]!) && f === toks.length - 1)) break;
    e = f;
  }
  if (e === cueEnd + 1 || e - cueEnd > MAX_AGENT) return null;
  let subject = sourceBefore(ctx, w, j) ?? beforeRelativeClause(ctx, w, j);
  if (!subject) return null;
  // "a diagnosis that was later confirmed by lab testing": what the relative pronoun stands for
  if (subject[1] - subject[0] === 1 && ctx.relatives.has(low[subject[0]]!)) subject = antecedent(ctx, w, subject[0]) ?? subject;
  // "was quoted by Y as saying ...": the subject speaks, Y only carried the words
  const as = asWord(ctx, low[e]) ? ctx.cues.at(low, e + 1) : null;
  if (as?.value.participle) {
    const source = ctx.sources.resolve(tokenSpan(w, subject));
    let a = e + 1 + as.length;
    const comp = a < toks.length && ctx.complementisers.has(low[a]!) ? a : -1;
    while (a < toks.length && (low[a] === "," || low[a] === ":")) a++;
    const q = toks[a] ? ctx.quoteAt.get(toks[a]!.span[0]) : undefined;
    const contentSpan = q ? q.span : spanOf(ctx, w, comp >= 0 && ctx.pack.claims.contentKeepsComplementiser ? comp : comp >= 0 ? comp + 1 : a, toks.length);
    if (!source || !contentSpan) return null;
    return makeClaim(ctx, w.s, source, [toks[g]!.span[0], toks[e + as.length]!.span[1]], as.value.stance, negated, contentSpan, !!q);
  }
  const source = ctx.sources.resolve(tokenSpan(w, [cueEnd + 1, e]));
  const contentSpan = spanOf(ctx, w, subject[0], subject[1]);
  if (!source || !contentSpan) return null;
  return makeClaim(ctx, w.s, source, [toks[g]!.span[0], toks[cueEnd]!.span[1]], cue.stance, negated, contentSpan, false);
}

/**
 * "Mr. Quiros was accused of fraud", "The plan has been harshly criticized for ...": a reporting verb
 * in the passive with no agent names no source; its subject is what the report is about, part of the
 * content (PolNeAR marks no source there and the subject as the content's first part); so is an
 * expectation ("X is expected to ..."). A verb of one's own attitude ("was convinced") or a quoting
 * verb ("was quoted as saying", whose subject speaks) is not one.
 */
export function agentlessPassive(ctx: Ctx, w: Words, g: number, k: number, cueEnd: number, cue: CueEntry): boolean {
  if ((cue.source !== "either" && !cue.infinitive) || cue.participle || cue.agentless || ctx.participlePattern === null) return false;
  if (!ctx.participlePattern.test(w.low[cueEnd - 1]!) || ctx.agentMarkers.has(w.low[cueEnd] ?? "")) return false;
  if (ctx.passiveSpeakers.has(w.low[k]!)) return false;
  for (let i = g; i < k; i++) if (ctx.passiveAuxiliaries.has(w.low[i]!)) return true;
  return false;
}

/** Longest relative clause read back over between a subject and its verb. */
const MAX_RELATIVE_CLAUSE = 40;

/** "Calls to set up a commission, where a coalition is fighting rebels, were rejected by ...": the
 * subject before a relative clause set off by commas just before the verb group at j. */
function beforeRelativeClause(ctx: Ctx, w: Words, j: number): [number, number] | null {
  if (w.low[j - 1] !== ",") return null;
  for (let c = j - 2; c > 0 && j - c <= MAX_RELATIVE_CLAUSE; c--) {
    const x = w.low[c]!;
    if (isBoundary(x) && x !== ",") return null;
    if (x !== ",") continue;
    return ctx.relatives.has(w.low[c + 1]!) || ctx.adjunctSubordinators.has(w.low[c + 1]!) ? sourceBefore(ctx, w, c) : null;
  }
  return null;
}

/** Longest noun phrase a relative pronoun looks back to. */
const MAX_ANTECEDENT = 6;

/** The noun phrase a relative pronoun at `rel` stands for: back over a comma and one phrase's words to
 * its determiner ("a preliminary diagnosis that", "The plan, which"); null when none opens it. */
function antecedent(ctx: Ctx, w: Words, rel: number): [number, number] | null {
  const e = w.low[rel - 1] === "," ? rel - 1 : rel;
  for (let i = e - 1; i >= 0 && e - i <= MAX_ANTECEDENT; i--) {
    const x = w.low[i]!;
    if (ctx.nounMarkers.has(x) || ctx.possessives.has(x)) return [i, e];
    if (!/^[\p{L}\p{N}]/u.test(w.toks[i]!.text) || ctx.stops.has(x)) return null;
  }
  return null;
}

/** "as" of "was quoted by Y as saying" (the language's word for it, from the people lexicon). */
function asWord(ctx: Ctx, w: string | undefined): boolean {
  return w !== undefined && (ctx.pack.people.asWords ?? []).includes(w);
}

/**
 * A passive made by the language's morphology ("dikatakan", "disampaikan oleh X", "Disebutkan ..."):
 * the agent follows the verb, after an agent marker ("oleh") or as a name or pronoun right after a
 * verb inside the sentence ("Hal itu dikatakan Menteri X"); a verb opening the sentence with no
 * marker has none ("Disebutkan Spiral Ventures bakal ...": what follows is the content). Without an
 * agent the report is agentless: its content the clause after a verb opening the sentence, else the
 * subject before the verb.
 */
export function morphologicalPassive(ctx: Ctx, w: Words, k: number, cueEnd: number, cue: CueEntry): Claim | null {
  const { toks, low } = w;
  // what stands before the verb, adverbs and negations aside
  let b = k - 1;
  while (b >= 0 && (ctx.negations.has(low[b]!) || ctx.adverbs.has(low[b]!))) b--;
  const before = b >= 0 ? low[b]! : "";
  const marked = cueEnd < toks.length && ctx.agentMarkers.has(low[cueEnd]!);
  // (a verb opening the sentence, after a connective and its comma at most)
  const opens = b < 0 || (b === k - 1 && opensClause(ctx, w, k));
  // "pejabat yang tidak disebutkan namanya", "pidato yang disampaikannya": a relative clause
  // describing a noun; "Saat diumumkan Aci ...", "Setelah dikonfirmasi": a clause of time or
  // condition, whose next name is the main clause's subject. Only an agent after a marker reports there.
  const subordinate = ctx.relatives.has(before) || ctx.breaks.has(before) || ctx.stops.has(before);
  const next = toks[cueEnd];
  // "Disampaikan Gunawan, ...", "Dijelaskan Syarkawi, ...": a name set off by a comma after a verb
  // opening the sentence is its agent ("Disebutkan Spiral Ventures bakal ..." has none)
  const agentComma = opens && next !== undefined && isCap(next) ? commaClosingName(w, cueEnd) : -1;
  if (!marked && (subordinate || (opens && agentComma < 0))) return opens && !subordinate ? agentless(ctx, w, k, cueEnd, cue) : null;
  if (!marked && !opens && !(next !== undefined && (isCap(next) || ctx.pronouns.has(low[cueEnd]!)))) return null;
  const claim = afterCue(ctx, w, k, cueEnd + (marked ? 1 : 0), cue);
  // the content is the subject before the verb ("Hal itu disampaikan Presiden Jokowi dalam ..."),
  // or what follows the agent's comma when the verb opens the sentence
  // ("Seperti yang disampaikan oleh X, ...": a comment clause, its content after the agent)
  if (claim && !opens && !subordinate && b >= 0) {
    const subject = spanOf(ctx, w, clauseStart(ctx, w, k), k);
    if (subject) return makeClaim(ctx, w.s, claim.source, claim.cueSpan, claim.stance, claim.negated, subject, false);
  }
  return claim;
}

/** The comma closing a run of capitalised words from `from` (a name), within a few words, or -1. */
function commaClosingName(w: Words, from: number): number {
  for (let i = from; i < w.toks.length && i - from <= MAX_NAME_WORDS; i++) {
    if (w.low[i] === ",") return i > from ? i : -1;
    if (!isCap(w.toks[i]) && !/^[.()]$/.test(w.low[i]!)) return -1;
  }
  return -1;
}

/** Words of an agent's name after a verb opening the sentence. */
const MAX_NAME_WORDS = 8;

/** An agentless report opening the sentence ("Disebutkan, ...", "Dijelaskan bahwa ..."): its content follows. */
function agentless(ctx: Ctx, w: Words, k: number, cueEnd: number, cue: CueEntry): Claim | null {
  let a = cueEnd;
  while (a < w.toks.length && (w.low[a] === "," || ctx.complementisers.has(w.low[a]!))) a++;
  const contentSpan = spanOf(ctx, w, a, contentEnd(ctx, w, a));
  if (!contentSpan) return null;
  return makeClaim(ctx, w.s, unknownSource(), [w.toks[k]!.span[0], w.toks[cueEnd - 1]!.span[1]], cue.stance, false, contentSpan, false);
}

