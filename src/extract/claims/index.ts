// Extract: who says what. Reported speech from cue words (per language, each with its stance), direct
// quotes with their speakers, speaker labels of transcripts; sources resolved to the article's people,
// organisations or descriptions. The parts: scan.ts (words and phrase finders), reported.ts (cues),
// direct.ts (quotes and labels), quotes.ts (quote marks), sources.ts (who a phrase names).

import type { Claim, Document, TimeExpression } from "../../model.js";
import type { LanguagePack } from "../../lang/types.js";
import type { Merged } from "../people/index.js";
import { findQuotes, type Quote } from "./quotes.js";
import { makeCtx, type Ctx } from "./scan.js";
import { reportedSpeech } from "./reported.js";
import { quoteClaim, speakerLabels } from "./direct.js";

export function extractClaims(doc: Document, pack: LanguagePack, merged: Merged, times: TimeExpression[]): Claim[] {
  const ctx = makeCtx(doc.text, pack, merged, findQuotes(doc.text, doc.paragraphs));
  const claims: Claim[] = [];
  const usedQuotes = new Set<Quote>();
  for (const s of doc.sentences) reportedSpeech(ctx, s, claims, usedQuotes);
  speakerLabels(ctx, doc, claims);
  markQuotesInContent(ctx.quotes, claims, usedQuotes);
  for (const q of ctx.quotes) if (!usedQuotes.has(q)) quoteClaim(ctx, doc, q, claims);
  claims.sort((a, b) => a.cueSpan[0] - b.cueSpan[0] || a.contentSpan[0] - b.contentSpan[0]);
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
    let lo = 0;
    let hi = dated.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dated[mid]!.span[0] < s) lo = mid + 1;
      else hi = mid;
    }
    const t = dated[lo];
    return t && t.span[1] <= e ? t.timex.value : null;
  };
}
