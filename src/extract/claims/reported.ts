// Reported speech: a cue word from the lexicon, its source (before it, after it, or the subject of
// the clause a participle hangs on) and its content (after it, or the clause before an inverted
// "..., said X" / "..., X said").

import type { Claim, ClaimSource, Span } from "../../model.js";
import type { CueEntry } from "../../lang/types.js";
import type { Quote } from "./quotes.js";
import {
  appositionBefore, cueTail, leadingApposition, isBoundary, namingReading, nounReading, lastAtOrBefore, isCap, isEnd, isQuoteMark, insideName, skipAdverbsBack, sourceAfter, sourceBefore,
  spanOf, tokenSpan, verbGroup, wordsOf, type Ctx, type Words,
} from "./scan.js";
import { makeClaim } from "./make.js";
import type { Sentence } from "../../model.js";

/** Words after the cue searched for a complementiser ("berbagi di Twitter bahwa", "told reporters Monday that"). */
const COMPLEMENT_WINDOW = 6;
const ADDRESSEE_WINDOW = 8;

export function reportedSpeech(ctx: Ctx, s: Sentence, claims: Claim[], usedQuotes: Set<Quote>): void {
  const w = wordsOf(s);
  const first = claims.length;
  for (let k = 0; k < w.toks.length; k++) {
    const hit = ctx.cues.at(w.low, k);
    if (!hit) continue;
    const cue = hit.value;
    const cueEnd = k + hit.length;
    const noun = (k > 0 && ctx.nounMarkers.has(w.low[k - 1]!)) || (!!cue.noun && nounReading(ctx, w, k, cueEnd)) || (!!cue.naming && namingReading(ctx, w, k));
    // a quote-only cue counts here when a quote follows it ('She continued, "..."')
    if ((cue.quoteOnly && !quoteFollows(ctx, w, cueEnd)) || noun || insideQuote(ctx, w.toks[k]!.span[0]) || insideName(ctx, w, k)) {
      k = cueEnd - 1;
      continue;
    }
    const claim = cue.source === "after" ? afterCue(ctx, w, k, cueEnd, cue) : beforeCue(ctx, w, k, cueEnd, cue, claims.slice(first), usedQuotes);
    if (claim) claims.push(claim);
    k = cueEnd - 1;
  }
}

function quoteFollows(ctx: Ctx, w: Words, at: number): boolean {
  let t = at;
  while (t < w.toks.length && (w.low[t] === "," || w.low[t] === ":")) t++;
  return t < w.toks.length && ctx.quoteAt.has(w.toks[t]!.span[0]);
}

export function insideQuote(ctx: Ctx, at: number): boolean {
  // quotes come in text order and do not nest: only the last one opening before `at` can hold it
  const i = lastAtOrBefore(ctx.quotes, (q) => q.span[0], at);
  return i >= 0 && at < ctx.quotes[i]!.span[1];
}

/** "menurut X, ...", "according to X, ...", "..., according to X." */
function afterCue(ctx: Ctx, w: Words, k: number, cueEnd: number, cue: CueEntry): Claim | null {
  const { toks, low } = w;
  let srcEnd = cueEnd;
  if (!cue.agentless) {
    const stop = (i: number) => isBoundary(low[i]!) || (isEnd(low[i]!) && !(low[i] === "." && isAbbrevAt(ctx, w, i)));
    while (srcEnd < toks.length && !stop(srcEnd)) srcEnd++;
    // a list of places inside the source: "pejabat AS, Eropa, dan Rusia,"
    const listWord = (x: string | undefined) => x === "," || (x !== undefined && ctx.listWords.has(x));
    while (low[srcEnd] === "," && ((isCap(toks[srcEnd + 1]) && listWord(low[srcEnd + 2])) || (ctx.listWords.has(low[srcEnd + 1] ?? "") && isCap(toks[srcEnd + 2])))) {
      srcEnd += 1;
      while (srcEnd < toks.length && !stop(srcEnd)) srcEnd++;
    }
    // "according to X, a former ...": an apposition closing the sentence belongs to the source
    if (low[srcEnd] === "," && srcEnd === toks.length - 2 + (isEnd(low[toks.length - 1]!) ? 0 : 1)) srcEnd = toks.length - (isEnd(low[toks.length - 1]!) ? 1 : 0);
    if (srcEnd === cueEnd) return null;
  }
  const sourceSpan: Span = [toks[cueEnd - (cue.agentless ? 1 : 0)]!.span[0], toks[srcEnd - 1]!.span[1]];
  const source: ClaimSource | null = cue.agentless ? { name: "unknown", kind: "unknown", text: "", span: null } : ctx.sources.resolve(sourceSpan);
  if (!source) return null;
  // content after the source (when there is some), else the sentence before the cue
  let a = srcEnd;
  while (a < toks.length && (low[a] === "," || ctx.complementisers.has(low[a]!))) a++;
  const after = toks.slice(a).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
  let contentSpan: Span | null;
  if (after >= 3 && !cue.agentless) contentSpan = spanOf(w, a, toks.length);
  else if (cue.agentless) contentSpan = spanOf(w, cueEnd, toks.length) ?? spanOf(w, 0, k);
  else contentSpan = spanOf(w, 0, k);
  if (!contentSpan) return null;
  return makeClaim(ctx, w.s, source, [toks[k]!.span[0], toks[cueEnd - 1]!.span[1]], cue.stance, false, contentSpan, false);
}

