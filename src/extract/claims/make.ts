// Building a Claim from its parts: stance flipped by negation, content squashed to one line.

import type { Claim, ClaimSource, Sentence, Span, Stance } from "../../model.js";
import type { Ctx } from "./context.js";

/** The source of an agentless report ("reportedly", "X was accused of ..."): no words name it. */
export const unknownSource = (): ClaimSource => ({ name: "unknown", kind: "unknown", text: "", span: null });

export function makeClaim(ctx: Ctx, s: Sentence, source: ClaimSource, cueSpan: Span, stance: Stance, negated: boolean, contentSpan: Span, quote: boolean): Claim {
  const text = ctx.text;
  const sentenceSpan: Span = [Math.min(s.span[0], contentSpan[0]), Math.max(s.span[1], contentSpan[1])];
  return {
    source: withBound(ctx, withTitles(ctx, source)),
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
export function flip(stance: Stance): Stance {
  return stance === "denies" || stance === "disputes" ? "says" : "disputes";
}

export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Most title words taken in before a name ("Vice President", "Mr."). */
const MAX_TITLE_WORDS = 3;
/** A title word as written before a name: capitalised, perhaps abbreviated ("Sen.", "Pastor"). */
const TITLE_WORD = /(?:^|\s)(\p{Lu}[\p{L}]*\.?) $/u;

/** A person named as the source keeps the titles written right before the name ("Mr. Obama",
 * "Vice President Joe Biden"): the source as the article writes it, wherever the name was found. */
function withTitles(ctx: Ctx, source: ClaimSource): ClaimSource {
  if (source.kind !== "person" || !source.span) return source;
  let start = source.span[0];
  for (let n = 0; n < MAX_TITLE_WORDS; n++) {
    const m = TITLE_WORD.exec(ctx.text.slice(Math.max(0, start - 24), start));
    const word = m?.[1]?.toLowerCase().replace(/\.$/, "");
    if (!m || !word || !ctx.roleWords.has(word)) break;
    start -= m[1]!.length + 1;
  }
  if (start === source.span[0]) return source;
  const span: Span = [start, source.span[1]];
  return { ...source, span, text: squash(ctx.text.slice(span[0], span[1])) };
}

/** A source that opens with a count keeps the words bounding it right before ("More than half of
 * respondents", "nearly 40 percent of voters"): the source as the article writes it. */
function withBound(ctx: Ctx, source: ClaimSource): ClaimSource {
  const { words, counts } = ctx.sourceBounds;
  if (!source.span || words.length === 0) return source;
  const first = /^[\p{L}\p{N}-]+/u.exec(source.text)?.[0]?.toLowerCase() ?? "";
  if (!/^\d/.test(first) && !ctx.numberWords.has(first) && !counts.has(first)) return source;
  const at = source.span[0];
  const before = ctx.text.slice(Math.max(0, at - 16), at).toLowerCase();
  // (the bound a word of its own: at the text's start, or after a space, a quote or a bracket)
  const bound = words.find((b) => before.endsWith(`${b} `) && (before.length === b.length + 1 ? at === b.length + 1 : /[\s"“‘(]/u.test(before[before.length - b.length - 2]!)));
  if (!bound) return source;
  const span: Span = [at - bound.length - 1, source.span[1]];
  return { ...source, span, text: squash(ctx.text.slice(span[0], span[1])) };
}
