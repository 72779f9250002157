// The words of one sentence as the claims stage reads them: lower-cased tokens with the lexicon's
// word classes, and the phrase finders shared by reported speech and direct quotes (the verb group
// around a cue, the source phrase before or after it, appositions). Language-neutral: every word list
// comes from the pack.

import type { Claim, Sentence, Span, Token } from "../../model.js";
import type { CueEntry, LanguagePack } from "../../lang/types.js";
import type { Merged } from "../people/index.js";
import { PhraseSet } from "../time/phrases.js";
import type { Quote } from "./quotes.js";
import { lastAtOrBefore } from "../search.js";
import { SourceIndex } from "./sources.js";

const PUNCT_BOUNDARY = new Set([",", ";", ":", "(", ")", "—", "–", "―", '"', "“", "”", "„", "«", "»"]);
const END_PUNCT = /^[.!?…]+$/;
const QUOTE_MARK = /^["“”„«»‘’']$/;
export const DASHES = new Set(["—", "–", "―", "--"]);
/** Longest source phrase looked for before a cue, in tokens. */
const MAX_SOURCE = 14;
/** Longest prepositional phrase closing a source after its cue ("said one source [on the panel]"). */
const MAX_SOURCE_PP = 6;
/** Longest parenthesis after a source name ("Rep. Jim Clyburn (D-S.C.)"); longer ones are asides. */
const MAX_PAREN = 6;
/** Longest apposition run between a subject and its cue ("X, a former ... of Y, said"). */
const MAX_APPOSITION = 40;

/** Everything the claims stage knows about the article and the language. */
export interface Ctx {
  text: string;
  pack: LanguagePack;
  cues: PhraseSet<CueEntry>;
  adverbs: Set<string>;
  auxiliaries: Set<string>;
  adverbPattern: RegExp | null;
  participlePattern: RegExp | null;
  /** See ClaimsLexicon: passiveAuxiliaries, agentMarkers. */
  passiveAuxiliaries: Set<string>;
  agentMarkers: Set<string>;
  affiliationPrepositions: Set<string>;
  determiners: Set<string>;
  raisingVerbs: Set<string>;
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
  abbreviations: Set<string>;
  pronouns: Set<string>;
  sources: SourceIndex;
  quotes: Quote[];
  /** Quotes by the offset of their opening mark. */
  quoteAt: Map<number, Quote>;
  /** The quoted spans, in text order. */
  quoteSpans: Span[];
  /** Quote claims of reporting clauses, sorted by content end, and how many claims preceded the
   * direct-quote pass: set by index.ts once reporting clauses are read. */
  priorQuotes?: Claim[];
  priorCount?: number;
  /** Time phrases ("on Tuesday", "this month"), in text order: they stand between a source and its
   * cue ("Sanders on Tuesday said") without being part of either. */
  timeSpans: Span[];
  /** The dates and times among them ("Friday", "last month"; not durations such as "a second"). */
  dateSpans: Span[];
  /** Spans of named entities: a cue word inside one is part of a name ("United States"). */
  names: Span[];
}

export function makeCtx(text: string, pack: LanguagePack, merged: Merged, quotes: Quote[], times: readonly Span[] = [], dates: readonly Span[] = []): Ctx {
  const lex = pack.claims;
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const ppl = pack.people;
  return {
    text,
    pack,
    cues: new PhraseSet(lex.cues.map((c) => [c.cue, c] as [string, CueEntry])),
    adverbs: lower(lex.adverbs),
    auxiliaries: lower(lex.auxiliaries),
    adverbPattern: lex.adverbPattern ?? null,
    participlePattern: lex.participlePattern ?? null,
    passiveAuxiliaries: lower(lex.passiveAuxiliaries ?? []),
    agentMarkers: lower(lex.agentMarkers ?? []),
    affiliationPrepositions: lower(lex.affiliationPrepositions ?? []),
    determiners: lower(lex.determiners ?? []),
    raisingVerbs: lower(lex.raisingVerbs ?? []),
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
    mediumNouns: lower(lex.mediumNouns ?? []),
    mediumPrepositions: lower(lex.mediumPrepositions ?? []),
    trailingAdverbs: lower(lex.trailingAdverbs ?? []),
    commentMarkers: lower(lex.commentMarkers ?? []),
    adjunctSubordinators: lower(lex.adjunctSubordinators ?? []),
    possessives: lower(lex.possessivePronouns ?? []),
    indefinites: lower(lex.indefiniteArticles ?? []),
    possessiveSuffixes: (lex.possessiveSuffixes ?? []).map((x) => x.toLowerCase()),
    listWords: lower(lex.clauseBreaks.filter((w) => ["dan", "atau", "and", "or", "serta"].includes(w))),
    roleWords: lower([...ppl.titles, ...ppl.roleNouns, ...ppl.roleModifiers, ...ppl.honorifics, ...lex.sourceHeads].flatMap((w) => w.split(/\s+/))),
    abbreviations: lower(pack.abbreviations),
    pronouns: lower(ppl.pronouns),
    sources: new SourceIndex(text, merged, pack),
    quotes,
    quoteAt: new Map(quotes.map((q) => [q.outer[0], q])),
    quoteSpans: quotes.map((q) => q.span),
    timeSpans: sortSpans([...times]),
    dateSpans: sortSpans([...dates]),
    names: sortSpans([...merged.people.flatMap((e) => e.mentions.filter((m) => m.via !== "pronoun")), ...merged.organisations.flatMap((e) => e.mentions), ...merged.places.flatMap((e) => e.mentions)].map((m) => m.span)),
  };
}

/** One sentence's tokens and their lower-case forms. */
export interface Words {
  s: Sentence;
  toks: Token[];
  low: string[];
}

export function wordsOf(s: Sentence): Words {
  const toks = s.tokens;
  const low = toks.map((t) => t.text.toLowerCase());
  // a possessive apostrophe after a plural ("veterans' families", "the Smiths' lawyer") is no quote
  // mark: it reads as the possessive ending
  for (let i = 1; i + 1 < toks.length; i++) {
    if ((low[i] === "'" || low[i] === "’") && toks[i - 1]!.span[1] === toks[i]!.span[0] && /s$/i.test(toks[i - 1]!.text) && toks[i + 1]!.span[0] > toks[i]!.span[1] && /^\p{L}/u.test(toks[i + 1]!.text)) low[i] = `s${low[i]}`;
  }
  return { s, toks, low };
}

export function isQuoteMark(w: string): boolean {
  return QUOTE_MARK.test(w);
}

export function isBoundary(w: string): boolean {
  return PUNCT_BOUNDARY.has(w) || isQuoteMark(w);
}

export function isEnd(w: string): boolean {
  return END_PUNCT.test(w);
}

export function isCap(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}/u.test(t.text);
}

