// Extract: people (and the organisations and places met on the way) of a document.

import type { Document, Span } from "../../model.js";
import { stopwordSet } from "../../lang/sets.js";
import { isTitleCase } from "../../segment/tokens.js";
import type { LanguagePack } from "../../lang/types.js";
import { articleSets, lowerCaseWords, peopleSets, type PeopleSets } from "./lexicon.js";
import { mergeCandidates, type MergeOptions, type Merged } from "./merge.js";
import type { WordClasses } from "./features.js";
import { recogniseSentence, type Candidate, type Veto } from "./recognise.js";
import { reconcile } from "./reconcile.js";
import { sharedSurnames } from "./lists.js";
import { settle } from "./settle.js";
import { peopleModel, tagDocument } from "./tagger.js";

export type { Merged } from "./merge.js";

export function extractEntities(doc: Document, pack: LanguagePack): Merged {
  const lower = lowerCaseWords(doc);
  const sets = articleSets(peopleSets(pack), lower);
  const ruled = readByRules(doc, sets);
  const model = peopleModel(pack.code);
  const cands = settle(model ? reconcile(doc, sets, ruled, tagDocument(doc, sets, ruled, lower, model)) : ruled.candidates, doc, sets, stopwordSet(pack), model?.classes ?? null);
  const { givenKey, broadTitles, titleKey, givenNames } = sets;
  return mergeCandidates(cands, { givenKey, broadTitles, titleKey, givenNames, genderOf: genderReader(sets, model?.classes ?? null) });
}

/** The gender a word says: a gendered honorific of the pack, or a given name the word table (from
 * compromise's lexicon) marks as a woman's or a man's. */
function genderReader(sets: PeopleSets, classes: WordClasses | null): NonNullable<MergeOptions["genderOf"]> {
  const names = classes?.names;
  return {
    honorific: (w) => (sets.femaleHonorifics.has(w) ? "f" : sets.maleHonorifics.has(w) ? "m" : null),
    givenName: (w) => {
      const n = classes && names ? classes(w) : 0;
      const cls = n > 0 ? names![n - 1]! : "";
      return cls.includes("FemaleName") ? "f" : cls.includes("MaleName") ? "m" : null;
    },
  };
}

/** What the rules make of an article's capitalised runs. */
export interface RuleReading {
  candidates: Candidate[];
  /** Runs the rules read and found to name nothing, per sentence (token ranges). */
  vetoed: Map<number, Veto[]>;
}

/** What the rules find: every sentence's name runs, then what the article says of them. */
export function readByRules(doc: Document, sets: PeopleSets): RuleReading {
  const vetoed = new Map<number, Veto[]>();
  const cands = doc.sentences.flatMap((s) => {
    const v: Veto[] = [];
    const found = recogniseSentence(s, doc.text, sets, v);
    if (v.length > 0) vetoed.set(s.index, v);
    return found;
  });
  return { candidates: sharedSurnames(oneKindPerName(capitalsNames(headlineNames(cands, doc), doc), sets), doc, sets), vetoed };
}

/** Longest name looked for inside a title-case run. */
const MAX_NAME_WORDS = 5;

/**
 * In a headline set in title case every word is capitalised, so a run of them is no evidence of a
 * name: "Chris Christie Calls Hillary Clinton", "Hillary Clinton Speaks". A person found there stands
 * only as the names the rest of the article gives people ("Chris Christie", "Hillary Clinton",
 * "Obama" for Barack Obama); a run that holds none names no one. (Other title-case lines, such as
 * results tables, are left as they are.)
 */
function headlineNames(cands: Candidate[], doc: Document): Candidate[] {
  const title = doc.titleSpan;
  const titled = new Set(doc.sentences.filter((s) => title && s.span[0] < title[1] && title[0] < s.span[1] && isTitleCase(s.tokens)).map((s) => s.index));
  if (titled.size === 0 || titled.size === doc.sentences.length) return cands;
  const known = knownNames(cands, titled, false);
  return cands.flatMap((c) => {
    if (!titled.has(c.sentence) || known.has(c.text.toLowerCase()) || c.kind === "description") return [c];
    const out = namesAmong(doc, c.sentence, c.tokens[0], c.tokens[1], known, c);
    // an organisation or a place holding no known person stays what it was
    return out.length === 0 && c.kind !== "person" ? [c] : out;
  });
}

/** Every run of words inside a person's name found outside the sentences `apart` ("obama" of
 * "barack obama"), with a candidate of that person; only accepted ones when `accepted`. */
