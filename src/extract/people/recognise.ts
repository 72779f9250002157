// Find capitalised name runs in a sentence and decide what each is: a person (with titles peeled off
// into roles), an organisation, a place, a definite description ("Pemimpin Rusia itu"), or nothing.

import type { Sentence, Span, Token } from "../../model.js";
import { isCapitalised, isWord } from "../../segment/tokens.js";
import { lexKey, type PeopleSets } from "./lexicon.js";

export type CandidateKind = "person" | "organisation" | "place" | "description";

export interface Candidate {
  kind: CandidateKind;
  sentence: number;
  /** Token range of the name (person) or of the whole run (organisation, place, description). */
  tokens: [number, number];
  span: Span;
  text: string;
  /** The run as written, honorific and title included ("Bapak Musk", "Presiden Putin"). */
  surface: string;
  surfaceSpan: Span;
  roles: string[];
  /** A lone title before the name ("Presiden Putin"): a role only when no fuller one is known. */
  bareRole?: string;
  /** 0 none, 1 weak, 2 medium, 3 strong evidence that this is a person. */
  evidence: number;
  /** Words the definite description is made of (for matching to a person's roles). */
  descriptionWords?: string[];
  /** "Name (ALIAS)": the alias in brackets. */
  bracketAlias?: string;
}

type Cls = "H" | "T" | "R" | "M" | "P" | "O" | "C" | "N";

export function recogniseSentence(sentence: Sentence, text: string, sets: PeopleSets): Candidate[] {
  const toks = sentence.tokens;
  const low = toks.map((t) => t.text.toLowerCase());
  const out: Candidate[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!startsRun(toks, low, i, sets)) {
      // lower-case descriptions: "mantan presiden tersebut", "the former president"
      const w = low[i]!;
      const maybe = w === "the" || sets.titles.starts(w) || sets.roleNouns.starts(w) || sets.roleModifiers.has(w);
      const d = maybe ? description(toks, low, i, i, sets, text, sentence.index) : null;
      if (d) {
        out.push(d);
        i = d.tokens[1];
        continue;
      }
      i++;
      continue;
    }
    const end = runEnd(toks, low, i, sets);
    out.push(...classifyRun(toks, low, i, end, sets, text, sentence.index));
    i = end;
  }
  return out;
}

function startsRun(toks: Token[], low: string[], i: number, sets: PeopleSets): boolean {
  const t = toks[i]!.text;
  return isWord(t) && isCapitalised(t) && !/^\d/.test(t);
}