/** A dot that closes an abbreviation or an initial ("Mr.", "J."), not the sentence. */
export function abbreviationDot(ctx: Ctx, w: Words, i: number): boolean {
  if (w.low[i] !== "." || i === 0) return false;
  const prev = w.low[i - 1]!;
  return ctx.abbreviations.has(prev) || /^\p{L}$/u.test(prev) || /^(?:\p{L}\.)+\p{L}$/u.test(prev);
}

export function spanOf(w: Words, a: number, b: number): Span | null {
  while (b > a && /^[.!?…,;:]$/.test(w.toks[b - 1]!.text) && !abbreviationDotLoose(w, b - 1)) b--;
  if (b <= a) return null;
  return [w.toks[a]!.span[0], w.toks[b - 1]!.span[1]];
}

function abbreviationDotLoose(w: Words, i: number): boolean {
  return w.low[i] === "." && i > 0 && /^\p{L}{1,3}$/u.test(w.toks[i - 1]!.text) && /^\p{Lu}/u.test(w.toks[i - 1]!.text) && i < w.toks.length - 1;
}

function sortSpans(xs: Span[]): Span[] {
  return xs.sort((a, b) => a[0] - b[0]);
}

export { lastAtOrBefore } from "../search.js";

/** Whether token i is part of a named entity (a cue word there is a name, not a cue). */
export function insideName(ctx: Ctx, w: Words, i: number): boolean {
  const [s, e] = w.toks[i]!.span;
  const last = lastAtOrBefore(ctx.names, (n) => n[0], s);
  for (let x = last; x >= 0 && x > last - 8; x--) {
    const n = ctx.names[x]!;
    if (n[1] >= e && n[1] - n[0] > e - s) return true;
  }
  return false;
}

