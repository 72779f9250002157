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
  // a quote inside reported content ('said the vote was "the most important ..."') is part of that claim
  for (const q of ctx.quotes) if (claims.some((c) => c.contentSpan[0] <= q.outer[0] && c.contentSpan[1] >= q.span[1])) usedQuotes.add(q);
  for (const q of ctx.quotes) if (!usedQuotes.has(q)) quoteClaim(ctx, doc, q, claims);
  claims.sort((a, b) => a.cueSpan[0] - b.cueSpan[0] || a.contentSpan[0] - b.contentSpan[0]);
  linkResponses(ctx, claims);
  for (const c of claims) c.date = dateOf(c, times);
  return claims;
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

function dateOf(c: Claim, times: TimeExpression[]): string | null {
  const t = times.find((x) => x.resolved && (x.timex.type === "DATE" || x.timex.type === "TIME") && x.span[0] >= c.sentenceSpan[0] && x.span[1] <= c.sentenceSpan[1] && !/_REF$/.test(x.timex.value));
  return t ? t.timex.value : null;
}