/** A run: capitalised words, with "." after an abbreviation or initial, particles and "of" inside. */
function runEnd(toks: Token[], low: string[], i: number, sets: PeopleSets): number {
  let j = i + 1;
  while (j < toks.length) {
    const t = toks[j]!.text;
    const next = toks[j + 1];
    const joined = (a: Token, b: Token) => a.span[1] === b.span[0];
    if (isWord(t) && isCapitalised(t) && !/^\d/.test(t)) {
      j++;
      continue;
    }
    if (t === "." && joined(toks[j - 1]!, toks[j]!) && next && isCapitalised(next.text) && isAbbrev(toks[j - 1]!.text, sets)) {
      j++;
      continue;
    }
    if (next && isCapitalised(next.text) && isWord(next.text) && (sets.particles.has(low[j]!) || (/^(of|for|urusan)$/.test(low[j]!) && sets.titles.at(low, j - 1) !== null))) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

function isAbbrev(w: string, sets: PeopleSets): boolean {
  if (/^\p{Lu}$/u.test(w)) return true;
  const k = lexKey(w);
  return sets.honorifics.at([k], 0) !== null || sets.titles.at([k], 0) !== null;
}

function classOf(low: string[], j: number, sets: PeopleSets): { cls: Cls; length: number } {
  const h = sets.honorifics.at(low, j);
  if (h) return { cls: "H", length: h.length + (low[j + h.length] === "." ? 1 : 0) };
  const t = sets.titles.at(low, j);
  if (t) return { cls: "T", length: t.length + (low[j + t.length] === "." ? 1 : 0) };
  const r = sets.roleNouns.at(low, j);
  if (r) return { cls: "R", length: r.length };
  if (sets.roleModifiers.has(low[j]!)) return { cls: "M", length: 1 };
  const o = sets.organisations.at(low, j);
  if (o) return { cls: "O", length: o.length };
  const p = sets.places.at(low, j);
  if (p) return { cls: "P", length: p.length };
  if (sets.orgMarkers.has(lexKey(low[j]!))) return { cls: "O", length: 1 };
  if (sets.common.has(low[j]!) && !sets.givenNames.has(low[j]!)) return { cls: "C", length: 1 };
  return { cls: "N", length: 1 };
}

function spanOf(toks: Token[], a: number, b: number): Span {
  return [toks[a]!.span[0], toks[b - 1]!.span[1]];
}

function classifyRun(toks: Token[], low: string[], s: number, e: number, sets: PeopleSets, text: string, sentence: number): Candidate[] {
  // 1. peel the prefix: honorifics, titles, role nouns, modifiers, and the places, organisations and
  //    common words that qualify a title ("Presiden Rusia", "Menteri Luar Negeri")
  const prefix: { cls: Cls; a: number; b: number }[] = [];
  let j = s;
  while (j < e) {
    const c = classOf(low, j, sets);
    if (c.cls === "N") break;
    if (/^(of|for|urusan)$/.test(low[j]!) || sets.particles.has(low[j]!)) {
      prefix.push({ cls: "C", a: j, b: j + 1 });
      j++;
      continue;
    }
    // a given name starts the name even when the word is also common ("Budi", "Mark")
    if (c.cls === "C" && sets.givenNames.has(low[j]!)) break;
    prefix.push({ cls: c.cls, a: j, b: Math.min(e, j + c.length) });
    j = Math.min(e, j + c.length);
  }
  let nameStart = j;
  let nameEnd = e;
  // degrees and possessives at the end: "Budi Santoso SH", "Musk's"
  while (nameEnd > nameStart && sets.degrees.has(lexKey(low[nameEnd - 1]!)) && nameEnd - nameStart > 1) nameEnd--;
  const hasTitle = prefix.some((p) => p.cls === "H" || p.cls === "T" || p.cls === "R");
  // "CEO Tesla Elon Musk": a given name later in the run starts the name; what stands before qualifies the title
  if (hasTitle && nameEnd - nameStart >= 3 && !sets.givenNames.has(low[nameStart]!)) {
    for (let k = nameStart + 1; k < nameEnd - 1; k++) {
      if (sets.givenNames.has(low[k]!)) {
        prefix.push({ cls: "O", a: nameStart, b: k });
        nameStart = k;
        break;
      }
    }
  }
  const surfaceSpan = spanOf(toks, s, e);
  const out: Candidate[] = [];

  // nothing left: an organisation, a place, a description ("Pemimpin Rusia itu"), or common words
  if (nameStart >= nameEnd) {
    const d = description(toks, low, s, s, sets, text, sentence);
    if (d) return [d];
    const whole = low.slice(s, e);
    if (prefix.some((p) => p.cls === "O")) return [entity("organisation", toks, s, e, text, sentence, sets)];
    if (prefix.every((p) => p.cls === "P" || p.cls === "C") && prefix.some((p) => p.cls === "P")) {
      return [entity("place", toks, s, e, text, sentence, sets)];
    }
    void whole;
    return out;
  }

  const nameLow = low.slice(nameStart, nameEnd);
  const nameSpan = spanOf(toks, nameStart, nameEnd);
  let nameText = text.slice(nameSpan[0], nameSpan[1]);
  // possessive: "Musk's" → "Musk"
  const poss = /['’]s$/.exec(nameText);
  if (poss) {
    nameText = nameText.slice(0, -2);
    nameSpan[1] -= 2;
  }
  const orgInName = nameLow.some((w) => sets.orgMarkers.has(lexKey(w))) || sets.organisations.at(nameLow, 0)?.length === nameLow.length;
  const placeInName = sets.places.at(nameLow, 0)?.length === nameLow.length || nameLow.some((w) => sets.placeMarkers.has(lexKey(w)));
  const given = sets.givenNames.has(nameLow[0]!) || (nameLow.length > 1 && /^\p{Lu}$/u.test(toks[nameStart]!.text));
  const prev = low[s - 1] ?? "";
  const afterPlacePrep = sets.placePrepositions.has(prev) && !hasTitle;

  if (orgInName && !(given && nameLow.length <= 3 && !sets.orgMarkers.has(lexKey(nameLow[0]!)) && hasTitle)) {
    return [entity("organisation", toks, s, e, text, sentence, sets)];
  }
  if (placeInName && !hasTitle) return [entity("place", toks, s, e, text, sentence, sets)];

  // evidence
  let evidence = 0;
  let strong = false;
  const roles: string[] = [];
  let bareRole: string | undefined;
  let titleRole = rolePhraseFromPrefix(toks, prefix, text);
  if (prefix.some((p) => p.cls === "H")) strong = true;
  if (titleRole) {
    const parts = prefix.filter((p) => p.cls !== "H");
    const bare = parts.length === 1 && parts[0]!.cls === "T" && !titleRole.includes(" ") && !sets.roleModifiers.has(prev);
    // "mantan Presiden Brasil": a lower-case modifier just before the run belongs to the role
    if (sets.roleModifiers.has(prev) && !isCapitalised(toks[s - 1]!.text)) titleRole = tidyRole(text.slice(toks[s - 1]!.span[0], toks[s]!.span[0]) + titleRole);
    if (bare) bareRole = titleRole;
    else roles.push(titleRole);
    strong = true;
  } else {
    const left = roleBefore(toks, low, s, sets, text);
    if (left) {
      // qualifiers inside the run belong to the role: "juru bicara Kremlin Dmitry Peskov"
      const role = nameStart > s ? tidyRole(text.slice(left.start, toks[nameStart - 1]!.span[1])) : left.role;
      roles.push(role);
      strong = true;
    }
  }
  const appo = roleAfter(toks, low, e, sets, text);
  if (appo) {
    roles.push(appo);
    evidence = 2;
  }
  if (strong) evidence = 3;
  if (given) evidence = Math.max(evidence, nameLow.length > 1 ? 3 : 2);
  if (cueNear(low, s, e, sets)) evidence = Math.max(evidence, 2);
  if (low[e] === "," && /^\d{1,3}$/.test(low[e + 1] ?? "") && (low[e + 2] === "," || low[e + 2] === ")")) evidence = Math.max(evidence, 2);
  const hasCommon = nameLow.some((w) => sets.common.has(w) && !sets.givenNames.has(w));
  if (nameLow.length > 1 && !hasCommon) evidence = Math.max(evidence, 1);
  if (afterPlacePrep && !strong) return [entity("place", toks, s, e, text, sentence, sets)];
  // one word that is also a common word ("Salah satu ...") needs a title or honorific
  if (nameLow.length === 1 && (sets.common.has(nameLow[0]!) || nameLow[0]!.length < 2) && !strong) return out;
  // a single unknown word is a person only with strong evidence; the alias pass may still claim it
  const needed = nameLow.length > 1 ? (hasCommon ? 3 : 2) : 2;

  // the surface keeps an honorific or a lone title ("Bapak Musk", "Presiden Putin"), not longer roles
  const plainPrefix = prefix.length > 0 && prefix.every((p) => p.cls === "H" || (p.cls === "T" && bareRole !== undefined));
  const honorificSurface = plainPrefix ? text.slice(surfaceSpan[0], nameSpan[1]) : nameText;
  const cand: Candidate = {
    kind: "person",
    sentence,
    tokens: [nameStart, nameEnd],
    span: nameSpan,
    text: nameText,
    surface: honorificSurface.replace(/\s+/g, " "),
    surfaceSpan: [plainPrefix ? surfaceSpan[0] : nameSpan[0], nameSpan[1]],
    roles,
    evidence: evidence >= needed ? evidence : Math.min(evidence, 1),
  };
  if (bareRole) cand.bareRole = bareRole;
  // "Joko Widodo (Jokowi)"
  if (low[e] === "(" && low[e + 2] === ")" && isCapitalised(toks[e + 1]!.text)) cand.bracketAlias = toks[e + 1]!.text;
  out.push(cand);
  return out;
}

function entity(kind: "organisation" | "place", toks: Token[], s: number, e: number, text: string, sentence: number, sets?: PeopleSets): Candidate {
  // a capitalised common word at the front is the sentence start, not the name ("Menurut Wall Street Journal")
  while (sets && s < e - 1 && sets.common.has(toks[s]!.text.toLowerCase()) && !sets.orgMarkers.has(lexKey(toks[s]!.text))) s++;
  const span = spanOf(toks, s, e);
  const t = text.slice(span[0], span[1]).replace(/\s+/g, " ");
  return { kind, sentence, tokens: [s, e], span, text: t, surface: t, surfaceSpan: span, roles: [], evidence: 0 };
}

/** The role named by the peeled prefix: titles with their qualifiers, honorifics left out. */
function rolePhraseFromPrefix(toks: Token[], prefix: { cls: Cls; a: number; b: number }[], text: string): string | null {
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
function roleBefore(toks: Token[], low: string[], s: number, sets: PeopleSets, text: string): { role: string; start: number } | null {
  let end = s; // exclusive end of the role phrase
  const apposition = low[s - 1] === ",";
  if (apposition) end = s - 1;
  const maxBetween = apposition ? 3 : 2;
  let between = 0;
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
      let a = k;
      while (a > 0 && sets.roleModifiers.has(low[a - 1]!)) a--;
      // English "Kremlin spokesman", "Russian President": capitalised qualifiers before the role noun
      while (a > 0 && !apposition && isCapitalised(toks[a - 1]!.text) && (sets.organisations.at(low, a - 1) || sets.places.at(low, a - 1) || /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u.test(toks[a - 1]!.text))) a--;
      const start = toks[a]!.span[0];
      return { role: tidyRole(text.slice(start, toks[end - 1]!.span[1])), start };
    }
    if (isCapitalised(toks[k]!.text)) {
      if (sets.organisations.at(low, k) || sets.places.at(low, k)) continue;
      return null;
    }
    if (sets.demonstratives.has(w) || sets.clauseWords.has(w) || sets.verbLike.test(w)) return null;
    if (++between > maxBetween) return null;
  }
  return null;
}

/** An apposition after the name: ", Wakil Kepala Staf Pertama militer Rusia," → "Wakil Kepala Staf
 * Pertama"; ", pendiri perusahaan konsultan Eurasia Group yang ..." → up to the clause word;
 * English ", the Kremlin spokesman," → "Kremlin spokesman". */
function roleAfter(toks: Token[], low: string[], e: number, sets: PeopleSets, text: string): string | null {
  if (low[e] !== ",") return null;
  let a = e + 1;
  if (/^(the|a|an|seorang|sang)$/.test(low[a] ?? "")) a++;
  const start = a;
  const capitalisedTitle = toks[a] && isCapitalised(toks[a]!.text) && (sets.titles.at(low, a) || sets.roleModifiers.has(low[a]!));
  let b = a;
  let sawRole = false;
  while (b < toks.length && b - start < 8) {
    const w = low[b]!;
    if (!isWord(toks[b]!.text)) break;
    if (/^(yang|dan|who|which|that|and|said|mengatakan|kata|telah|juga|is|was)$/.test(w)) break;
    if (capitalisedTitle && !isCapitalised(toks[b]!.text) && !sets.particles.has(w)) break;
    if (sets.roleNouns.at(low, b) || sets.titles.at(low, b)) sawRole = true;
    b++;
  }
  if (!sawRole || b === start) return null;
  // the role must end the apposition: a comma, the sentence end, or a clause word
  return tidyRole(text.slice(toks[start]!.span[0], toks[b - 1]!.span[1]));
}

function cueNear(low: string[], s: number, e: number, sets: PeopleSets): boolean {
  let k = e;
  while (/^(juga|pun|kemudian|also|later|then)$/.test(low[k] ?? "")) k++;
  const after = sets.cues.at(low, k);
  if (after && after.value !== "after") return true;
  const before = sets.cues.before(low, s);
  if (before && before.value !== "before") return true;
  return false;
}

/** "Pemimpin Rusia itu", "mantan presiden tersebut", "the former president", "the Russian leader". */
function description(toks: Token[], low: string[], i: number, _s: number, sets: PeopleSets, text: string, sentence: number): Candidate | null {
  let a = i;
  const english = sets.demonstratives.has("the");
  if (english) {
    if (low[a] !== "the") return null;
    a++;
  }
  let b = a;
  while (sets.roleModifiers.has(low[b] ?? "")) b++;
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
    if (english && /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish)$/u.test(toks[b]!.text)) {
      words.push(low[b]!);
      b++;
      continue;
    }
    if (!english && head && /^(politik|senior|utama|agung|besar|baru|lama)$/.test(low[b]!)) {
      b++;
      continue;
    }
    break;
  }
  if (!head) return null;
  if (!english) {
    if (!sets.demonstratives.has(low[b] ?? "") || low[b] === "ini") return null;
    b++;
  } else if (toks[b] && isCapitalised(toks[b]!.text)) {
    return null; // "the president Joe Biden": a name follows
  }
  const span = spanOf(toks, i, b);
  const roleEnd = english ? b : b - 1;
  const role = tidyRole(text.slice(toks[english ? a : i]!.span[0], toks[roleEnd - 1]!.span[1]));
  const t = text.slice(span[0], span[1]);
  return { kind: "description", sentence, tokens: [i, b], span, text: t, surface: t, surfaceSpan: span, roles: [role], evidence: 0, descriptionWords: words };
}

/** Roles are stored as written, but a capitalised first word of a lower-case role noun is lowered
 * ("Miliarder" at a sentence start → "miliarder"). */
export function tidyRole(role: string): string {
  const r = role.replace(/\s+/g, " ").trim();
  const first = r.split(" ")[0]!;
  if (/^\p{Lu}\p{Ll}+$/u.test(first) && r.split(" ").length === 1) return r.toLowerCase();
  return r;
}
