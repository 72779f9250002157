// Direct quotes no reporting clause claimed, and speaker labels ("WALLACE: ..."). A quote's speaker
// comes from the words after it ('"...", kata X', '"...," ujarnya', '"..." X said', '"..." —X'), else
// the previous quote's speaker, else the person named before it.

import type { Claim, ClaimSource, Document, Sentence, Span, Stance } from "../../model.js";
import type { Quote } from "./quotes.js";
import { cliticSpeaker } from "./clitic.js";
import { makeClaim, squash } from "./make.js";
import type { Ctx } from "./context.js";
import { abbreviationDot, DASHES, isBoundary, isCap, isEnd, isQuoteMark, tokenSpan, wordsOf, type Words } from "./words.js";
import { verbGroup } from "./verbs.js";
import { sourceAfter, speakerEnds } from "./source-after.js";
import { sourceBefore } from "./source-before.js";
import { subjectAt } from "./subjects.js";
import { firstAtOrAfter, lastAtOrBefore } from "../search.js";

/** Quotes shorter than this need a reporting clause to count as speech. */
const MIN_QUOTE_WORDS = 4;
/** Words between a quote and a "X said" cue after it. */
const MAX_SPEAKER_WORDS = 8;
/** A speaker label is a short name before a colon at a paragraph's start. */
const MAX_LABEL_WORDS = 4;