/** Longest run of words between a medium preposition and its noun ("in [a recent phone] interview"). */
const MAX_MEDIUM_GAP = 4;

/**
 * What follows a reporting verb and belongs to its cue: time phrases ("said Friday", "said last
 * month"), trailing adverbs ("said then", "said sarcastically"), a phrase naming the medium ("said in a
 * phone interview", "wrote in an email"), and the verb's own preposition ("complained about",
 * "warned against"). Returns the token index after the cue. A few steps, each bounded: linear.
 */
export function cueTail(ctx: Ctx, w: Words, end: number): number {
  const { low, toks } = w;
  // the verb's own preposition, right after it
  if (end < toks.length && ctx.cueParticles.has(low[end]!)) return end + 1;
  let e = end;
  for (let step = 0; step < 3 && e < toks.length; step++) {
    const i = lastAtOrBefore(ctx.dateSpans, (t) => t[0], toks[e]!.span[0]);
    const t = i >= 0 && ctx.dateSpans[i]![0] === toks[e]!.span[0] ? ctx.dateSpans[i]! : null;
    if (t) {
      let f = e;
      while (f < toks.length && toks[f]!.span[1] <= t[1]) f++;
      if (f > e) {
        e = f;
        continue;
      }
    }
    if (ctx.trailingAdverbs.has(low[e]!)) {
      e++;
      continue;
    }
    // a manner adverb closing the clause: "Gowdy said sarcastically."
    if (ctx.adverbPattern !== null && !ctx.auxiliaries.has(low[e]!) && ctx.adverbPattern.test(toks[e]!.text) && (e + 1 >= toks.length || isBoundary(low[e + 1]!) || isEnd(low[e + 1]!))) {
      e++;
      continue;
    }
    if (ctx.mediumPrepositions.has(low[e]!)) {
      let f = e + 1;
      while (f < toks.length && f - e <= MAX_MEDIUM_GAP && !ctx.mediumNouns.has(low[f]!) && /^\p{L}/u.test(toks[f]!.text) && !ctx.breaks.has(low[f]!) && !ctx.complementisers.has(low[f]!)) f++;
      if (f < toks.length && ctx.mediumNouns.has(low[f]!)) {
        e = f + 1;
        continue;
      }
    }
    break;
  }
  // only when the clause closes there ('"...," he said Friday.', "..., she said in a statement, adding"):
  // before its content the gold conventions disagree, and the verb alone is the safer cue
  return e < toks.length && !isBoundary(low[e]!) && !isEnd(low[e]!) ? end : e;
}

/** Whether a cue word that is also a noun reads as the noun here ("the claims", "his rubble comment",
 * "Korea's claims", "for comment", "medical claims of ..."). */
export function nounReading(ctx: Ctx, w: Words, k: number, end: number): boolean {
  const { low, toks } = w;
  const prev = k > 0 ? low[k - 1]! : null;
  if (prev === null) return false;
  // a verb group or a subject pronoun before it: the verb ("to comment", "will report", "he claims")
  if (ctx.auxiliaries.has(prev) || ctx.negations.has(prev) || ctx.infinitiveMarkers.has(prev) || ctx.pronouns.has(prev) || ctx.relatives.has(prev)) return false;
  // content after it: the verb ("Bloomberg reports that ...", "the group claims: ...")
  const next = end < toks.length ? low[end]! : null;
  if (next !== null && (ctx.complementisers.has(next) || next === ":" || ctx.quoteAt.has(toks[end]!.span[0]))) return false;
  // "claims of abuse", "reports about": the noun still names an attribution (PolNeAR marks these)
  if (next !== null && ctx.cueParticles.has(next) && (next === "of" || next === "about")) return false;
  // "newly filed reports shows": a reporting verb right after it makes it that verb's subject
  if (next !== null) {
    const v = ctx.cues.at(w.low, end);
    if (v && !v.value.participle && !v.value.agentless && v.value.source !== "after") return true;
  }
  if (ctx.possessiveSuffixes.some((x) => prev.endsWith(x))) return true;
  if (ctx.stops.has(prev)) return true;
  // "his rubble comment": a determiner two back, a modifier between
  if (k > 1 && ctx.possessives.has(low[k - 2]!) && /^\p{Ll}/u.test(toks[k - 1]!.text) && !ctx.breaks.has(prev) && !ctx.adverbs.has(prev)) return true;
  // "medical claims on air": a modifier before, a preposition after (not a subject before: "the
  // Journal reports.", "the poll shows him ahead")
  // ("the company plans to ...": an intention's infinitive marker is no preposition here)
  // only after a determined noun, the subject ("the company plans to"; not "unveiled plans to")
  const infinitive = next !== null && ctx.infinitiveMarkers.has(next) && !!ctx.cues.at(w.low, k)?.value.infinitive && k > 1 && ctx.nounMarkers.has(low[k - 2]!);
  return /^\p{Ll}/u.test(toks[k - 1]!.text) && next !== null && ctx.stops.has(next) && !infinitive && !ctx.sourceHeads.has(prev) && !ctx.evidenceNouns.has(prev);
}

