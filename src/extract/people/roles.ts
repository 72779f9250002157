// Roles: the offices and descriptions around a name ("Presiden Rusia", "juru bicara Kremlin",
// ", Wakil Kepala Staf Pertama"), and definite descriptions that stand for a person ("Pemimpin Rusia
// itu", "the former president").

import type { Token } from "../../model.js";
import { isCapitalised, isWord, tokenSpan } from "../../segment/tokens.js";
import { lexKey, type PeopleSets } from "./lexicon.js";
import type { Candidate, Cls } from "./recognise.js";

/** The role named by the peeled prefix: titles with their qualifiers, honorifics left out. */
export function rolePhraseFromPrefix(toks: Token[], prefix: { cls: Cls; a: number; b: number }[], text: string): string | null {
  const firstRole = prefix.findIndex((p) => p.cls === "T" || p.cls === "R" || p.cls === "M");
  if (firstRole < 0) return null;
  const parts = prefix.slice(firstRole).filter((p) => p.cls !== "H");
  if (parts.length === 0) return null;
  const span = [toks[parts[0]!.a]!.span[0], toks[parts[parts.length - 1]!.b - 1]!.span[1]];
  return tidyRole(text.slice(span[0], span[1]));
}

/** A lower-case role phrase just before the name: "miliarder", "juru bicara", "ilmuwan politik",
 * "Kremlin spokesman"; across one comma for an apposition ("miliarder terkaya di dunia, Elon Musk,").
 * Titles must touch the name (capitalised qualifiers aside); role nouns may have a few descriptive
 * words between, never a verb. */
export function roleBefore(toks: Token[], low: string[], s: number, sets: PeopleSets, text: string, e = -1): { role: string; start: number; named?: boolean } | null {
  let end = s; // exclusive end of the role phrase
  const apposition = low[s - 1] === ",";
  if (apposition) end = s - 1;
  const maxBetween = apposition ? 3 : 2;
  let between = 0;
  let capitals = 0;
  let institution = false;
  /** The length of a capitalised title or role noun ending right before token a (0: none). */
  const titleEndingAt = (a: number) => (a > 0 && isCapitalised(toks[a - 1]!.text) ? (sets.titles.before(low, a) ?? sets.roleNouns.before(low, a))?.length ?? 0 : 0);
  for (let k = end - 1; k >= 0 && k >= end - 8; k--) {
    const w = low[k]!;
    if (!isWord(toks[k]!.text)) return null;
    const noun = sets.roleNouns.at(low, k);
    const title = noun ? null : sets.titles.at(low, k);
    const hit = noun ?? title;
    if (hit && k + hit.length <= end) {
      const words = low.slice(k + hit.length, end);
      const capsOnly = toks.slice(k + hit.length, end).every((t) => isCapitalised(t.text));
      if (title && !capsOnly) return null;
      if (words.some((x) => sets.verbLike.test(x))) return null;
      // "a victim of Epstein", "the wife of X": the name is the role's complement, not its holder
      if (noun && words.some((x) => sets.titleLinks.has(x))) return null;
      // (the unknown capitals must be an institution's name: an organisation or place word, an acronym;
      // "President Obama, Hillary Clinton and ..." is a list)
      if (capitals > 0 && !institution) return null;
      let a = k;
      while (a > 0 && sets.roleModifiers.has(low[a - 1]!)) a--;
      // (titles in a row are one: "Direktur Eksekutif", "Direktur Jenderal Pajak")
      for (let t = titleEndingAt(a); apposition && t > 0; t = titleEndingAt(a)) a -= t;
      // English "Kremlin spokesman", "Russian President": capitalised qualifiers before the role noun
      while (a > 0 && !apposition && isCapitalised(toks[a - 1]!.text) && (sets.organisations.at(low, a - 1) || sets.places.at(low, a - 1) || sets.demonym.test(toks[a - 1]!.text))) a--;
      // "... has hurt the GOP nominee with young voters, Graham said": before a name and its reporting
      // verb, a phrase inside the clause before the comma is that clause's end, not an apposition
      // ("Ketua KPK, Agus Rahardjo mengatakan" opens its clause)
      if (apposition && e >= 0 && sets.cues.at(low, e) && !opensClauseAt(toks, low, a, sets)) return null;
      const start = toks[a]!.span[0];
      // (a title qualified by a name the lists lack is a role, but no evidence that a person follows:
      // the name tagger was trained without it)
      return { role: tidyRole(text.slice(start, toks[end - 1]!.span[1])), start, ...(capitals > 0 ? { named: true } : {}) };
    }
    if (isCapitalised(toks[k]!.text)) {
      if (sets.organisations.at(low, k) || sets.places.at(low, k)) continue;
      // (an apposition's title may qualify itself with a name the lists lack, no person's: "kata
      // Direktur Eksekutif Voxpol Center, Pangi Syarwi Chaniago")
      if (apposition && ++capitals <= MAX_ROLE_CAPITALS && !sets.givenNames.has(w)) {
        institution ||= sets.orgMarkers.has(lexKey(w)) || sets.placeMarkers.has(lexKey(w)) || /^\p{Lu}{2,}$/u.test(toks[k]!.text);
        continue;
      }
      return null;
    }
    if (sets.demonstratives.has(w) || sets.clauseWords.has(w) || sets.verbLike.test(w) || sets.placePrepositions.has(w)) return null;
    if (++between > maxBetween) return null;
  }
  return null;
}

