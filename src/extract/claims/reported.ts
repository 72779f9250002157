// Reported speech: a cue word from the lexicon, its source (before it, after it, or the subject of
// the clause a participle hangs on) and its content (after it, or the clause before an inverted
// "..., said X" / "..., X said").
// The pipeline: this file finds the cues (and reads a cue with the speaker clitic, clitic.ts, and a
// quote-only cue set off by commas); reported-according.ts reads cues with the source after them,
// reported-verb.ts those with the source before them, reported-passive.ts the passives of both kinds.

import type { Claim, Sentence } from "../../model.js";
import type { Quote } from "./quotes.js";
import type { Ctx } from "./context.js";
import { abbreviationDot, isBoundary, isCap, isEnd, isQuoteMark, opensClause, sourceRunEnd, spanOf, titleCase, tokenSpan, wordsOf, type Words } from "./words.js";
import { insideName, insideQuote, quoteEndingAt } from "./spans.js";
import { namingReading, nounReading } from "./cue-reading.js";
import { afterCue } from "./reported-according.js";
import { beforeCue } from "./reported-verb.js";
import { makeClaim, unknownSource } from "./make.js";
import { cliticStem, possessiveEnding } from "./source-before.js";
import { cliticSpeaker } from "./clitic.js";
import { morphologicalPassive } from "./reported-passive.js";
import { clauseStart, contentEnd } from "./reported-content.js";
import { speakerEnds } from "./source-after.js";
import type { CueEntry } from "../../lang/types.js";

/** Claims of the same sentence a new cue looks back at. */
const RECENT_CLAIMS = 16;

export function reportedSpeech(ctx: Ctx, s: Sentence, claims: Claim[], usedQuotes: Set<Quote>): void {
  const w = wordsOf(s);
  const first = claims.length;
  // in a title-case headline every word looks like part of a name: a cue there is read as a verb
  const titled = titleCase(w);
  for (let k = 0; k < w.toks.length; k++) {
    const not = ctx.notCues.at(w.low, k);
    if (not) {
      k += not.length - 1;
      continue;
    }
    const hit = ctx.cues.at(w.low, k);
    if (!hit) {
      // "menurutnya", ", ujarnya": a cue with the clitic naming its speaker (after a quote, the
      // quote's claim reads it)
      const clitic = ctx.cliticCue(w.low[k]!);
      const claim = clitic && !insideQuote(ctx, w.toks[k]!.span[0]) ? cliticClaim(ctx, w, k, clitic, claims) : null;
      if (claim) claims.push(claim);
      continue;
    }
    const cue = hit.value;
    const cueEnd = k + hit.length;
    // "it is worth noting", "it goes without saying": a gerund there reports nothing
    const gerund = !!cue.participle && k > 0 && ctx.gerundMarkers.has(w.low[k - 1]!);
    // "told them what to say": an infinitive after a question word is a topic, not a report
    const topic = (k > 1 && ctx.infinitiveMarkers.has(w.low[k - 1]!) && ctx.questionWords.has(w.low[k - 2]!)) || inPurposeClause(ctx, w, k);
    const noun = gerund || (k > 0 && ctx.nounMarkers.has(w.low[k - 1]!)) || (!!cue.noun && nounReading(ctx, w, k, cueEnd)) || (!!cue.naming && namingReading(ctx, w, k)) || adjectival(ctx, w, k, cueEnd);
    // a quote-only cue counts here when a quote follows it ('She continued, "..."')
    // (a clause-opening cue is capitalised and may be read into the name after it: "Mengutip Reuters")
    const named = !titled && !cue.opening && (insideName(ctx, w, k) || inCapitalisedRun(w, k));
    // a quote-only cue set off by commas inside or after a clause reports it (", kata Yandri, ...")
    const inserted = !!cue.quoteOnly && !quoteFollows(ctx, w, cueEnd) && !named ? insertedClaim(ctx, w, k, cueEnd, cue) : null;
    if (inserted) {
      claims.push(inserted);
      ctx.sources.addContent(inserted.contentSpan);
      k = cueEnd - 1;
      continue;
    }
    if ((cue.opening && !opensClause(ctx, w, k)) || (cue.quoteOnly && !quoteFollows(ctx, w, cueEnd) && !quoteBefore(ctx, w, k)) || (cue.commentOnly && !inCommentClause(ctx, w, k)) || noun || topic || insideQuote(ctx, w.toks[k]!.span[0]) || named) {
      k = cueEnd - 1;
      continue;
    }
    // the sentence's latest claims are all a cue needs to know of (its subject's last claim, a content
    // around it); a bounded number keeps a sentence of thousands of cues linear
    const recent = claims.slice(Math.max(first, claims.length - RECENT_CLAIMS));
    const claim = cue.passiveOf ? morphologicalPassive(ctx, w, k, cueEnd, cue) : cue.source === "after" ? afterCue(ctx, w, k, cueEnd, cue) : beforeCue(ctx, w, k, cueEnd, cue, recent, usedQuotes);
    // a phrase that names no one ("With", "To", "The") is no source: the claim keeps its cue, its source unknown
    if (claim) {
      const kept = sourceWords(ctx, claim) ? claim : { ...claim, source: unknownSource() };
      claims.push(kept);
      ctx.sources.addContent(claim.contentSpan);
      if (cue.relay) ctx.relays.add(kept);
    }
    k = cueEnd - 1;
  }
}