/** Words of an indefinite noun phrase before a naming verb. */
const MAX_NAMED_NP = 4;

/** Whether a naming verb ("called") names here: right after a common noun or a comma ("a group
 * called X", "the program, called EB-5"). */
export function namingReading(ctx: Ctx, w: Words, k: number): boolean {
  // an indefinite noun phrase right before ("a group called", "a mountain stream called"): it names
  for (let i = k - 1; i >= 0 && k - i <= MAX_NAMED_NP; i--) {
    const x = w.low[i]!;
    if (ctx.indefinites.has(x)) return i < k - 1;
    if (!/^\p{Ll}/u.test(w.toks[i]!.text) || ctx.auxiliaries.has(x) || ctx.breaks.has(x) || ctx.pronouns.has(x) || ctx.relatives.has(x)) return false;
  }
  return false;
}

/** The verb group before a cue at k: auxiliaries, negation and adverbs that belong to the cue span. */
export function verbGroup(ctx: Ctx, w: Words, k: number): { start: number; negated: boolean } {
  let j = k;
  let negated = false;
  while (j > 0) {
    const x = w.low[j - 1]!;
    // "appeared to suggest", "failed to note": a raising verb and its infinitive marker
    if (j > 1 && ctx.infinitiveMarkers.has(x) && ctx.raisingVerbs.has(w.low[j - 2]!)) {
      j -= 2;
      continue;
    }
    if (!ctx.auxiliaries.has(x) && !(ctx.adverbPattern !== null && ctx.adverbPattern.test(w.toks[j - 1]!.text))) break;
    if (ctx.negations.has(x)) negated = true;
    j--;
  }
  return { start: j, negated };
}

/** Skip words that may stand between a source and its verb group ("juga", "in a statement"). */
export function skipAdverbsBack(ctx: Ctx, w: Words, j: number): { end: number; negated: boolean } {
  let negated = false;
  for (;;) {
    while (j > 0 && (ctx.adverbs.has(w.low[j - 1]!) || ctx.negations.has(w.low[j - 1]!) || ctx.auxiliaries.has(w.low[j - 1]!))) {
      if (ctx.negations.has(w.low[j - 1]!)) negated = true;
      j--;
    }
    // a time phrase between source and cue: "Sanders on Tuesday said", "Wells Fargo this month announced"
    const t = j > 1 ? timeEndingAt(ctx, w.toks[j - 1]!.span[1]) : null;
    if (!t) break;
    let i = j - 1;
    while (i > 0 && w.toks[i]!.span[0] > t[0]) i--;
    if (w.toks[i]!.span[0] !== t[0] || i === 0) break;
    // with its preposition when the phrase leaves it out ("on Tuesday")
    const from = i > 1 && ctx.stops.has(w.low[i - 1]!) ? i - 1 : i;
    // after a participle the phrase is part of the source: "a poll released Friday shows", "polls
    // taken over the past two weeks show"
    const p = from - 1;
    if (p > 0 && ctx.participlePattern !== null && ctx.participlePattern.test(w.low[p]!) && !ctx.auxiliaries.has(w.low[p - 1]!) && !ctx.pronouns.has(w.low[p - 1]!) && !ctx.relatives.has(w.low[p - 1]!)) break;
    j = from;
  }
  return { end: j, negated };
}

