// Evidence from context of what a capitalised run names: a person (a reporting cue beside it, a
// person-taking preposition or verb, a role phrase closed by a comma before it, what only people do
// or are, a noun a person owns, a family name) or a thing (what the words around call a firm or a
// work, a region after a town).

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
    // the role may follow the capitalised word that opens the sentence ("Tiga anggota lainnya, ...")
    if ((sets.titles.at(low, k) || sets.roleNouns.at(low, k)) && (k <= 1 || !isCapitalised(toks[k - 1]!.text) || sets.cues.at(low, k - 1))) return true;
  }
  return false;
}

/** Where a capitalised word stands as a person does: the subject of a verb ("Hanung juga menjamin",
 * "Clinton had said"), the object of a verb or a person-taking preposition ("meminta SBY", "kepada
 * Sjahril", "told Smith"), or beside a person in "baik X maupun Y". */
export function personContext(toks: Token[], low: string[], s: number, e: number, sets: PeopleSets): boolean {
  const before = low[s - 1];
  // (the hearer of a statement, "mengonfirmasi hal itu kepada Blackfilm", is as often the outlet
  // that reports it: a one-word hearer needs more than the preposition)
  const hearer = e - s === 1 && [2, 3, 4, 5].some((d) => sets.cues.at(low, s - d) !== null);
  if (before !== undefined && !isCapitalised(toks[s - 1]!.text) && sets.personPrepositions.has(before) && !hearer) return true;
  if (!sets.verbContext) return false;
  // the subject of a verb: only at a clause start, not inside a list or after a preposition
  // ("bentrokan antara militer dan Rohingya kembali memanas")
  const subject = before === undefined || before === "," || sets.clauseWords.has(before) && !sets.listWords.has(before) || afterTimeAdverbial(low, s, sets);
  let k = skipAdverbs(low, e, sets);
  const next = low[k];
  // an affixless verb ("datang", "tampil") also follows nouns that open a sentence ("Interupsi datang")
  if (subject && next !== undefined && !isCapitalised(toks[k]!.text) && (sets.verbLike.test(next) || (before !== undefined && sets.baseVerbs.has(next)))) return true;
  return before !== undefined && !isCapitalised(toks[s - 1]!.text) && sets.transitiveVerbs.test(before);
}

/** The first word at or after k that is no adverb or auxiliary ("juga", "akan", "had"), or that is a
 * cue when `cues` ("menambahkan" is both). */
function skipAdverbs(low: string[], k: number, sets: PeopleSets, cues = false): number {
  while (k < low.length && (sets.adverbs.has(low[k]!) || sets.auxiliaries.has(low[k]!)) && !(cues && sets.cues.at(low, k))) k++;
  return k;
}

/** A clause opened by a time adverbial ends just before s: "Pada tahun 1980 Yaya ...", "pada tahun yang
 * sama Tackey ...", "Sejak saat itu Budi ...". */
function afterTimeAdverbial(low: string[], s: number, sets: PeopleSets): boolean {
  const before = low[s - 1] ?? "";
  if (!/^\d{4}$/.test(before) && !sets.timeClosers.has(before)) return false;
  for (let k = s - 2; k >= 0 && k >= s - 5; k--) if (sets.timeOpeners.has(low[k]!)) return true;
  return false;
}

/** A lower-case verb after position k (adverbs and auxiliaries skipped): "Meliadi juga menjelaskan". */
export function followedByVerb(toks: Token[], low: string[], from: number, sets: PeopleSets): boolean {
  const k = skipAdverbs(low, from, sets);
  return k < low.length && !isCapitalised(toks[k]!.text) && (sets.verbLike.test(low[k]!) || sets.cues.at(low, k) !== null);
}

export function cueNear(low: string[], s: number, e: number, sets: PeopleSets): boolean {
  let k = e;
  // "Pengajar hukum, Hamidah Abdurrachman, menilai": a name set off by commas before its cue
  if (low[s - 1] === "," && low[e] === ",") k = e + 1;
  k = skipAdverbs(low, k, sets, true);
  const after = sets.cues.at(low, k);
  if (after && after.value !== "after") return true;
  const before = sets.cues.before(low, s);
  if (before && before.value !== "before") return true;
  return false;
}

/** What the words around a name say of it in one phrase: "Roestam tamatan ...", "bernama Jayanti",
 * "Williams sebagai co-pendiri", "berperan sebagai Susie Salmon". */
