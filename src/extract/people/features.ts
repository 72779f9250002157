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
export const FEATURE_VERSION = 1;

// templates
const BIAS = 0;
const WORD = 1; // + offset 2 (-2..+2): 1..5
const PAIR_PREV = 6;
const PAIR_NEXT = 7;
const SHAPE = 8; // + offset 1 (-1..+1): 8..10
const SHAPE3 = 11;
const PREFIX = 12;
const SUFFIX = 13;
const FIRST = 14;
const LEX = 15; // + offset 1: 15..17
const RULE = 18; // + offset 1: 18..20
const RULE_EVIDENCE = 21;
const DOC = 22;
const LINE = 23;
const LENGTH = 24;
const LEX_PAIR = 25;
const CLUSTER = 26; // + offset 1: 26..28
const CLUSTER_SHAPE = 29;

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
export type Clusters = (word: string) => number;

export interface SentenceFeatures {
  features: Uint32Array;
  offsets: Uint32Array;
}

const SHAPE_CACHE = new Map<string, number>();

/** A word's shape with runs squeezed: "Musk" Xx, "McDonald" XxXx, "U.S." X.X., "1998" d, "al-Assad" x-Xx. */
function shapeHash(w: string): number {
  const cached = SHAPE_CACHE.get(w);
  if (cached !== undefined) return cached;
  let s = "";
  let last = "";
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (c !== last) s += c;
    last = c;
  }
  const h = hashString(s);
  if (SHAPE_CACHE.size < 50_000) SHAPE_CACHE.set(w, h);
  return h;
}

