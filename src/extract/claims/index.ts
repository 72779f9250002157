// Extract: who says what. Reported speech from cue words (per language, each with its stance), direct
// quotes with their speakers, speaker labels of transcripts; sources resolved to the article's people,
// organisations or descriptions. The parts: context.ts (what is known of the article), words.ts and
// spans.ts (tokens and look-ups), clitic.ts (a cue with its speaker's clitic, "ujarnya"),
// reported*.ts (cues: verbs.ts, cue-reading.ts, source-before.ts,
// source-after.ts, appositions.ts and subjects.ts find their parts), direct.ts (quotes and labels),
// headlines.ts (headlines that name their source), quotes.ts (quote marks), sources.ts (who a phrase
// names), make.ts (the Claim).

import type { Claim, Document, Sentence, TimeExpression } from "../../model.js";
import type { LanguagePack } from "../../lang/types.js";
import type { Merged } from "../people/index.js";
import { findQuotes, type Quote } from "./quotes.js";
import { firstAtOrAfter, lastAtOrBefore } from "../search.js";
import { makeCtx, type Ctx } from "./context.js";
import { squash } from "./make.js";
import { datelineLength } from "../../segment/dateline.js";
import { reportedSpeech } from "./reported.js";
import { quoteClaim, speakerLabels } from "./direct.js";
import { headlineAttribution, headlineVerbBeforeQuote } from "./headlines.js";
import { tokenize } from "../../segment/tokens.js";
import { alternation } from "../../lang/sets.js";

export function extractClaims(doc: Document, pack: LanguagePack, merged: Merged, times: TimeExpression[]): Claim[] {
  const ctx = makeCtx(doc.text, pack, merged, findQuotes(doc.text, doc.paragraphs), times.map((t) => t.phraseSpan), doc.paragraphs.map((p) => p.span));
  const claims: Claim[] = [];
  const usedQuotes = new Set<Quote>();
  for (const s of doc.sentences) reportedSpeech(ctx, s, claims, usedQuotes);
  speakerLabels(ctx, doc, claims);
  headlineAttribution(ctx, doc, claims);
  // a headline is a clause of its own ("Obama Says Museum Will Tell ...", "..., Doctor Says"): read
  // its reporting verbs like a body sentence's, unless "X: ..." already gave its claim
  const title = headlineSentence(doc);
  if (title && !claims.some((c) => c.sentenceSpan[0] === title.span[0])) reportedSpeech(ctx, title, claims, usedQuotes);
  const titled = title ?? doc.sentences.find((s) => doc.titleSpan && s.span[0] === doc.titleSpan[0]);
  if (titled && doc.titleSpan) headlineVerbBeforeQuote(ctx, titled, claims, usedQuotes);
  // (a relay's content is the attribution before it, which a quote may be: it uses no quote)
  markQuotesInContent(ctx.quotes, claims.filter((c) => !ctx.relays.has(c)), usedQuotes);
  ctx.priorClaims = [...claims].sort((a, b) => a.contentSpan[1] - b.contentSpan[1]);
  ctx.priorCount = claims.length;
  for (const q of ctx.quotes) if (!usedQuotes.has(q)) quoteClaim(ctx, doc, q, claims);
  claims.sort((a, b) => a.cueSpan[0] - b.cueSpan[0] || a.contentSpan[0] - b.contentSpan[0]);
  nestRelays(ctx, claims);
  if (pack.claims.anaphoricContent) pointBack(ctx, doc, claims, pack.claims.anaphoricContent);
  endAtNextAttribution(ctx.text, claims, pack.claims.clauseJoins ?? []);
  if (pack.claims.joinInterruptedQuotes) joinQuotes(ctx, doc, claims);
  linkResponses(ctx, claims);
  const dateAt = dateFinder(times);
  for (const c of claims) c.date = dateAt(c.sentenceSpan);
  return claims;
}

/** A quote inside reported content ('said the vote was "the most important ..."') is part of that
 * claim. One sweep over quotes and contents sorted by start: linear after sorting. */
function markQuotesInContent(quotes: Quote[], claims: Claim[], used: Set<Quote>): void {
  const contents = claims.map((c) => c.contentSpan).sort((a, b) => a[0] - b[0]);
  const sorted = [...quotes].sort((a, b) => a.outer[0] - b.outer[0]);
  let k = 0;
  let maxEnd = -1;
  for (const q of sorted) {
    while (k < contents.length && contents[k]![0] <= q.outer[0]) maxEnd = Math.max(maxEnd, contents[k++]![1]);
    if (maxEnd >= q.span[1]) used.add(q);
  }
}

/**
 * '"A," he said. "B."': a quote interrupted only by its own reporting clause, and the quotes that go
 * on without a new one (the next sentence or paragraph), are one statement. The later parts join the
 * first claim: its content is the parts joined, its span covers them all. One pass in text order.
 */
