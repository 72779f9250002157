// What the claims stage knows before it reads a sentence: the language's word classes as lower-case
// sets, the article's quotes, time phrases and names (sorted, for binary search), and its sources.
// Built once per article so that every finder below reads it without recomputing.

import type { Claim, Span } from "../../model.js";
import type { CueEntry, LanguagePack } from "../../lang/types.js";
import type { Merged } from "../people/index.js";
import { PhraseSet } from "../time/phrases.js";
import { cliticCueOf } from "./clitic.js";
import type { Quote } from "./quotes.js";
import { SourceIndex } from "./sources.js";

/** Everything the claims stage knows about the article and the language. */
export interface Ctx {
  text: string;
  pack: LanguagePack;
  cues: PhraseSet<CueEntry>;
  /** The cue a word is with the speaker clitic on it ("ujarnya", "menurutnya"), or null. */
  cliticCue: (word: string) => CueEntry | null;
  notCues: PhraseSet<true>;
  parentheticals: PhraseSet<true>;
  expletives: Set<string>;
  purposeMarkers: Set<string>;
  /** Weekday names ("Senin", "Monday"): a phrase opened by one is a time, not a source. */
  weekdays: Set<string>;
  causatives: Set<string>;
  /** Prepositions opening an adjunct after a speaker's name ("di", "dalam", "in"). */
  speakerAdjuncts: Set<string>;
  mannerAdverbs: Set<string>;
  objectPronouns: Set<string>;
  adverbs: Set<string>;
  auxiliaries: Set<string>;
  adverbPattern: RegExp | null;
  participlePattern: RegExp | null;
  superlativePattern: RegExp | null;
  sFormPattern: RegExp | null;
  /** See ClaimsLexicon: passiveAuxiliaries, agentMarkers, passiveSpeakers. */
  passiveAuxiliaries: Set<string>;
  agentMarkers: Set<string>;
  passiveSpeakers: Set<string>;
  affiliationPrepositions: Set<string>;
  determiners: Set<string>;
  raisingVerbs: Set<string>;
  gerundVerbs: PhraseSet<boolean>;
  coordinators: Set<string>;
  finiteAuxiliaries: Set<string>;
  clitics: string[];
  negations: Set<string>;
  breaks: Set<string>;
  stops: Set<string>;
  relatives: Set<string>;
  nounMarkers: Set<string>;
  complementisers: Set<string>;
  /** "dan", "and", "atau", "or": words that join a list inside a source ("pejabat AS, Eropa, dan Rusia"). */
  listWords: Set<string>;
  /** Head nouns of unnamed sources ("official", "pejabat"), lower case. */
  sourceHeads: Set<string>;
  /** Words that open an infinitive ("to"), the content of intention cues. */
  infinitiveMarkers: Set<string>;
  /** Nouns naming evidence that "shows" or "finds" without a "that" ("poll", "study", "video"). */
  evidenceNouns: Set<string>;
  /** See ClaimsLexicon: cueParticles, mediumNouns, mediumPrepositions, trailingAdverbs, possessiveSuffixes. */
  cueParticles: Set<string>;
  topicPrepositions: Set<string>;
  bareVerbs: Set<string>;
  /** Number words of the language ("twenty", "dua puluh"): "said about twenty ..." is no "said about". */
  numberWords: Set<string>;
  expressionVerbs: Set<string>;
  gerundMarkers: Set<string>;
  questionWords: Set<string>;
  attitudeNouns: Set<string>;
  mediumNouns: Set<string>;
  mediumPrepositions: Set<string>;
  trailingAdverbs: Set<string>;
  commentMarkers: Set<string>;
  adjunctSubordinators: Set<string>;
  possessiveSuffixes: string[];
  possessives: Set<string>;
  indefinites: Set<string>;
  /** Titles, role nouns, honorifics and source heads: words a source phrase is made of. */
  roleWords: Set<string>;
  /** See ClaimsLexicon.sourceBounds: the bounding words lower case, longest first. */
  sourceBounds: { words: string[]; counts: Set<string> };
  abbreviations: Set<string>;
  pronouns: Set<string>;
  /** See ClaimsLexicon.phraseClosers. */
  phraseClosers: Set<string>;
  /** See ClaimsLexicon.relayLinks. */
  relayLinks: Set<string>;
  sources: SourceIndex;
  quotes: Quote[];
  /** Quotes by the offset of their opening mark. */
  quoteAt: Map<number, Quote>;
  /** The quoted spans, in text order. */
  quoteSpans: Span[];
  /** Paragraph spans in text order (a block quote set off below "The governor added:"). */
  paragraphs: readonly Span[];
  /** All claims of reporting clauses, sorted by content end (for '..., ujarnya' after reported speech). */
  priorClaims?: Claim[];
  priorCount?: number;
  /** The relay claims of the article ("yang dilansir Antara"): they report the attribution before them. */
  relays: Set<Claim>;
  /** Time phrases ("on Tuesday", "this month"), in text order: they stand between a source and its
   * cue ("Sanders on Tuesday said") without being part of either. */
  timeSpans: Span[];
  /** Spans of named entities: a cue word inside one is part of a name ("United States"). */
  names: Span[];
}

