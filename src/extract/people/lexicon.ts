// A language's people lexicon compiled into sets and phrase tables, once per pack.

import type { LanguagePack } from "../../lang/types.js";
import { PhraseSet } from "../time/phrases.js";
import type { Document } from "../../model.js";
import { isLowerCase, key } from "../../segment/tokens.js";
import { INTERNATIONAL_ORGANISATIONS } from "../../lang/common/organisations.js";
import { SHIP_PREFIXES, WORLD_PRODUCTS } from "../../lang/common/products.js";
import { WORLD_TEAMS } from "../../lang/common/teams.js";
import { WORLD_OUTLETS } from "../../lang/common/outlets.js";
import { honorificSuffixes, saintWords } from "../../lang/common/name-articles.js";
import { alternation } from "../../lang/sets.js";

export interface PeopleSets {
  honorifics: PhraseSet<true>;
  titles: PhraseSet<true>;
  roleNouns: PhraseSet<true>;
  roleModifiers: Set<string>;
  particles: Set<string>;
  degrees: Set<string>;
  nameSuffixes: Set<string>;
  orgMarkers: Set<string>;
  placeMarkers: Set<string>;
  placePrepositions: Set<string>;
  placeOnlyPrepositions: Set<string>;
  placeSuffixes: Set<string>;
  places: PhraseSet<true>;
  organisations: PhraseSet<true>;
  /** Firms, teams, products and outlets named the world over in any language's news ("Charlotte
   * Hornets", "Bayern", "Android", "Ace Showbiz"), lower case: a whole name found among them is no
   * person, whatever the tagger read. */
  worldOrganisations: ReadonlySet<string>;
  publicationMarkers: Set<string>;
  /** Common words: the lexicon list, affixed word shapes, and (per article) words also written in lower case. */
  common: { has(word: string): boolean };
  /** The same without the article's words: what the language alone says. */
  lexiconCommon: { has(word: string): boolean };
  commonPattern: RegExp;
  /** Month and weekday names: cut from the end of a name run ("Amanda Vanstone Selasa"). */
  timeWords: Set<string>;
  /** Weekday names (lower case): a date's, never a surname ("kata Wiranto Selasa (22/6)"). */
  weekdays: ReadonlySet<string>;
  /** Holidays the time grammar knows, as written ("christmas eve", "new year's day"): a name that is
   * one names a day. */
  holidays: ReadonlySet<string>;
  demonym: { test(word: string): boolean };
  /** Articles before a noun phrase ("the"); a name after one is not a person's. */
  determiners: Set<string>;
  pronouns: Set<string>;
  demonstratives: Set<string>;
  roleTrailers: Set<string>;
  appositionArticles: Set<string>;
  roleOpeners: Set<string>;
  roleHeadFirst: boolean;
  possessorAfterNoun: boolean;
  personAttributives: Set<string>;
  roleEnders: Set<string>;
  actingVerbs: Set<string>;
  proximalDemonstratives: Set<string>;
  namelyWords: Set<string>;
  thingArticles: Set<string>;
  /** "al-Assad": a run word that opens with one of the hyphen articles. */
  hyphenArticle: RegExp;
  /** A saint's name, which French names hyphenate to what follows ("Saint-Germain") in every language's news. */
  saintWords: ReadonlySet<string>;
  /** Japanese honorifics written after a name with a hyphen ("Jiro-san"): not part of the name. */
  honorificSuffixes: ReadonlySet<string>;
  appositionStops: Set<string>;
  /** thenPhrases as [first, second] word pairs. */
  thenPhrases: [string, string][];
  ownerModifiers: Set<string>;
  titleLinks: Set<string>;
  timeOpeners: Set<string>;
  timeClosers: Set<string>;
  /** Relative pronouns ("yang", "who"). */
  relatives: Set<string>;
  broadTitles: Set<string>;
  adjectivalTitles: Set<string>;
  legalForms: Set<string>;
  firmPrefixes: Set<string>;
  /** A title word's full form ("gen." → "general"); other words as they are. */
  titleKey: (w: string) => string;
  /** Partitives as word lists ("salah satu" → ["salah", "satu"]). */
  partitives: string[][];
  givenNames: Set<string>;
  familyNames: Set<string>;
  /** A given name's everyday and formal forms to one key ("joe" and "joseph" → "joseph"). */
  givenKey: (w: string) => string;
  nameHonorifics: Set<string>;
  possessorNouns: Set<string>;
  namePrefixes: Set<string>;
  personPredicates: Set<string>;
  baseVerbs: Set<string>;
  copulas: Set<string>;
  closedClass: Set<string>;
  thingHeads: Set<string>;
  thingNouns: Set<string>;
  foundingVerbs: Set<string>;
  jurisdictionTitles: PhraseSet<true>;
  humanClassifiers: Set<string>;
  namingWords: Set<string>;
  namingParticiples: Set<string>;
  aliasCues: PhraseSet<true>;
  /** The first words of the alias and real-name cues, as one pattern: a sentence without one is not
   * read for them. */
  aliasCueStart: RegExp;
  familyArticles: Set<string>;
  deities: Set<string>;
  /** Words before a vessel's name: "USS", "KRI". */
  shipPrefixes: Set<string>;
  caseMarkers: Set<string>;
  femaleHonorifics: Set<string>;
  maleHonorifics: Set<string>;
  realNameCues: PhraseSet<true>;
  personNouns: Set<string>;
  asWords: Set<string>;
  actingWords: Set<string>;
  /** Verb forms, which never stand inside a role phrase. */
  verbLike: RegExp;
  /** A capitalised word that is surely a verb: the verb shape with a stem of four letters or more,
   * or a common word ("Menolak", not "Mendur"). */
  capitalVerb(word: string): boolean;
  /** Clause words (cues, adverbs, negations, conjunctions): a role phrase stops there. */
  clauseWords: Set<string>;
  /** Words that join names in a list ("dan", "and", "serta"). */
  listWords: Set<string>;
  /** Adverbs and auxiliaries that may stand between a subject and its verb. */
  adverbs: Set<string>;
  auxiliaries: Set<string>;
  /** Prepositions that take a person ("kepada", "oleh", "by", "with"). */
  personPrepositions: Set<string>;
  /** Verb forms that take a person as object right after them ("meminta", "mengajak"). */
  transitiveVerbs: RegExp;
  verbContext: boolean;
  bareNamePairs: boolean;
  sharedSurnames: boolean;
  mononyms: boolean;
  /** Reporting cues, for "kata X" / "X said" evidence. */
  cues: PhraseSet<"before" | "after" | "either">;
  /** Relays of the claims pack ("dilansir", "seperti dikutip dari"): the name after one is the outlet
   * that carried the words. */
  relays: PhraseSet<true>;
  /** Word-table classes and a shape that no name has (pack data, read after the tagger). */
  notNameClasses: ReadonlySet<string>;
  loneNotNameClasses: ReadonlySet<string>;
  notNamePattern: RegExp | undefined;
  /** Particles and clitics written onto a word ("-kah", "-lah", "-nya"): a common word with one is
   * no name, and one after a hyphen written apart is no part of a name ("Kanye West - lah"). */
  particleClitics: readonly string[];
}

