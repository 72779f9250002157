// Extract: who says what. Reported speech from cue words (per language, each with its stance), direct
// quotes with their speakers, sources resolved to the article's people, organisations or descriptions.

import type { Claim, ClaimSource, Document, Sentence, Span, Stance, TimeExpression, Token } from "../../model.js";
import type { CueEntry, LanguagePack } from "../../lang/types.js";
import type { Merged } from "../people/index.js";
import { PhraseSet } from "../time/phrases.js";
import { findQuotes, type Quote } from "./quotes.js";
import { SourceIndex } from "./sources.js";

interface Ctx {
  doc: Document;
  pack: LanguagePack;
  cues: PhraseSet<CueEntry>;
  adverbs: Set<string>;
  negations: Set<string>;
  breaks: Set<string>;
  complementisers: Set<string>;
  /** "dan", "and", "atau", "or": words that join a list inside a source ("pejabat AS, Eropa, dan Rusia"). */
  listWords: Set<string>;
  sources: SourceIndex;
  quotes: Quote[];
}

const PUNCT_BOUNDARY = new Set([",", ";", ":", "(", ")", "—", "–", '"', "“", "”", "„", "«", "»"]);
const END_PUNCT = /[.!?…]+$/;
/** Quotes shorter than this need a reporting clause to count as speech. */
const MIN_QUOTE_WORDS = 4;

export function extractClaims(doc: Document, pack: LanguagePack, merged: Merged, times: TimeExpression[]): Claim[] {
  const lex = pack.claims;
  const ctx: Ctx = {
    doc,
    pack,
    cues: new PhraseSet(lex.cues.map((c) => [c.cue, c] as [string, CueEntry])),
    adverbs: new Set(lex.adverbs),
    negations: new Set(lex.negations),
    breaks: new Set(lex.clauseBreaks),
    complementisers: new Set(lex.complementisers),
    listWords: new Set(lex.clauseBreaks.filter((w) => ["dan", "atau", "and", "or", "serta"].includes(w))),
    sources: new SourceIndex(doc.text, merged, pack),
    quotes: findQuotes(doc.text, doc.paragraphs),
  };
  const claims: Claim[] = [];
  const usedQuotes = new Set<Quote>();
  for (const s of doc.sentences) reportedSpeech(ctx, s, claims, usedQuotes);
  // a quote inside reported content ('said the vote was "the most important ..."') is part of that claim
  for (const q of ctx.quotes) if (claims.some((c) => c.contentSpan[0] <= q.outer[0] && c.contentSpan[1] >= q.span[1])) usedQuotes.add(q);
  for (const q of ctx.quotes) if (!usedQuotes.has(q)) quoteClaim(ctx, q, claims);
  claims.sort((a, b) => a.cueSpan[0] - b.cueSpan[0] || a.contentSpan[0] - b.contentSpan[0]);
  linkResponses(ctx, claims);
  for (const c of claims) c.date = dateOf(c, times, doc);
  return claims;
}

function insideQuote(ctx: Ctx, at: number): boolean {
  return ctx.quotes.some((q) => at >= q.span[0] && at < q.span[1]);
}

function reportedSpeech(ctx: Ctx, s: Sentence, claims: Claim[], usedQuotes: Set<Quote>): void {
  const toks = s.tokens;
  const low = toks.map((t) => t.text.toLowerCase());
  const first = claims.length;
  for (let k = 0; k < toks.length; k++) {
    const hit = ctx.cues.at(low, k);
    if (!hit) continue;
    const cue = hit.value;
    const cueEnd = k + hit.length;
    if (cue.quoteOnly || insideQuote(ctx, toks[k]!.span[0])) {
      k = cueEnd - 1;
      continue;
    }
    const claim = cue.source === "after" ? afterCue(ctx, s, low, k, cueEnd, cue) : beforeCue(ctx, s, low, k, cueEnd, cue, claims.slice(first), usedQuotes);
    if (claim) claims.push(claim);
    k = cueEnd - 1;
  }
}

