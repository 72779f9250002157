// Word classes the name tagger reads beside the words themselves, so that it knows words it never
// saw in its training sentences: for English, compromise's lexicon (MIT: given names, surnames,
// places, teams, interjections, verb and noun forms...); for Indonesian, each word's most frequent
// part of speech in IndoNLU's BaPOS corpus (Apache-2.0), with a mark when it is a proper noun only
// sometimes, and the international names of compromise's lexicon. Built by `npm run train`, stored
// hashed (learn/word-table.ts).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { buildWordTable, type WordTable } from "../../src/learn/word-table.js";

/** compromise's lexicon: one-word entries, lower case, with their tag. */
function compromiseLexicon(): Map<string, string> {
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
  const out = new Map<string, string>();
  for (const word of Object.keys(lexicon).sort()) {
    if (/\s/.test(word)) continue;
    const tag = lexicon[word]!;
    out.set(word.toLowerCase(), Array.isArray(tag) ? tag[0]! : tag);
  }
  return out;
}

/** compromise's classes that hold in any language's news: names of people, places, teams, firms. */
const NAME_CLASSES = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Place", "Country", "City", "Region", "Organization", "SportsTeam", "Demonym"]);

export function englishWordClasses(): WordTable {
  return buildWordTable(compromiseLexicon(), { source: "compromise 14.20.0 lexicon", licence: "MIT" });
}

/** compromise's classes of English words that are no names: an English word the Indonesian corpus
 * does not know is, in Indonesian news, a product's, a show's or a song's word, or an interjection. */
const ENGLISH_WORD_CLASSES = new Set([
  "Plural", "Gerund", "PastTense", "Adjective", "PresentTense", "Infinitive", "Singular", "Superlative", "Comparative",
  "Uncountable", "Expression", "Participle", "Preposition", "Adverb", "Conjunction", "Determiner", "Pronoun", "Modal",
  "Copula", "Negative", "Reflexive", "QuestionWord", "Possessive", "Condition", "Imperative", "Verb",
]);

/** Fewest times a word is seen in BaPOS to be listed. */
const MIN_COUNT = 2;

/** Each BaPOS word's most frequent tag; "*" marks words that are proper nouns only some of the time. */
export function indonesianWordClasses(trainDir: string): WordTable {
  const counts = new Map<string, Map<string, number>>();
  for (const file of ["bapos-id.train.txt", "bapos-id.valid.txt"]) {
    for (const line of readFileSync(join(trainDir, "pos", file), "utf8").split("\n")) {
      const [word, tag] = line.replace(/\r$/, "").split("\t");
      if (!word || !tag) continue;
      const w = word.toLowerCase();
      const t = tag.replace(/^[BI]-/, "");
      let m = counts.get(w);
      if (!m) counts.set(w, (m = new Map()));
      m.set(t, (m.get(t) ?? 0) + 1);
    }
  }
  const classes = new Map<string, string>();
  for (const word of [...counts.keys()].sort()) {
    const tags = [...counts.get(word)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = tags.reduce((a, [, n]) => a + n, 0);
    if (total < MIN_COUNT) continue;
    const proper = tags.some(([t]) => t === "NNP");
    classes.set(word, tags[0]![0] + (proper && tags.length > 1 ? "*" : ""));
  }
  // with the international names compromise knows (teams, cities, given names...), which Indonesian
  // news writes as English does
  const lexicon = compromiseLexicon();
  const names = new Map([...lexicon].filter(([, tag]) => NAME_CLASSES.has(tag)));
  // and English words BaPOS does not list, as one class (letters only, four or more) that the tagger
  // does not read ("~": read as a feature, the held-out figures moved up and down by up to 0.009
  // with which words it held, no steady gain); the rules read it after the tagger, of a word alone
  // (the pack's loneNotNameClasses)
  const english = new Map([...lexicon].filter(([w, tag]) => ENGLISH_WORD_CLASSES.has(tag) && /^\p{Ll}{4,}$/u.test(w) && !classes.has(w)).map(([w]) => [w, "~English"]));
  const entries: [string, string][] = [...new Set([...classes.keys(), ...names.keys(), ...english.keys()])].sort().map((w) => [w, [classes.get(w), names.get(w)].filter(Boolean).join("+") || english.get(w)!]);
  return buildWordTable(entries, { source: "IndoNLU BaPOS train + valid; compromise 14.20.0 lexicon (names, English words)", licence: "Apache-2.0; MIT" });
}
