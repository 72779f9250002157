// Word sets built from a language pack's lists once per pack, not once per article (a batch of
// articles, and the stages of one article, share them). The lists are lower case already.

import type { LanguageInfo, LanguagePack } from "./types.js";

const common = new WeakMap<LanguagePack, ReadonlySet<string>>();
const abbreviations = new WeakMap<LanguagePack, ReadonlySet<string>>();
const stopwords = new WeakMap<LanguageInfo, ReadonlySet<string>>();
const personal = new WeakMap<LanguagePack, ReadonlySet<string>>();

function memo<P extends LanguageInfo>(cache: WeakMap<P, ReadonlySet<string>>, pack: P, build: () => Iterable<string>): ReadonlySet<string> {
  let set = cache.get(pack);
  if (!set) cache.set(pack, (set = new Set(build())));
  return set;
}

/** The pack's common words (capitalised only where a sentence starts). */
export const commonWordSet = (pack: LanguagePack) => memo(common, pack, () => pack.people.commonWords.map((w) => w.toLowerCase()));

/** Tokens that end with a dot but do not end a sentence, without the dot. */
export const abbreviationSet = (pack: LanguagePack) => memo(abbreviations, pack, () => pack.abbreviations);

/** The pack's stop words (function words a summary does not count, and language detection counts;
 * the always-loaded info part of a pack has them too). */
export const stopwordSet = (pack: LanguageInfo) => memo(stopwords, pack, () => pack.stopwords);

/** First- and second-person words (the summary's features). */
export const personalSet = (pack: LanguagePack) => memo(personal, pack, () => pack.summary.personal);

/** Fixed words as one regex alternation, each escaped ("(?!)" when there are none: matches nothing);
 * linear, as the words hold no quantifiers. */
export function alternation(words: Iterable<string>): string {
  const escaped = [...new Set(words)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return escaped.join("|") || "(?!)";
}