export function quoteClaim(ctx: Ctx, doc: Document, q: Quote, claims: Claim[]): void {
  const text = ctx.text;
  const s = sentenceAround(doc, q);
  if (!s) return;
  const w = wordsOf(s);
  const { toks, low } = w;
  let i = firstAtOrAfter(toks, (t) => t.span[0], q.outer[1]);
  if (i >= toks.length) i = -1;
  let source: ClaimSource | null = null;
  let cueSpan: Span = [q.outer[1], q.outer[1]];
  let stance: Stance = "says";
  if (i >= 0) {
    let dash = -1;
    while (i < toks.length && (low[i] === "," || DASHES.has(low[i]!))) {
      if (DASHES.has(low[i]!)) dash = i;
      i++;
    }
    const clitic = i < toks.length ? ctx.cliticCue(low[i]!) : null;
    const hit = i < toks.length ? ctx.cues.at(low, i) : null;
    if (clitic) {
      // '..., ujarnya': who the clitic stands for
      source = cliticSpeaker(ctx, q.outer[0], previousClaim(ctx, claims, q.outer[0]), toks[i]!);
      cueSpan = toks[i]!.span;
      stance = clitic.stance;
    } else if (hit) {
      const st = i + hit.length;
      const src = sourceAfter(ctx, w, st) ?? phraseTo(ctx, w, st);
      if (src) source = ctx.sources.resolve(tokenSpan(w, src));
      cueSpan = [toks[i]!.span[0], toks[st - 1]!.span[1]];
      stance = hit.value.stance;
    } else {
      // '"..." Peskov said' / '"...," the spokesman said'
      // the news convention punctuates the quote or its close ('"...," X said', '"...?" X asked');
      // a bare quote running on into the sentence ('by "a con" and ... what he called') is a phrase
      // (the punctuation may stand inside a quote closing within it: '‘..., I like to write new ones,’” Keidis continued')
      const punctuated = i > 0 && (low[i - 1] === "," || DASHES.has(low[i - 1]!) || /[,?!.…—–-]['’"”]?$/u.test(text.slice(q.span[0], q.span[1]).trimEnd()));
      let manner = 0;
      let e = i;
      while (e < toks.length && e - i < MAX_SPEAKER_WORDS && !ctx.cues.at(low, e) && !isBoundary(low[e]!) && !ctx.breaks.has(low[e]!) && !(isEnd(low[e]!) && !abbreviationDot(ctx, w, e))) e++;
      const after = punctuated && e < toks.length ? ctx.cues.at(low, e) : null;
      if (after && e > i && after.value.source !== "after") {
        const group = verbGroup(ctx, w, e);
        const srcEnd = Math.max(i + 1, group.start);
        source = ctx.sources.resolve(tokenSpan(w, [i, srcEnd]));
        cueSpan = [toks[srcEnd]!.span[0], toks[e + after.length - 1]!.span[1]];
        stance = after.value.stance;
      } else if (punctuated && (manner = mannerVerbAfterName(ctx, w, i)) > 0) {
        // '"Promise mama ...," Blige sings to Clinton': a person and any verb of theirs closing the
        // quote's sentence speak it (sings, laughed, quipped), lexicon or not
        source = ctx.sources.resolve(tokenSpan(w, [i, manner]));
        cueSpan = toks[manner]!.span;
      } else if (punctuated && (manner = nameAfterMannerVerb(ctx, w, i)) > 0) {
        // '"This is fantastic!" beamed Donald Hartley': the verb first, then the person
        source = ctx.sources.resolve(tokenSpan(w, [i + 1, manner]));
        cueSpan = toks[i]!.span;
      } else if (dash >= 0 && i < toks.length && isCap(toks[i])) {
        // '"..." —Jane Doe': the name after the dash, the dash as the cue
        const src = phraseTo(ctx, w, i);
        if (src) {
          source = ctx.sources.resolve(tokenSpan(w, src));
          cueSpan = toks[dash]!.span;
        }
      }
    }
  }
  // 'He said:' closing the paragraph before: the quote is set off below its reporting clause
  if (!source) {
    const intro = introducingClause(ctx, doc, q);
    if (intro) ({ source, cueSpan, stance } = intro);
  }
  // 'I had to change my answer: "..."': a clause and a colon right before the quote, in its sentence
  if (!source) {
    // (the sentence holding the opening mark: a quote of several sentences ends in a later one)
    const k = lastAtOrBefore(doc.sentences, (x) => x.span[0], q.outer[0]);
    const ow = k >= 0 ? wordsOf(doc.sentences[k]!) : null;
    const at = ow ? firstAtOrAfter(ow.toks, (t) => t.span[0], q.outer[0]) : -1;
    const qi = ow && ow.toks[at]?.span[0] === q.outer[0] ? at : -1;
    const intro = ow && qi > 1 && ow.low[qi - 1] === ":" ? colonClause(ctx, ow, qi - 1) : null;
    if (intro) ({ source, cueSpan, stance } = intro);
  }
  // a title inside the sentence is no speech even when a reporting clause follows it: 'on Fox News
  // Channel's "Hannity," Newt Gingrich said ...' (a quote of a few capitalised words that opens no clause)
  if (source && shortTitle(text.slice(q.span[0], q.span[1])) && !opensClauseAt(text, s.span[0], q.outer[0])) return;
  // a short quote with no reporting clause is a scare quote ("melangkah", "garis merah"), not speech
  if (!source && (text.slice(q.span[0], q.span[1]).match(/\S+/g) ?? []).length < MIN_QUOTE_WORDS) return;
  // nor is a title ('webinar "Berdamai dengan Covid-19"', 'a report titled "..."', 'CNN's "State of
  // the Union."': a few words, every longer one capitalised)
  if (!source && (titleIntroduced(ctx, q) || shortTitle(text.slice(q.span[0], q.span[1])))) return;
  if (!source) {
    // no reporting clause: the previous quote's speaker in this or the last paragraph, else the person just named
    // the last attribution before it, quoted or reported ('Ruiz said the pier would reopen. "We have
    // fixed every pile."'), when it names someone
    const last = previousClaim(ctx, claims, q.outer[0]);
    const prev = last && last.source.kind !== "unknown" ? last : undefined;
    const prevPara = prev ? lastAtOrBefore(doc.paragraphs, (p) => p.span[0], prev.contentSpan[0]) : -1;
    // (a quote with no cue that continues no one's words is no claim: a scare quote, a title, or a
    // guess at its speaker; a person merely named nearby wrongly got such quotes: PolNeAR train cue
    // precision 0.730 -> 0.740, content recall 0.795 -> 0.783)
    // (a quote's words go on into the next paragraph; reported speech only into its own)
    if (prev && prevPara >= q.paragraph - (prev.quote ? 1 : 0)) source = { ...prev.source, span: null, text: "" };
    else return;
  }
  const claim = makeClaim(ctx, s, source, cueSpan, stance, false, q.span, true);
  claim.sentenceSpan = [Math.min(s.span[0], q.outer[0]), Math.max(s.span[1], q.outer[1])];
  claims.push(claim);
}

/** The sentence holding the quote's end (else the first ending after its start): binary searches. */
function sentenceAround(doc: Document, q: Quote): Sentence | undefined {
  const ss = doc.sentences;
  const i = lastAtOrBefore(ss, (x) => x.span[0], q.outer[1]);
  if (i >= 0 && ss[i]!.span[1] >= q.outer[1]) return ss[i];
  const j = firstAtOrAfter(ss, (x) => x.span[1], q.outer[0]);
  return ss[j];
}

/** The sentence just before a quote (nothing but white space between) when it ends "<source> <cue>:". */
function introducingClause(ctx: Ctx, doc: Document, q: Quote): { source: ClaimSource; cueSpan: Span; stance: Stance } | null {
  // sentences are in text order and do not overlap: the last one starting before the quote, or the one before it
  let i = lastAtOrBefore(doc.sentences, (x) => x.span[0], q.outer[0]);
  if (i >= 0 && doc.sentences[i]!.span[1] > q.outer[0]) i--;
  const before = i >= 0 ? doc.sentences[i] : undefined;
  if (!before || ctx.text.slice(before.span[1], q.outer[0]).trim() !== "") return null;
  const w = wordsOf(before);
  const colon = w.low.length - 1;
  if (w.low[colon] !== ":") return null;
  return colonClause(ctx, w, colon);
}

/** Longest predicate read before a colon that sets off a quote ("is rolling out a new message:"). */
const MAX_COLON_PREDICATE = 10;

/**
 * A clause closed by the colon at `colon` that introduces a quote: "<source> <cue>:" ("Caddell
 * continued:"), or a subject (a person or a pronoun) and any short predicate of theirs ("I had to
 * change my answer:", "a reader would now ask:"), which is then the cue.
 */
function colonClause(ctx: Ctx, w: Words, colon: number): { source: ClaimSource; cueSpan: Span; stance: Stance } | null {
  for (let k = colon - 1; k >= 1 && k >= colon - 4; k--) {
    const hit = ctx.cues.at(w.low, k);
    if (!hit || k + hit.length !== colon || hit.value.source === "after") continue;
    const src = sourceBefore(ctx, w, verbGroup(ctx, w, k).start);
    const source = src ? ctx.sources.resolve(tokenSpan(w, src)) : null;
    if (!source) return null;
    return { source, cueSpan: [w.toks[k]!.span[0], w.toks[colon - 1]!.span[1]], stance: hit.value.stance };
  }
  // "- Mark Blumenthal and Jon Cohen: “...”", "More from Jones: “...”": a person's name right before
  // the colon labels the quote, the colon its cue
  if (ctx.sources.personEnding(w.toks[colon - 1]!.span[1])) {
    const src = sourceBefore(ctx, w, colon);
    const source = src ? ctx.sources.resolve(tokenSpan(w, src)) : null;
    if (source) return { source, cueSpan: w.toks[colon]!.span, stance: "says" };
  }
  // the clause opens the sentence (after a quote at most): its subject, then the predicate
  let a = 0;
  while (a < colon && isQuoteMark(w.low[a]!)) a++;
  const subj = a < colon ? subjectAt(ctx, w, a) : null;
  if (!subj || subj[1] >= colon || colon - subj[1] > MAX_COLON_PREDICATE) return null;
  for (let t = subj[1]; t < colon; t++) if (isBoundary(w.low[t]!) || isEnd(w.low[t]!)) return null;
  if (!/^\p{Ll}/u.test(w.toks[subj[1]]!.text)) return null;
  const named = ctx.sources.personsIn(tokenSpan(w, subj)).length > 0 || ctx.pronouns.has(w.low[subj[0]]!);
  const source = named ? ctx.sources.resolve(tokenSpan(w, subj)) : null;
  return source ? { source, cueSpan: [w.toks[subj[1]]!.span[0], w.toks[colon - 1]!.span[1]], stance: "says" } : null;
}

/** The claim (reported or quoted) whose content ends last before an offset. */
function previousClaim(ctx: Ctx, claims: Claim[], at: number): Claim | undefined {
  return latestBefore(ctx.priorClaims ?? [], ctx, claims, at);
}

/**
 * The claim ending last before `at` among `prior` (claims of reporting clauses, sorted by end) and
 * the quote claims this file adds after ctx.priorCount, one per quote in text order (so the last one
 * ending before `at` is the latest). Logarithmic per quote.
 */
function latestBefore(prior: readonly Claim[], ctx: Ctx, claims: Claim[], at: number): Claim | undefined {
  let best: Claim | undefined = prior[lastAtOrBefore(prior, (c) => c.contentSpan[1], at)];
  for (let i = claims.length - 1; i >= (ctx.priorCount ?? 0); i--) {
    const c = claims[i]!;
    if (c.contentSpan[1] > at) continue;
    if (!best || c.contentSpan[1] > best.contentSpan[1]) best = c;
    break;
  }
  return best;
}

/** A source phrase from token `from` to the clause end (abbreviation dots kept), at most 12 words. */
function phraseTo(ctx: Ctx, w: Words, from: number): Span | null {
  let e = from;
  // ('buka Wenger seperti dikutip Goal': a clause word other than "and" ends the speaker, as the
  // words speakerEnds knows do)
  while (e < w.toks.length && e - from < 12 && !isBoundary(w.low[e]!) && (!isEnd(w.low[e]!) || abbreviationDot(ctx, w, e)) && !(e > from && ((ctx.breaks.has(w.low[e]!) && !ctx.coordinators.has(w.low[e]!)) || speakerEnds(ctx, w, e)))) e++;
  while (e > from && w.low[e - 1] === ".") e--;
  return e > from ? [from, e] : null;
}

/**
 * Transcript speaker labels: a paragraph opening with a short name and a colon ("PENCE: Well, ...",
 * "Pence: ..."). The content runs to the paragraph's end; the colon is the cue.
 */
export function speakerLabels(ctx: Ctx, doc: Document, claims: Claim[]): void {
  for (const p of doc.paragraphs) {
    const s = doc.sentences[p.firstSentence];
    if (!s) continue;
    const w = wordsOf(s);
    let a = 0;
    if (w.low[0] !== undefined && isQuoteMark(w.low[0])) a = 1;
    const colon = w.low.indexOf(":", a);
    if (colon <= a || colon - a > MAX_LABEL_WORDS) continue;
    let named = true;
    for (let t = a; t < colon; t++) if (!isCap(w.toks[t]) && !abbreviationDot(ctx, w, t)) named = false;
    if (!named) continue;
    const labelSpan = tokenSpan(w, [a, colon]);
    const label = text(ctx, labelSpan);
    // one word in capitals or a known person: not "Baca juga:", "Update:" and the like
    const person = ctx.sources.personsIn(labelSpan).length > 0;
    if (!person && !(label === label.toUpperCase() && /\p{Lu}{2}/u.test(label))) continue;
    // "WIRED25: ...": a name has no digits
    if (/\d/.test(label)) continue;
    // "CLARIFICATION: ...", "UPDATE: ...": an editor's label, not a speaker
    if (!person && (ctx.pack.claims.headlineLabels ?? []).includes(label.toLowerCase())) continue;
    const cStart = w.toks[colon + 1]?.span[0];
    if (cStart === undefined) continue;
    let cEnd = p.span[1];
    while (cEnd > cStart && /[\s"“”]/.test(ctx.text[cEnd - 1]!)) cEnd--;
    // three words at least, not a date line ("PUBLISHED: 10:48, Tue, Nov 19, 2019")
    if ((ctx.text.slice(cStart, cEnd).match(/\S*\p{L}\S*/gu) ?? []).length < 3) continue;
    if (claims.some((c) => c.contentSpan[0] <= cStart && c.contentSpan[1] >= cEnd)) continue;
    const source = ctx.sources.resolve(labelSpan) ?? { name: squash(label), kind: "unknown", text: label, span: labelSpan };
    const claim = makeClaim(ctx, s, source, w.toks[colon]!.span, "says", false, [cStart, cEnd], false);
    claim.sentenceSpan = [s.span[0], cEnd];
    claims.push(claim);
  }
}

function text(ctx: Ctx, [a, b]: Span): string {
  return ctx.text.slice(a, b);
}

/** The token index of a verb right after a person's name at i ('"...," Blige sings', '"...," Mr.
 * Obama laughed'): a lower-case word ending in -s or -ed that is no function word; 0 when none. */
function mannerVerbAfterName(ctx: Ctx, w: Words, i: number): number {
  // (or a pronoun: '"This is a big win for me," I confessed')
  const v = personEnd(ctx, w, i) || (i < w.low.length && ctx.pronouns.has(w.low[i]!) ? i + 1 : 0);
  return v > 0 && mannerVerb(ctx, w, v) ? v : 0;
}

/** The end of a person's name (a title before it allowed) starting at token i, or 0. */
function personEnd(ctx: Ctx, w: Words, i: number): number {
  const { toks, low } = w;
  if (i >= toks.length) return 0;
  const p = ctx.sources.personsIn([toks[i]!.span[0], toks[Math.min(toks.length, i + 6) - 1]!.span[1]])[0];
  if (!p) return 0;
  let v = i;
  // a title before the name ("Mayor Helen Parr laughed")
  for (; v < toks.length && toks[v]!.span[0] < p.span[0]; v++) if (!isCap(toks[v]) && !ctx.roleWords.has(low[v]!) && !abbreviationDot(ctx, w, v)) return 0;
  while (v < toks.length && toks[v]!.span[1] <= p.span[1]) v++;
  return v;
}

/** Whether token v is a verb of any manner ("laughed", "sings", "beamed"), lexicon or not. */
function mannerVerb(ctx: Ctx, w: Words, v: number): boolean {
  const x = w.low[v];
  return x !== undefined && /^\p{Ll}{3,}(?:s|ed)$/u.test(w.toks[v]!.text) && !ctx.auxiliaries.has(x) && !ctx.stops.has(x) && !ctx.breaks.has(x) && !ctx.negations.has(x);
}

/** After a quote, a verb of any manner and then a person's name, the clause ending or going on with a comma or a
 * preposition ("beamed Donald Hartley of Madison"): the name's end, or 0. */
function nameAfterMannerVerb(ctx: Ctx, w: Words, i: number): number {
  if (!mannerVerb(ctx, w, i)) return 0;
  const v = personEnd(ctx, w, i + 1);
  const next = w.low[v];
  return v > 0 && (next === undefined || isBoundary(next) || isEnd(next) || ctx.stops.has(next)) ? v : 0;
}

/** Whether the word before a quote's opening mark introduces a title ("webinar", "berjudul", "titled"). */
function titleIntroduced(ctx: Ctx, q: Quote): boolean {
  const before = ctx.text.slice(Math.max(0, q.outer[0] - 40), q.outer[0]).match(/([\p{L}-]+)\s*$/u);
  return before !== null && (ctx.pack.claims.titleIntroducers ?? []).includes(before[1]!.toLowerCase());
}

/** Whether a quote's opening mark opens its sentence or a clause: nothing before it in the sentence,
 * or a colon, a comma, a dash or a bracket. */
function opensClauseAt(text: string, sentenceStart: number, at: number): boolean {
  // (a few characters back only: one endless sentence of quotes stays linear)
  const head = text.slice(Math.max(sentenceStart, at - 8), at).trimEnd();
  return head === "" || /[:;,(—–-]$/u.test(head);
}

/** Words of a quote that may still be a title ("State of the Union", "Face the Nation"). */
const MAX_TITLE_WORDS = 6;

/** A few words, every one of four letters or more capitalised: a title, not speech. */
function shortTitle(quoted: string): boolean {
  const words = quoted.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const long = words.filter((x) => /^\p{L}{4,}/u.test(x));
  return words.length <= MAX_TITLE_WORDS && long.length > 0 && long.every((x) => /^\p{Lu}/u.test(x));
}
