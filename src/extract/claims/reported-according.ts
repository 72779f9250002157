// Cues whose source follows them ("menurut X, ...", "according to X, ...", "..., according to X."),
// and agentless ones that name no source at all.

import type { Claim, ClaimSource, Span } from "../../model.js";
import type { CueEntry } from "../../lang/types.js";
import type { Ctx } from "./context.js";
import { abbreviationDot, isBoundary, isCap, isEnd, opensClause, sourceRunEnd, spanOf, type Words } from "./words.js";
import { makeClaim, unknownSource } from "./make.js";
import { afterDateline, contentEnd, MAX_CONTENT } from "./reported-content.js";

/** Longest source phrase after its cue, in tokens. */
const MAX_SOURCE = 24;
/** Longest apposition closing the sentence after the source ("a former tax aide now teaching at NYU"). */
const MAX_APPOSITION = 20;

/** "menurut X, ...", "according to X, ...", "..., according to X." */
export function afterCue(ctx: Ctx, w: Words, k: number, cueEnd: number, cue: CueEntry, given?: ClaimSource): Claim | null {
  const { toks, low } = w;
  // an agentless report opening the sentence with a name and its comma names its outlet after all:
  // "Diberitakan Soompi, ...", "Dilaporkan Reuters, ..." (not a day: "Dilaporkan Senin, ...")
  if (cue.agentless && !given && namedAgent(ctx, w, cueEnd) && opensClause(ctx, w, k)) return afterCue(ctx, w, k, cueEnd, { ...cue, agentless: false });
  let srcEnd = cueEnd;
  // a work's title in quotes is the source whole ('according to "Perfect Enough: Carly Fiorina and ..."')
  const title = !cue.agentless && !given && cueEnd < toks.length ? ctx.quoteAt.get(toks[cueEnd]!.span[0]) : undefined;
  // (a source already known: the clitic of "menurutnya")
  if (!cue.agentless && !given) {
    // (a relay after the source is no part of it: "menurut pernyataan Bank Dunia yang dikutip Xinhua")
    // (nor, after a relay, the verb of the clause it opens: "Seorang sumber yang dikutip People mengatakan ...")
    const stop = (i: number) => isBoundary(low[i]!) || (isEnd(low[i]!) && !(low[i] === "." && abbreviationDot(ctx, w, i, true))) || !!ctx.cues.at(low, i)?.value.relay || (!!cue.relay && !!ctx.cues.at(low, i));
    const limit = Math.min(toks.length, cueEnd + MAX_SOURCE);
    if (title) while (srcEnd < toks.length && toks[srcEnd]!.span[0] < title.outer[1]) srcEnd++;
    else while (srcEnd < limit && !stop(srcEnd)) srcEnd++;
    // a list of places inside the source: "pejabat AS, Eropa, dan Rusia,"
    const listWord = (x: string | undefined) => x === "," || (x !== undefined && ctx.listWords.has(x));
    while (srcEnd < limit && low[srcEnd] === "," && ((isCap(toks[srcEnd + 1]) && listWord(low[srcEnd + 2])) || (ctx.listWords.has(low[srcEnd + 1] ?? "") && isCap(toks[srcEnd + 2])))) {
      srcEnd += 1;
      while (srcEnd < limit && !stop(srcEnd)) srcEnd++;
    }
    if (srcEnd === cueEnd) return null;
    // an adverb where the source would be names none: "Dilansir sebelumnya, ..."
    if (!title && low.slice(cueEnd, srcEnd).every((x) => ctx.adverbs.has(x))) return afterCue(ctx, w, k, cueEnd, { ...cue, agentless: true });
  }
  // nothing but a connective and its comma before the cue: the sentence's clause is the one after it
  const nothingBefore = opensClause(ctx, w, k);
  // "Namun, menurut Agus masih akan dikaji oleh BI": with no comma after the source, the clause goes on
  // after the source's words
  if (!cue.agentless && !given && !title && nothingBefore && (srcEnd >= toks.length || isEnd(low[srcEnd]!))) {
    const cut = sourceRunEnd(ctx, w, cueEnd, srcEnd);
    if (cut > 0) srcEnd = cut;
  }
  // after a clause and its comma ("..., according to X, ..."), what follows the source's comma may be
  // no content: a coordinator opening the next clause ("..., and the rest paid less"), or the
  // source's apposition closing the sentence, which joins the source ("..., a former tax aide now
  // teaching at NYU.", "..., the Wheeling News-Register.", "..., head of the National Center ...").
  // The content is then the clause before. (Else it may go on after the source: "pembatasan,
  // menurut Peraturan ..., itu diberlakukan 14 hari".)
  // a relay right after the source carried what the clause before says ("Kim menegaskan ..., menurut
  // pernyataan Bank Dunia yang dikutip Xinhua"): that clause is the content
  let contentBefore = !given && srcEnd < toks.length && !!ctx.cues.at(low, srcEnd)?.value.relay;
  // (a connective before the comma opens the sentence, no clause: "Namun, menurut X, ...")
  if (!cue.agentless && !given && k > 0 && low[k - 1] === "," && !nothingBefore && low[srcEnd] === ",") {
    const last = isEnd(low[toks.length - 1]!) ? toks.length - 1 : toks.length;
    const first = low[srcEnd + 1] ?? "";
    const opensApposition = ctx.nounMarkers.has(first) || ctx.roleWords.has(first) || isCap(toks[srcEnd + 1]);
    // (bounded before it is read: one endless sentence of reports stays linear)
    const short = last > srcEnd + 1 && last - (srcEnd + 1) <= MAX_APPOSITION;
    const apposition = short && opensApposition && !low.slice(srcEnd + 1, last).some((x) => ctx.finiteAuxiliaries.has(x) || ctx.adverbs.has(x) || ctx.cues.starts(x) || x === ";");
    if (ctx.coordinators.has(first)) contentBefore = true;
    else if (apposition) {
      srcEnd = last;
      contentBefore = true;
    }
  }
  // (a title's words without its marks)
  const sourceSpan: Span = title && toks[srcEnd - 1]!.span[1] === title.outer[1] ? trimPunctuation(ctx.text, title.span) : [toks[cueEnd - (cue.agentless ? 1 : 0)]!.span[0], toks[srcEnd - 1]!.span[1]];
  const source: ClaimSource | null = given ?? (cue.agentless ? unknownSource() : ctx.sources.resolve(sourceSpan));
  if (!source) return null;
  // content after the source (when there is some), else the sentence before the cue
  let a = srcEnd;
  while (a < toks.length && (low[a] === "," || ctx.complementisers.has(low[a]!))) a++;
  let after = 0;
  for (let t = a; t < toks.length && after < 3; t++) if (/[\p{L}\p{N}]/u.test(toks[t]!.text)) after++;
  // the clause before the cue, bounded as reported content is
  const before = () => spanOf(ctx, w, Math.max(afterDateline(ctx, w), k - MAX_CONTENT), k);
  let contentSpan: Span | null;
  // (with nothing but a connective before the cue, a short clause after it is the content too:
  // "Sehingga, menurut aktor itu, penilaiannya subjektif")
  if ((after >= 3 || (nothingBefore && after >= 1)) && (!cue.agentless || given) && !contentBefore) contentSpan = spanOf(ctx, w, a, contentEnd(ctx, w, a));
  else if (cue.agentless) {
    // (past the adverbs and comma that may follow the cue: "Diberitakan sebelumnya, ...")
    let b = cueEnd;
    while (b < toks.length && b < cueEnd + 3 && ctx.adverbs.has(low[b]!)) b++;
    if (b > cueEnd && low[b] === ",") b++;
    else b = cueEnd;
    contentSpan = spanOf(ctx, w, b, contentEnd(ctx, w, b)) ?? before();
  }
  else contentSpan = before();
  if (!contentSpan) return null;
  return makeClaim(ctx, w.s, source, [toks[k]!.span[0], toks[cueEnd - 1]!.span[1]], cue.stance, false, contentSpan, false);
}

/** Longest outlet's name right after an agentless cue, in tokens ("Osen via Naver"). */
const MAX_AGENT = 6;

/** Whether capitalised words (an outlet's name, "via" inside it) run from `from` to a comma, not all
 * of them adverbs ("Sebelumnya": that reading names no source, and the two must not call each other). */
function namedAgent(ctx: Ctx, w: Words, from: number): boolean {
  const { toks, low } = w;
  if (!isCap(toks[from]) || ctx.weekdays.has(low[from]!)) return false;
  let adverbs = ctx.adverbs.has(low[from]!);
  for (let j = from + 1; j < toks.length && j <= from + MAX_AGENT; j++) {
    if (low[j] === ",") return !adverbs;
    if (!isCap(toks[j]) && !ctx.relayLinks.has(low[j]!)) return false;
    adverbs &&= ctx.adverbs.has(low[j]!);
  }
  return false;
}

/** A span without the commas and stops that close it inside a quote ('"Perfect Enough: ...,"'). */
function trimPunctuation(text: string, [a, b]: Span): Span {
  while (b > a && /[\s,.;:]/.test(text[b - 1]!)) b--;
  return [a, b];
}
