// Render: the versioned JSON contract (documented in README.md, "JSON output"). Every other view is
// drawn from these same objects, so text, Markdown and JSON never disagree.

import { withoutDateline } from "../segment/dateline.js";
import type { Analysis, Claim, Entity, Span, TimeExpression, TimelineEvent } from "../model.js";

export const SCHEMAS = {
  people: "article-cli.people/1",
  timeline: "article-cli.timeline/1",
  claims: "article-cli.claims/1",
  article: "article-cli.article/1",
  entities: "article-cli.entities/1",
} as const;

/** Which entities a `people --kind` view lists. */
export type EntityView = "person" | "organisation" | "place";

export interface PersonOut {
  name: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  spans: Span[];
}

export function personOut(e: Entity): PersonOut {
  const named = e.mentions.filter((m) => m.via === "name" || m.via === "alias");
  return { name: e.name, aliases: e.aliases, roles: e.roles, mentions: named.length, spans: named.map((m) => m.span) };
}

export function expressionOut(x: TimeExpression) {
  return {
    text: x.text,
    span: x.span,
    phrase: x.phrase,
    phraseSpan: x.phraseSpan,
    timex: x.timex,
    modifiers: x.modifiers,
    resolved: x.resolved,
    anchor: x.anchor,
  };
}

export function eventOut(e: TimelineEvent) {
  return { date: expressionOut(e.date), sentence: e.sentence, sentenceSpan: e.sentenceSpan, people: e.people };
}

export function claimOut(c: Claim) {
  return {
    source: c.source,
    cue: c.cue,
    cueSpan: c.cueSpan,
    stance: c.stance,
    negated: c.negated,
    content: c.content,
    contentSpan: c.contentSpan,
    quote: c.quote,
    sentenceSpan: c.sentenceSpan,
    date: c.date,
    ...(c.respondsTo !== undefined ? { respondsTo: c.respondsTo } : {}),
  };
}

/** People sorted by how often they are named, then by first appearance. */
export function rankedPeople(a: Analysis): Entity[] {
  return [...a.people].sort((x, y) => named(y) - named(x) || x.mentions[0]!.span[0] - y.mentions[0]!.span[0]);
}

function named(e: Entity): number {
  return e.mentions.filter((m) => m.via === "name" || m.via === "alias").length;
}

export function peopleJson(a: Analysis) {
  return { schema: SCHEMAS.people, file: a.document.source.file, language: a.document.language, people: rankedPeople(a).map(personOut) };
}

/** Organisations or places met on the way (`people --kind org|place`), ranked like people. */
export function entitiesOf(a: Analysis, kind: EntityView): Entity[] {
  if (kind === "person") return rankedPeople(a);
  const list = kind === "organisation" ? a.organisations : a.places;
  return [...list].sort((x, y) => named(y) - named(x) || x.mentions[0]!.span[0] - y.mentions[0]!.span[0]);
}

export function entitiesJson(a: Analysis, kind: EntityView) {
  if (kind === "person") return peopleJson(a);
  return { schema: SCHEMAS.entities, file: a.document.source.file, language: a.document.language, kind, entities: entitiesOf(a, kind).map(personOut) };
}

export function timelineJson(a: Analysis) {
  return {
    schema: SCHEMAS.timeline,
    file: a.document.source.file,
    language: a.document.language,
    referenceDate: a.referenceDate,
    expressions: a.expressions.map(expressionOut),
    events: a.events.map(eventOut),
  };
}

export function claimsJson(a: Analysis, by?: string) {
  return { schema: SCHEMAS.claims, file: a.document.source.file, language: a.document.language, claims: filterClaims(a.claims, by).map(claimOut) };
}

export function filterClaims(claims: Claim[], by?: string): Claim[] {
  if (!by) return claims;
  const k = by.toLowerCase();
  return claims.filter((c) => c.source.name.toLowerCase().includes(k) || c.source.text.toLowerCase().includes(k));
}

export function wordCount(a: Analysis): number {
  if (a.document.words !== undefined) return a.document.words;
  return a.document.sentences.reduce((n, s) => n + s.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length, 0);
}

export function articleJson(a: Analysis, readingWpm: number) {
  const words = wordCount(a);
  return {
    schema: SCHEMAS.article,
    file: a.document.source.file,
    title: a.document.title,
    url: a.document.url,
    language: a.document.language,
    words,
    readingMinutes: Math.max(1, Math.round(words / readingWpm)),
    summary: a.summary.map((i) => withoutDateline(a.document.sentences[i]!.text.replace(/\s+/g, " "))),
    people: rankedPeople(a).map(personOut),
    timeline: { referenceDate: a.referenceDate, span: dateSpan(a), events: a.events.map(eventOut) },
    claims: a.claims.map(claimOut),
  };
}

/** Earliest and latest resolved dates of the timeline. */
export function dateSpan(a: Analysis): { from: string; to: string } | null {
  const resolved = a.events.filter((e) => e.date.resolved);
  if (resolved.length === 0) return null;
  return { from: resolved[0]!.date.timex.value, to: resolved[resolved.length - 1]!.date.timex.value };
}