/** The time phrase ending exactly at an offset, if any. */
export function timeEndingAt(ctx: Ctx, end: number): Span | null {
  const i = lastAtOrBefore(ctx.timeSpans, (t) => t[0], end - 1);
  for (let x = i; x >= 0 && x > i - 3; x--) if (ctx.timeSpans[x]![1] === end) return ctx.timeSpans[x]!;
  return null;
}

/** The time phrase starting exactly at an offset, if any. */
export function timeStartingAt(ctx: Ctx, start: number): Span | null {
  const i = lastAtOrBefore(ctx.timeSpans, (t) => t[0], start);
  return i >= 0 && ctx.timeSpans[i]![0] === start ? ctx.timeSpans[i]! : null;
}

/** The person mention whose name ends exactly at token end-1, with the start of its title run. */
function personEndingAt(ctx: Ctx, w: Words, end: number): { start: number } | null {
  const e = w.toks[end - 1]!.span[1];
  const p = ctx.sources.personEnding(e);
  if (!p) return null;
  let i = end - 1;
  while (i > 0 && w.toks[i]!.span[0] > p.span[0]) i--;
  // back over the title run: capitalised words, role words, abbreviation dots
  while (i > 0) {
    const prev = w.low[i - 1]!;
    if (ctx.roleWords.has(prev) || (isCap(w.toks[i - 1]) && !ctx.breaks.has(prev) && !ctx.stops.has(prev)) || abbreviationDot(ctx, w, i - 1)) i--;
    else break;
  }
  return { start: i };
}

/**
 * The source phrase ending before token `end`: back to a clause boundary, across abbreviation dots
 * and parentheses ("Rep. Jim Clyburn (D-S.C.)"); a relative pronoun or a personal pronoun alone;
 * a person named right after a preposition or subordinator ("In an interview Trump said") alone.
 */
export function sourceBefore(ctx: Ctx, w: Words, end: number): Span | null {
  if (end <= 0) return null;
  const last = w.low[end - 1]!;
  if (ctx.relatives.has(last) || ctx.pronouns.has(last)) return [end - 1, end];
  // "I've", "he's", "who's": a pronoun with an auxiliary's clitic (the clitic is cut off by the caller)
  const stem = cliticStem(ctx, last);
  if (stem !== null && (ctx.relatives.has(stem) || ctx.pronouns.has(stem))) return [end - 1, end];
  let i = end - 1;
  let cut = false;
  let relative = false;
  while (i >= 0) {
    const x = w.low[i]!;
    // "a 2014 study that appeared in the journal found", "surety companies that had insured ...
    // agreed": a relative clause after a source noun is part of the source (not a relative pronoun
    // right before the cue: "the program who said" has "who" for its source)
    if (!relative && i < end - 1 && i > 0 && ctx.relatives.has(x) && isNounHead(ctx, w.low[i - 1]!) && !ctx.cues.at(w.low, i - 1)) {
      relative = true;
      i--;
      continue;
    }
    if (x === ")") {
      let o = i - 1;
      while (o >= 0 && w.low[o] !== "(" && i - o < 12) o--;
      if (o < 0 || w.low[o] !== "(") break;
      i = o - 1;
      continue;
    }
    if (x === "." && abbreviationDot(ctx, w, i)) {
      i--;
      continue;
    }
    if (isBoundary(x) || isEnd(x) || ctx.breaks.has(x)) break;
    // a reporting verb inside: the source is the subject after it ("He said [Obama] hopes")
    if (i < end - 1 && !ctx.pronouns.has(x)) {
      const c = ctx.cues.at(w.low, i);
      if (c && !c.value.noun && !c.value.naming && c.length === 1) break;
    }
    if (ctx.stops.has(x) && !isCap(w.toks[i])) {
      // "a spokeswoman for X", "advisers to X", "Secretary of State X": the role noun heads the source
      const head = i > 0 ? w.low[i - 1]! : "";
      if (i > 0 && (ctx.sourceHeads.has(head) || ctx.roleWords.has(head)) && !ctx.pronouns.has(last)) {
        i--;
        continue;
      }
      if (personEndingAt(ctx, w, end) || ctx.pronouns.has(last)) {
        cut = true;
        break;
      }
    }
    if (end - i > MAX_SOURCE) {
      cut = true;
      break;
    }
    i--;
  }
  // coordinated subjects: "RT and its defenders", "Federal and state officials", "Mr. King and Mr. Schultz"
  if (!cut && i > 0 && ctx.listWords.has(w.low[i]!)) {
    const l = conjunctStart(ctx, w, i);
    if (l >= 0) i = l - 1;
  }
  let start = i + 1;
  if (start >= end) return null;
  if (cut) {
    const p = personEndingAt(ctx, w, end);
    if (p) start = Math.max(start, p.start);
    else if (end - start > MAX_SOURCE) return null;
  } else if (start > 0 && ctx.stops.has(w.low[start]!) && isCap(w.toks[start])) {
    // a sentence-initial preposition ("In a Bloomberg interview Trump declared")
    const p = personEndingAt(ctx, w, end);
    if (p) start = p.start;
    else start++;
  } else if (start === 0 && ctx.stops.has(w.low[0]!)) {
    const p = personEndingAt(ctx, w, end);
    if (p) start = p.start;
  }
  // coordinated people: "Mr. Grassley and Mr. Leahy"
  while (start >= 2 && ctx.listWords.has(w.low[start - 1]!) && personEndingAt(ctx, w, start) === null && personEndingAt(ctx, w, start - 1)) {
    if (!personEndingAt(ctx, w, end)) break;
    start = personEndingAt(ctx, w, start - 1)!.start;
  }
  // an adverb opening the phrase belongs to the clause ("Then someone asked", "Even China said")
  while (start < end - 1 && ctx.auxiliaries.has(w.low[start]!) && !ctx.passiveAuxiliaries.has(w.low[start]!) && !ctx.finiteAuxiliaries.has(w.low[start]!)) start++;
  return [start, end];
}

