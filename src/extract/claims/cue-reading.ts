// Whether a cue word that can also be a noun ("claims", "report", "called") is the reporting verb
// here: a cue read as a noun makes no claim.

import type { Ctx } from "./context.js";
import { DASHES, isBoundary, isEnd, type Words } from "./words.js";
import { inName } from "./spans.js";

/** Whether a cue word that is also a noun reads as the noun here ("the claims", "his rubble comment",
 * "Korea's claims", "for comment", "medical claims of ..."). */
export function nounReading(ctx: Ctx, w: Words, k: number, end: number): boolean {
  const { low, toks } = w;
  const prev = k > 0 ? low[k - 1]! : null;
  if (prev === null) return false;
  // a verb group or a subject pronoun before it: the verb ("to comment", "will report", "he claims");
  // an infinitive takes no "-s" ("pointed to reports that ...": "to" is a preposition there)
  if (ctx.infinitiveMarkers.has(prev) && !!ctx.sFormPattern?.test(low[k]!)) return true;
  if (ctx.auxiliaries.has(prev) || ctx.negations.has(prev) || ctx.infinitiveMarkers.has(prev) || ctx.pronouns.has(prev) || ctx.relatives.has(prev)) return false;
  // a superlative after a determiner: the noun, even before "that" ("the greatest fear that ...",
  // "his biggest worry"; not "the workers fear that ...")
  if (k > 1 && (ctx.nounMarkers.has(low[k - 2]!) || ctx.possessives.has(low[k - 2]!)) && !!ctx.superlativePattern?.test(prev)) return true;
  // content after it: the verb ("Bloomberg reports that ...", "the group claims: ...")
  const next = end < toks.length ? low[end]! : null;
  if (next !== null && (ctx.complementisers.has(next) || next === ":" || ctx.quoteAt.has(toks[end]!.span[0]))) return false;
  // "claims of abuse", "reports about": the noun still names an attribution (PolNeAR marks these)
  if (next !== null && ctx.topicPrepositions.has(next)) return false;
  // "newly filed reports shows": a reporting verb right after it makes it that verb's subject;
  // "parliamentary reports urging new rules": a participle right after it modifies it
  if (next !== null) {
    const v = ctx.cues.at(w.low, end);
    if (v && !v.value.participle && !v.value.agentless && v.value.source !== "after") return true;
    if (v?.value.participle && /^\p{Ll}/u.test(toks[k - 1]!.text) && !ctx.breaks.has(prev) && !ctx.adverbs.has(prev)) return true;
  }
  if (ctx.possessiveSuffixes.some((x) => prev.endsWith(x))) return true;
  if (ctx.stops.has(prev)) return true;
  // "his rubble comment": a determiner two back, a modifier between
  if (k > 1 && ctx.possessives.has(low[k - 2]!) && /^\p{Ll}/u.test(toks[k - 1]!.text) && !ctx.breaks.has(prev) && !ctx.adverbs.has(prev)) return true;
  // "medical claims on air": a modifier before, a preposition after (not a subject before: "the
  // Journal reports.", "the poll shows him ahead")
  // ("the company plans to ...": an intention's infinitive marker is no preposition here)
  // only after a determined noun, the subject ("the company plans to"; not "unveiled plans to")
  // ("the Clinton campaign plans to ...": a name may stand between)
  const determined = (k > 1 && ctx.nounMarkers.has(low[k - 2]!)) || (k > 2 && ctx.nounMarkers.has(low[k - 3]!) && /^\p{Lu}/u.test(toks[k - 2]!.text));
  const infinitive = next !== null && ctx.infinitiveMarkers.has(next) && !!ctx.cues.at(w.low, k)?.value.infinitive && determined;
  if (/^\p{Ll}/u.test(toks[k - 1]!.text) && next !== null && ctx.stops.has(next) && !infinitive && !ctx.sourceHeads.has(prev) && !ctx.evidenceNouns.has(prev)) return true;
  // "11% of Democratic claims - a 3 to 1 margin", "Fifth Amendment claims,", "rated 32% of Republican
  // claims as ...": a modifier that names no one before it, the phrase closing after it
  const closes = next === null || isBoundary(next) || DASHES.has(next) || next === "-" || isEnd(next) || ctx.commentMarkers.has(next);
  return closes && /^\p{L}/u.test(toks[k - 1]!.text) && !ctx.sourceHeads.has(prev) && !ctx.evidenceNouns.has(prev) && !ctx.breaks.has(prev) && !inName(ctx, toks[k - 1]!.span);
}

/** Words of an indefinite noun phrase before a naming verb. */
const MAX_NAMED_NP = 4;

/** Whether a naming verb ("called") names here: right after a common noun or a comma ("a group
 * called X", "the program, called EB-5"). */
export function namingReading(ctx: Ctx, w: Words, k: number): boolean {
  // a name set off by commas after a comma: "The program, called EB-5, allows ..."
  if (k > 0 && w.low[k - 1] === "," && /^\p{Lu}/u.test(w.toks[k + 1]?.text ?? "")) {
    for (let i = k + 2; i < w.low.length && i <= k + 1 + MAX_NAMED_NP; i++) if (w.low[i] === "," || w.low[i] === ")") return true;
  }
  // an indefinite noun phrase right before ("a group called", "a mountain stream called"): it names
  for (let i = k - 1; i >= 0 && k - i <= MAX_NAMED_NP; i--) {
    const x = w.low[i]!;
    if (ctx.indefinites.has(x)) return i < k - 1;
    // ("a Pakistan-based group called": a name's compound adjective is a modifier too)
    if (!/^\p{Ll}/u.test(w.toks[i]!.text) && !/^\p{Lu}[\p{L}.]*-\p{Ll}+$/u.test(w.toks[i]!.text)) return false;
    if (ctx.auxiliaries.has(x) || ctx.breaks.has(x) || ctx.pronouns.has(x) || ctx.relatives.has(x)) return false;
  }
  return false;
}
