// A language's people lexicon compiled into sets and phrase tables, once per pack.

import type { LanguagePack } from "../../lang/types.js";
import { PhraseSet } from "../time/phrases.js";
import { key } from "../../segment/tokens.js";

export interface PeopleSets {
  honorifics: PhraseSet<true>;
  titles: PhraseSet<true>;
  roleNouns: PhraseSet<true>;
  roleModifiers: Set<string>;
  particles: Set<string>;
  degrees: Set<string>;
  orgMarkers: Set<string>;
  placeMarkers: Set<string>;
  placePrepositions: Set<string>;
  places: PhraseSet<true>;
  organisations: PhraseSet<true>;
  publicationMarkers: Set<string>;
  common: Set<string>;
  pronouns: Set<string>;
  demonstratives: Set<string>;
  givenNames: Set<string>;
  /** Verb forms, which never stand inside a role phrase. */
  verbLike: RegExp;
  /** Clause words (cues, adverbs, negations, conjunctions): a role phrase stops there. */
  clauseWords: Set<string>;
  /** Reporting cues, for "kata X" / "X said" evidence. */
  cues: PhraseSet<"before" | "after" | "either">;
}

const cache = new WeakMap<LanguagePack, PeopleSets>();

/** Lexicon keys: lower case, dots dropped ("Tn." → "tn", "S.H." → "sh"). */
export const lexKey = (w: string) => key(w).replace(/\./g, "");

export function peopleSets(pack: LanguagePack): PeopleSets {
  let s = cache.get(pack);
  if (s) return s;
  const p = pack.people;
  const phrases = (list: readonly string[]) => PhraseSet.of(list.map((w) => w.toLowerCase()));
  s = {
    honorifics: phrases(p.honorifics),
    titles: phrases(p.titles),
    roleNouns: phrases(p.roleNouns),
    roleModifiers: new Set(p.roleModifiers.map(lexKey)),
    particles: new Set(p.particles),
    degrees: new Set(p.degrees.map(lexKey)),
    orgMarkers: new Set(p.orgMarkers.map(lexKey)),
    placeMarkers: new Set(p.placeMarkers.map(lexKey)),
    placePrepositions: new Set(p.placePrepositions),
    places: phrases(p.places),
    organisations: phrases(p.organisations),
    publicationMarkers: new Set(p.publicationMarkers.map(lexKey)),
    common: new Set(p.commonWords.map((w) => w.toLowerCase())),
    pronouns: new Set(p.pronouns),
    demonstratives: new Set(p.demonstratives),
    givenNames: new Set(p.givenNames.map((w) => w.toLowerCase())),
    verbLike: p.verbPattern,
    clauseWords: new Set([...pack.claims.adverbs, ...pack.claims.negations, ...pack.claims.clauseBreaks, ...pack.claims.cues.map((c) => c.cue)]),
    cues: new PhraseSet(pack.claims.cues.filter((c) => !c.agentless).map((c) => [c.cue, c.source] as [string, "before" | "after" | "either"])),
  };
  cache.set(pack, s);
  return s;
}
