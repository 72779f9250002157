// Features of each token for the name tagger: the word and its neighbours, their shapes and affixes,
// what the language's word lists say of them (given names, titles, organisation and place words,
// cues...), what the rules decided about the run they are in, and what the rest of the article says of
// the same word. Every feature is a hashed integer (learn/hash.ts); the templates are numbered here,
// and a change to any of them needs `npm run train` (FEATURE_VERSION guards the model file).

import type { Sentence } from "../../model.js";
import { feature, feature2, hashString, hashRange } from "../../learn/hash.js";
import { lexKey, type PeopleSets } from "./lexicon.js";
import { VETO_REASONS, type Candidate, type Veto, type VetoReason } from "./recognise.js";

/** Bump when a template changes: a model trained on other features is refused. */
export const FEATURE_VERSION = 7;

// templates
const BIAS = 0;
const WORD = 1; // + offset 2 (-2..+2): 1..5
const SHAPE = 8; // + offset 1 (-1..+1): 8..10
const SHAPE3 = 11;
const PREFIX = 12;
const SUFFIX = 13;
const FIRST = 14;
const LEX = 15; // + offset 1: 15..17
const RULE = 18; // + offset 1: 18..20
const RULE_EVIDENCE = 21;
const DOC = 22;
const LENGTH = 24;
const CLASS = 26; // + offset 1: 26..28
const CLASS_SHAPE = 29;

// word-list flags, one bit each
const F = {
  given: 1 << 0,
  family: 1 << 1,
  honorific: 1 << 2,
  title: 1 << 3,
  role: 1 << 4,
  roleModifier: 1 << 5,
  orgMarker: 1 << 6,
  placeMarker: 1 << 7,
  place: 1 << 8,
  organisation: 1 << 9,
  common: 1 << 10,
  demonym: 1 << 11,
  time: 1 << 12,
  cue: 1 << 13,
  particle: 1 << 14,
  determiner: 1 << 15,
  placePreposition: 1 << 16,
  personPreposition: 1 << 17,
  closedClass: 1 << 18,
  degree: 1 << 19,
  pronoun: 1 << 20,
  verb: 1 << 21,
  thing: 1 << 22,
  legalForm: 1 << 23,
  listWord: 1 << 24,
  namePrefix: 1 << 25,
  placeSuffix: 1 << 26,
  lowerElsewhere: 1 << 27,
  personPredicate: 1 << 28,
  personNoun: 1 << 29,
  thingNoun: 1 << 30,
  naming: 2 ** 31,
};

const KINDS = { person: 1, organisation: 2, place: 3, description: 4 } as const;
/** A run the rules read and found to name nothing. */
const VETOED = 5;

/** What the article as a whole says of a word (lower case): the rules accepted it inside a person's
 * name, or an organisation's or place's, in some sentence. */
export interface ArticleWords {
  person: Map<string, Set<number>>;
  organisation: Map<string, Set<number>>;
  place: Map<string, Set<number>>;
}

export function articleWords(cands: readonly Candidate[], low: (sentence: number, token: number) => string): ArticleWords {
  const out: ArticleWords = { person: new Map(), organisation: new Map(), place: new Map() };
  for (const c of cands) {
    if (c.kind === "description" || (c.kind === "person" && !c.accepted)) continue;
    const map = out[c.kind];
    for (let t = c.tokens[0]; t < c.tokens[1]; t++) {
      const w = low(c.sentence, t);
      let s = map.get(w);
      if (!s) map.set(w, (s = new Set()));
      s.add(c.sentence);
    }
  }
  return out;
}

/** Word to its class number in the language's word table (0: not listed). */
/** A word's class number in the language's word table (0: not in it), with the table's class names
 * (class n is names[n - 1]). */
/** A word's class in the language's word table (0: none), and the class names. `read` is the class
 * the tagger reads: a class named with a leading "~" is read only after it, by the rules (pack data:
 * loneNotNameClasses). */
export type WordClasses = ((word: string) => number) & { names?: readonly string[]; read?: (word: string) => number };