/** A lower-case noun that heads a source: a source head, an evidence noun or a role word. */
function isNounHead(ctx: Ctx, x: string): boolean {
  if (ctx.sourceHeads.has(x) || ctx.evidenceNouns.has(x) || ctx.roleWords.has(x)) return true;
  // a plural noun ("companies", "groups"): not a function word
  return /^\p{Ll}{3,}s$/u.test(x) && !ctx.auxiliaries.has(x) && !ctx.breaks.has(x) && !ctx.stops.has(x) && !ctx.possessives.has(x) && !ctx.pronouns.has(x) && !ctx.determiners.has(x) && !ctx.nounMarkers.has(x);
}

/** The word without an auxiliary's clitic ("he’s" → "he", "I've" → "i"), or null when it has none. */
export function cliticStem(ctx: Ctx, word: string): string | null {
  for (const c of ctx.clitics) if (word.length > c.length && word.endsWith(c)) return word.slice(0, -c.length);
  return null;
}

/**
 * The start of a noun phrase ending before the list word at `and`, when it reaches back to a clause
 * boundary: capitalised words, determiners, role words and abbreviation dots only. -1 otherwise.
 */
function conjunctStart(ctx: Ctx, w: Words, and: number): number {
  let k = and - 1;
  const npWord = (x: number) => {
    const low = w.low[x]!;
    if (ctx.breaks.has(low) || ctx.cues.at(w.low, x)) return false;
    // a preposition inside the conjunct, before a noun phrase ("Experts on North Korea and ...")
    if (ctx.stops.has(low)) return x > 0 && x + 1 < and && (isCap(w.toks[x + 1]) || ctx.nounMarkers.has(w.low[x + 1]!));
    return isCap(w.toks[x]) || ctx.nounMarkers.has(low) || ctx.roleWords.has(low) || /^\p{N}+$/u.test(low) || abbreviationDot(ctx, w, x);
  };
  while (k >= 0 && and - k <= 8 && npWord(k)) k--;
  if (k + 1 >= and || ctx.stops.has(w.low[k + 1]!)) return -1;
  if (k >= 0 && !isBoundary(w.low[k]!) && !isEnd(w.low[k]!) && !ctx.breaks.has(w.low[k]!)) return -1;
  return k + 1;
}

/**
 * "X, a former official who runs Y, said": the subject before an apposition that ends at the comma
 * token `comma`. The source spans the subject and its apposition. Null when no named subject.
 */
