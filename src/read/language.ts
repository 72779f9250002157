// Detect the article's language by counting each pack's function words.

import type { LanguageInfo } from "../lang/types.js";

export function detectLanguage(text: string, packs: readonly LanguageInfo[]): { code: string; confidence: number } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const sample = words.length > 5000 ? words.slice(0, 5000) : words;
  const scores = packs.map((p) => {
    const stop = new Set(p.stopwords);
    let n = 0;
    for (const w of sample) if (stop.has(w)) n++;
    return { code: p.code, n };
  });
  scores.sort((a, b) => b.n - a.n);
  const best = scores[0]!;
  const total = scores.reduce((s, x) => s + x.n, 0);
  return { code: best.code, confidence: total === 0 ? 0 : best.n / total };
}
