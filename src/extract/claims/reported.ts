// Reported speech: a cue word from the lexicon, its source (before it, after it, or the subject of
// the clause a participle hangs on) and its content (after it, or the clause before an inverted
// "..., said X" / "..., X said").

import type { Claim, ClaimSource, Span } from "../../model.js";
import type { CueEntry } from "../../lang/types.js";
import type { Quote } from "./quotes.js";
import {
  appositionBefore, cliticStem, cueTail, leadingApposition, isBoundary, namingReading, nounReading, lastAtOrBefore, isCap, isEnd, isQuoteMark, insideName, skipAdverbsBack, sourceAfter, sourceBefore, timeStartingAt,
  spanOf, tokenSpan, verbGroup, wordsOf, type Ctx, type Words,
} from "./scan.js";
import { makeClaim, squash } from "./make.js";
import type { Sentence } from "../../model.js";

/** Words after the cue searched for a complementiser ("berbagi di Twitter bahwa", "told reporters Monday that"). */
const COMPLEMENT_WINDOW = 6;
const ADDRESSEE_WINDOW = 8;
/** Longest phrase after a reporting verb's preposition read as an adjunct ("said on Twitter"). */
const MAX_ADJUNCT_WORDS = 4;

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
  if (!participle && !cue.participle) {
    const passive = passiveCue(ctx, w, group.start, k, cueEnd, j, cue, negated);
    if (passive) return passive;
  }

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
  // "Clinton said she thinks ...": a verb of thinking inside the content of the sentence's reported
  // speech is part of what was said, not a claim of its own
  const at = toks[k]!.span[0];
  // so is an intention ("Stein said she plans to join ..."): what was said, not a claim of its own
  if ((cue.needsComplement || cue.infinitive) && sentenceClaims.some((c) => !c.quote && c.contentSpan[0] <= at && at < c.contentSpan[1])) return null;
  if (needEvidence && (participle || j === 0)) return null;
  if (comp >= 0) a = comp + 1;
  while (a < toks.length && (low[a] === ":" || low[a] === ",")) a++;

  let source: ClaimSource | null = null;
  let contentSpan: Span | null = null;
  let quote = false;
  const before = j > 0 ? low[j - 1]! : null;

  // inverted: '"...," said Peskov' / "..., said the spokesman, a former ..."
  // not after "A lawyer for the family, Jane Roe," : that comma closes the subject
  // nor after "Jane Roe, director of the fund," opening the sentence: the verb follows its subject
  const app = before === "," ? appositionBefore(ctx, w, j - 1) : null;
  const opening = app !== null && (app[0] === 0 || isQuoteMark(low[app[0] - 1]!));
  const leading = opening || (before === "," && leadingApposition(ctx, w, sourceBefore(ctx, w, j - 1) ?? [j - 1, j - 1]) !== null);
  if (cue.source === "either" && !participle && !cue.addressee && !needEvidence && !leading && (before === null || before === "," || isQuoteMark(before))) {
    const src = sourceAfter(ctx, w, cueEnd, true);
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
      const subj = participleSubject(ctx, w, k);
      const p = ctx.sources.personsIn([w.s.span[0], toks[k]!.span[0]])[0];
      if (subj && !(p && ctx.sources.personsIn(tokenSpan(w, subj)).length === 0 && p.span[1] <= toks[subj[0]]!.span[0])) source = ctx.sources.resolve(tokenSpan(w, subj));
      else
      if (p) source = ctx.sources.resolve(p.span);
      else if (ctx.pronouns.has(low[0]!)) source = ctx.sources.resolve(toks[0]!.span);
    }
  } else {
    // "Cruz exhorted Republicans to ... and said ...": a coordinated verb shares the clause's subject
    const coordinated = before !== null && ctx.coordinators.has(before);
    if (coordinated) {
      if (sentenceClaims.length > 0 && sentenceClaims[sentenceClaims.length - 1]!.source.span) source = { ...sentenceClaims[sentenceClaims.length - 1]!.source };
      else srcSpan = clauseSubject(ctx, w, j - 1);
    }
    if (!coordinated && before === ",") srcSpan = appositionBefore(ctx, w, j - 1) ?? sourceBefore(ctx, w, j - 1);
    if (!coordinated && !srcSpan) srcSpan = sourceBefore(ctx, w, j);
    if (srcSpan && before === ",") srcSpan = leadingApposition(ctx, w, srcSpan) ?? srcSpan;
    if (needEvidence && !(srcSpan && hasEvidenceNoun(ctx, w, srcSpan)) && !(cue.stance !== "reports" && clauseFollows(ctx, w, end))) return null;
    if (srcSpan && !source) {
      let span = tokenSpan(w, srcSpan);
      // "I've suggested": the clitic is the auxiliary, part of the cue
      const stem = srcSpan[1] === group.start && srcSpan[1] - srcSpan[0] === 1 ? cliticStem(ctx, low[srcSpan[0]]!) : null;
      if (stem !== null) {
        span = [span[0], span[0] + stem.length];
        cueSpan[0] = span[1];
      }
      source = ctx.sources.resolve(span);
    }
    if (!source && sentenceClaims.length > 0) source = { ...sentenceClaims[sentenceClaims.length - 1]!.source };
  }
  if (!source) return null;
  const q = toks[a] ? ctx.quoteAt.get(toks[a]!.span[0]) : undefined;
  // '"A," X said, "B."': a quote interrupted by its reporting clause is one statement (see
  // joinInterruptedQuotes): the content runs from the first part to the second
  const qb = q && srcSpan && ctx.pack.claims.joinInterruptedQuotes ? quoteEndingAt(ctx, toks[srcSpan[0]]!.span[0]) : null;
  if (q && qb && !usedQuotes.has(qb)) {
    usedQuotes.add(q);
    usedQuotes.add(qb);
    const claim = makeClaim(ctx, w.s, source, cueSpan, cue.stance, negated, [qb.span[0], q.span[1]], true);
    claim.content = `${squash(ctx.text.slice(qb.span[0], qb.span[1]))} ${squash(ctx.text.slice(q.span[0], q.span[1]))}`;
    claim.sentenceSpan = [Math.min(claim.sentenceSpan[0], qb.outer[0]), claim.sentenceSpan[1]];
    return claim;
  }
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
    // '"...," X said on Twitter.' / '... said of RT.': a short phrase after the verb's preposition,
    // with a quote closing before the source, is an adjunct; the quote is the content
    if (contentSpan && srcSpan && end === cueEnd + 1 && ctx.cueParticles.has(low[cueEnd]!) && toks.length - end <= MAX_ADJUNCT_WORDS + 1 && quoteEndingAt(ctx, toks[srcSpan[0]]!.span[0])) contentSpan = null;
    // '"...," she said at a briefing Monday.': a prepositional phrase right after the verb, no
    // complementiser: an adjunct; the quote before is the content
    else if (contentSpan && srcSpan && comp < 0 && !cue.addressee && end < toks.length && adjunctAfter(ctx, w, end, a) && quoteEndingAt(ctx, toks[srcSpan[0]]!.span[0])) contentSpan = null;
  }
  if (!contentSpan && srcSpan && !participle) {
    // "..., officials said." / '"...," he said.': the content is what comes before the source; a
    // preposition after the verb then heads an adjunct ("said on Twitter", "said of RT"), not the
    // verb's own object, and stays out of the cue
    if (end === cueEnd + 1 && ctx.cueParticles.has(low[cueEnd]!)) cueSpan[1] = toks[cueEnd - 1]!.span[1];
    const s0 = srcSpan[0];
    // the quote may close the sentence before ('“... ?” Clinton said.' is split after the "?")
    const qb = quoteEndingAt(ctx, toks[s0]!.span[0]);
    if (qb) {
      usedQuotes.add(qb);
      contentSpan = qb.span;
      quote = true;
    } else if (s0 > 0 && low[s0 - 1] === ",") contentSpan = spanOf(w, clauseStart(ctx, w, s0 - 1), s0 - 1);
    // "..., as police have said.": a comment clause pointing back to the clause before it
    else if (s0 > 1 && ctx.commentMarkers.has(low[s0 - 1]!) && low[s0 - 2] === "," && (end >= toks.length || isEnd(low[end]!))) contentSpan = spanOf(w, clauseStart(ctx, w, s0 - 2), s0 - 2);
  }
  if (!contentSpan) return null;
  return makeClaim(ctx, w.s, source, cueSpan, cue.stance, negated, contentSpan, quote);
}