export function appositionBefore(ctx: Ctx, w: Words, comma: number): Span | null {
  let segEnd = comma;
  let best: Span | null = null;
  for (let seg = 0; seg < 4; seg++) {
    let c = segEnd - 1;
    // a dot inside the sentence closes an abbreviation ("R-Ky.", "Md."): the segmenter did not end it there
    while (c >= 0 && w.low[c] !== "," && !isQuoteMark(w.low[c]!) && !(isEnd(w.low[c]!) && w.low[c] !== ".") && w.low[c] !== ";" && w.low[c] !== ":") c--;
    if (c < 0 || w.low[c] !== ",") break;
    if (comma - c > MAX_APPOSITION) break;
    // the part before this comma ends with a name: that is the subject
    // "mining companies, including Patriot, declared": a segment of membership describes any subject
    const member = seg === 0 && ctx.affiliationPrepositions.has(w.low[c + 1]!) && !ctx.stops.has(w.low[c + 1]!);
    if (c > 0 && (ctx.sources.personEnding(w.toks[c - 1]!.span[1]) || isCap(w.toks[c - 1]) || w.low[c - 1] === ")" || w.low[c - 1] === "." || member)) {
      const subject = sourceBefore(ctx, w, c);
      if (subject && (subject[0] === 0 || !ctx.stops.has(w.low[subject[0] - 1]!))) {
        const first = w.toks[subject[0]]!;
        if (isCap(first) || ctx.roleWords.has(w.low[subject[0]]!) || /^(?:the|a|an)$/i.test(first.text) || member) {
          best = [subject[0], adjunctCut(ctx, w, c, comma)];
          // a description after a comma ("..., president of the union, said"): the name it
          // describes may stand further back ("Jane Roe, president of the union, said")
          if (isCap(first) || subject[0] === 0 || w.low[subject[0] - 1] !== ",") return best;
        }
      }
    }
    segEnd = c;
  }
  return best;
}

/**
 * Where an apposition run between the commas `c` and `comma` stops belonging to the source: at the
 * first segment that is an adjunct of the clause rather than a description of the subject ("Trump,
 * speaking to veterans, said", "Clinton, at a later press gaggle, said", "X, in particular, has").
 * A segment of origin or affiliation ("Wilson, of Springfield, Va., said") stays.
 */
function adjunctCut(ctx: Ctx, w: Words, c: number, comma: number): number {
  for (let p = c; p < comma; p++) {
    if (w.low[p] !== ",") continue;
    const x = w.low[p + 1]!;
    const adjunct = (ctx.stops.has(x) && !ctx.affiliationPrepositions.has(x)) || (/^\p{Ll}+ing$/u.test(w.toks[p + 1]!.text) && !ctx.roleWords.has(x) && !ctx.affiliationPrepositions.has(x)) || timeStartingAt(ctx, w.toks[p + 1]!.span[0]) !== null;
    if (adjunct) return p;
  }
  return comma;
}

/** Longest description before a name it introduces ("A lawyer for the outlets, David Schulz, said"). */
const MAX_LEADING_APPOSITION = 10;

/**
 * "A lawyer for the news outlets, David Schulz, said": a description opening the sentence, then the
 * name between commas. The source starts with the description. Null when there is none.
 */
export function leadingApposition(ctx: Ctx, w: Words, [a, b]: Span): Span | null {
  if (a < 2 || w.low[a - 1] !== "," || !ctx.sources.personEnding(w.toks[b - 1]!.span[1])) return null;
  let i = a - 2;
  let role = false;
  while (i >= 0 && a - 1 - i <= MAX_LEADING_APPOSITION) {
    const x = w.low[i]!;
    if (isBoundary(x) || isEnd(x)) break;
    if (ctx.breaks.has(x) || ctx.complementisers.has(x) || ctx.cues.at(w.low, i) || ctx.pronouns.has(x)) return null;
    if (ctx.roleWords.has(x) || ctx.sourceHeads.has(x)) role = true;
    i--;
  }
  // from the sentence start (or a quote closing before it)
  // a description: role words ("A lawyer for ..."), or a determiner opening it ("Another critic")
  if (!role && !ctx.nounMarkers.has(w.low[i + 1]!) && !ctx.determiners.has(w.low[i + 1]!)) return null;
  if (i >= 0 && !isQuoteMark(w.low[i]!) && !isEnd(w.low[i]!)) return null;
  return i + 1 < a - 1 ? [i + 1, b] : null;
}

