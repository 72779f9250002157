// Corpus: what the index keeps of one article's analysis, as plain data (it crosses from a worker
// thread to the one writer as JSON). The same objects the JSON views print, plus every span.

import type { Analysis, EntityKind, Span } from "../model.js";
import { claimOut, eventOut, wordCount } from "../render/json.js";

export interface EntityRecord {
  kind: EntityKind;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: { span: Span; text: string; surface: string; sentence: number; via: string }[];
}

export interface ArticleRecord {
  title: string | null;
  url: string | null;
  language: string;
  referenceDate: string | null;
  words: number;
  sentences: { span: Span; text: string }[];
  entities: EntityRecord[];
  events: ReturnType<typeof eventOut>[];
  claims: ReturnType<typeof claimOut>[];
}

export function articleRecord(a: Analysis): ArticleRecord {
  const entity = (e: Analysis["people"][number]): EntityRecord => ({
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    roles: e.roles,
    mentions: e.mentions.map((m) => ({ span: m.span, text: m.text, surface: m.surface, sentence: m.sentence, via: m.via })),
  });
  return {
    title: a.document.title,
    url: a.document.url,
    language: a.document.language,
    referenceDate: a.referenceDate,
    words: wordCount(a),
    sentences: a.document.sentences.map((s) => ({ span: s.span, text: s.text.replace(/\s+/g, " ").trim() })),
    entities: [...a.people, ...a.organisations, ...a.places].map(entity),
    events: a.events.map(eventOut),
    claims: a.claims.map(claimOut),
  };
}