function knownNames(cands: Candidate[], apart: ReadonlySet<number>, accepted: boolean): Map<string, Candidate> {
  const known = new Map<string, Candidate>();
  for (const c of cands) {
    if (c.kind !== "person" || apart.has(c.sentence) || (accepted && !c.accepted)) continue;
    const words = c.text.toLowerCase().split(/\s+/);
    for (let a = 0; a < words.length; a++) for (let b = a + 1; b <= words.length && b - a <= MAX_NAME_WORDS; b++) known.set(words.slice(a, b).join(" "), c);
  }
  return known;
}

/** The longest known names among tokens [from, to) of a sentence, left to right, as person candidates
 * shaped like `like` (or the known name's own candidate). */
function namesAmong(doc: Document, sentence: number, from: number, to: number, known: ReadonlyMap<string, Candidate>, like?: Candidate): Candidate[] {
  const toks = doc.sentences[sentence]!.tokens;
  const out: Candidate[] = [];
  let a = from;
  while (a < to) {
    let b = Math.min(to, a + MAX_NAME_WORDS);
    while (b > a && !known.has(toks.slice(a, b).map((t) => t.text.toLowerCase()).join(" "))) b--;
    if (b === a) {
      a++;
      continue;
    }
    const base = like ?? known.get(toks.slice(a, b).map((t) => t.text.toLowerCase()).join(" "))!;
    const span: Span = [toks[a]!.span[0], toks[b - 1]!.span[1]];
    const text = doc.text.slice(span[0], span[1]);
    out.push({ ...base, kind: "person", sentence, tokens: [a, b], span, text, surface: text, surfaceSpan: span, roles: [], bareRole: undefined, described: false, bracketAlias: like?.bracketAlias });
    a = b;
  }
  return out;
}

/** Fewest words of a line set in capitals read as such ("GOLF - HENKE TAKES LEAD"). */
const MIN_CAPITALS_WORDS = 3;

/**
 * A line set in capitals ("GOLF - HENKE TAKES LEAD IN MILWAUKEE, WOODS MAKES PRO DEBUT") shows no
 * names by its letters: the people in it are the names the rest of the article gives people
 * ("Nolan Henke", "Tiger Woods"), looked up word by word; nothing else there is a person.
 */
function capitalsNames(cands: Candidate[], doc: Document): Candidate[] {
  const caps = new Set(
    doc.sentences
      .filter((s) => {
        const words = s.tokens.filter((t) => /\p{L}/u.test(t.text));
        return words.length >= MIN_CAPITALS_WORDS && words.every((t) => t.text === t.text.toUpperCase());
      })
      .map((s) => s.index),
  );
  if (caps.size === 0 || caps.size === doc.sentences.length) return cands;
  const known = knownNames(cands, caps, true);
  const out = cands.filter((c) => !caps.has(c.sentence) || c.kind !== "person");
  for (const i of caps) out.push(...namesAmong(doc, i, 0, doc.sentences[i]!.tokens.length, known));
  return out;
}

/** "Sega ialah perusahaan ..." in one sentence makes "Sega menggarapnya" in another a firm too, and
 * "Charlotte, N.C." makes "Charlotte experienced chaos" a town: a name the article shows to be an
 * organisation or a place is one wherever only weak evidence calls it a person. */
function oneKindPerName(cands: Candidate[], sets: PeopleSets): Candidate[] {
  const described = new Map(cands.filter((c) => c.kind !== "person" && c.described).flatMap((c) => [c.text, ...(c.shortName ? [c.shortName] : [])].map((n) => [n.toLowerCase(), c.kind] as const)));
  // "Pirelli SpA", "Comelf SA", "PT Indofarma": a firm named with its legal form is the firm its bare name names,
  // whatever else the bare name's mentions suggest
  const firms = new Set<string>();
  for (const c of cands) {
    if (c.kind !== "organisation") continue;
    const words = c.text.split(/\s+/);
    if (words.length > 1 && sets.legalForms.has(words[words.length - 1]!.toLowerCase().replace(/\./g, ""))) firms.add(words.slice(0, -1).join(" ").toLowerCase());
    // ("PT Indofarma": the form before the name)
    if (words.length > 1 && sets.firmPrefixes.has(words[0]!.toLowerCase().replace(/\./g, ""))) firms.add(words.slice(1).join(" ").toLowerCase());
  }
  if (described.size === 0 && firms.size === 0) return cands;
  // a one-word name yields even to a role noun before it ("Pemain Nantes" is a Nantes player), not to
  // an honorific or a title kept with the name ("Bapak Musk")
  const weak = (c: Candidate) => c.evidence < 3 || (!c.text.includes(" ") && c.surface === c.text);
  return cands.map((c) => {
    const kind = c.kind !== "person" ? undefined : firms.has(c.text.toLowerCase()) ? "organisation" : weak(c) ? described.get(c.text.toLowerCase()) : undefined;
    return kind ? { ...c, kind, roles: [] } : c;
  });
}
