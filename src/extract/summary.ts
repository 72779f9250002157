// Extract: a short extractive summary. News puts its facts first (LEAD-3 is a strong baseline), so
// sentences are scored by position first, then by how many of the article's frequent content words,
// people and dates they carry; the chosen ones are returned in article order.

import type { Document } from "../model.js";
import type { LanguagePack } from "../lang/types.js";
import { stopwordSet } from "../lang/sets.js";

export interface SummaryHints {
  /** Sentence indices that name a person or hold a date. */
  salient: Set<number>;
}

export function summarise(doc: Document, pack: LanguagePack, hints: SummaryHints, size = 3): number[] {
  const sentences = doc.sentences.filter((s) => s.tokens.filter((t) => /\p{L}/u.test(t.text)).length >= 5);
  if (sentences.length <= size) return sentences.map((s) => s.index);
  const stop = stopwordSet(pack);
  const tf = new Map<string, number>();
  const words = (i: number) => doc.sentences[i]!.tokens.map((t) => t.text.toLowerCase()).filter((w) => /^\p{L}{3,}$/u.test(w) && !stop.has(w));
  for (const s of sentences) for (const w of new Set(words(s.index))) tf.set(w, (tf.get(w) ?? 0) + 1);
  const scored = sentences.map((s, rank) => {
    const ws = words(s.index);
    const content = ws.length === 0 ? 0 : ws.reduce((a, w) => a + Math.log(1 + (tf.get(w) ?? 0)), 0) / Math.sqrt(ws.length);
    const position = 1 / (1 + rank * 0.35);
    const para = doc.paragraphs[s.paragraph]!;
    const leadOfParagraph = para.firstSentence === s.index ? 0.15 : 0;
    const score = position * 2 + content * 0.25 + leadOfParagraph + (hints.salient.has(s.index) ? 0.2 : 0);
    return { index: s.index, score };
  });
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, size)
    .map((s) => s.index)
    .sort((a, b) => a - b);
}
