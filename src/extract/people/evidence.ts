// Evidence from context that a capitalised word names a person: a reporting cue beside it, a
// person-taking preposition or verb, a role phrase closed by a comma before it.

import type { Token } from "../../model.js";
import { isCapitalised } from "../../segment/tokens.js";
import type { PeopleSets } from "./lexicon.js";

/** "kata juru bicara Gugus Tugas Covid-19 Kabupaten Bekasi, Alamsyah": a name after a comma that
 * closes a phrase opened by a title or role noun (no verb between) names that role's holder. */
export function namesRoleBefore(toks: Token[], low: string[], s: number, sets: PeopleSets): boolean {
  if (low[s - 1] !== ",") return false;
  for (let k = s - 2; k >= 0 && k >= s - 14; k--) {
    const w = low[k]!;
    if (w === "," || sets.verbLike.test(w) || sets.clauseWords.has(w) && !sets.roleNouns.starts(w)) return false;
    if ((sets.titles.at(low, k) || sets.roleNouns.at(low, k)) && (k === 0 || !isCapitalised(toks[k - 1]!.text) || sets.cues.at(low, k - 1))) return true;
  }
  return false;
}

/** Where a capitalised word stands as a person does: the subject of a verb ("Hanung juga menjamin",
 * "Clinton had said"), the object of a verb or a person-taking preposition ("meminta SBY", "kepada
 * Sjahril", "told Smith"), or beside a person in "baik X maupun Y". */
export function personContext(toks: Token[], low: string[], s: number, e: number, sets: PeopleSets): boolean {
  const before = low[s - 1];
  if (before !== undefined && !isCapitalised(toks[s - 1]!.text) && sets.personPrepositions.has(before)) return true;
  if (!sets.verbContext) return false;
  // the subject of a verb: only at a clause start, not inside a list or after a preposition
  // ("bentrokan antara militer dan Rohingya kembali memanas")
  const subject = before === undefined || before === "," || sets.clauseWords.has(before) && !sets.listWords.has(before);
  let k = e;
  while (k < low.length && (sets.adverbs.has(low[k]!) || sets.auxiliaries.has(low[k]!))) k++;
  const next = low[k];
  if (subject && next !== undefined && !isCapitalised(toks[k]!.text) && sets.verbLike.test(next)) return true;
  return before !== undefined && !isCapitalised(toks[s - 1]!.text) && sets.transitiveVerbs.test(before);
}

/** A lower-case verb after position k (adverbs and auxiliaries skipped): "Meliadi juga menjelaskan". */
export function followedByVerb(toks: Token[], low: string[], k: number, sets: PeopleSets): boolean {
  while (k < low.length && (sets.adverbs.has(low[k]!) || sets.auxiliaries.has(low[k]!))) k++;
  return k < low.length && !isCapitalised(toks[k]!.text) && (sets.verbLike.test(low[k]!) || sets.cues.at(low, k) !== null);
}

export function cueNear(low: string[], s: number, e: number, sets: PeopleSets): boolean {
  let k = e;
  while (/^(juga|pun|kemudian|also|later|then)$/.test(low[k] ?? "")) k++;
  const after = sets.cues.at(low, k);
  if (after && after.value !== "after") return true;
  const before = sets.cues.before(low, s);
  if (before && before.value !== "before") return true;
  return false;
}