/** "menurut X, ...", "according to X, ...", "..., according to X." */
function afterCue(ctx: Ctx, s: Sentence, low: string[], k: number, cueEnd: number, cue: CueEntry): Claim | null {
  const toks = s.tokens;
  let srcEnd = cueEnd;
  if (!cue.agentless) {
    while (srcEnd < toks.length && !isBoundary(low[srcEnd]!) && !END_PUNCT.test(low[srcEnd]!)) srcEnd++;
    // a list of places inside the source: "pejabat AS, Eropa, dan Rusia,"
    const listWord = (w: string | undefined) => w === "," || (w !== undefined && ctx.listWords.has(w));
    while (low[srcEnd] === "," && ((isCap(toks[srcEnd + 1]) && listWord(low[srcEnd + 2])) || (ctx.listWords.has(low[srcEnd + 1] ?? "") && isCap(toks[srcEnd + 2])))) {
      srcEnd += 1;
      while (srcEnd < toks.length && !isBoundary(low[srcEnd]!) && !END_PUNCT.test(low[srcEnd]!)) srcEnd++;
    }
    if (srcEnd === cueEnd) return null;
  }
  const sourceSpan: Span = [toks[cueEnd - (cue.agentless ? 1 : 0)]!.span[0], toks[srcEnd - 1]!.span[1]];
  let source: ClaimSource | null = cue.agentless ? { name: "unknown", kind: "unknown", text: "", span: null } : ctx.sources.resolve(sourceSpan);
  if (!source) return null;
  // content after the source (when there is some), else the sentence before the cue
  let a = srcEnd;
  while (a < toks.length && (low[a] === "," || ctx.complementisers.has(low[a]!))) a++;
  const after = toks.slice(a).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
  let contentSpan: Span | null;
  if (after >= 3 && !cue.agentless) contentSpan = spanOfTokens(toks, a, toks.length);
  else if (cue.agentless) contentSpan = spanOfTokens(toks, cueEnd, toks.length) ?? spanOfTokens(toks, 0, k);
  else contentSpan = spanOfTokens(toks, 0, k);
  if (!contentSpan) return null;
  return makeClaim(ctx, s, source, toks, k, cueEnd, cue.stance, false, contentSpan, false);
}

/** "X mengatakan (bahwa) ...", "X said (that) ...", "said X", "X berkata: "..."" */
function beforeCue(ctx: Ctx, s: Sentence, low: string[], k: number, cueEnd: number, cue: CueEntry, sentenceClaims: Claim[], usedQuotes: Set<Quote>): Claim | null {
  const toks = s.tokens;
  // negation and adverbs between source and cue
  let j = k - 1;
  let negated = false;
  while (j >= 0 && (ctx.adverbs.has(low[j]!) || ctx.negations.has(low[j]!))) {
    if (ctx.negations.has(low[j]!)) negated = true;
    j--;
  }
  // the content: after the cue, past a complementiser within a few words ("berbagi di Twitter bahwa")
  let a = cueEnd;
  let comp = -1;
  for (let t = cueEnd; t < Math.min(toks.length, cueEnd + 6); t++) {
    if (ctx.complementisers.has(low[t]!)) {
      comp = t;
      break;
    }
    if (isBoundary(low[t]!) && low[t] !== ":" && low[t] !== ",") break;
  }
  if (cue.needsComplement && comp < 0) return null;
  if (comp >= 0) a = comp + 1;
  while (a < toks.length && (low[a] === ":" || low[a] === ",")) a++;

  // source after the cue in English: '"...," said Peskov' / "..., said the spokesman."
  let source: ClaimSource | null = null;
  let contentSpan: Span | null = null;
  let quote = false;
  if (cue.source === "either" && (j < 0 || low[j] === "," || isQuoteMark(low[j]!))) {
    // inverted only when a short source phrase closes the sentence or clause: '"...," said Peskov.'
    let e = cueEnd;
    while (e < toks.length && !isBoundary(low[e]!) && !END_PUNCT.test(low[e]!) && !ctx.complementisers.has(low[e]!) && !ctx.breaks.has(low[e]!)) e++;
    const closes = e >= toks.length || END_PUNCT.test(low[e]!) || low[e] === ",";
    if (e > cueEnd && closes && e - cueEnd <= 8) {
      source = ctx.sources.resolve([toks[cueEnd]!.span[0], toks[e - 1]!.span[1]]);
      const q = quoteEndingAt(ctx, toks[k]!.span[0]);
      if (q) {
        usedQuotes.add(q);
        contentSpan = q.span;
        quote = true;
      } else contentSpan = spanOfTokens(toks, 0, Math.max(0, j));
    }
  }
  if (!source) {
    // the source phrase: back to a clause boundary
    const end = j + 1;
    let start = end;
    while (start > 0 && !isBoundary(low[start - 1]!) && !ctx.breaks.has(low[start - 1]!) && end - start < 12) start--;
    if (end > start) source = ctx.sources.resolve([toks[start]!.span[0], toks[end - 1]!.span[1]]);
    if (!source && start > 0 && low[start - 1] === ",") source = appositionSubject(ctx, toks, low, start - 1);
    if (!source && sentenceClaims.length > 0) source = { ...sentenceClaims[sentenceClaims.length - 1]!.source };
    if (!source) return null;
    const q = ctx.quotes.find((qq) => toks[a] && qq.outer[0] === toks[a]!.span[0]);
    if (q) {
      usedQuotes.add(q);
      contentSpan = q.span;
      quote = true;
    } else contentSpan = spanOfTokens(toks, a, contentEnd(ctx, low, a));
  }
  if (!contentSpan || !source) return null;
  return makeClaim(ctx, s, source, toks, k, cueEnd, cue.stance, negated, contentSpan, quote);
}