export function describedAsPerson(toks: Token[], low: string[], s: number, e: number, sets: PeopleSets): boolean {
  // "Dika yang berdarah asli Gorontalo"
  const k = skipAdverbs(low, sets.relatives.has(low[e] ?? "") ? e + 1 : e, sets);
  if (k < low.length && !isCapitalised(toks[k]!.text) && sets.personPredicates.has(low[k]!)) return true;
  // "Wahab Hasbullah adalah seorang ulama", "X merupakan salah seorang pendiri", "X adalah pelopor ..."
  if (sets.copulas.has(low[k] ?? "") && (sets.humanClassifiers.has(low[k + 1] ?? "") || sets.humanClassifiers.has(low[k + 2] ?? "") || holdsRole(low, k + 1, sets))) return true;
  // "Soedarto, SH", "Ildianto, S. Pd": a degree after the name
  if (low[e] === "," && isDegree(low, e + 1, sets)) return true;
  if (sets.namingWords.has(low[s - 1] ?? "") && !low.slice(Math.max(0, s - 7), s - 1).some((w) => sets.placeMarkers.has(w) || sets.orgMarkers.has(w))) return true;
  if (sets.asWords.has(low[e] ?? "") && holdsRole(low, e + 1, sets)) return true;
  // a character played: "berperan sebagai X", "memerankan X", "sebagai karakter "X""
  let b = s - 1;
  if (low[b] === '"' || low[b] === "“") b--;
  if (sets.actingWords.has(low[b] ?? "") && !sets.asWords.has(low[b - 1] ?? "")) return sets.actingVerbs.has(low[b]!);
  if (sets.asWords.has(low[b] ?? "")) {
    // the acting word may stand a few phrases back: "berperan dalam "Deep Love Host", sebagai "Tsukiko""
    for (let a = b - 1; a >= 0 && a >= b - 10; a--) if (sets.actingWords.has(low[a]!)) return true;
  }
  return false;
}

/** What the words around a name say it is, when it is a thing: "perusahaan Sega", "Sega ialah
 * perusahaan ...", "Sega, sebuah perusahaan ...", "the band Coldplay", what is founded, an acronym
 * spelt out as an organisation. (A score after a name tells nothing: players have scores too.) */
export function describedAsThing(toks: Token[], low: string[], s: number, e: number, sets: PeopleSets): boolean {
  const before = toks[s - 1];
  // "mendirikan Pink Floyd", "founded Tesla": what is founded is an organisation
  if (before && sets.foundingVerbs.has(low[s - 1]!)) return true;
  // "Kosgoro (Koperasi Serba Guna Gotong Royong)": the brackets spell out an organisation
  if (low[e] === "(" && toks[e + 1] && isCapitalised(toks[e + 1]!.text) && sets.orgMarkers.has(low[e + 1]!.replace(/\./g, ""))) return true;
  // "a mission called Europa Clipper", "a Pakistan-based group called X", "sebuah aplikasi bernama X":
  //   an article, up to two modifiers and a noun that is no person's name what follows
  if (before && sets.namingParticiples.has(low[s - 1]!) && s >= 3) {
    const noun = low[s - 2]!;
    const person = sets.personNouns.has(noun) || sets.humanClassifiers.has(noun) || sets.roleNouns.before(low, s - 1) !== null || sets.titles.before(low, s - 1) !== null;
    for (let a = s - 3; a >= 0 && a >= s - 5 && !person; a--) {
      if (isCapitalised(toks[a]!.text) && !sets.thingArticles.has(low[a]!)) break;
      if (sets.thingArticles.has(low[a]!) && low[a] !== "the") return !isCapitalised(toks[s - 2]!.text);
    }
  }
  // "Grup musik itu kemudian bernama Gigibiru": the clause's subject, which the naming verb names, is
  //   a thing (its head noun opens the clause, adverbs and a demonstrative between)
  if (before && sets.namingParticiples.has(low[s - 1]!)) {
    let a = s - 2;
    while (a >= 0 && (sets.adverbs.has(low[a]!) || sets.demonstratives.has(low[a]!))) a--;
    for (let k = a; k >= 0 && k >= a - 2; k--) {
      if (sets.personNouns.has(low[k]!) || sets.humanClassifiers.has(low[k]!)) break;
      if (sets.thingNouns.has(low[k]!) && (k === 0 || low[k - 1] === ",")) return true;
    }
  }
  // ("pembawa acara Tucker Carlson": the noun ends a role phrase there)
  if (before && !isCapitalised(before.text) && sets.thingNouns.has(low[s - 1]!) && !sets.roleNouns.before(low, s) && !sets.titles.before(low, s)) return true;
  // "..., surat kabar Spanyol, Marca": a thing named in a phrase of its own before the comma (not
  //   "a lawyer for the ferry company, Tom Varga": that phrase opens with a person)
  if (low[s - 1] === "," && [2, 3].some((d) => s - d >= 0 && !isCapitalised(toks[s - d]!.text) && sets.thingNouns.has(low[s - d]!) && opensPhrase(toks, low, s - d))) return true;
  let k = e;
  // (the comma after a source ends it: "menurut Jimly, partai politik tidak akan ..." is no apposition)
  const cue = sets.cues.before(low, s);
  if (sets.copulas.has(low[k] ?? "")) k++;
  else if (low[k] === "," && !(cue && cue.value !== "before")) k++;
  else return false;
  if (sets.namelyWords.has(low[k] ?? "")) k++; // "MyNurz, yakni sebuah platform"
  if (sets.thingArticles.has(low[k] ?? "")) k++;
  return sets.thingNouns.has(low[k] ?? "");
}

