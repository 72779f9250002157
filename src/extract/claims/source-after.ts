// The source phrase after a cue ('"...," said Peskov', "said the spokesman, a former ..."), used by
// inverted reporting clauses and by the speakers of direct quotes.

import type { Span } from "../../model.js";
import type { Ctx } from "./context.js";
import { abbreviationDot, isBoundary, isCap, isEnd, isQuoteMark, type Words } from "./words.js";
import { timeStartingAt } from "./spans.js";
import { MAX_APPOSITION } from "./appositions.js";

/** Longest prepositional phrase closing a source after its cue ("said one source [on the panel]"). */
const MAX_SOURCE_PP = 6;
/** Longest parenthesis after a source name ("Rep. Jim Clyburn (D-S.C.)"); longer ones are asides. */
const MAX_PAREN = 6;
/** Longest source phrase after an inverted reporting verb ("..., said X") and after a quote's verb. */
const MAX_INVERTED_SOURCE = 8;
const MAX_SPEAKER_PHRASE = 14;
/** Longest source phrase running on after such a parenthesis, in tokens from the cue. */
const MAX_NAMED_AFTER = 20;

/**
 * A source phrase after a cue ('"...," said Peskov', "..., said the spokesman, a former ..."): the
 * noun phrase to the clause end, then an apposition to the sentence end. Null when what follows does
 * not read as a source (no name, pronoun or role word) or does not close the sentence.
 */
export function sourceAfter(ctx: Ctx, w: Words, from: number, strict = false): Span | null {
  const { low, toks } = w;
  let e = from;
  let named = false;
  // strict (an inverted reporting clause, "..., said X."): what follows the verb is a noun phrase
  // closing the clause, not a clause of its own ("said he would", "said Clinton has"), a phrase of
  // time or place ("said Tuesday", "said at a rally") or a preposition's object ("said of RT")
  if (strict && from < toks.length && ctx.stops.has(low[from]!)) return null;
  while (e < toks.length) {
    const x = low[e]!;
    if (x === "." && abbreviationDot(ctx, w, e) && e + 1 < toks.length) {
      e++;
      continue;
    }
    if (isBoundary(x) || isEnd(x) || ctx.complementisers.has(x) || ctx.breaks.has(x)) break;
    // "kata Elnino di Jakarta", "said Smith in Washington": where it was said is no part of who said it;
    // nor is a relative clause without its comma ("ucap Dressel yang dilansir Reuters")
    //   (after a name: "one GOP source in the room" is which source)
    if (named && e > from && speakerEnds(ctx, w, e)) break;
    if (strict && (ctx.auxiliaries.has(x) || ctx.negations.has(x) || (e > from && ctx.cues.at(low, e)))) return null;
    if (strict && e === from && timeStartingAt(ctx, toks[e]!.span[0])) return null;
    if (ctx.stops.has(x) && named && !isCap(toks[e])) {
      // a phrase closing the clause belongs to the source: "said one source on the panel.", "said
      // Rep. Jane Roe of Ohio, the panel's ranking member"
      let f = e + 1;
      while (f < toks.length && f - e <= MAX_SOURCE_PP && !isBoundary(low[f]!) && !(isEnd(low[f]!) && !abbreviationDot(ctx, w, f)) && !ctx.breaks.has(low[f]!) && !ctx.complementisers.has(low[f]!) && !ctx.cues.at(low, f)) f++;
      const closes = f >= toks.length || low[f] === "," || (isEnd(low[f]!) && !abbreviationDot(ctx, w, f));
      if (f > e + 1 && closes) e = f;
      else if (strict) return null;
      break;
    }
    if (isCap(toks[e]) || ctx.roleWords.has(x) || ctx.pronouns.has(x) || ctx.sources.personEnding(toks[e]!.span[1])) named = true;
    e++;
    // (an inverted clause's source is short: "..., said the mayor"; a speaker after a quote's verb may
    // carry a long title: "kata juru bicara Gugus Tugas Percepatan Penanganan Covid-19 Kabupaten Pemalang")
    if (e - from > (strict ? MAX_INVERTED_SOURCE : MAX_SPEAKER_PHRASE)) return null;
  }
  if (e === from || !named) return null;
  // a parenthesis after the name: "Rep. Jim Clyburn (D-S.C.)"; after a body's name, its short form
  // and the person's name may follow: "kata Ketua Umum Masyarakat Transportasi Indonesia (MTI) Agus
  // Taufik Mulyono"
  if (low[e] === "(") {
    let c = e + 1;
    while (c < toks.length && low[c] !== ")" && c - e < MAX_PAREN) c++;
    if (low[c] === ")") {
      e = c + 1;
      let n = e;
      while (n < toks.length && n - from <= MAX_NAMED_AFTER && (isCap(toks[n]) || (low[n] === "." && abbreviationDot(ctx, w, n)))) n++;
      if (n > e && ctx.sources.personsIn([toks[e]!.span[0], toks[n - 1]!.span[1]]).length > 0) e = n;
    }
  }
  let end = e;
  const stop = (f: number) => isEnd(low[f]!) && !abbreviationDot(ctx, w, f);
  if (low[e] === "," && e + 1 < toks.length) {
    // ", on what was his first day", ", speaking of ...", ", in a statement": an adjunct, not an apposition
    const first = toks[e + 1]!.text;
    const adjunct = ctx.stops.has(low[e + 1]!) || (/^\p{Ll}+ing$/u.test(first) && !ctx.roleWords.has(low[e + 1]!)) || !!ctx.cues.at(low, e + 1);
    if (!adjunct) {
      // an apposition to the sentence end or to an adjunct: ", director of the Institute for ..."
      let f = e + 1;
      while (f < toks.length && !stop(f) && !isQuoteMark(low[f]!) && !ctx.cues.at(low, f) && !(low[f] === "," && ctx.stops.has(low[f + 1] ?? ""))) f++;
      if (f >= toks.length || stop(f) || low[f] === ",") {
        if (f - e <= MAX_APPOSITION && f > e + 1) end = f;
      } else return null;
    }
  } else if (e < toks.length && !stop(e) && !ctx.stops.has(low[e]!) && !(named && !strict && speakerEnds(ctx, w, e))) return null;
  return [from, end];
}

/**
 * Whether the word at `e` (after at least one word of a speaker named after the verb) ends the speaker:
 * a relative pronoun ("ucap Dressel yang dilansir Reuters"), a manner word ("tambah Andi singkat"),
 * a lower-case preposition of an adjunct after a name ("kata Elnino di Jakarta", "ujar Modric dalam
 * konferensi pers"; "one GOP source in the room" is which source), or a verb where verbs show by their
 * shape ("ucap Lorenzo memberikan penilaian").
 */
export function speakerEnds(ctx: Ctx, w: Words, e: number): boolean {
  const x = w.low[e]!;
  if (ctx.relatives.has(x) || ctx.mannerAdverbs.has(x)) return true;
  if (isCap(w.toks[e])) return false;
  if (ctx.speakerAdjuncts.has(x) && isCap(w.toks[e - 1])) return true;
  return ctx.pack.people.verbContext && ctx.pack.people.verbPattern.test(x);
}