/** Whether a source phrase is headed by evidence ("polls", "a 2014 study by ...", "video of the
 * incident"): the head is the last word, or the word before "of"/"by"/"from"/"in". */
function hasEvidenceNoun(ctx: Ctx, w: Words, [a, b]: Span): boolean {
  for (let i = a; i < b; i++) {
    if (!ctx.evidenceNouns.has(w.low[i]!)) continue;
    // "research conducted by ...", "a poll released Friday"
    if (i === b - 1 || ctx.stops.has(w.low[i + 1]!) || (ctx.participlePattern !== null && ctx.participlePattern.test(w.low[i + 1]!))) return true;
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

/** Longest agent phrase after "by" in a passive cue, in tokens. */
const MAX_AGENT = 30;

/**
 * The passive: "The story was first reported by The Washington Post", "the plan has been endorsed by
 * dozens of papers". The cue runs from the auxiliary to the agent marker, the source is the agent (to
 * the clause's end) and the content the subject. "X was quoted by Y as saying ...": the agent is the
 * medium; X is the source and the content follows the participle. Null when the verb group has no
 * passive auxiliary or no agent marker follows the verb.
 */
function passiveCue(ctx: Ctx, w: Words, g: number, k: number, cueEnd: number, j: number, cue: CueEntry, negated: boolean): Claim | null {
  const { toks, low } = w;
  if (ctx.agentMarkers.size === 0 || cueEnd >= toks.length || !ctx.agentMarkers.has(low[cueEnd]!)) return null;
  let aux = false;
  for (let i = g; i < k; i++) if (ctx.passiveAuxiliaries.has(low[i]!)) aux = true;
  if (!aux || j === 0) return null;
  // the agent: to a clause boundary, a relative pronoun or the sentence end; a list of names kept
  const stop = (i: number) => isBoundary(low[i]!) || (isEnd(low[i]!) && !isAbbrevAt(ctx, w, i)) || ctx.relatives.has(low[i]!) || ctx.complementisers.has(low[i]!);
  let e = cueEnd + 1;
  while (e < toks.length && e - cueEnd <= MAX_AGENT && !stop(e) && !(low[e] === "as" && ctx.cues.at(low, e + 1)?.value.participle)) e++;
  while (low[e] === "," && e + 2 < toks.length && (isCap(toks[e + 1]) || ctx.nounMarkers.has(low[e + 1]!) || ctx.listWords.has(low[e + 1]!))) {
    let f = e + 1;
    while (f < toks.length && f - cueEnd <= MAX_AGENT && !stop(f)) f++;
    // only a list closing the sentence: "..., the Arizona Republic and the Cincinnati Enquirer."
    if (f < toks.length && !(isEnd(low[f]!) && f === toks.length - 1)) break;
    e = f;
  }
  if (e === cueEnd + 1 || e - cueEnd > MAX_AGENT) return null;
  const subject = sourceBefore(ctx, w, j);
  if (!subject) return null;
  // "was quoted by Y as saying ...": the subject speaks, Y only carried the words
  const as = low[e] === "as" ? ctx.cues.at(low, e + 1) : null;
  if (as?.value.participle) {
    const source = ctx.sources.resolve(tokenSpan(w, subject));
    let a = e + 1 + as.length;
    const comp = a < toks.length && ctx.complementisers.has(low[a]!) ? a : -1;
    while (a < toks.length && (low[a] === "," || low[a] === ":")) a++;
    const q = toks[a] ? ctx.quoteAt.get(toks[a]!.span[0]) : undefined;
    const contentSpan = q ? q.span : spanOf(w, comp >= 0 && ctx.pack.claims.contentKeepsComplementiser ? comp : comp >= 0 ? comp + 1 : a, toks.length);
    if (!source || !contentSpan) return null;
    return makeClaim(ctx, w.s, source, [toks[g]!.span[0], toks[e + as.length]!.span[1]], as.value.stance, negated, contentSpan, !!q);
  }
  const source = ctx.sources.resolve(tokenSpan(w, [cueEnd + 1, e]));
  const contentSpan = spanOf(w, subject[0], subject[1]);
  if (!source || !contentSpan) return null;
  return makeClaim(ctx, w.s, source, [toks[g]!.span[0], toks[cueEnd]!.span[1]], cue.stance, negated, contentSpan, false);
}

/** Longest subject read from a sentence's start for a coordinated verb. */
const MAX_SUBJECT = 8;

/**
 * The subject of the sentence's first clause, for a cue coordinated with an earlier verb ("Cruz
 * exhorted ... and said"): the words from the sentence start up to the first word that can be no part
 * of a noun phrase (a lower-case word that is not a role word, determiner or preposition inside a
 * name), then an apposition between commas. Null when that is not a name, a role or a pronoun.
 */
function clauseSubject(ctx: Ctx, w: Words, before: number): Span | null {
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

/** Words searched after a cue for the finite verb of a clause without "that". */
const CLAUSE_WINDOW = 8;

/**
 * Whether a clause follows at `a` without a complementiser ("believes his efforts will be ...",
 * "felt the FBI was not ..."): a noun phrase opening there (not a preposition, an infinitive or
 * punctuation), then an auxiliary within a few words.
 */
function clauseFollows(ctx: Ctx, w: Words, a: number): boolean {
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

/** Longest subject noun phrase read for a participle's clause. */
const MAX_PARTICIPLE_SUBJECT = 10;

/**
 * The subject of the clause a participle hangs on ("The Times and the Gannett chain filed a motion,
 * arguing ...", "In 1986, the court blocked the sale, citing ..."): after an opening adjunct closed by
 * a comma, the noun phrase up to the verb group, when that verb group is recognisable (an auxiliary, a
 * past form or a relative pronoun after the phrase). Null otherwise: a present-tense verb cannot be
 * told from a noun without a tagger.
 */
function participleSubject(ctx: Ctx, w: Words, k: number): Span | null {
  const { toks, low } = w;
  let s0 = 0;
  // an opening adjunct ("In 1986,", "On Friday,", "After the vote,"): the subject follows its comma
  if (ctx.stops.has(low[0]!) || ctx.breaks.has(low[0]!)) {
    let c = 1;
    while (c < k && low[c] !== "," && c <= MAX_PARTICIPLE_SUBJECT) c++;
    if (low[c] !== ",") return null;
    s0 = c + 1;
  }
  if (s0 < k && ctx.pronouns.has(low[s0]!) && !ctx.possessives.has(low[s0]!)) return [s0, s0 + 1];
  let e = s0;
  let named = false;
  while (e < k && e - s0 < MAX_PARTICIPLE_SUBJECT) {
    const x = low[e]!;
    if (x === "." && abbreviationDotAt(ctx, w, e)) {
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

function abbreviationDotAt(ctx: Ctx, w: Words, i: number): boolean {
  return i > 0 && (ctx.abbreviations.has(w.low[i - 1]!) || /^\p{L}$/u.test(w.low[i - 1]!));
}

/**
 * Whether what follows a reporting verb at `end` (content would start at `a`) is an adjunct of the
 * reporting clause rather than its content: a preposition ("said at a briefing"), a subordinator
 * ("said after the meeting", "said Friday as he entered"), or, past a comma, a coordinated clause or
 * a participle ("he said, and ...", "she said, cutting off a reporter").
 */
function adjunctAfter(ctx: Ctx, w: Words, end: number, a: number): boolean {
  const { low, toks } = w;
  let e = end;
  const t = timeStartingAt(ctx, toks[e]!.span[0]);
  if (t) while (e < toks.length && toks[e]!.span[1] <= t[1]) e++;
  if (e >= toks.length) return false;
  const x = low[e]!;
  if (ctx.stops.has(x) || ctx.adjunctSubordinators.has(x)) return true;
  if (a > end && low[a - 1] === "," && a < toks.length) {
    const y = low[a]!;
    if (ctx.coordinators.has(y) || (ctx.participlePattern !== null && /^\p{Ll}+ing$/u.test(toks[a]!.text) && !ctx.roleWords.has(y))) return true;
  }
  return false;
}