/** Reported content runs to the sentence end, or to a coordinated second cue of the same source
 * ("menyatakan ketidakpuasan ..., tetapi menegaskan bahwa ..."). */
function contentEnd(ctx: Ctx, low: string[], a: number): number {
  for (let t = a + 1; t < low.length; t++) {
    if (low[t] !== "," && !ctx.breaks.has(low[t]!)) continue;
    let u = t + 1;
    while (u < low.length && (low[u] === "," || ctx.breaks.has(low[u]!) || ctx.adverbs.has(low[u]!))) u++;
    const hit = ctx.cues.at(low, u);
    if (hit && !hit.value.quoteOnly && !hit.value.agentless && (hit.value.source !== "after" || low[t] === ",")) return t;
  }
  return low.length;
}

/** "Ian Bremmer, pendiri ... di New York, juga berbagi": the subject before an apposition. */
function appositionSubject(ctx: Ctx, toks: Token[], low: string[], comma: number): ClaimSource | null {
  let end = comma;
  for (let seg = 0; seg < 2; seg++) {
    let start = end;
    while (start > 0 && low[start - 1] !== ",") start--;
    if (end > start) {
      const span: Span = [toks[start]!.span[0], toks[end - 1]!.span[1]];
      const persons = ctx.sources.personsIn(span);
      if (persons.length > 0) return ctx.sources.resolve([persons[0]!.span[0], persons[persons.length - 1]!.span[1]]);
    }
    if (start === 0) break;
    end = start - 1;
  }
  return null;
}