export interface SentenceFeatures {
  /** (A view of a buffer the next sentence's features overwrite: copy it to keep it.) */
  features: Uint32Array;
  offsets: Uint32Array;
  /** 1 where a token may be part of a name (capitalised, or inside a run the rules read); the
   * others are outside every name and get no features at all. */
  free: Uint8Array;
}

const SHAPE_CACHE = new Map<string, number>();
/** What the features read of a word's own text (case kept: the shape needs it), computed once a
 * word per language: its lower case, hash, shape and class, what the word lists say of it, and the
 * features made of it alone. One look-up a token serves them all. */
interface WordInfo {
  low: string;
  hash: number;
  shape: number;
  /** The word's class, and its word-list flags (F): UNLISTED until a token next to a free one
   * needs them (most words two away never do). */
  wordClass: number;
  flags: number;
  /** Which phrase lists (PHRASES) have an entry starting with the word, one bit each. */
  starts: number;
  /** Made when the word is first a free token's own (most neighbours never are). */
  own: Uint32Array | null;
}

/** Words remembered per language, at most (the rest are computed every time). */
const MAX_REMEMBERED = 100_000;
/** Each language's word infos (keyed by its word lists), then by its word classes. */
const WORD_INFOS = new WeakMap<object, WeakMap<object, Map<string, WordInfo>>>();
const NO_CLASSES = {};

function wordCache(sets: PeopleSets, classes: WordClasses | null): Map<string, WordInfo> {
  let byClasses = WORD_INFOS.get(sets.givenNames);
  if (!byClasses) WORD_INFOS.set(sets.givenNames, (byClasses = new WeakMap()));
  let cache = byClasses.get(classes ?? NO_CLASSES);
  if (!cache) byClasses.set(classes ?? NO_CLASSES, (cache = new Map()));
  return cache;
}

/** WordInfo's flags and class before they are looked up. */
const UNLISTED = -1;

function wordInfo(text: string, cache: Map<string, WordInfo>, sets: PeopleSets): WordInfo {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const low = text.toLowerCase();
  const info = { low, hash: hashString(low), shape: shapeHash(text), wordClass: UNLISTED, flags: UNLISTED, starts: phraseStarts(low, sets), own: null };
  if (cache.size < MAX_REMEMBERED) cache.set(text, info);
  return info;
}

/** The word with its flags and class looked up. */
function listed(info: WordInfo, sets: PeopleSets, classes: WordClasses | null): WordInfo {
  if (info.flags === UNLISTED) {
    info.flags = listsOf(info.low, sets);
    info.wordClass = classes ? (classes.read ?? classes)(info.low) : 0;
  }
  return info;
}

/** The features a word makes alone: itself, its affixes, length, shape and class. */
function ownFeatures(info: WordInfo, withClasses: boolean): Uint32Array {
  if (info.own) return info.own;
  const { low, hash, shape, wordClass } = info;
  const own: number[] = [feature(BIAS, 0), feature(WORD + 2, hash), feature(SHAPE + 1, shape)];
  const len = low.length;
  for (let a = 1; a <= 4 && a < len; a++) {
    if (a <= 3) own.push(feature2(PREFIX, a, hashRange(low, 0, a)));
    own.push(feature2(SUFFIX, a, hashRange(low, len - a, len)));
  }
  own.push(feature(LENGTH, Math.min(len, 12)));
  if (withClasses) own.push(feature(CLASS + 1, wordClass), feature2(CLASS_SHAPE, wordClass, shape));
  return (info.own = Uint32Array.from(own));
}

/** Most features one token can have: 27 of its own and neighbours', and one per word-list flag of
 * three words (32 flags each). */
const MAX_FEATURES_PER_TOKEN = 27 + 3 * 32;
/** Where a sentence's features are written before the exact number is copied out. */
let scratch = new Uint32Array(4096);
/** A neighbour's value beyond the sentence's edge. */
const BOUNDARY = 0x9e3779b9;

/** A capitalised word without the possessive written onto it ("Trump’s" is "Trump"): the training
 * sets split it off ("Trump 's"), and news writes it on, with a curly apostrophe as often. */
