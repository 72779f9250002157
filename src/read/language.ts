// Detect the article's language by counting each pack's function words.

import { stopwordSet } from "../lang/sets.js";
import type { LanguageInfo } from "../lang/types.js";

/** Below this share of a language's function words a text is not in it: news in a supported
 * language scores 9-45% (IndoSum, PolNeAR, web pages); other languages' pages 0-3%. */
const MIN_SHARE = 0.05;
/** Shorter texts are not judged: a few words say little about their language. */
const MIN_WORDS = 40;

export interface Detected {
  code: string;
  /** The best pack's share of all packs' function-word hits (1 when only it has any). */
  confidence: number;
  /** False when a text long enough to judge reads as none of the packs' languages; `code` is then the
   * fallback pack's. */
  known: boolean;
}

/** Words read to tell the language. */
const SAMPLE_WORDS = 5000;

export function detectLanguage(text: string, packs: readonly LanguageInfo[]): Detected {
  // the first words only, read one at a time: a huge input is not split into millions of words
  const sample: string[] = [];
  const word = /\p{L}+/gu;
  for (let m = word.exec(text); m && sample.length < SAMPLE_WORDS; m = word.exec(text)) sample.push(m[0].toLowerCase());
  const scores = packs.map((p) => {
    const stop = stopwordSet(p);
    let n = 0;
    for (const w of sample) if (stop.has(w)) n++;
    return { code: p.code, n };
  });
  scores.sort((a, b) => b.n - a.n);
  const best = scores[0]!;
  const total = scores.reduce((s, x) => s + x.n, 0);
  const known = sample.length < MIN_WORDS || best.n / sample.length >= MIN_SHARE;
  const code = known ? best.code : (packs.find((p) => p.fallback)?.code ?? best.code);
  return { code, confidence: total === 0 ? 0 : best.n / total, known };
}