const cache = new WeakMap<LanguagePack, PeopleSets>();

/** Lexicon keys: lower case, dots dropped ("Tn." → "tn", "S.H." → "sh"). */
export const lexKey = (w: string) => {
  const k = key(w);
  return k.includes(".") ? k.replace(/\./g, "") : k;
};

/** Words the article also writes in lower case ("Tim" / "tim"); a handle or a hashtag is no word of
 * the text ("akun instagram miliknya, @andritany" leaves "Andritany" a name). */
export function lowerCaseWords(doc: Document): Set<string> {
  const lower = new Set<string>();
  for (const s of doc.sentences) {
    s.tokens.forEach((t, i) => {
      const prev = s.tokens[i - 1];
      if (prev && prev.span[1] === t.span[0] && (prev.text === "@" || prev.text === "#")) return;
      if (isLowerCase(t.text)) lower.add(t.text);
    });
  }
  return lower;
}

/** The sets for one article: a capitalised word that the article also writes in lower case ("Tim" /
 * "tim") is a common word there. */
export function articleSets(sets: PeopleSets, lowerWords: ReadonlySet<string>): PeopleSets {
  const base = sets.common;
  return { ...sets, common: { has: (w: string) => base.has(w) || lowerWords.has(w) } };
}

export function peopleSets(pack: LanguagePack): PeopleSets {
  let s = cache.get(pack);
  if (s) return s;
  const p = pack.people;
  // (PhraseSet lower-cases its entries itself)
  const phrases = (list: readonly string[]) => PhraseSet.of(list);
  // month and weekday names are capitalised but never names on their own; possessor nouns
  // ("Karier", "Keluarga") are common nouns that open a sentence before the name
  const common = withPattern(new Set([...p.commonWords, ...(p.possessorNouns ?? []), ...timeWords(pack)].map((w) => w.toLowerCase())), p.commonPattern);
  s = {
    honorifics: phrases(p.honorifics),
    titles: phrases(p.titles),
    roleNouns: phrases(p.roleNouns),
    roleModifiers: new Set(p.roleModifiers.map(lexKey)),
    particles: new Set(p.particles),
    degrees: new Set(p.degrees.map(lexKey)),
    nameSuffixes: new Set((p.nameSuffixes ?? []).map(lexKey)),
    orgMarkers: new Set(p.orgMarkers.map(lexKey)),
    placeMarkers: new Set(p.placeMarkers.map(lexKey)),
    placePrepositions: new Set(p.placePrepositions),
    placeOnlyPrepositions: new Set(p.placeOnlyPrepositions ?? []),
    placeSuffixes: new Set((p.placeSuffixes ?? []).map(lexKey)),
    places: phrases(p.places),
    organisations: phrases(p.organisations),
    worldOrganisations: new Set([...INTERNATIONAL_ORGANISATIONS, ...WORLD_PRODUCTS, ...WORLD_TEAMS, ...WORLD_OUTLETS]),
    publicationMarkers: new Set(p.publicationMarkers.map(lexKey)),
    common,
    lexiconCommon: common,
    commonPattern: p.commonPattern,
    timeWords: new Set(timeWords(pack)),
    weekdays: new Set(Object.keys(pack.time.weekdays)),
    holidays: new Set(Object.keys(pack.time.holidays ?? {}).map((h) => h.replace(/ '/g, "'"))),
    // (their plurals name the people: "Muslims", "Americans")
    demonym: ((d: Set<string>) => ({ test: (w: string) => { const l = w.toLowerCase(); return d.has(l) || (l.endsWith("s") && d.has(l.slice(0, -1))); } }))(new Set(p.demonyms.map((w) => w.toLowerCase()))),
    determiners: new Set(p.determiners),
    pronouns: new Set(p.pronouns),
    demonstratives: new Set(p.demonstratives),
    roleTrailers: new Set(p.roleTrailers ?? []),
    appositionArticles: new Set(p.appositionArticles ?? []),
    roleOpeners: new Set(p.roleOpeners ?? []),
    roleHeadFirst: p.roleHeadFirst ?? false,
    possessorAfterNoun: p.possessorAfterNoun ?? false,
    personAttributives: new Set(p.personAttributives ?? []),
    roleEnders: new Set(p.roleEnders ?? []),
    actingVerbs: new Set(p.actingVerbs ?? []),
    proximalDemonstratives: new Set(p.proximalDemonstratives ?? []),
    namelyWords: new Set(p.namelyWords ?? []),
    thingArticles: new Set(p.thingArticles ?? []),
    // linear: one alternation of fixed words, then one capital
    saintWords: SAINT_WORDS,
    honorificSuffixes: HONORIFIC_SUFFIXES,
    hyphenArticle: new RegExp(`^(?:${(p.hyphenArticles ?? []).map((w) => w.replace(/[^\p{L}]/gu, "")).filter((w) => w).join("|") || "(?!)"})-\\p{Lu}`, "u"),
    appositionStops: new Set(p.appositionStops ?? []),
    thenPhrases: (p.thenPhrases ?? []).map((x) => x.toLowerCase().split(/\s+/) as [string, string]).filter((x) => x.length === 2),
    ownerModifiers: new Set(p.ownerModifiers ?? []),
    titleLinks: new Set(p.titleLinks ?? []),
    timeOpeners: new Set(p.timeOpeners ?? []),
    timeClosers: new Set(p.timeClosers ?? []),
    relatives: new Set(pack.claims.relativePronouns),
    broadTitles: new Set(p.broadTitles ?? []),
    adjectivalTitles: new Set(p.adjectivalTitles ?? []),
    legalForms: new Set(p.legalForms ?? []),
    firmPrefixes: new Set(p.firmPrefixes ?? []),
    titleKey: titleKeyOf(p.titleAbbreviations ?? {}),
    partitives: (p.partitives ?? []).map((x) => x.toLowerCase().split(/\s+/)),
    givenNames: new Set(p.givenNames.map((w) => w.toLowerCase())),
    familyNames: new Set((p.familyNames ?? []).map((w) => w.toLowerCase())),
    givenKey: variantKey(p.givenNameVariants ?? []),
    nameHonorifics: new Set(p.nameHonorifics ?? []),
    possessorNouns: new Set(p.possessorNouns ?? []),
    namePrefixes: new Set(p.namePrefixes ?? []),
    personPredicates: new Set(p.personPredicates ?? []),
    baseVerbs: new Set(p.baseVerbs ?? []),
    copulas: new Set(p.copulas ?? []),
    closedClass: new Set(p.closedClass ?? []),
    thingHeads: new Set(p.thingHeads ?? []),
    thingNouns: new Set(p.thingNouns ?? []),
    foundingVerbs: new Set(p.foundingVerbs ?? []),
    jurisdictionTitles: phrases(p.jurisdictionTitles ?? []),
    humanClassifiers: new Set(p.humanClassifiers ?? []),
    namingWords: new Set(p.namingWords ?? []),
    namingParticiples: new Set(p.namingParticiples ?? []),
    aliasCues: phrases(p.aliasCues ?? []),
    // linear: one alternation of fixed words between word edges
    aliasCueStart: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation([...(p.aliasCues ?? []), ...(p.realNameCues ?? [])].map((c) => c.split(/\s+/)[0]!))})(?![\\p{L}\\p{N}])`, "iu"),
    familyArticles: new Set(p.familyArticles ?? []),
    deities: new Set(p.deities ?? []),
    shipPrefixes: new Set(SHIP_PREFIXES),
    caseMarkers: new Set(p.caseMarkers ?? []),
    femaleHonorifics: new Set(p.femaleHonorifics ?? []),
    maleHonorifics: new Set(p.maleHonorifics ?? []),
    realNameCues: phrases(p.realNameCues ?? []),
    personNouns: new Set(p.personNouns ?? []),
    asWords: new Set(p.asWords ?? []),
    actingWords: new Set(p.actingWords ?? []),
    verbLike: p.verbPattern,
    // "Distrik", "Direktur", "Dinas" have the shape of a di- verb but are the nouns the lexicon knows
    capitalVerb: capitalVerb(p.verbPattern, p.verbPrefixes, new Set([...p.placeMarkers, ...p.orgMarkers, ...p.titles, ...p.roleNouns].map(lexKey))),
    adverbs: new Set(pack.claims.adverbs),
    listWords: new Set(pack.claims.listWords ?? []),
    auxiliaries: new Set(p.auxiliaries),
    personPrepositions: new Set(p.personPrepositions),
    transitiveVerbs: p.transitivePattern,
    verbContext: p.verbContext,
    bareNamePairs: p.bareNamePairs,
    sharedSurnames: p.sharedSurnames ?? false,
    mononyms: p.mononyms,
    clauseWords: new Set([...pack.claims.adverbs, ...pack.claims.negations, ...pack.claims.clauseBreaks, ...pack.claims.cues.map((c) => c.cue)]),
    cues: new PhraseSet(pack.claims.cues.filter((c) => !c.agentless).map((c) => [c.cue, c.source] as [string, "before" | "after" | "either"])),
    relays: new PhraseSet(pack.claims.cues.filter((c) => c.relay).map((c) => [c.cue, true] as [string, true])),
    notNameClasses: new Set(p.notNameClasses ?? []),
    loneNotNameClasses: new Set(p.loneNotNameClasses ?? []),
    notNamePattern: p.notNamePattern,
    particleClitics: (p.particleClitics ?? []).map((x) => x.toLowerCase()),
  };
  cache.set(pack, s);
  return s;
}

function capitalVerb(pattern: RegExp, prefixes: readonly string[] | undefined, nouns: ReadonlySet<string>): (w: string) => boolean {
  if (!prefixes) return (w) => pattern.test(w) && !nouns.has(w);
  const longestFirst = [...prefixes].sort((a, b) => b.length - a.length);
  return (w) => {
    if (!pattern.test(w) || nouns.has(w)) return false;
    const prefix = longestFirst.find((x) => w.startsWith(x));
    if (prefix === undefined || w.length - prefix.length < 4) return false;
    // no Indonesian stem opens with a doubled letter: "Dibben" is a name
    return w[prefix.length] !== w[prefix.length + 1];
  };
}

function variantKey(groups: readonly string[][]): (w: string) => string {
  const key = new Map<string, string>();
  for (const g of groups) for (const w of g) if (!key.has(w)) key.set(w, g[0]!);
  return (w) => key.get(w) ?? w;
}

function withPattern(words: Set<string>, pattern: RegExp): { has(word: string): boolean } {
  const plain = (w: string) => words.has(w) || pattern.test(w);
  // a hyphenated word is common when doubled ("isu-isu", "Mega-Mega", "Sehari-hari", "sebaik-baiknya")
  // or made of common words; "Zeta-Jones", "Eun-Hye" and "In-mo" are names
  const hyphened = (w: string) => {
    const dash = w.indexOf("-");
    if (dash <= 0) return false;
    const first = w.slice(0, dash);
    const second = w.slice(dash + 1);
    return first.endsWith(second.replace(/nya$/, "")) || (plain(first) && plain(second));
  };
  // asked of every capitalised word and its neighbours, often the same: the patterns run once a word
  const known = new Map<string, boolean>();
  return {
    has: (w: string) => {
      let v = known.get(w);
      if (v === undefined) {
        v = plain(w) || hyphened(w);
        if (known.size < MAX_REMEMBERED) known.set(w, v);
      }
      return v;
    },
  };
}

const SAINT_WORDS: ReadonlySet<string> = new Set(saintWords);
const HONORIFIC_SUFFIXES: ReadonlySet<string> = new Set(honorificSuffixes);

/** Words whose verdict a pattern set remembers, at most. */
const MAX_REMEMBERED = 100_000;

/** Full month names ("Mei", "May"; not the abbreviations "Mar", "Jun") and weekday names. */
function timeWords(pack: LanguagePack): string[] {
  const months = Object.keys(pack.time.months);
  const full = months.filter((m) => !months.some((o) => o !== m && o.startsWith(m) && pack.time.months[o] === pack.time.months[m]));
  return [...full, ...Object.keys(pack.time.weekdays).filter((d) => d.length > 3)];
}

function titleKeyOf(abbreviations: Record<string, string>): (w: string) => string {
  const full = new Map(Object.entries(abbreviations).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]));
  return (w) => full.get(w.replace(/\.$/, "")) ?? w;
}