function withoutPossessive(text: string): string {
  return text.length > 3 && /^\p{Lu}\p{L}+['’]s$/u.test(text) ? text.slice(0, -2) : text;
}

/** A word's shape with runs squeezed: "Musk" Xx, "McDonald" XxXx, "U.S." X.X., "1998" d, "al-Assad" x-Xx. */
function shapeHash(w: string): number {
  const cached = SHAPE_CACHE.get(w);
  if (cached !== undefined) return cached;
  // FNV-1a over the squeezed shape, one UTF-16 unit at a time: ASCII by its code, the rest by class
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = 0; i < w.length; i++) {
    const u = w.charCodeAt(i);
    let c: number;
    if (u >= 65 && u <= 90) c = 88; // X
    else if (u >= 97 && u <= 122) c = 120; // x
    else if (u >= 48 && u <= 57) c = 100; // d
    else if (u < 128) c = u;
    else {
      const ch = w[i]!;
      c = caseOf(ch) || u;
    }
    if (c === last) continue;
    h = Math.imul(h ^ c, 0x01000193);
    last = c;
  }
  h >>>= 0;
  if (SHAPE_CACHE.size < 50_000) SHAPE_CACHE.set(w, h);
  return h;
}

// (no \p{...} regexes here: each costs a compilation on the first non-ASCII letter of a run)

/** X for a capital, x for a small letter, 0 for neither ("“", "1"): by case mapping. */
function caseOf(ch: string): number {
  const lower = ch.toLowerCase();
  if (lower !== ch) return 88;
  return ch.toUpperCase() !== ch ? 120 : 0;
}

/** Whether a token opens with a capital. */
function capitalStart(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : caseOf(text.charAt(0)) === 88;
}

/** Tokens after which a word opens a clause as at a sentence start: quotes, brackets, a colon, dashes. */
const OPENING = new Set(["(", "[", "{", '"', "'", "“", "‘", "«", "‹", "„", "‚", ":", "—", "–", "-"]);