/** The claim of a cue with the speaker clitic at k: "Menurutnya, ..." reads its content as "menurut
 * X" does; ", ujarnya." closing a clause (no quote marks) reports that clause. */
function cliticClaim(ctx: Ctx, w: Words, k: number, cue: CueEntry, claims: Claim[]): Claim | null {
  // ("pidato yang disampaikannya": a relative clause describing a noun)
  if (k > 0 && ctx.relatives.has(w.low[k - 1]!)) return null;
  const tok = w.toks[k]!;
  const source = cliticSpeaker(ctx, tok.span[0], lastClaimBefore(claims, tok.span[0]), tok);
  if (cue.source === "after") return afterCue(ctx, w, k, k + 1, cue, source);
  // ", ujarnya": after a comma, not after a quote (whose claim it is)
  if (k < 2 || w.low[k - 1] !== "," || isQuoteMark(w.low[k - 2]!)) return null;
  // "Jadi, ujarnya, orang yang ... tidak boleh sembarangan": inserted in its clause, as "kata X" is
  // (insertedClaim), it reports the whole clause, the cue inside it
  const { toks, low } = w;
  let end = k - 1;
  if (low[k + 1] === "," && k + 2 < toks.length && !isEnd(low[k + 2]!)) {
    // (to the clause's end, bounded as reported content is: one endless sentence stays linear)
    end = contentEnd(ctx, w, k + 2);
    while (end > k + 2 && (isEnd(low[end - 1]!) || low[end - 1] === ",")) end--;
  }
  const content = spanOf(ctx, w, clauseStart(ctx, w, k - 1), end);
  return content ? makeClaim(ctx, w.s, source, tok.span, cue.stance, false, content, false) : null;
}

/**
 * A quote-only cue ("kata", "lanjut") set off after a comma, with no quote, and a name, title or
 * pronoun after it: "Keputusan itu, kata Yandri, merupakan hasil ...", "..., kata Syamsul melalui
 * keterangan tertulis.", "Contoh lain, lanjut Adi, yakni ...". Inserted in the clause, it reports the
 * whole clause (the cue inside it, as the gold marks it); closing it, the clause before its comma.
 */
function insertedClaim(ctx: Ctx, w: Words, k: number, cueEnd: number, cue: CueEntry): Claim | null {
  const { toks, low } = w;
  if (k < 2 || low[k - 1] !== "," || isQuoteMark(low[k - 2]!) || cueEnd >= toks.length) return null;
  if (!(isCap(toks[cueEnd]) || ctx.pronouns.has(low[cueEnd]!))) return null;
  // the source: to its comma or the sentence's end, where it was said aside ("kata Syamsul melalui ...")
  let e = cueEnd;
  while (e < toks.length && !isBoundary(low[e]!) && !(isEnd(low[e]!) && !abbreviationDot(ctx, w, e)) && !(e > cueEnd && speakerEnds(ctx, w, e))) e++;
  // ("Kemacetan, kata Tito terjadi karena ...": the source's comma left out, the clause goes on)
  const cut = e >= toks.length || !isBoundary(low[e]!) ? sourceRunEnd(ctx, w, cueEnd, e) : -1;
  if (cut > 0) e = cut;
  const source = ctx.sources.resolve(tokenSpan(w, [cueEnd, e]));
  if (!source) return null;
  const start = clauseStart(ctx, w, k - 1);
  // inserted: the clause goes on after the source's comma, and the content runs to its end
  let end = k - 1;
  if ((low[e] === "," || cut > 0) && e + 1 < toks.length && !isEnd(low[e + 1]!)) {
    end = contentEnd(ctx, w, cut > 0 ? e : e + 1);
    while (end > start && (isEnd(low[end - 1]!) || low[end - 1] === ",")) end--;
  }
  const content = spanOf(ctx, w, start, end);
  return content ? makeClaim(ctx, w.s, source, [toks[k]!.span[0], toks[cueEnd - 1]!.span[1]], cue.stance, false, content, false) : null;
}

/** The claim ending last before an offset (claims are added in text order, mostly). */
function lastClaimBefore(claims: readonly Claim[], at: number): Claim | undefined {
  for (let i = claims.length - 1; i >= 0 && i >= claims.length - RECENT_CLAIMS; i--) if (claims[i]!.contentSpan[1] <= at) return claims[i];
  return undefined;
}

/** Adverbs looked past between a purpose word and its verb ("untuk benar-benar memastikan"). */
const MAX_PURPOSE_ADVERBS = 2;

/** Whether the cue at k opens a purpose clause ("untuk benar-benar memastikan ..."), not after a verb
 * of trying or duty whose "untuk" it completes ("bertugas untuk melaporkan"). */