function joinQuotes(ctx: Ctx, doc: Document, claims: Claim[]): void {
  const order = claims.map((c, i) => i).sort((a, b) => claims[a]!.contentSpan[0] - claims[b]!.contentSpan[0] || a - b);
  const drop = new Set<number>();
  let open: Claim | null = null;
  let openPara = -1;
  let reported: Claim | null = null;
  let reportedPara = -1;
  let paraIdx = 0;
  const paragraphOf = (at: number): number => {
    while (paraIdx + 1 < doc.paragraphs.length && doc.paragraphs[paraIdx + 1]!.span[0] <= at) paraIdx++;
    return paraIdx;
  };
  for (const i of order) {
    const c = claims[i]!;
    if (c.contentSpan[1] <= c.contentSpan[0]) continue;
    const para = paragraphOf(c.contentSpan[0]);
    const continuing = c.quote && c.cueSpan[0] === c.cueSpan[1] && c.source.span === null;
    if (open && continuing && c.source.name === open.source.name && para - openPara <= 1 && onlyAttribution(ctx.text, open, c.contentSpan[0])) {
      open.content = `${open.content} ${c.content}`;
      open.contentSpan = [open.contentSpan[0], c.contentSpan[1]];
      open.sentenceSpan = [open.sentenceSpan[0], Math.max(open.sentenceSpan[1], c.sentenceSpan[1])];
      openPara = para;
      drop.add(i);
      continue;
    }
    // a quote going on with more than its attribution between, or after reported speech of the same
    // speaker ('Ditto said she expects ... "..."'): a claim of its own, but the same attribution, so
    // the same reporting verb and the same words naming its source
    const last = open ?? reported;
    const lastPara = open ? openPara : reportedPara;
    if (last && continuing && c.source.name === last.source.name && para - lastPara <= 1 && last.cue) {
      c.cueSpan = last.cueSpan;
      c.cue = last.cue;
      c.stance = last.stance;
      c.source = { ...last.source };
    }
    open = c.quote ? c : null;
    openPara = para;
    reported = !c.quote && c.cue ? c : null;
    reportedPara = para;
  }
  if (drop.size === 0) return;
  const kept = claims.filter((_, i) => !drop.has(i));
  claims.length = 0;
  claims.push(...kept);
}

/** Whether the text between a claim's content and `to` is only its own cue and source, punctuation
 * and quote marks. */
function onlyAttribution(text: string, c: Claim, to: number): boolean {
  let from = c.contentSpan[1];
  if (to - from > 400) return false;
  const cut = [c.cueSpan, c.source.span].filter((x): x is [number, number] => x !== null && x[0] >= from && x[1] <= to).sort((a, b) => a[0] - b[0]);
  let rest = "";
  for (const [a, b] of cut) {
    rest += text.slice(from, a);
    from = Math.max(from, b);
  }
  rest += text.slice(from, to);
  return /^[\s\p{P}]*$/u.test(rest);
}

/** A relay after another attribution of its sentence ("ucap Rahmat yang dilansir Antara") reports what
 * that one reports: the outlet carried Rahmat's words, Rahmat stays their speaker. Claims are sorted
 * by cue, so the one just before a relay is the nearest. */
function nestRelays(ctx: Ctx, claims: Claim[]): void {
  if (ctx.relays.size === 0) return;
  claims.forEach((c, i) => {
    if (!ctx.relays.has(c)) return;
    const prev = claims[i - 1];
    if (!prev || ctx.relays.has(prev) || prev.sentenceSpan[1] <= c.cueSpan[0] || prev.cueSpan[1] > c.cueSpan[0] || prev.sentenceSpan[0] > c.sentenceSpan[0]) return;
    c.content = prev.content;
    c.contentSpan = prev.contentSpan;
  });
}

/** "Hal itu disampaikan Kepala Biro X", "Demikian diungkap harian A Bola": content that only points
 * back ("hal itu", "demikian") is the sentence before it, in its paragraph or the one before. A claim
 * that would then repeat one of the same source already made there (its quote) is dropped; one
 * pointing at another's attribution or at the headline keeps its words. */