const CLITIC = /['’](?:s|ve|re|ll|d|m)$/;

/** Word-list flags of each token of a sentence. */
function lexiconFlags(low: readonly string[], sets: PeopleSets, lowerElsewhere: ReadonlySet<string>): Uint32Array {
  const flags = new Uint32Array(low.length);
  const cover = (i: number, length: number, bit: number) => {
    for (let k = i; k < i + length && k < low.length; k++) flags[k]! |= bit;
  };
  for (let i = 0; i < low.length; i++) {
    // a word's lists are its own, whatever clitic it carries ("hillary's", "we've")
    const w = low[i]!.replace(CLITIC, "");
    const k = lexKey(w);
    let f = 0;
    if (sets.givenNames.has(w)) f |= F.given;
    if (sets.familyNames.has(w)) f |= F.family;
    if (sets.roleModifiers.has(k)) f |= F.roleModifier;
    if (sets.orgMarkers.has(k)) f |= F.orgMarker;
    if (sets.placeMarkers.has(k)) f |= F.placeMarker;
    if (sets.common.has(w)) f |= F.common;
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
    if (lowerElsewhere.has(w)) f |= F.lowerElsewhere;
    if (sets.personPredicates.has(w) || sets.copulas.has(w) || sets.foundingVerbs.has(w)) f |= F.personPredicate;
    if (sets.personNouns.has(w) || sets.humanClassifiers.has(w) || sets.pronouns.has(w)) f |= F.personNoun;
    if (sets.thingNouns.has(w) || sets.thingArticles.has(w)) f |= F.thingNoun;
    if (sets.namingWords.has(w) || sets.namingParticiples.has(w)) f |= F.naming;
    flags[i] = (flags[i]! | f) >>> 0;
    const h = sets.honorifics.at(low, i);
    if (h) cover(i, h.length, F.honorific);
    const t = sets.titles.at(low, i);
    if (t) cover(i, t.length, F.title);
    const r = sets.roleNouns.at(low, i);
    if (r) cover(i, r.length, F.role);
    const p = sets.places.at(low, i);
    if (p) cover(i, p.length, F.place);
    const o = sets.organisations.at(low, i);
    if (o) cover(i, o.length, F.organisation);
    const c = sets.cues.at(low, i);
    if (c) cover(i, c.length, F.cue);
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
  clusters: Clusters | null,
): SentenceFeatures {
  const toks = sentence.tokens;
  const n = toks.length;
  const low = toks.map((t) => t.text.toLowerCase());
  const lowHash = low.map(hashString);
  const shapes = toks.map((t) => shapeHash(t.text));
  const flags = lexiconFlags(low, sets, lowerElsewhere);
  const cluster = clusters ? low.map(clusters) : null;
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
  let wordsInLine = 0;
  let capitalsInLine = 0;
  for (const t of toks) {
    if (!/^\p{L}/u.test(t.text)) continue;
    wordsInLine++;
    if (t.text === t.text.toUpperCase()) capitalsInLine++;
  }
  const line = wordsInLine >= 3 && capitalsInLine === wordsInLine ? 1 : 0;

  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const BOUNDARY = 0x9e3779b9;
  const wordAt = (t: number) => (t < 0 || t >= n ? BOUNDARY + t : lowHash[t]!);
  const shapeAt = (t: number) => (t < 0 || t >= n ? BOUNDARY : shapes[t]!);
  for (let t = 0; t < n; t++) {
    offsets[t] = out.length;
    const w = low[t]!;
    out.push(feature(BIAS, 0));
    for (let d = -2; d <= 2; d++) out.push(feature(WORD + d + 2, wordAt(t + d)));
    out.push(feature2(PAIR_PREV, wordAt(t - 1), lowHash[t]!));
    out.push(feature2(PAIR_NEXT, lowHash[t]!, wordAt(t + 1)));
    for (let d = -1; d <= 1; d++) out.push(feature(SHAPE + d + 1, shapeAt(t + d)));
    out.push(feature2(SHAPE3, shapeAt(t - 1) ^ (shapeAt(t + 1) * 31), shapes[t]!));
    const len = w.length;
    for (let a = 1; a <= 4 && a < len; a++) {
      if (a <= 3) out.push(feature2(PREFIX, a, hashRange(w, 0, a)));
      out.push(feature2(SUFFIX, a, hashRange(w, len - a, len)));
    }
    out.push(feature(LENGTH, Math.min(len, 12)));
    const first = t === 0 || /^[\p{Pi}\p{Ps}"'“‘:—–-]$/u.test(toks[t - 1]!.text) ? 1 : 0;
    out.push(feature2(FIRST, first, shapes[t]!));
    for (let d = -1; d <= 1; d++) {
      const k = t + d;
      if (k < 0 || k >= n) continue;
      let f = flags[k]!;
      while (f !== 0) {
        const bit = (f & -f) >>> 0;
        out.push(feature2(LEX + d + 1, bit, 0));
        f = (f ^ bit) >>> 0;
      }
    }
    // a title or role before a capitalised word, a cue after it: the pair says more than each
    if (t > 0) out.push(feature2(LEX_PAIR, flags[t - 1]! & (F.title | F.role | F.honorific | F.cue | F.personPreposition | F.placePreposition | F.determiner), shapes[t]!));
    for (let d = -1; d <= 1; d++) {
      const k = t + d;
      if (k < 0 || k >= n) continue;
      out.push(feature(RULE + d + 1, rule[k]!));
    }
    out.push(feature2(RULE_EVIDENCE, rule[t]!, ruleDetail[t]!));
    const elsewhere = (m: Map<string, Set<number>>) => {
      const s = m.get(w);
      return s !== undefined && (s.size > 1 || !s.has(sentence.index)) ? 1 : 0;
    };
    const doc = elsewhere(words.person) | (elsewhere(words.organisation) << 1) | (elsewhere(words.place) << 2);
    out.push(feature2(DOC, doc, shapes[t]!));
    if (line) out.push(feature2(LINE, 1, rule[t]!));
    if (cluster) {
      for (let d = -1; d <= 1; d++) {
        const k = t + d;
        if (k >= 0 && k < n) out.push(feature(CLUSTER + d + 1, cluster[k]!));
      }
      out.push(feature2(CLUSTER_SHAPE, cluster[t]!, shapes[t]!));
    }
  }
  offsets[n] = out.length;
  return { features: Uint32Array.from(out), offsets };
}