/** Whether the lower-case words back from k (one more at most) open a phrase after a comma. */
function opensPhrase(toks: Token[], low: string[], k: number): boolean {
  let j = k;
  if (j > 0 && !isCapitalised(toks[j - 1]!.text) && /^\p{Ll}+$/u.test(low[j - 1]!)) j--;
  return j === 0 || low[j - 1] === ",";
}

/** A degree at k, written whole or in parts: "SH", "S.H.", "S. Pd". */
function isDegree(low: string[], k: number, sets: PeopleSets): boolean {
  let joined = "";
  for (let j = k; j < low.length && j < k + 4; j++) {
    if (low[j] !== ".") joined += low[j]!.replace(/\./g, "");
    if (sets.degrees.has(joined)) return true;
  }
  return false;
}

/** A role phrase at k: a title or role noun, with its modifiers ("co-pendiri", "wakil ketua"). */
function holdsRole(low: string[], k: number, sets: PeopleSets): boolean {
  while (k < low.length && sets.roleModifiers.has(low[k]!)) k++;
  const w = low[k];
  if (w === undefined) return false;
  if (sets.titles.at(low, k) || sets.roleNouns.at(low, k)) return true;
  // "co-pendiri", "ex-presiden"
  const tail = /^\p{L}{1,4}-(\p{L}+)$/u.exec(w);
  return tail !== null && (sets.titles.at([tail[1]!], 0) !== null || sets.roleNouns.at([tail[1]!], 0) !== null);
}

/** A known place at k that closes its clause (a comma, a stop, a bracket or the end follows). */
export function regionFollows(toks: Token[], low: string[], k: number, sets: PeopleSets): boolean {
  const len = sets.places.at(low, k)?.length;
  if (!len) return false;
  const after = toks[k + len];
  return after === undefined || /^[,.;:)!?]$/.test(after.text);
}

/** A family name closing a name ("Izumi Sakai"), unless it is also a common word ("Central Park"). */
export function lastIsFamilyName(nameLow: readonly string[], sets: PeopleSets): boolean {
  const last = nameLow[nameLow.length - 1]!;
  return sets.familyNames.has(last) && !sets.common.has(last);
}

/** "kabinet Jokowi", "teman dekat Hariri", "Karier Cruyff", "Kemenangan pertama Whitmarsh": the name
 * follows a noun that a person owns, lower case or opening the sentence, perhaps with one qualifier
 * between. */
export function ownedByNoun(toks: Token[], low: string[], s: number, nameStart: number, sets: PeopleSets): boolean {
  let p: number;
  if (nameStart === s + 1 && s === 0) p = 0; // the noun opens the sentence and so the run
  else if (nameStart === s && s > 0) p = s - 1;
  else return false;
  if (p === s - 1 && p > 0 && sets.ownerModifiers.has(low[p]!)) p--;
  return (p === 0 || !isCapitalised(toks[p]!.text)) && sets.possessorNouns.has(low[p]!);
}