function pointBack(ctx: Ctx, doc: Document, claims: Claim[], words: NonNullable<LanguagePack["claims"]["anaphoricContent"]>): void {
  const demonstratives = new Set(words.demonstratives);
  const alone = new Set(words.alone);
  const starts = doc.sentences.map((s) => s.span[0]);
  const dropped = new Set<Claim>();
  for (const c of claims) {
    if (c.quote) continue;
    const ws = c.content.toLowerCase().replace(/[\p{P}]+$/u, "").split(/\s+/).filter(Boolean);
    if (ws.length === 0 || ws.length > words.maxWords || !(demonstratives.has(ws[ws.length - 1]!) || (ws.length === 1 && alone.has(ws[0]!)))) continue;
    // (the content opens its sentence: what it points at stands before it)
    const i = lastAtOrBefore(starts, (x) => x, c.contentSpan[0]);
    const s = doc.sentences[i];
    if (!s || i === 0 || ctx.text.slice(s.span[0], c.contentSpan[0]).trim() !== "") continue;
    const before = doc.sentences[i - 1]!;
    if (s.paragraph - before.paragraph > 1) continue;
    // (claims are sorted by cue: those whose cue lies in the two sentences, a bounded few)
    const from = firstAtOrAfter(claims, (o) => o.cueSpan[0], before.span[0]);
    const near = claims.slice(from, Math.min(from + MAX_NEAR_CLAIMS, firstAtOrAfter(claims, (o) => o.cueSpan[0], s.span[1])));
    const there = near.filter((o) => o !== c && o.contentSpan[0] < before.span[1] && o.contentSpan[1] > before.span[0]);
    if (there.some((o) => o.source.name === c.source.name)) {
      dropped.add(c);
      continue;
    }
    // (a sentence that reports another's words, or the headline, is not what the content points at)
    if (there.length > 0 || (doc.titleSpan && before.span[0] < doc.titleSpan[1])) continue;
    // (the article's dateline is no one's words: "Jakarta, CNN Indonesia -- ...")
    let start = before.span[0] + datelineLength(ctx.text.slice(before.span[0], before.span[1]));
    while (start < before.span[1] && /\s/.test(ctx.text[start]!)) start++;
    c.contentSpan = [start, trimmedEnd(ctx.text, before.span)];
    c.content = squash(ctx.text.slice(c.contentSpan[0], c.contentSpan[1]));
    c.sentenceSpan = [Math.min(c.sentenceSpan[0], before.span[0]), c.sentenceSpan[1]];
  }
  if (dropped.size === 0) return;
  // (in place, without spreading a long list into arguments)
  let kept = 0;
  for (const c of claims) if (!dropped.has(c)) claims[kept++] = c;
  claims.length = kept;
}

/** Claims of two sentences read for one already made of the sentence a content points back at. */
const MAX_NEAR_CLAIMS = 32;

/** Where a span's text ends, spaces left out. */
function trimmedEnd(text: string, [a, b]: readonly [number, number]): number {
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return b;
}

// a comma (or a comma and a closing quote) and a coordinator at the end of a text: once a pack's list
const joinPatterns = new WeakMap<readonly string[], RegExp>();
function joinPattern(joins: readonly string[]): RegExp {
  let re = joinPatterns.get(joins);
  if (!re) joinPatterns.set(joins, (re = new RegExp(`([,;]["'”’]?)\\s*(?:${alternation(joins)})\\s+$`, "iu")));
  return re;
}

/** "Critics called the plan a disaster, but the mayor said it would work": reported content ends
 * before a comma and a coordinator whose clause holds another attribution (its source or cue inside
 * the content); a nested report with no such join ("said that officials said ...") stays whole.
 * Claims are sorted by cue: each looks at the claims after it in its sentence. */
function endAtNextAttribution(text: string, claims: Claim[], joins: readonly string[]): void {
  if (joins.length === 0) return;
  const join = joinPattern(joins);
  claims.forEach((a, i) => {
    if (a.quote) return;
    for (let k = i + 1; k < claims.length && claims[k]!.cueSpan[0] < a.contentSpan[1]; k++) {
      const b = claims[k]!;
      const at = Math.min(b.cueSpan[0], b.source.span?.[0] ?? b.cueSpan[0]);
      if (at <= a.contentSpan[0] || at >= a.contentSpan[1] || b.cueSpan[0] === b.cueSpan[1]) continue;
      const before = text.slice(Math.max(a.contentSpan[0], at - 40), at);
      const m = join.exec(before);
      if (!m) continue;
      // (after a closing quote the comma sits in: 'a "disaster," but')
      const end = at - before.length + m.index + (m[1]!.length > 1 ? m[1]!.length : 0);
      a.contentSpan = [a.contentSpan[0], end];
      a.content = text.slice(a.contentSpan[0], end).trim();
      return;
    }
  });
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

/** The first resolved date (or time) inside a span: a binary search over the dates, which are in text order. */
function dateFinder(times: TimeExpression[]): (span: [number, number]) => string | null {
  const dated = times.filter((x) => x.resolved && (x.timex.type === "DATE" || x.timex.type === "TIME") && !/_REF$/.test(x.timex.value));
  return ([s, e]) => {
    const t = dated[firstAtOrAfter(dated, (x) => x.span[0], s)];
    return t && t.span[1] <= e ? t.timex.value : null;
  };
}

/** The headline as a sentence of its own (it is not one of the body's), or null when the article
 * has none or its first sentence already covers it. */
function headlineSentence(doc: Document): Sentence | null {
  if (!doc.titleSpan) return null;
  const [ts, te] = doc.titleSpan;
  if (doc.sentences.some((s) => s.span[0] < te && ts < s.span[1])) return null;
  return { index: -1, paragraph: -1, span: [ts, te], text: doc.text.slice(ts, te), tokens: tokenize(doc.text, ts, te) };
}