function quoteEndingAt(ctx: Ctx, cueStart: number): Quote | null {
  // the quote closes just before ", said X" (only punctuation and spaces between)
  for (const q of ctx.quotes) {
    if (q.outer[1] <= cueStart && /^[\s,.;:—–-]*$/.test(ctx.doc.text.slice(q.outer[1], cueStart))) return q;
    if (q.span[1] <= cueStart && q.outer[1] >= cueStart - 2 && /^[\s,]*["”’]?[\s,]*$/.test(ctx.doc.text.slice(q.span[1], cueStart))) return q;
  }
  return null;
}

/** A quote no reporting clause claimed: speaker from '"...", kata X' / '"...," ujarnya' / '"..." X said',
 * else the previous quote's speaker, else the person named in the sentence before. */
function quoteClaim(ctx: Ctx, q: Quote, claims: Claim[]): void {
  const text = ctx.doc.text;
  const s = ctx.doc.sentences.find((x) => x.span[0] <= q.outer[1] && x.span[1] >= q.outer[1]) ?? ctx.doc.sentences.find((x) => x.span[1] >= q.outer[0]);
  if (!s) return;
  const toks = s.tokens;
  const low = toks.map((t) => t.text.toLowerCase());
  let i = toks.findIndex((t) => t.span[0] >= q.outer[1]);
  let source: ClaimSource | null = null;
  let cueText = "";
  let cueSpan: Span = [q.outer[1], q.outer[1]];
  let stance: Stance = "says";
  if (i >= 0) {
    while (i < toks.length && (low[i] === "," || low[i] === "—" || low[i] === "–")) i++;
    const clitic = ctx.pack.claims.quoteSpeakerClitics.includes(low[i] ?? "");
    const hit = ctx.cues.at(low, i);
    if (clitic) {
      const p = ctx.sources.lastPersonBefore(q.outer[0], ctx.quotes.map((x) => x.span));
      source = p ? { name: p.name, kind: "person", text: toks[i]!.text, span: toks[i]!.span } : { name: "unknown", kind: "unknown", text: toks[i]!.text, span: toks[i]!.span };
      cueText = toks[i]!.text;
      cueSpan = toks[i]!.span;
    } else if (hit) {
      let e = i + hit.length;
      const st = e;
      while (e < toks.length && !isBoundary(low[e]!) && !END_PUNCT.test(low[e]!)) e++;
      if (e > st) source = ctx.sources.resolve([toks[st]!.span[0], toks[e - 1]!.span[1]]);
      cueText = text.slice(toks[i]!.span[0], toks[i + hit.length - 1]!.span[1]);
      cueSpan = [toks[i]!.span[0], toks[i + hit.length - 1]!.span[1]];
      stance = hit.value.stance;
    } else {
      // '"..." Peskov said' / '"...," the spokesman said'
      let e = i;
      while (e < toks.length && e - i < 8 && !ctx.cues.at(low, e) && !isBoundary(low[e]!)) e++;
      const after = ctx.cues.at(low, e);
      if (after && e > i && after.value.source !== "after") {
        source = ctx.sources.resolve([toks[i]!.span[0], toks[e - 1]!.span[1]]);
        cueText = text.slice(toks[e]!.span[0], toks[e + after.length - 1]!.span[1]);
        cueSpan = [toks[e]!.span[0], toks[e + after.length - 1]!.span[1]];
        stance = after.value.stance;
      }
    }
  }
  // a short quote with no reporting clause is a scare quote ("melangkah", "garis merah"), not speech
  if (!source && (text.slice(q.span[0], q.span[1]).match(/\S+/g) ?? []).length < MIN_QUOTE_WORDS) return;
  if (!source) {
    // no reporting clause: the previous quote's speaker in this or the last paragraph, else the person just named
    const prev = [...claims].reverse().find((c) => c.quote && c.contentSpan[1] <= q.outer[0]);
    const prevPara = prev ? ctx.doc.paragraphs.findIndex((p) => p.span[0] <= prev.contentSpan[0] && p.span[1] >= prev.contentSpan[0]) : -1;
    if (prev && prevPara >= q.paragraph - 1) source = { ...prev.source, span: null, text: "" };
    else {
      const p = ctx.sources.lastPersonBefore(q.outer[0], ctx.quotes.map((x) => x.span));
      if (!p) return;
      source = { name: p.name, kind: "person", text: "", span: null };
    }
  }
  const sentenceSpan: Span = [Math.min(s.span[0], q.outer[0]), Math.max(s.span[1], q.outer[1])];
  claims.push({ source, cue: cueText, cueSpan, stance, negated: false, content: squash(text.slice(q.span[0], q.span[1])), contentSpan: q.span, quote: true, sentenceSpan, date: null });
}

function makeClaim(ctx: Ctx, s: Sentence, source: ClaimSource, toks: Token[], k: number, cueEnd: number, stance: Stance, negated: boolean, contentSpan: Span, quote: boolean): Claim {
  const cueSpan: Span = [toks[k]!.span[0], toks[cueEnd - 1]!.span[1]];
  const text = ctx.doc.text;
  const sentenceSpan: Span = [Math.min(s.span[0], contentSpan[0]), Math.max(s.span[1], contentSpan[1])];
  return {
    source,
    cue: text.slice(cueSpan[0], cueSpan[1]),
    cueSpan,
    stance: negated ? flip(stance) : stance,
    negated,
    content: squash(text.slice(contentSpan[0], contentSpan[1])),
    contentSpan,
    quote,
    sentenceSpan,
    date: null,
  };
}

/** A negated cue does not deny: "tidak membantah" says; "did not confirm" disputes. */
function flip(stance: Stance): Stance {
  return stance === "denies" || stance === "disputes" ? "says" : "disputes";
}

/** "membantah pernyataan tersebut": the denial answers the last claim by someone else. */
function linkResponses(ctx: Ctx, claims: Claim[]): void {
  const anaphors = ctx.pack.claims.statementAnaphors.map((a) => a.toLowerCase());
  claims.forEach((c, i) => {
    if (!["denies", "confirms", "disputes"].includes(c.stance)) return;
    const content = c.content.toLowerCase();
    if (!anaphors.some((a) => content.startsWith(a))) return;
    for (let j = i - 1; j >= 0; j--) {
      if (claims[j]!.source.name !== c.source.name && claims[j]!.contentSpan[1] <= c.cueSpan[0]) {
        c.respondsTo = j;
        return;
      }
    }
  });
}

function dateOf(c: Claim, times: TimeExpression[], doc: Document): string | null {
  const t = times.find((x) => x.resolved && (x.timex.type === "DATE" || x.timex.type === "TIME") && x.span[0] >= c.sentenceSpan[0] && x.span[1] <= c.sentenceSpan[1] && !/_REF$/.test(x.timex.value));
  void doc;
  return t ? t.timex.value : null;
}

function isBoundary(w: string): boolean {
  return PUNCT_BOUNDARY.has(w) || isQuoteMark(w);
}

function isQuoteMark(w: string): boolean {
  return /^["“”„«»‘’']$/.test(w);
}

function isCap(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}/u.test(t.text);
}

function spanOfTokens(toks: Token[], a: number, b: number): Span | null {
  while (b > a && /^[.!?…,;:]$/.test(toks[b - 1]!.text)) b--;
  if (b <= a) return null;
  return [toks[a]!.span[0], toks[b - 1]!.span[1]];
}

function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