/** What the claims stage reads that depends only on the language: built once a pack. */
type LanguageParts = Omit<Ctx, "text" | "sources" | "quotes" | "quoteAt" | "quoteSpans" | "paragraphs" | "timeSpans" | "names" | "priorClaims" | "priorCount" | "relays">;
const LANGUAGE_PARTS = new WeakMap<LanguagePack, LanguageParts>();

function languageParts(pack: LanguagePack): LanguageParts {
  const known = LANGUAGE_PARTS.get(pack);
  if (known) return known;
  const lex = pack.claims;
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const ppl = pack.people;
  // the passives of verbs whose object is what is said ("dikatakan", "disampaikan oleh X"): the
  // agent follows; entries already listed ("dilaporkan") keep their own reading
  const passives = lex.passiveForms ? lex.cues.filter((c) => c.passive).flatMap((c) => lex.passiveForms!(c.cue).map((f): CueEntry => ({ cue: f, stance: c.stance, source: "after", passiveOf: c.cue }))) : [];
  const cues = new PhraseSet([...lex.cues, ...passives].map((c) => [c.cue, c] as [string, CueEntry]));
  const cliticStems = lower(lex.cliticStems ?? []);
  const parts: LanguageParts = {
    pack,
    cues,
    cliticCue: (word) => cliticCueOf(cues, lex.speakerClitic, cliticStems, word),
    notCues: new PhraseSet((lex.notCues ?? []).map((c) => [c, true] as [string, true])),
    expletives: lower(lex.expletives ?? []),
    purposeMarkers: lower(lex.purposeMarkers ?? []),
    parentheticals: new PhraseSet((lex.parentheticals ?? []).map((c) => [c, true] as [string, true])),
    weekdays: lower(Object.keys(pack.time.weekdays).filter((d) => d.length > 3)),
    causatives: lower(lex.causatives ?? []),
    speakerAdjuncts: lower(lex.speakerAdjuncts ?? []),
    mannerAdverbs: lower(lex.mannerAdverbs ?? []),
    objectPronouns: lower(lex.objectPronouns ?? []),
    adverbs: lower(lex.adverbs),
    auxiliaries: lower(lex.auxiliaries),
    adverbPattern: lex.adverbPattern ?? null,
    participlePattern: lex.participlePattern ?? null,
    superlativePattern: lex.superlativePattern ?? null,
    sFormPattern: lex.sFormPattern ?? null,
    passiveAuxiliaries: lower(lex.passiveAuxiliaries ?? []),
    agentMarkers: lower(lex.agentMarkers ?? []),
    passiveSpeakers: lower(lex.passiveSpeakers ?? []),
    affiliationPrepositions: lower(lex.affiliationPrepositions ?? []),
    determiners: lower(lex.determiners ?? []),
    raisingVerbs: lower(lex.raisingVerbs ?? []),
    // the value says whether the verb negates the act
    gerundVerbs: new PhraseSet([...(lex.gerundVerbs ?? []).map((c) => [c, false] as [string, boolean]), ...(lex.gerundNegators ?? []).map((c) => [c, true] as [string, boolean])]),
    coordinators: lower(lex.coordinators ?? []),
    finiteAuxiliaries: lower(lex.finiteAuxiliaries ?? []),
    clitics: (lex.clitics ?? []).map((x) => x.toLowerCase()),
    negations: lower(lex.negations),
    breaks: lower(lex.clauseBreaks),
    stops: lower(lex.sourceStops),
    relatives: lower(lex.relativePronouns),
    nounMarkers: lower(lex.nounMarkers),
    complementisers: lower(lex.complementisers),
    sourceHeads: lower(lex.sourceHeads),
    infinitiveMarkers: lower(lex.infinitiveMarkers ?? []),
    evidenceNouns: lower(lex.evidenceNouns ?? []),
    cueParticles: lower(lex.cueParticles ?? []),
    topicPrepositions: lower(lex.topicPrepositions ?? []),
    bareVerbs: lower(lex.bareVerbs ?? []),
    numberWords: lower(Object.keys(pack.time.numbers)),
    expressionVerbs: lower(lex.expressionVerbs ?? []),
    gerundMarkers: lower(lex.gerundMarkers ?? []),
    questionWords: lower(lex.questionWords ?? []),
    attitudeNouns: lower(lex.attitudeNouns ?? []),
    mediumNouns: lower(lex.mediumNouns ?? []),
    mediumPrepositions: lower(lex.mediumPrepositions ?? []),
    trailingAdverbs: lower(lex.trailingAdverbs ?? []),
    commentMarkers: lower(lex.commentMarkers ?? []),
    adjunctSubordinators: lower(lex.adjunctSubordinators ?? []),
    possessives: lower(lex.possessivePronouns ?? []),
    indefinites: lower(lex.indefiniteArticles ?? []),
    possessiveSuffixes: (lex.possessiveSuffixes ?? []).map((x) => x.toLowerCase()),
    listWords: lower(lex.listWords ?? []),
    roleWords: lower([...ppl.titles, ...ppl.roleNouns, ...ppl.roleModifiers, ...ppl.honorifics, ...lex.sourceHeads].flatMap((w) => w.split(/\s+/))),
    sourceBounds: { words: (lex.sourceBounds?.words ?? []).map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length), counts: lower(lex.sourceBounds?.counts ?? []) },
    abbreviations: lower(pack.abbreviations),
    pronouns: lower([...ppl.pronouns, ...(lex.subjectPronouns ?? [])]),
    phraseClosers: lower(lex.phraseClosers ?? []),
    relayLinks: lower(lex.relayLinks ?? []),
  };
  LANGUAGE_PARTS.set(pack, parts);
  return parts;
}

export function makeCtx(text: string, pack: LanguagePack, merged: Merged, quotes: Quote[], times: readonly Span[] = [], paragraphs: readonly Span[] = []): Ctx {
  const parts = languageParts(pack);
  return {
    ...parts,
    text,
    relays: new Set(),
    sources: new SourceIndex(text, merged, pack, quotes.map((q) => q.span), (word) => parts.cliticCue(word) !== null),
    quotes,
    quoteAt: new Map(quotes.map((q) => [q.outer[0], q])),
    quoteSpans: quotes.map((q) => q.span),
    paragraphs,
    timeSpans: sortSpans([...times]),
    names: sortSpans([...merged.people.flatMap((e) => e.mentions.filter((m) => m.via !== "pronoun")), ...merged.organisations.flatMap((e) => e.mentions), ...merged.places.flatMap((e) => e.mentions)].map((m) => m.span)),
  };
}

function sortSpans(xs: Span[]): Span[] {
  return xs.sort((a, b) => a[0] - b[0]);
}