function isAbbrevAt(ctx: Ctx, w: Words, i: number): boolean {
  return i > 0 && i < w.toks.length - 1 && (ctx.abbreviations.has(w.low[i - 1]!) || /^\p{Lu}$/u.test(w.toks[i - 1]!.text));
}

/** "X mengatakan (bahwa) ...", "X said (that) ...", "said X", "X told Y that ...", ", saying ..." */
function beforeCue(ctx: Ctx, w: Words, k: number, cueEnd: number, cue: CueEntry, sentenceClaims: Claim[], usedQuotes: Set<Quote>): Claim | null {
  const { toks, low } = w;
  const group = verbGroup(ctx, w, k);
  const outside = skipAdverbsBack(ctx, w, group.start);
  const negated = group.negated || outside.negated;
  const j = outside.end; // the source ends here
  const participle = cue.participle && group.start === k;
  // time, medium and preposition after the verb belong to the cue ("said Friday", "said in a statement")
  const end = cue.addressee || cue.infinitive ? cueEnd : cueTail(ctx, w, cueEnd);
  const cueSpan: Span = [toks[group.start]!.span[0], toks[end - 1]!.span[1]];

  // the content: after the cue (past the hearer of "told"), past a complementiser within a few words
  let a = end;
  if (cue.addressee) {
    let t = cueEnd;
    while (t < toks.length && t - cueEnd < ADDRESSEE_WINDOW && !ctx.complementisers.has(low[t]!) && !isBoundary(low[t]!) && !isEnd(low[t]!)) t++;
    a = t;
  }
  let comp = -1;
  // "wants to ...", "declined to comment", "vowed not to ...": the infinitive is the content
  const to = low[cueEnd] === "not" || low[cueEnd] === "never" ? cueEnd + 1 : cueEnd;
  const infinitive = !!cue.infinitive && ctx.infinitiveMarkers.has(low[to] ?? "");
  if (cue.infinitive && !infinitive && !cue.needsComplement) return null;
  for (let t = a; !infinitive && t < Math.min(toks.length, a + COMPLEMENT_WINDOW); t++) {
    if (ctx.complementisers.has(low[t]!)) {
      comp = t;
      break;
    }
    if (isBoundary(low[t]!) && low[t] !== ":" && low[t] !== ",") break;
  }
  // "believes/shows/found" need "that", unless the source is evidence: "polls show Smith ahead"
  const needEvidence = !!cue.needsComplement && comp < 0;
  if (needEvidence && (participle || j === 0)) return null;
  if (comp >= 0) a = comp + 1;
  while (a < toks.length && (low[a] === ":" || low[a] === ",")) a++;

  let source: ClaimSource | null = null;
  let contentSpan: Span | null = null;
  let quote = false;
  const before = j > 0 ? low[j - 1]! : null;

  // inverted: '"...," said Peskov' / "..., said the spokesman, a former ..."
  if (cue.source === "either" && !participle && !cue.addressee && !needEvidence && (before === null || before === "," || isQuoteMark(before))) {
    const src = sourceAfter(ctx, w, cueEnd);
    if (src && (before !== null || quoteClosingNear(ctx, toks[k]!.span[0]))) {
      source = ctx.sources.resolve(tokenSpan(w, src));
      const q = quoteEndingAt(ctx, toks[group.start]!.span[0]);
      if (q) {
        usedQuotes.add(q);
        contentSpan = q.span;
        quote = true;
      } else contentSpan = spanOf(w, clauseStart(ctx, w, Math.max(0, j - 1)), Math.max(0, j - 1));
      if (source && contentSpan) return makeClaim(ctx, w.s, source, [cueSpan[0], toks[cueEnd - 1]!.span[1]], cue.stance, negated, contentSpan, quote);
      source = null;
      contentSpan = null;
    }
  }

  let srcSpan: Span | null = null;
  if (participle) {
    // ", saying ...": the subject of the clause, or the source of the sentence's last claim
    if (sentenceClaims.length > 0) source = { ...sentenceClaims[sentenceClaims.length - 1]!.source };
    else {
      const p = ctx.sources.personsIn([w.s.span[0], toks[k]!.span[0]])[0];
      if (p) source = ctx.sources.resolve(p.span);
      else if (ctx.pronouns.has(low[0]!)) source = ctx.sources.resolve(toks[0]!.span);
    }
  } else {
    if (before === ",") srcSpan = appositionBefore(ctx, w, j - 1) ?? sourceBefore(ctx, w, j - 1);
    if (!srcSpan) srcSpan = sourceBefore(ctx, w, j);
    if (srcSpan && before === ",") srcSpan = leadingApposition(ctx, w, srcSpan) ?? srcSpan;
    if (needEvidence && !(srcSpan && hasEvidenceNoun(ctx, w, srcSpan))) return null;
    if (srcSpan) source = ctx.sources.resolve(tokenSpan(w, srcSpan));
    if (!source && sentenceClaims.length > 0) source = { ...sentenceClaims[sentenceClaims.length - 1]!.source };
  }
  if (!source) return null;
  const q = toks[a] ? ctx.quoteAt.get(toks[a]!.span[0]) : undefined;
  if (q) {
    usedQuotes.add(q);
    contentSpan = q.span;
    quote = true;
  } else {
    // the complementiser belongs to the content where the language's convention says so ("that ...")
    const from = comp >= 0 && comp === a - 1 && ctx.pack.claims.contentKeepsComplementiser ? comp : a;
    contentSpan = spanOf(w, from, contentEnd(ctx, low, a));
    // only punctuation left ('... Mr. Burman said. "'): no content after the cue
    if (contentSpan && !/[\p{L}\p{N}]/u.test(ctx.text.slice(contentSpan[0], contentSpan[1]))) contentSpan = null;
  }
  if (!contentSpan && srcSpan && !participle) {
    // "..., officials said." / '"...," he said.': the content is what comes before the source
    const s0 = srcSpan[0];
    // the quote may close the sentence before ('“... ?” Clinton said.' is split after the "?")
    const qb = quoteEndingAt(ctx, toks[s0]!.span[0]);
    if (qb) {
      usedQuotes.add(qb);
      contentSpan = qb.span;
      quote = true;
    } else if (s0 > 0 && low[s0 - 1] === ",") contentSpan = spanOf(w, clauseStart(ctx, w, s0 - 1), s0 - 1);
  }
  if (!contentSpan) return null;
  return makeClaim(ctx, w.s, source, cueSpan, cue.stance, negated, contentSpan, quote);
}

