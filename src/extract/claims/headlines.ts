// Headlines that say who speaks: "Pence: Flowers Won't Be at Debate" (a source before a colon) and
// "Obama Sees 'Personal Insult' ..." (a headline's verb before a quote).

import type { Claim, ClaimSource, Document, Sentence, Span } from "../../model.js";
import type { Quote } from "./quotes.js";
import type { Ctx } from "./context.js";
import { makeClaim } from "./make.js";
import { abbreviationDot, isCap, isEnd, isQuoteMark, tokenSpan, wordsOf } from "./words.js";
import { inName } from "./spans.js";

/** Words before a headline's colon that can name its source ("Pence: ...", "Poll: ..."). */
const MAX_HEADLINE_SOURCE_WORDS = 6;

/**
 * A headline that gives its source before a colon ("Pence: Flowers Won't Be at Debate", "Poll: Clinton
 * and Trump in dead heat"): the words before the colon name a person, an organisation, a publication or
 * a source noun; the colon is the cue and the rest of the headline the content.
 */
export function headlineAttribution(ctx: Ctx, doc: Document, claims: Claim[]): void {
  if (!doc.titleSpan) return;
  const [ts, te] = doc.titleSpan;
  const colon = ctx.text.indexOf(":", ts);
  if (colon < 0 || colon >= te) return;
  const left = trimmed(ctx.text, ts, colon);
  const right = trimmed(ctx.text, colon + 1, te);
  const words = ctx.text.slice(left[0], left[1]).split(/\s+/);
  if (left[1] <= left[0] || words.length > MAX_HEADLINE_SOURCE_WORDS || !/^\p{Lu}/u.test(words[0]!)) return;
  if ((ctx.text.slice(right[0], right[1]).match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) return;
  if (/^\p{N}/u.test(ctx.text.slice(right[0], right[1]))) return; // "Update: 3 p.m."
  const source = ctx.sources.resolve(left);
  if (!source) return;
  const named = source.kind === "person" || source.kind === "publication" || words.some((x) => ctx.sourceHeads.has(x.toLowerCase()) || ctx.evidenceNouns.has(x.toLowerCase()));
  // one capitalised word, not a label ("Politifact: ..."; not "Update: ..."): a name the article's
  // people did not list
  const single = words.length === 1 && /^\p{Lu}\p{Ll}/u.test(words[0]!) && !(ctx.pack.claims.headlineLabels ?? []).includes(words[0]!.toLowerCase());
  if (!named && !single && !ctx.sources.orgsIn(left)) return;
  // the headline is not one of the body's sentences: it is its own
  const s: Sentence = { index: -1, paragraph: -1, span: [ts, te], text: ctx.text.slice(ts, te), tokens: [] };
  if (claims.some((c) => c.contentSpan[0] < right[1] && c.contentSpan[1] > right[0])) return;
  const claim = makeClaim(ctx, s, source, [colon, colon + 1], "says", false, right, false);
  claim.sentenceSpan = [ts, te];
  claims.push(claim);
}

function trimmed(text: string, a: number, b: number): Span {
  while (a < b && /[\s"“”‘’']/u.test(text[a]!)) a++;
  while (b > a && /[\s.,;]/u.test(text[b - 1]!)) b--;
  return [a, b];
}

/** Words between a headline's verb and its quote ("Calls [Hillary Clinton] 'A Disgrace'"). */
const MAX_HEADLINE_OBJECT = 4;

/**
 * A headline's verb before a quote: "Obama Sees 'Personal Insult' if ...", "Chris Christie Calls
 * Hillary Clinton 'A Disgrace'", "Retired General Reveals 'Demoralizing' Experience": the source the
 * capitalised words opening the headline, the verb the third-person word after them (a word in -s
 * that is no part of a name), a quote within a few words after it; the content the rest of the
 * headline. Headlines quote their sources this way whatever the verb.
 */
export function headlineVerbBeforeQuote(ctx: Ctx, title: Sentence, claims: Claim[], usedQuotes: Set<Quote>): void {
  if (claims.some((c) => c.sentenceSpan[0] < title.span[1] && title.span[0] < c.sentenceSpan[1])) return;
  const w = wordsOf(title);
  const { toks, low } = w;
  // an opening mark: after a space, touching a word (short headline quotes are no quotes to findQuotes)
  const qi = toks.findIndex((t, i) => i > 0 && isQuoteMark(low[i]!) && t.span[0] > toks[i - 1]!.span[1] && toks[i + 1] !== undefined && toks[i + 1]!.span[0] === t.span[1]);
  if (qi < 2) return;
  const q = ctx.quoteAt.get(toks[qi]!.span[0]);
  // the verb: a word in -s (not -ss) that is no part of a name
  const verb = (t: number) => /^\p{L}{3,}s$/u.test(toks[t]!.text) && !/ss$/u.test(low[t]!) && !inName(ctx, toks[t]!.span);
  let v = 1;
  while (v < qi && (isCap(toks[v]) || abbreviationDot(ctx, w, v)) && !verb(v)) v++;
  if (v >= qi || qi - v - 1 > MAX_HEADLINE_OBJECT || !verb(v) || !isCap(toks[0])) return;
  for (let t = 0; t < v; t++) if (!isCap(toks[t]) && !abbreviationDot(ctx, w, t)) return;
  // a person, an organisation or a role names the source ("Retired General"; not "Frustrated Parents")
  const srcSpan = tokenSpan(w, [0, v]);
  const words = ctx.text.slice(srcSpan[0], srcSpan[1]);
  const mentioned = ctx.sources.personsIn(srcSpan).length > 0;
  // (a headline kept apart from the body has no mentions: the person is found by name)
  const person = mentioned ? null : ctx.sources.personNamed(words);
  const named = mentioned || ctx.sources.orgsIn(srcSpan) || low.slice(0, v).some((x) => ctx.roleWords.has(x) || ctx.sourceHeads.has(x));
  const source: ClaimSource | null = person ? { name: person.name, kind: "person", text: words, span: srcSpan } : named ? ctx.sources.resolve(srcSpan) : null;
  const end = toks.length - (isEnd(low[toks.length - 1]!) ? 1 : 0);
  if (!source || end <= v + 1) return;
  if (q) usedQuotes.add(q);
  const claim = makeClaim(ctx, title, source, toks[v]!.span, "says", false, tokenSpan(w, [v + 1, end]), false);
  claims.push(claim);
}