/**
 * A source phrase after a cue ('"...," said Peskov', "..., said the spokesman, a former ..."): the
 * noun phrase to the clause end, then an apposition to the sentence end. Null when what follows does
 * not read as a source (no name, pronoun or role word) or does not close the sentence.
 */
export function sourceAfter(ctx: Ctx, w: Words, from: number, strict = false): Span | null {
  const { low, toks } = w;
  let e = from;
  let named = false;
  // strict (an inverted reporting clause, "..., said X."): what follows the verb is a noun phrase
  // closing the clause, not a clause of its own ("said he would", "said Clinton has"), a phrase of
  // time or place ("said Tuesday", "said at a rally") or a preposition's object ("said of RT")
  if (strict && from < toks.length && ctx.stops.has(low[from]!)) return null;
  while (e < toks.length) {
    const x = low[e]!;
    if (x === "." && abbreviationDot(ctx, w, e) && e + 1 < toks.length) {
      e++;
      continue;
    }
    if (isBoundary(x) || isEnd(x) || ctx.complementisers.has(x) || ctx.breaks.has(x)) break;
    if (strict && (ctx.auxiliaries.has(x) || ctx.negations.has(x) || (e > from && ctx.cues.at(low, e)))) return null;
    if (strict && e === from && timeStartingAt(ctx, toks[e]!.span[0])) return null;
    if (ctx.stops.has(x) && named && !isCap(toks[e])) {
      // a phrase closing the clause belongs to the source: "said one source on the panel.", "said
      // Rep. Jane Roe of Ohio, the panel's ranking member"
      let f = e + 1;
      while (f < toks.length && f - e <= MAX_SOURCE_PP && !isBoundary(low[f]!) && !(isEnd(low[f]!) && !abbreviationDot(ctx, w, f)) && !ctx.breaks.has(low[f]!) && !ctx.complementisers.has(low[f]!) && !ctx.cues.at(low, f)) f++;
      const closes = f >= toks.length || low[f] === "," || (isEnd(low[f]!) && !abbreviationDot(ctx, w, f));
      if (f > e + 1 && closes) e = f;
      else if (strict) return null;
      break;
    }
    if (isCap(toks[e]) || ctx.roleWords.has(x) || ctx.pronouns.has(x) || ctx.sources.personEnding(toks[e]!.span[1])) named = true;
    e++;
    if (e - from > 8) return null;
  }
  if (e === from || !named) return null;
  // a parenthesis after the name: "Rep. Jim Clyburn (D-S.C.)"
  if (low[e] === "(") {
    let c = e + 1;
    while (c < toks.length && low[c] !== ")" && c - e < MAX_PAREN) c++;
    if (low[c] === ")") e = c + 1;
  }
  let end = e;
  const stop = (f: number) => isEnd(low[f]!) && !abbreviationDot(ctx, w, f);
  if (low[e] === "," && e + 1 < toks.length) {
    // ", on what was his first day", ", speaking of ...", ", in a statement": an adjunct, not an apposition
    const first = toks[e + 1]!.text;
    const adjunct = ctx.stops.has(low[e + 1]!) || (/^\p{Ll}+ing$/u.test(first) && !ctx.roleWords.has(low[e + 1]!)) || !!ctx.cues.at(low, e + 1);
    if (!adjunct) {
      // an apposition to the sentence end or to an adjunct: ", director of the Institute for ..."
      let f = e + 1;
      while (f < toks.length && !stop(f) && !isQuoteMark(low[f]!) && !ctx.cues.at(low, f) && !(low[f] === "," && ctx.stops.has(low[f + 1] ?? ""))) f++;
      if (f >= toks.length || stop(f) || low[f] === ",") {
        if (f - e <= MAX_APPOSITION && f > e + 1) end = f;
      } else return null;
    }
  } else if (e < toks.length && !stop(e) && !ctx.stops.has(low[e]!)) return null;
  return [from, end];
}

export function tokenSpan(w: Words, [a, b]: Span): Span {
  return [w.toks[a]!.span[0], w.toks[b - 1]!.span[1]];
}
