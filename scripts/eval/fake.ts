// Building blocks for self-check mode: an Analysis carrying the gold, so each task's conversion from
// Analysis to spans and its scoring can be verified (every figure must come out 1.000).

import type { Analysis, Claim, Entity, Sentence, Span, TimeExpression, Timex } from "../../src/model.js";

/** An Analysis with an empty document: tasks fill in the parts they score. */
export function emptyAnalysis(text: string, language: string): Analysis {
  return {
    document: {
      source: { file: "selfcheck", text, encoding: "utf-8", format: "text" },
      text,
      title: null,
      titleSpan: null,
      url: null,
      language,
      debris: [],
      paragraphs: [],
      sentences: [],
    },
    referenceDate: null,
    people: [],
    organisations: [],
    places: [],
    expressions: [],
    events: [],
    claims: [],
    summary: [],
  };
}

/** One person entity holding the gold mentions, plus a pronoun mention the scorer must ignore. */
export function personEntity(text: string, spans: readonly Span[]): Entity {
  const mentions: Entity["mentions"] = spans.map((span) => ({
    span,
    text: text.slice(span[0], span[1]),
    surface: text.slice(span[0], span[1]),
    sentence: 0,
    via: "name",
  }));
  if (text.length > 0) mentions.push({ span: [0, 1], text: text[0], surface: text[0], sentence: 0, via: "pronoun" });
  return { id: 1, kind: "person", name: "gold", aliases: [], roles: [], mentions };
}

export function timeExpression(text: string, span: Span, timex: Timex): TimeExpression {
  return {
    text: text.slice(span[0], span[1]),
    span,
    phrase: text.slice(span[0], span[1]),
    phraseSpan: span,
    timex,
    modifiers: [],
    resolved: true,
    anchor: "absolute",
    sentence: 0,
  };
}

export interface ClaimParts {
  cueSpan: Span;
  cue?: string;
  contentSpan: Span;
  content?: string;
  sourceSpan: Span | null;
  sourceName?: string;
  quote: boolean;
}

export function claim(text: string, parts: ClaimParts): Claim {
  const slice = (s: Span): string => text.slice(s[0], s[1]);
  return {
    source: {
      name: parts.sourceName ?? (parts.sourceSpan ? slice(parts.sourceSpan) : "unknown"),
      kind: parts.sourceSpan ? "person" : "unknown",
      text: parts.sourceSpan ? slice(parts.sourceSpan) : "",
      span: parts.sourceSpan,
    },
    cue: parts.cue ?? slice(parts.cueSpan),
    cueSpan: parts.cueSpan,
    stance: "says",
    negated: false,
    content: parts.content ?? slice(parts.contentSpan),
    contentSpan: parts.contentSpan,
    quote: parts.quote,
    sentenceSpan: parts.contentSpan,
    date: null,
  };
}

export function sentence(index: number, text: string, span: Span): Sentence {
  return { index, paragraph: 0, span, text, tokens: [] };
}
