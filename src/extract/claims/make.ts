// Building a Claim from its parts: stance flipped by negation, content squashed to one line.

import type { Claim, ClaimSource, Sentence, Span, Stance } from "../../model.js";
import type { Ctx } from "./context.js";

/** The source of an agentless report ("reportedly", "X was accused of ..."): no words name it. */
export const unknownSource = (): ClaimSource => ({ name: "unknown", kind: "unknown", text: "", span: null });

export function makeClaim(ctx: Ctx, s: Sentence, source: ClaimSource, cueSpan: Span, stance: Stance, negated: boolean, contentSpan: Span, quote: boolean): Claim {
  const text = ctx.text;
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
export function flip(stance: Stance): Stance {
  return stance === "denies" || stance === "disputes" ? "says" : "disputes";
}

export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