function inPurposeClause(ctx: Ctx, w: Words, k: number): boolean {
  let i = k - 1;
  while (i >= 0 && k - 1 - i < MAX_PURPOSE_ADVERBS && ctx.adverbs.has(w.low[i]!)) i--;
  return i >= 0 && ctx.purposeMarkers.has(w.low[i]!) && !(i > 0 && ctx.raisingVerbs.has(w.low[i - 1]!));
}

/** Whether a claim's source phrase can name someone: not opened by a preposition ("With notes of
 * cinnamon", "To confirm ...", "In a March meeting with ... Trump said") and not articles alone ("A",
 * "The"; "all", "some" do stand for people). */
function sourceWords(ctx: Ctx, c: Claim): boolean {
  if (!c.source.span) return true;
  const words = c.source.text.toLowerCase().split(/\s+/).filter((x) => x !== "");
  if (words.length === 0) return true;
  if (ctx.stops.has(words[0]!) || ctx.infinitiveMarkers.has(words[0]!)) return false;
  // "there are estimates for ...": a subject's placeholder
  if (words.length === 1 && ctx.expletives.has(words[0]!)) return false;
  // "..., Senin (5 / 10 / 2020) sore menyatakan": a date the time stage did not read whole
  if (ctx.weekdays.has(words[0]!)) return false;
  // "Sebaliknya menyatakan ...": a connective opening the sentence
  if (ctx.parentheticals.at(words, 0)?.length === words.length) return false;
  return !words.every((x) => (ctx.nounMarkers.has(x) && !ctx.possessives.has(x)) || ctx.stops.has(x));
}

/** A past participle used as an adjective: after a preposition, before a noun ("from publicly
 * disclosed information", "of reported cases"). */
function adjectival(ctx: Ctx, w: Words, k: number, cueEnd: number): boolean {
  if (cueEnd !== k + 1 || ctx.participlePattern === null || !ctx.participlePattern.test(w.low[k]!)) return false;
  let b = k - 1;
  if (b > 0 && ctx.adverbPattern !== null && ctx.adverbPattern.test(w.toks[b]!.text)) b--;
  const next = w.toks[cueEnd];
  // after a determiner or a possessor: "the alleged fraud", "Epstein's alleged ring", "his alleged role"
  // ("he's heralded plans": a pronoun's clitic is an auxiliary)
  const x = b >= 0 ? w.low[b]! : "";
  const stem = cliticStem(ctx, x);
  const possessor = possessiveEnding(ctx, x) && !(stem !== null && (ctx.pronouns.has(stem) || ctx.relatives.has(stem)));
  // (or a number: "60 pledged delegates", "by 271 pledged delegates")
  const determiner = b >= 0 && (ctx.stops.has(x) || ctx.possessives.has(x) || possessor || /^\d[\d,.]*$/.test(x));
  return determiner && next !== undefined && /^\p{Ll}+$/u.test(next.text) && !ctx.stops.has(w.low[cueEnd]!) && !ctx.complementisers.has(w.low[cueEnd]!) && !ctx.infinitiveMarkers.has(w.low[cueEnd]!);
}

/** Most words of a speaker opening a sentence right after a quote ('“...?” Scarborough continued.'). */
const MAX_SPEAKER_AFTER_QUOTE = 6;

/** Whether the sentence opens right after a quote that ended the sentence before, the cue at `k`
 * within a speaker's words of it ('“Is he really so ignorant?” Scarborough continued.'). */
function quoteBefore(ctx: Ctx, w: Words, k: number): boolean {
  return k > 0 && k <= MAX_SPEAKER_AFTER_QUOTE && quoteEndingAt(ctx, w.toks[0]!.span[0]) !== null;
}

function quoteFollows(ctx: Ctx, w: Words, at: number): boolean {
  let t = at;
  while (t < w.toks.length && (w.low[t] === "," || w.low[t] === ":")) t++;
  return t < w.toks.length && ctx.quoteAt.has(w.toks[t]!.span[0]);
}

/** Longest comment clause looked back over ("As Steven Rosenthal, a tax lawyer at ..., recently put it"). */
const MAX_COMMENT_CLAUSE = 30;

/** Whether token k stands in a comment clause: a comment marker ("as") opening the sentence or
 * following a comma or a quote, with no sentence-internal stop between. */
function inCommentClause(ctx: Ctx, w: Words, k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= MAX_COMMENT_CLAUSE; i--) {
    const x = w.low[i]!;
    if (x === ";" || x === ":" || (isEnd(x) && !abbreviationDot(ctx, w, i))) return false;
    if (ctx.commentMarkers.has(x) && (i === 0 || w.low[i - 1] === "," || isQuoteMark(w.low[i - 1]!))) return true;
  }
  return false;
}

/** "Electronic Express via Rakuten is offering ...": outside a title-case line, a capitalised cue
 * word inside a run of capitalised words is part of a name no list knows. */
function inCapitalisedRun(w: Words, k: number): boolean {
  if (k === 0 || !isCap(w.toks[k])) return false;
  const word = (t: number) => t >= 0 && t < w.toks.length && /^\p{L}/u.test(w.toks[t]!.text) && isCap(w.toks[t]);
  return word(k - 1) || word(k + 1);
}