/** Whether a source phrase is headed by evidence ("polls", "a 2014 study by ...", "video of the
 * incident"): the head is the last word, or the word before "of"/"by"/"from"/"in". */
function hasEvidenceNoun(ctx: Ctx, w: Words, [a, b]: Span): boolean {
  for (let i = a; i < b; i++) {
    if (!ctx.evidenceNouns.has(w.low[i]!)) continue;
    if (i === b - 1 || ctx.stops.has(w.low[i + 1]!)) return true;
  }
  return false;
}

/** Where the clause before a comma at `comma` starts: the sentence start or the last colon/quote. */
function clauseStart(ctx: Ctx, w: Words, comma: number): number {
  let i = comma - 1;
  while (i >= 0 && w.low[i] !== ":" && w.low[i] !== ";" && !isQuoteMark(w.low[i]!)) i--;
  void ctx;
  return i + 1;
}

/** Reported content runs to the sentence end, or to a coordinated second cue of the same source
 * ("menyatakan ketidakpuasan ..., tetapi menegaskan bahwa ..."). */
function contentEnd(ctx: Ctx, low: string[], a: number): number {
  for (let t = a + 1; t < low.length; t++) {
    if (low[t] !== "," && !ctx.breaks.has(low[t]!)) continue;
    let u = t + 1;
    while (u < low.length && (low[u] === "," || ctx.breaks.has(low[u]!) || ctx.adverbs.has(low[u]!) || ctx.auxiliaries.has(low[u]!))) u++;
    const hit = ctx.cues.at(low, u);
    if (hit && !hit.value.quoteOnly && !hit.value.agentless && (hit.value.source !== "after" || low[t] === ",")) return t;
  }
  return low.length;
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
function quoteClosingNear(ctx: Ctx, at: number): boolean {
  const i = lastAtOrBefore(ctx.quotes, (q) => q.outer[1], at);
  return i >= 0 && ctx.quotes[i]!.outer[1] >= at - 3;
}