const CLITIC = /['’](?:s|ve|re|ll|d|m)$/;

/** The phrase lists read, in order, with the flag each sets on the words a phrase covers. */
const PHRASES = [
  ["honorifics", F.honorific],
  ["titles", F.title],
  ["roleNouns", F.role],
  ["places", F.place],
  ["organisations", F.organisation],
  ["cues", F.cue],
] as const;

/** What the word lists say of one word (lower case): its flags (F). */
function listsOf(word: string, sets: PeopleSets): number {
  // a word's lists are its own, whatever clitic it carries ("hillary's", "we've")
  const w = word.replace(CLITIC, "");
  const k = lexKey(w);
  let f = 0;
  if (sets.givenNames.has(w)) f |= F.given;
  if (sets.familyNames.has(w)) f |= F.family;
  if (sets.roleModifiers.has(k)) f |= F.roleModifier;
  if (sets.orgMarkers.has(k)) f |= F.orgMarker;
  if (sets.placeMarkers.has(k)) f |= F.placeMarker;
  if (sets.lexiconCommon.has(w)) f |= F.common;
  if (sets.demonym.test(w)) f |= F.demonym;
  if (sets.timeWords.has(w)) f |= F.time;
  if (sets.particles.has(w)) f |= F.particle;
  if (sets.determiners.has(w)) f |= F.determiner;
  if (sets.placePrepositions.has(w)) f |= F.placePreposition;
  if (sets.personPrepositions.has(w)) f |= F.personPreposition;
  if (sets.closedClass.has(w)) f |= F.closedClass;
  if (sets.degrees.has(k)) f |= F.degree;
  if (sets.pronouns.has(w)) f |= F.pronoun;
  if (sets.verbContext && sets.capitalVerb(w)) f |= F.verb;
  if (sets.thingHeads.has(w)) f |= F.thing;
  if (sets.legalForms.has(k)) f |= F.legalForm;
  if (sets.listWords.has(w)) f |= F.listWord;
  if (sets.namePrefixes.has(w) || sets.nameHonorifics.has(w)) f |= F.namePrefix;
  if (sets.placeSuffixes.has(k)) f |= F.placeSuffix;
  if (sets.personPredicates.has(w) || sets.copulas.has(w) || sets.foundingVerbs.has(w)) f |= F.personPredicate;
  if (sets.personNouns.has(w) || sets.humanClassifiers.has(w) || sets.pronouns.has(w)) f |= F.personNoun;
  if (sets.thingNouns.has(w) || sets.thingArticles.has(w)) f |= F.thingNoun;
  if (sets.namingWords.has(w) || sets.namingParticiples.has(w)) f |= F.naming;
  return f >>> 0;
}

/** Which phrase lists (PHRASES) have an entry starting with the word (lower case), one bit each. */
function phraseStarts(word: string, sets: PeopleSets): number {
  let starts = 0;
  for (let i = 0; i < PHRASES.length; i++) if (sets[PHRASES[i]![0]].starts(word)) starts |= 1 << i;
  return starts;
}

/** Word-list flags of the tokens of a sentence the features read (`near` 2): each word's own, the
 * phrases that cover it (looked up from `near` 1), and whether the article also writes it in lower case. */
function lexiconFlags(low: readonly string[], infos: readonly (WordInfo | undefined)[], near: Uint8Array, sets: PeopleSets, lowerElsewhere: ReadonlySet<string>): Uint32Array {
  const flags = new Uint32Array(low.length);
  for (let i = 0; i < low.length; i++) {
    if (near[i] === 0) continue;
    const info = infos[i]!;
    if (near[i] === 2) flags[i]! |= info.flags | (lowerElsewhere.has(info.low) ? F.lowerElsewhere : 0);
    if (info.starts === 0) continue;
    for (let j = 0; j < PHRASES.length; j++) {
      if ((info.starts & (1 << j)) === 0) continue;
      const [list, bit] = PHRASES[j]!;
      const found = sets[list].at(low, i);
      if (found) for (let k = i; k < i + found.length && k < low.length; k++) flags[k]! |= bit;
    }
  }
  return flags;
}

/**
 * Every token's features in one sentence. `cands` are the rules' candidates in this sentence, `words`
 * what the article says of each word elsewhere, `lowerElsewhere` the words the article also writes in
 * lower case.
 */
export function sentenceFeatures(
  sentence: Sentence,
  sets: PeopleSets,
  cands: readonly Candidate[],
  vetoed: readonly Veto[],
  words: ArticleWords,
  lowerElsewhere: ReadonlySet<string>,
  classes: WordClasses | null,
): SentenceFeatures {
  const toks = sentence.tokens;
  const n = toks.length;
  // what the rules made of each token: kind, begin or inside, evidence, accepted
  const rule = new Uint8Array(n);
  const ruleDetail = new Uint8Array(n);
  for (const v of vetoed) {
    for (let t = v.tokens[0]; t < v.tokens[1] && t < n; t++) {
      rule[t] = VETOED * 2 + (t === v.tokens[0] ? 0 : 1);
      ruleDetail[t] = 16 + VETO_REASONS.indexOf(v.reason as VetoReason);
    }
  }
  for (const c of cands) {
    for (let t = c.tokens[0]; t < c.tokens[1] && t < n; t++) {
      rule[t] = KINDS[c.kind] * 2 + (t === c.tokens[0] ? 0 : 1);
      ruleDetail[t] = c.kind === "person" ? 1 + c.evidence * 2 + (c.accepted ? 1 : 0) : 0;
    }
  }
  // names are capitalised, but for the particles and connectors inside runs the rules read ("van
  // der", "bin"): every other token is outside (on the training splits, 99 to 99.9% of the words
  // of person names are free; a quarter to a third of all tokens are) and costs nothing more
  const free = new Uint8Array(n);
  let anyFree = false;
  for (let t = 0; t < n; t++) {
    if (rule[t] !== 0 || capitalStart(toks[t]!.text)) {
      free[t] = 1;
      anyFree = true;
    }
  }
  const offsets = new Uint32Array(n + 1);
  if (!anyFree) return { features: new Uint32Array(0), offsets, free };
  // one word between two such is free too ("Bank of America", "Pendidikan dan Kebudayaan")
  for (let t = 1; t < n - 1; t++) if (free[t] === 0 && free[t - 1] === 1 && capitalStart(toks[t + 1]!.text)) free[t] = 2;
  for (let t = 0; t < n; t++) if (free[t] === 2) free[t] = 1;
  // what the features read of each token, only near free ones (words two away, the rest one away)
  const near = new Uint8Array(n);
  for (let t = 0; t < n; t++) {
    if (free[t] === 0) continue;
    for (let d = -2; d <= 2; d++) if (t + d >= 0 && t + d < n) near[t + d] = Math.max(near[t + d]!, Math.abs(d) <= 1 ? 2 : 1);
  }
  const infos: (WordInfo | undefined)[] = new Array(n);
  const low: string[] = new Array<string>(n).fill("");
  const cache = wordCache(sets, classes);
  for (let t = 0; t < n; t++) {
    if (near[t] === 0) continue;
    const info = wordInfo(withoutPossessive(toks[t]!.text), cache, sets);
    if (near[t] === 2) listed(info, sets, classes);
    infos[t] = info;
    low[t] = info.low;
  }
  const flags = lexiconFlags(low, infos, near, sets, lowerElsewhere);

  let freeCount = 0;
  for (let t = 0; t < n; t++) freeCount += free[t]!;
  if (scratch.length < freeCount * MAX_FEATURES_PER_TOKEN) scratch = new Uint32Array(freeCount * MAX_FEATURES_PER_TOKEN * 2);
  const out = scratch;
  let at = 0;
  // neighbours two either side, the sentence's edges as boundary values
  const word = new Uint32Array(n + 4);
  const shape = new Uint32Array(n + 4);
  for (let t = 0; t < n + 4; t++) {
    const info = t >= 2 && t < n + 2 ? infos[t - 2] : undefined;
    word[t] = info ? info.hash : BOUNDARY + (t < 2 ? t : t - n);
    shape[t] = info ? info.shape : BOUNDARY;
  }
  for (let t = 0; t < n; t++) {
    offsets[t] = at;
    if (free[t] === 0) continue;
    const w = low[t]!;
    const info = infos[t]!;
    const sh = shape[t + 2]!;
    const own = ownFeatures(info, classes !== null);
    out.set(own, at);
    at += own.length;
    for (let d = 0; d <= 4; d++) if (d !== 2) out[at++] = feature(WORD + d, word[t + d]!);
    for (let d = 0; d <= 2; d += 2) out[at++] = feature(SHAPE + d, shape[t + 1 + d]!);
    out[at++] = feature2(SHAPE3, shape[t + 1]! ^ (shape[t + 3]! * 31), sh);
    const first = t === 0 || OPENING.has(toks[t - 1]!.text) ? 1 : 0;
    out[at++] = feature2(FIRST, first, sh);
    for (let d = -1; d <= 1; d++) {
      const j = t + d;
      if (j < 0 || j >= n) continue;
      let f = flags[j]!;
      while (f !== 0) {
        const bit = (f & -f) >>> 0;
        out[at++] = feature2(LEX + d + 1, bit, 0);
        f = (f ^ bit) >>> 0;
      }
      out[at++] = feature(RULE + d + 1, rule[j]!);
    }
    out[at++] = feature2(RULE_EVIDENCE, rule[t]!, ruleDetail[t]!);
    const doc = elsewhere(words.person, w, sentence.index) | (elsewhere(words.organisation, w, sentence.index) << 1) | (elsewhere(words.place, w, sentence.index) << 2);
    out[at++] = feature2(DOC, doc, sh);
    if (classes) {
      for (let d = -1; d <= 1; d += 2) {
        const j = t + d;
        if (j >= 0 && j < n) out[at++] = feature(CLASS + d + 1, infos[j]!.wordClass);
      }
    }
  }
  offsets[n] = at;
  return { features: out.subarray(0, at), offsets, free };
}

/** Whether the article names the word so in another sentence too. */
function elsewhere(m: Map<string, Set<number>>, w: string, sentence: number): number {
  const s = m.get(w);
  return s !== undefined && (s.size > 1 || !s.has(sentence)) ? 1 : 0;
}