/** Capitalised words of an unknown name a title before a comma and a name may hold. */
const MAX_ROLE_CAPITALS = 3;

/** Whether the role phrase at token a opens its clause: the sentence's start, or punctuation, within
 * its determiners and two words more ("The campaign chairman", "Trump's campaign chairman"). */
function opensClauseAt(toks: Token[], low: string[], a: number, sets: PeopleSets): boolean {
  let p = a - 1;
  let words = 0;
  while (p >= 0 && isWord(toks[p]!.text) && (sets.determiners.has(low[p]!) || sets.appositionArticles.has(low[p]!) || ++words <= MODIFIERS_BEFORE_ROLE)) p--;
  return p < 0 || !isWord(toks[p]!.text);
}

/** Words read past before a role phrase for the start of its clause. */
const MODIFIERS_BEFORE_ROLE = 2;

/** An apposition after the name: ", Wakil Kepala Staf Pertama militer Rusia," → "Wakil Kepala Staf
 * Pertama"; ", pendiri perusahaan konsultan Eurasia Group yang ..." → up to the clause word;
 * English ", the Kremlin spokesman," → "Kremlin spokesman". */
export function roleAfter(toks: Token[], low: string[], e: number, sets: PeopleSets, text: string): string | null {
  if (low[e] !== ",") return null;
  let a = e + 1;
  if (sets.appositionArticles.has(low[a] ?? "")) a++;
  const start = a;
  let capitalisedTitle = toks[a] && isCapitalised(toks[a]!.text) && (sets.titles.at(low, a) || sets.roleModifiers.has(low[a]!));
  let b = a;
  let sawRole = false;
  while (b < toks.length && b - start < 8) {
    const w = low[b]!;
    // (", a spokesman for Mrs. Clinton,": an honorific's dot, written onto it, stays in the role)
    if (w === "." && b > start && toks[b]!.span[0] === toks[b - 1]!.span[1] && sets.honorifics.at(low, b - 1)?.length === 1 && isCapitalised(toks[b + 1]?.text ?? "")) {
      b++;
      continue;
    }
    if (!isWord(toks[b]!.text)) break;
    if (sets.appositionStops.has(w)) break;
    // ("Head of Communications Uber Indonesia": an office's linking word goes on when a capital follows)
    if (capitalisedTitle && !isCapitalised(toks[b]!.text) && !sets.particles.has(w) && !(sets.titleLinks.has(w) && isCapitalised(toks[b + 1]?.text ?? ""))) break;
    if (sets.roleNouns.at(low, b) || sets.titles.at(low, b)) sawRole = true;
    b++;
    // ", Mayor Ana Lind's chief of staff,": the role is what the possessor has ("Queen Elizabeth II's
    // third child" names none)
    if (capitalisedTitle && /['’]s$/.test(w)) {
      sawRole = false;
      capitalisedTitle = false;
    }
  }
  if (!sawRole || b === start) return null;
  // the role must not run into another person's name (a given name and a capital, past an acronym in
  // brackets): ", pengamat politik Lembaga Ilmu Pengetahuan Indonesia (LIPI) Siti Zuhro menilai" is
  // Siti Zuhro's role, before her name
  let c = b;
  if (low[c] === "(") {
    // (a short acronym only, looked for a few tokens on: one endless sentence of brackets stays linear)
    const close = low.slice(c + 1, c + 5).indexOf(")");
    if (close >= 0) c += close + 2;
  }
  if (c < toks.length && isCapitalised(toks[c]!.text) && sets.givenNames.has(low[c]!) && isCapitalised(toks[c + 1]?.text ?? "")) return null;
  return tidyRole(text.slice(toks[start]!.span[0], toks[b - 1]!.span[1]));
}

/** "Ketua MK saat itu Jimly Asshiddiqie", "Wakil Ketua Komite BPH Migas (BPH Migas) Fanshurullah Asa":
 * a title opening the capitalised phrase before the name, across brackets and "saat itu"; the role. */
export function titleAhead(toks: Token[], low: string[], s: number, sets: PeopleSets, text: string, afterOrg: boolean): string | null {
  let k = s - 1;
  let gap = false;
  let stretchEnd = -1; // exclusive end of the capitalised phrase that holds the title
  while (k >= 0 && s - k <= 16) {
    const w = low[k]!;
    const t = toks[k]!.text;
    if (w === "(" || w === ")") {
      gap = true;
      k--;
      continue;
    }
    if (sets.thenPhrases.some(([x, y]) => w === x && low[k + 1] === y)) {
      gap = true;
      k--;
      continue;
    }
    if (sets.thenPhrases.some(([x, y]) => w === y && low[k - 1] === x)) {
      k--;
      continue;
    }
    const inside = isWord(t) && (isCapitalised(t) || (sets.listWords.has(w) && k > 0 && isCapitalised(toks[k - 1]!.text)) || sets.particles.has(w));
    if (!inside) return null;
    if (stretchEnd < 0) stretchEnd = k + 1;
    if ((gap || afterOrg) && sets.titles.at(low, k) && (k === 0 || !isCapitalised(toks[k - 1]!.text) || sets.common.has(low[k - 1]!))) {
      return tidyRole(text.slice(toks[k]!.span[0], toks[stretchEnd - 1]!.span[1]));
    }
    k--;
  }
  return null;
}

/** A word that can follow a subject: a verb's form, an auxiliary, an adverb or a cue. */
function isVerbish(sets: PeopleSets, w: string): boolean {
  return sets.verbLike.test(w) || sets.auxiliaries.has(w) || sets.clauseWords.has(w);
}

/** "Pemimpin Rusia itu", "mantan presiden tersebut", "the former president", "the Russian leader". */
export function description(toks: Token[], low: string[], i: number, _s: number, sets: PeopleSets, text: string, sentence: number): Candidate | null {
  let a = i;
  const english = sets.demonstratives.has("the");
  if (english) {
    if (low[a] !== "the") return null;
    a++;
  }
  let b = a;
  // (a modifier that opens a title of its own stays: "the vice president" is no mere president)
  while (sets.roleModifiers.has(low[b] ?? "") && (sets.titles.at(low, b)?.length ?? 0) < 2) b++;
  const words: string[] = [];
  let head = false;
  while (b < toks.length && b - a < 6) {
    const r = sets.titles.at(low, b) ?? sets.roleNouns.at(low, b);
    if (r) {
      head = true;
      for (let k = b; k < b + r.length; k++) words.push(low[k]!);
      b += r.length;
      continue;
    }
    const q = sets.places.at(low, b) ?? sets.organisations.at(low, b);
    if (q && isCapitalised(toks[b]!.text)) {
      for (let k = b; k < b + q.length; k++) words.push(low[k]!);
      b += q.length;
      continue;
    }
    if (english && head) break;
    if (english && sets.demonym.test(toks[b]!.text)) {
      words.push(low[b]!);
      b++;
      continue;
    }
    if (!english && head && sets.roleTrailers.has(low[b]!)) {
      b++;
      continue;
    }
    break;
  }
  if (!head) return null;
  if (!english) {
    if (!sets.demonstratives.has(low[b] ?? "") || sets.proximalDemonstratives.has(low[b]!)) return null;
    b++;
  } else if (toks[b] && isCapitalised(toks[b]!.text)) {
    return null; // "the president Joe Biden": a name follows
  } else if (words.length === 1 && sets.adjectivalTitles.has(words[0]!) && toks[b] && isWord(toks[b]!.text) && !isVerbish(sets, low[b]!)) {
    return null; // "the general public": an adjective before its noun
  }
  // "salah satu pejabat tersebut", "one of the officials": a member of a group, no one named before
  if (sets.partitives.some((p) => p.length <= i && p.every((w, k) => low[i - p.length + k] === w))) return null;
  const span = tokenSpan(toks, i, b);
  const roleEnd = english ? b : b - 1;
  const role = tidyRole(text.slice(toks[english ? a : i]!.span[0], toks[roleEnd - 1]!.span[1]));
  const t = text.slice(span[0], span[1]);
  return { kind: "description", sentence, tokens: [i, b], span, text: t, surface: t, surfaceSpan: span, roles: [role], evidence: 0, accepted: true, descriptionWords: words };
}

/** Roles are stored as written, but a capitalised first word of a lower-case role noun is lowered
 * ("Miliarder" at a sentence start → "miliarder"). */
export function tidyRole(role: string): string {
  const r = role.replace(/\s+/g, " ").trim();
  const first = r.split(" ")[0]!;
  if (/^\p{Lu}\p{Ll}+$/u.test(first) && r.split(" ").length === 1) return r.toLowerCase();
  return r;
}
