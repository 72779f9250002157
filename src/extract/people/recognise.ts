// Find capitalised name runs in a sentence and decide what each is: a person (with titles peeled off
// into roles), an organisation, a place, a definite description ("Pemimpin Rusia itu"), or nothing.

import type { Sentence, Span, Token } from "../../model.js";
import { isCapitalised, isWord, tokenSpan } from "../../segment/tokens.js";
import { lexKey, type PeopleSets } from "./lexicon.js";
import { description, roleAfter, roleBefore, rolePhraseFromPrefix, tidyRole, titleAhead } from "./roles.js";
import { cueNear, describedAsPerson, describedAsThing, followedByVerb, lastIsFamilyName, namesRoleBefore, ownedByNoun, personContext, regionFollows } from "./evidence.js";
import { acceptListed, listedWithOrganisations, splitTicket } from "./lists.js";

export { tidyRole } from "./roles.js";

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
  /** Enough evidence for this kind of name to stand as a person on its own (else only as an alias). */
  accepted: boolean;
  /** Words the definite description is made of (for matching to a person's roles). */
  descriptionWords?: string[];
  /** "Name (ALIAS)": the alias in brackets. */
  bracketAlias?: string;
  /** Other names the article gives the person with an alias cue ("Basuki Tjahaja Purnama alias
   * Ahok", "Eyi, sapaan akrab Raja Sapta Ervian"): they name this person wherever they stand. */
  cuedAliases?: string[];
  /** An organisation the words around it describe ("Sega ialah perusahaan", "Lexus, Nissan serta
   * Honda"): the name is one in the whole article. */
  described?: boolean;
  /** The shorter name the article may give the same organisation ("Thunder" for "Oklahoma City
   * Thunder"): it is that organisation too. */
  shortName?: string;
}

export type Cls = "H" | "T" | "R" | "M" | "P" | "O" | "C" | "N";

/** Why the rules found no name in a capitalised run (the tagger reads it: some reasons are surer
 * than others). */
export const VETO_REASONS = ["title-only", "thing", "common", "place-inside", "office", "degree", "demonym", "article", "qualifier", "shape", "capitals", "one-word"] as const;
export type VetoReason = (typeof VETO_REASONS)[number];

/** A run the rules read and found to name nothing: token range and why. */
export interface Veto {
  tokens: [number, number];
  reason: VetoReason | "other";
}

type NoName = Candidate[] & { reason?: VetoReason };
const none = (reason: VetoReason): NoName => Object.assign([] as Candidate[], { reason });

/**
 * The candidates of one sentence. `vetoed`, when given, collects the token ranges of capitalised runs
 * the rules read and found to name nothing (a law, a work, common words...): the tagger reads that.
 */
export function recogniseSentence(sentence: Sentence, text: string, sets: PeopleSets, vetoed?: Veto[]): Candidate[] {
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
    // "SMP Negeri 1 Putri Hijau", "Kodam V Jaya": after an institution and its number, the name goes on
    const last = out[out.length - 1];
    if (last && (last.kind === "organisation" || last.kind === "place") && last.tokens[1] === i - 1 && /^(?:\d{1,3}|[IVX]{1,4})$/.test(toks[i - 1]!.text)) {
      out[out.length - 1] = entity(last.kind, toks, last.tokens[0], end, text, sentence.index, sets);
      i = end;
      continue;
    }
    const found = classifyRun(toks, low, i, end, sets, text, sentence.index);
    if (found.length === 0) vetoed?.push({ tokens: [i, end], reason: (found as NoName).reason ?? "other" });
    out.push(...found);
    i = end;
  }
  return listedWithOrganisations(acceptListed(out, low, sets), low, sets);
}

function startsRun(toks: Token[], low: string[], i: number, sets: PeopleSets): boolean {
  const t = toks[i]!.text;
  // "333M", "5G": a letter written onto a number is a unit or an era, not an initial
  const prev = toks[i - 1];
  if (prev && prev.span[1] === toks[i]!.span[0] && /\d$/.test(prev.text)) return false;
  return isWord(t) && isCapitalised(t) && !/^\d/.test(t);
}

/** Words read back from a hyphen to count a name's words. */
const MAX_NAME_LOOKBACK = 6;

/** Longest syllable of a given name written after a hyphen ("un", "hee", "jung"). */
const MAX_NAME_SYLLABLE = 4;

/** Whether a name goes on across a hyphen written apart: "Jong - un" (a short lower-case syllable
 * that is no word of the language's lexicon: the article's own lower-case words hold the syllable
 * itself), "Saint - Germain" (a saint's name is hyphenated). */
function spacedHyphenGoesOn(before: string, after: string, sets: PeopleSets): boolean {
  if (!isCapitalised(before) || !isWord(after)) return false;
  // (not a word doubled, as Indonesian makes plurals: "Gol - gol Drogba")
  if (/^\p{Ll}+$/u.test(after)) return after.length <= MAX_NAME_SYLLABLE && after !== before.toLowerCase() && !sets.lexiconCommon.has(after) && !sets.particleClitics.includes(after) && !sets.honorificSuffixes.has(after);
  return sets.saintWords.has(before.toLowerCase()) && isCapitalised(after);
}

/** A run: capitalised words, with "." after an abbreviation or initial, particles and "of" inside. */
function runEnd(toks: Token[], low: string[], i: number, sets: PeopleSets): number {
  // a possessive ends the name: "Atlanta's Tom Glavine", "Hillary Clinton’s Contributors"
  if (/['’]s$/.test(toks[i]!.text)) return i + 1;
  let j = i + 1;
  while (j < toks.length) {
    const t = toks[j]!.text;
    const next = toks[j + 1];
    const joined = (a: Token, b: Token) => a.span[1] === b.span[0];
    // a capitalised function word inside a run is a Title Case headline's: the name ends before it
    if (isCapitalised(t) && sets.closedClass.has(low[j]!)) break;
    if ((isWord(t) && isCapitalised(t) && !/^\d/.test(t)) || sets.hyphenArticle.test(t)) {
      j++;
      if (/['’]s$/.test(t)) break;
      continue;
    }
    // a hyphen written apart inside a name ("Kim Jong - un", "Paris Saint - Germain", as pre-tokenised
    // text writes it): a short lower-case syllable after it, or any name after "Saint"
    if (t === "-" && next && !joined(toks[j - 1]!, toks[j]!) && !joined(toks[j]!, next) && spacedHyphenGoesOn(toks[j - 1]!.text, next.text, sets)) {
      j += 2;
      continue;
    }
    // a double name written apart: a surname after a name of two words ("Alex Oxlade - Chamberlain",
    // one capitalised word closing it), two given names ("Marc - Andre ter Stegen", the name going on);
    // a ticket joins names of two words each ("Prabowo Subianto - Hatta Rajasa") or unknown ones
    if (t === "-" && next && !joined(toks[j - 1]!, toks[j]!) && !joined(toks[j]!, next) && isWord(next.text) && isCapitalised(next.text)) {
      const after = toks[j + 2];
      const goesOn = after !== undefined && isWord(after.text) && (isCapitalised(after.text) || sets.particles.has(low[j + 2]!));
      // (the run's last words that are no common words: a sentence's first word may open it, "Pasangan
      // Anies - Sandi"; read back a few words only, so that a hostile run of hyphens stays linear)
      let named = 0;
      for (let k = j - 1; k >= Math.max(i, j - MAX_NAME_LOOKBACK) && named < 2; k--) if (!sets.lexiconCommon.has(low[k]!)) named++;
      // (a given name before the hyphen opens the name: "Striker Jean - Pierre Papin", not "Joko Widodo - Jusuf Kalla")
      const firstName = j - 1 === i || sets.lexiconCommon.has(low[j - 2]!) || sets.roleNouns.at(low, j - 2) !== null || sets.titles.at(low, j - 2) !== null;
      if ((named >= 2 && !goesOn) || (goesOn && firstName && sets.givenNames.has(low[j - 1]!) && sets.givenNames.has(low[j + 1]!))) {
        j += 2;
        continue;
      }
    }
    // "Harold Belafonte, Jr.": a generational suffix after a comma closes the name
    if (t === "," && next && sets.nameSuffixes.has(lexKey(next.text))) {
      j += 2;
      if (toks[j]?.text === "." && joined(toks[j - 1]!, toks[j]!)) j++;
      break;
    }
    // "Harold Belafonte Sr. adalah": the suffix's dot closes the name
    if (t === "." && joined(toks[j - 1]!, toks[j]!) && sets.nameSuffixes.has(lexKey(toks[j - 1]!.text))) {
      j++;
      break;
    }
    if (t === "." && joined(toks[j - 1]!, toks[j]!) && next && isCapitalised(next.text) && isAbbrev(toks[j - 1]!.text, sets)) {
      j++;
      continue;
    }
    // 'Roberto "Hands of Stone" Duran': a nickname in quotes between a given name and the surname
    const nick = j === i + 1 && sets.givenNames.has(low[i]!) ? nicknameEnd(toks, low, j) : -1;
    if (nick > 0) {
      j = nick;
      continue;
    }
    if (next && isCapitalised(next.text) && isWord(next.text) && (sets.particles.has(low[j]!) || (sets.titleLinks.has(low[j]!) && (sets.titles.at(low, j - 1) !== null || sets.orgMarkers.has(lexKey(low[j - 1]!)))))) {
      j++;
      continue;
    }
    // two particles in a row: "Joost van der Westhuizen", "Maria de la Cruz"
    const after = toks[j + 2];
    if (next && after && sets.particles.has(low[j]!) && sets.particles.has(low[j + 1]!) && isCapitalised(after.text) && isWord(after.text)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** Longest nickname in quotes inside a name. */
const MAX_NICKNAME_WORDS = 4;

/** Where the surname after a quoted nickname starts ('"Macho" Camacho'), or -1. */
function nicknameEnd(toks: Token[], low: string[], j: number): number {
  if (low[j] !== '"' && low[j] !== "“") return -1;
  const close = low[j] === "“" ? "”" : '"';
  let k = j + 1;
  while (k < toks.length && k - j <= MAX_NICKNAME_WORDS && low[k] !== close && isWord(toks[k]!.text)) k++;
  if (low[k] !== close || k === j + 1 || !isCapitalised(toks[j + 1]!.text)) return -1;
  const surname = toks[k + 1];
  return surname && isWord(surname.text) && isCapitalised(surname.text) ? k + 1 : -1;
}

function isAbbrev(w: string, sets: PeopleSets): boolean {
  if (/^\p{Lu}$/u.test(w)) return true;
  const k = lexKey(w);
  if (sets.nameSuffixes.has(k)) return true;
  if (sets.placeMarkers.has(k)) return true; // "St. Louis"
  return sets.honorifics.at([k], 0) !== null || sets.titles.at([k], 0) !== null;
}

function classOf(low: string[], j: number, sets: PeopleSets): { cls: Cls; length: number } {
  // an initial ("A. Dale", "I. Austin") is part of a name even when the letter is a word
  if (low[j + 1] === "." && /^\p{L}$/u.test(low[j]!)) return { cls: "N", length: 1 };
  const h = sets.honorifics.at(low, j);
  const t = sets.titles.at(low, j);
  // the longer reading wins: "Miss Universe" is a title, not "Miss" before a name
  if (h && !(t && t.length > h.length)) return { cls: "H", length: h.length + (low[j + h.length] === "." ? 1 : 0) };
  if (t) return { cls: "T", length: t.length + (low[j + t.length] === "." ? 1 : 0) };
  const r = sets.roleNouns.at(low, j);
  if (r) return { cls: "R", length: r.length };
  if (sets.roleModifiers.has(low[j]!)) return { cls: "M", length: 1 };
  const o = sets.organisations.at(low, j);
  if (o) return { cls: "O", length: o.length };
  const p = sets.places.at(low, j);
  if (p) return { cls: "P", length: p.length };
  if (sets.orgMarkers.has(lexKey(low[j]!))) return { cls: "O", length: 1 };
  // "Desa", "Kota": common words too, but in a capitalised run they name the place that follows
  if (sets.placeMarkers.has(lexKey(low[j]!))) return { cls: "P", length: 1 };
  if (sets.common.has(low[j]!) && !sets.givenNames.has(low[j]!)) return { cls: "C", length: 1 };
  return { cls: "N", length: 1 };
}

const TITLE_CASE = new WeakMap<readonly Token[], boolean>();

/** Whether a sentence is written in title case, as headlines are: fewer than two words of four
 * letters or more that are not capitalised. Computed once a sentence. */
function titleCase(toks: readonly Token[]): boolean {
  let known = TITLE_CASE.get(toks);
  if (known === undefined) {
    let lower = 0;
    for (const t of toks) if (t.text.length >= 4 && /^\p{Ll}/u.test(t.text)) lower++;
    TITLE_CASE.set(toks, (known = lower < 2));
  }
  return known;
}

function classifyRun(toks: Token[], low: string[], s: number, e: number, sets: PeopleSets, text: string, sentence: number, afterOrg = false): Candidate[] {
  // "N. Korea", "S. Korean": a compass initial before a place or a people
  if (e - s > 2 && /^[nsew]$/.test(low[s]!) && low[s + 1] === "." && (sets.places.at(low, s + 2) || sets.demonym.test(toks[s + 2]!.text))) return [entity("place", toks, s, e, text, sentence, sets)];
  // "Pirelli SpA", "Bank Mandiri Tbk": a legal form closes a firm's name
  if (e - s > 1 && sets.legalForms.has(low[e - 1]!.replace(/\./g, ""))) return [entity("organisation", toks, s, e, text, sentence, sets)];
  // "RSUD dr Soetomo": a lower-case honorific between an institution's word and the name
  if (s > 1 && !isCapitalised(toks[s - 1]!.text) && sets.honorifics.at(low, s - 1)?.length === 1 && isCapitalised(toks[s - 2]!.text) && sets.orgMarkers.has(lexKey(low[s - 2]!))) return [entity("organisation", toks, s, e, text, sentence, sets)];
  // "Fraksi Partai Demokrat Saan Mustopa", "Niaga Pertamina Hanung Budya": a name after a known
  // organisation or an acronym is that organisation's person
  const tail = afterOrg ? -1 : organisationThenName(toks, low, s, e, sets);
  if (tail > 0) {
    // the words before the person's name are the organisation's, whatever titles open them
    const head = classifyRun(toks, low, s, tail, sets, text, sentence).map((c) => (c.kind === "person" ? entity("organisation", toks, c.tokens[0], c.tokens[1], text, sentence, sets) : c));
    // (a head that opens with a title or a role noun is the person's role: "Ekonom PT Bank Permata Tbk")
    const cls = classOf(low, s, sets).cls;
    const role = cls === "T" || cls === "R" ? tidyRole(text.slice(toks[s]!.span[0], toks[tail - 1]!.span[1])) : undefined;
    const named = classifyRun(toks, low, tail, e, sets, text, sentence, true).map((c) => (role && c.kind === "person" && c.roles.length === 0 ? { ...c, roles: [role] } : c));
    return [...head, ...named];
  }
  // 1. peel the prefix: honorifics, titles, role nouns, modifiers, and the places, organisations and
  //    common words that qualify a title ("Presiden Rusia", "Menteri Luar Negeri")
  const prefix: { cls: Cls; a: number; b: number }[] = [];
  let j = s;
  while (j < e) {
    // the dot of an abbreviated title or place word in the prefix ("Kab. Bogor", "Gov. X")
    if (low[j] === "." && j > s) {
      prefix.push({ cls: "C", a: j, b: j + 1 });
      j++;
      continue;
    }
    const c = classOf(low, j, sets);
    if (c.cls === "N") break;
    if (sets.titleLinks.has(low[j]!) || sets.particles.has(low[j]!)) {
      prefix.push({ cls: "C", a: j, b: j + 1 });
      j++;
      continue;
    }
    // a given name starts the name even when the word is also common ("Budi", "Mark")
    if (c.cls === "C" && sets.givenNames.has(low[j]!)) break;
    // ... or a place, when an unknown word follows ("Virginia Giuffre"; not "Austin Mayor Steve Adler")
    // (or a club: "Chelsea Clinton" as "Chelsea Handler")
    if ((c.cls === "P" || c.cls === "O") && c.length === 1 && sets.givenNames.has(low[j]!) && j + 1 < e && classOf(low, j + 1, sets).cls === "N") break;
    // a family name that is also a word opens a name of two more unknown words ("Song Joong Ki")
    if (c.cls === "C" && sets.familyNames.has(low[j]!) && e - j >= 3 && classOf(low, j + 1, sets).cls === "N" && classOf(low, j + 2, sets).cls === "N") break;
    // "Bung Tomo", "Gus Dur": the honorific is part of the name; "I Made Mudharta": so is "I"
    if (j + 1 < e && (sets.nameHonorifics.has(low[j]!) || (sets.namePrefixes.has(low[j]!) && sets.givenNames.has(low[j + 1]!)))) break;
    prefix.push({ cls: c.cls, a: j, b: Math.min(e, j + c.length) });
    j = Math.min(e, j + c.length);
  }
  // a verb form opening a sentence is not a name ("Melansir AceShowbiz, ..."), given names aside
  //   (one followed by a verb is the subject: "Meliadi menjelaskan")
  if (j === 0 && j < e && sets.verbContext && sets.verbLike.test(low[0]!) && !sets.givenNames.has(low[0]!) && !(e === 1 && followedByVerb(toks, low, 1, sets))) {
    prefix.push({ cls: "C", a: 0, b: 1 });
    j = 1;
  }
  let nameStart = j;
  let nameEnd = e;
  // degrees, dates and verbs at the end: "Budi Santoso SH", "Amanda Vanstone Selasa", and Title Case
  // headlines ("Hillary Clinton Was Headed")
  // (a verb's shape stops a name in a headline's title case, or when the word lists know the word
  // ("Menjadi", "Bersaudara"): in running text any other capitalised word inside a name is more of it,
  // "Febri Diansyah", "Angela Merkel", "Silvio Berlusconi")
  const stop = (w: string) => sets.auxiliaries.has(w) || sets.clauseWords.has(w) || (sets.verbContext && sets.capitalVerb(w) && !sets.givenNames.has(w) && (titleCase(toks) || sets.lexiconCommon.has(w)));
  // (a month right after a given name, with no day after it, is a surname: "Theresa May", "Brian May";
  // a weekday never is: "ucap Wiranto Selasa (22/6)")
  const surnameMonth = (k: number) => k > nameStart && sets.timeWords.has(low[k]!) && !sets.weekdays.has(low[k]!) && sets.givenNames.has(low[k - 1]!) && !/^\d/.test(low[k + 1] ?? "");
  for (let k = nameStart + 1; k < nameEnd; k++) {
    if (stop(low[k]!) && !surnameMonth(k)) {
      nameEnd = k;
      break;
    }
  }
  while (nameEnd > nameStart + 1 && (sets.degrees.has(lexKey(low[nameEnd - 1]!)) || (sets.timeWords.has(low[nameEnd - 1]!) && !surnameMonth(nameEnd - 1)))) nameEnd--;
  // a title inside the run: "Cofinec CEO Stephen Frater" → role "Cofinec CEO", name "Stephen Frater";
  //   after a given name only when another given name follows ("Charlotte Mayor Jennifer Roberts")
  for (let k = nameStart + 1; k < nameEnd - 1; k++) {
    const t = sets.titles.at(low, k) ?? sets.roleNouns.at(low, k);
    if (t && k + t.length < nameEnd && (!sets.givenNames.has(low[nameStart]!) || sets.givenNames.has(low[k + t.length]!))) {
      let end = k + t.length + (low[k + t.length] === "." ? 1 : 0); // "Indiana Gov. Mike Pence"
      // titles in a row are one: "PolitiFact Executive Director Aaron Sharockman"
      for (let more = sets.titles.at(low, end) ?? sets.roleNouns.at(low, end); more && end + more.length < nameEnd; more = sets.titles.at(low, end) ?? sets.roleNouns.at(low, end)) end += more.length;
      if (end >= nameEnd) break;
      prefix.push({ cls: "O", a: nameStart, b: k }, { cls: "T", a: k, b: end });
      nameStart = end;
      break;
    }
  }
  // after a lower-case role noun, one unknown word before a given name qualifies the role: it is the
  //   team or firm the person belongs to ("pemain Nantes Diego Carlos", "pelatih Persib Robert Alberts")
  let qualifier: Candidate | null = null;
  if (prefix.length === 0 && s > 0 && !isCapitalised(toks[s - 1]!.text) && sets.roleNouns.at(low, s - 1)?.length === 1 && e - s >= 3 && !sets.givenNames.has(low[s]!) && sets.givenNames.has(low[s + 1]!) && classOf(low, s, sets).cls === "N" && !sets.shipPrefixes.has(low[s]!)) {
    qualifier = { ...entity("organisation", toks, s, s + 1, text, sentence), described: true };
    prefix.push({ cls: "O", a: s, b: s + 1 });
    nameStart = s + 1;
  }
  // demonyms and qualifiers before a given name: "Australian Tom Moody", "Mexican Ariel Cruz"
  //   and places and organisations of any length ("warga Surabaya Budi Santoso", "PWNU DKI Jakarta Abdul
  //   Wahid Hasyim")
  for (;;) {
    if (nameEnd - nameStart < 3 || sets.givenNames.has(low[nameStart]!)) break;
    const len = sets.demonym.test(toks[nameStart]!.text) ? 1 : (sets.places.at(low, nameStart)?.length ?? sets.organisations.at(low, nameStart)?.length ?? 0);
    if (len === 0 || nameEnd - nameStart - len < 2 || !sets.givenNames.has(low[nameStart + len]!)) break;
    prefix.push({ cls: "P", a: nameStart, b: nameStart + len });
    nameStart += len;
  }
  // a regional head's title names the region first: "Bupati Muna Rusman Emba", "Camat Grogol
  //   Petamburan Asep Subahan", "Bupati Konawe Kepulauan" (no name at all)
  const lastTitle = prefix[prefix.length - 1];
  if (lastTitle && lastTitle.cls === "T" && lastTitle.b === nameStart && sets.jurisdictionTitles.at(low, lastTitle.a)?.length === lastTitle.b - lastTitle.a) {
    const marker = low.slice(nameStart, nameEnd).findIndex((x) => sets.placeMarkers.has(lexKey(x)));
    // "Bupati Kutai Timur Encek ...": the region runs to the word closing a place's name
    const suffix = low.slice(nameStart, nameEnd).findIndex((x, k) => k > 0 && sets.placeSuffixes.has(lexKey(x)));
    let region = marker >= 0 ? marker + 1 : suffix > 0 ? suffix + 1 : 0;
    if (region === 0) for (let k = nameStart + 1; k < nameEnd - 1 && region === 0; k++) if (sets.givenNames.has(low[k]!)) region = k - nameStart;
    if (region === 0 && nameEnd - nameStart >= 3 && !sets.givenNames.has(low[nameStart]!)) region = 1;
    if (region > 0) {
      if (nameStart + region >= nameEnd) return [entity("place", toks, nameStart, nameEnd, text, sentence, sets)];
      prefix.push({ cls: "P", a: nameStart, b: nameStart + region });
      nameStart += region;
    }
  }
  // "Warga Bekasi Selatan Lala Gozali": the compass word closes the place before the name
  const lastPlace = prefix[prefix.length - 1];
  if (lastPlace && lastPlace.cls === "P" && lastPlace.b === nameStart && nameEnd > nameStart && sets.placeSuffixes.has(lexKey(low[nameStart]!))) {
    // "Perwakilan Jakarta Raya": the compass word closes the place and nothing is left for a name
    if (nameEnd - nameStart === 1) return [entity("place", toks, lastPlace.a, nameEnd, text, sentence, sets)];
    lastPlace.b++;
    nameStart++;
  }
  const hasTitle = prefix.some((p) => p.cls === "H" || p.cls === "T" || p.cls === "R");
  // "kompetisi Mr Ugly World": an honorific does not stop what the words around say the name is
  const honorificOnly = prefix.length > 0 && prefix.every((p) => p.cls === "H");
  const firstReal = prefix.find((p) => p.cls !== "C");
  const surfaceSpan = tokenSpan(toks, s, e);

  // an organisation or place word opening the run makes it one ("Kantor Meteorologi ...", "Masjid ...")
  if (firstReal && !hasTitle && firstReal.cls === "O" && sets.orgMarkers.has(lexKey(low[firstReal.a]!))) return [entity("organisation", toks, s, e, text, sentence, sets)];
  // "RSUD dr Soetomo", "Universitas Dr. Soetomo": an institution named after a doctor
  if (prefix[0]?.cls === "O" && prefix[0].a === s && prefix[1]?.cls === "H" && sets.orgMarkers.has(lexKey(low[s]!))) return [entity("organisation", toks, s, e, text, sentence, sets)];
  const opener = low[firstReal ? firstReal.a : nameStart] ?? "";
  if (!hasTitle && (sets.placeMarkers.has(lexKey(opener)) || sets.placeMarkers.has(lexKey(low[s]!)))) return [entity("place", toks, s, e, text, sentence, sets)];
  // "Oklahoma City Thunder", "Los Angeles Clippers": a town's name and a word or two that are no
  //   person's name a team or a firm of that town, which the article may name by the last word alone
  if (!hasTitle && townTeam(toks, low, s, e, sets)) return [{ ...entity("organisation", toks, s, e, text, sentence, sets), described: true, shortName: toks[e - 1]!.text }];

  // nothing left: an organisation, a place, a description ("Pemimpin Rusia itu"), or common words
  if (nameStart >= nameEnd) {
    const d = description(toks, low, s, s, sets, text, sentence);
    if (d) return [d];
    if (prefix.some((p) => p.cls === "O")) return [entity("organisation", toks, s, e, text, sentence, sets)];
    if (prefix.every((p) => p.cls === "P" || p.cls === "C") && prefix.some((p) => p.cls === "P")) return [entity("place", toks, s, e, text, sentence, sets)];
    return none("title-only");
  }

  // possessives are read without their "'s": "Virginia's" is the place Virginia
  const nameLow = low.slice(nameStart, nameEnd).map((w, k, all) => (k === all.length - 1 ? w.replace(/['’]s$/, "") : w));
  const nameToks = toks.slice(nameStart, nameEnd);
  const nameSpan = tokenSpan(toks, nameStart, nameEnd);
  let nameText = text.slice(nameSpan[0], nameSpan[1]);
  // possessive: "Musk's" → "Musk"
  if (/['’]s$/.test(nameText)) {
    nameText = nameText.slice(0, -2);
    nameSpan[1] -= 2;
  }
  const nameHonorific = nameLow.length > 1 && sets.nameHonorifics.has(nameLow[0]!);
  const given =
    sets.givenNames.has(nameLow[0]!) ||
    (nameLow.length > 1 && (/^\p{Lu}$/u.test(nameToks[0]!.text) || sets.namePrefixes.has(nameLow[0]!) || sets.familyNames.has(nameLow[0]!) || lastIsFamilyName(nameLow, sets)));
  const isCommon = (w: string) => sets.common.has(w) && !sets.givenNames.has(w);
  const isPlace = (k: number) => sets.places.at(nameLow, k) !== null;
  const orgInName = nameLow.some((w) => sets.orgMarkers.has(lexKey(w))) || sets.organisations.at(nameLow, 0)?.length === nameLow.length;
  const placeInName = sets.places.at(nameLow, 0)?.length === nameLow.length || nameLow.some((w) => sets.placeMarkers.has(lexKey(w)));
  const prev = low[s - 1] ?? "";

  // the name of a law, a war, an event, a work or a firm: "Doktrin ...", "Perang Diponegoro", "... Act"
  const head = low[firstReal ? firstReal.a : s]!;
  if (!hasTitle && (sets.thingHeads.has(low[s]!) || sets.thingHeads.has(head) || sets.thingHeads.has(nameLow[nameLow.length - 1]!) && nameLow.length > 1)) return none("thing");
  if ((!hasTitle || honorificOnly) && describedAsThing(toks, low, s, e, sets)) return [{ ...entity("organisation", toks, nameStart, e, text, sentence, sets), described: true }];
  // "Ketua Yayasan Damandiri Jakarta": words right after an organisation word name the organisation
  const lastPrefix = prefix[prefix.length - 1];
  if (lastPrefix && lastPrefix.b === nameStart && lastPrefix.cls === "O" && sets.orgMarkers.has(lexKey(low[nameStart - 1]!)) && !given) return [entity("organisation", toks, lastPrefix.a, e, text, sentence, sets)];
  if (orgInName && !(given && hasTitle && nameLow.length <= 3 && !sets.orgMarkers.has(lexKey(nameLow[0]!)))) return [entity("organisation", toks, s, e, text, sentence, sets)];
  if (placeInName && !hasTitle) return [entity("place", toks, s, e, text, sentence, sets)];
  // "warga Grogol Selatan": a name closed by a compass point is a place's, whatever stands before it
  if (nameLow.length > 1 && sets.placeSuffixes.has(lexKey(nameLow[nameLow.length - 1]!))) return [entity("place", toks, nameStart, nameEnd, text, sentence, sets)];
  // names are not made of common words and places ("Menteri Perumahan Rakyat", "Tim Indonesia")
  if (nameLow.every((w, k) => isCommon(w) || isPlace(k) || (k === 0 && nameLow.length > 1 && sets.common.has(w)))) return none("common");
  // "Damandiri Jakarta": a place inside a name that has no given name is an institution's name
  if (!given && !hasTitle && nameLow.some((_, k) => k > 0 && isPlace(k))) return none("place-inside");
  // "Kabag Ops Polrestro Bekasi Kota": a place and its marker close an office's run, even after a title
  const last = nameLow.length - 1;
  if (!given && last > 0 && sets.placeMarkers.has(lexKey(nameLow[last]!)) && nameLow.some((_, k) => k < last && sets.places.at(nameLow, k)?.length === last - k)) return none("place-inside");
  // a run that ends in a title names an office, not a person ("Konvensi Calon Presiden")
  if (!(given && nameLow.length >= 2) && (sets.titles.at(nameLow, nameLow.length - 1) || sets.roleNouns.at(nameLow, nameLow.length - 1))) return none("office");
  if (nameLow.every((w) => sets.degrees.has(lexKey(w))) || sets.degrees.has(nameLow.join("").replace(/\./g, ""))) return none("degree");
  // "Douglas & Lomason", "Ohio-based KeyCorp": firms
  if (low[e] === "&" || low[e] === "-based" || nameLow.some((w) => w.endsWith("-based"))) return [entity("organisation", toks, s, e, text, sentence, sets)];
  // a nationality inside a run makes it a description or a team ("South Korean", "British Universities")
  if (!given && !hasTitle && nameToks.some((t) => sets.demonym.test(t.text))) return none("demonym");
  // "Kristen Protestan", "Batak Toba"... every word a creed or a people: no person, given names aside
  //   ("Guru Bumiputra", "Raja Jawa" describe, even after a title)
  if (nameToks.every((t, k) => sets.demonym.test(t.text) || isPlace(k)) && nameToks.some((t) => sets.demonym.test(t.text))) return none("demonym");
  // "the Oval", "the Eagles": people take no article in English, nor a year between ("the 2017 Ford Fusion")
  const yearBetween = /^\d{4}$/.test(prev) && sets.determiners.has(low[s - 2] ?? "");
  // ... but for a name that qualifies what a person has ("the George W. Bush administration")
  const attributive = sets.personAttributives.has((low[e] ?? "").replace(/['’]s$/, "")) && !isCapitalised(toks[e]!.text) && (given || nameLow.length === 1);
  if (!hasTitle && !attributive && (sets.determiners.has(prev) || sets.determiners.has(low[nameStart - 1] ?? "") || yearBetween)) return none("article");
  // "Eagles owner Jeffrey Lurie": a word that qualifies a following role noun is not a person
  if (!hasTitle && low[e] !== undefined && !isCapitalised(toks[e]!.text) && sets.roleNouns.at(low, e) && toks[e + sets.roleNouns.at(low, e)!.length] && isCapitalised(toks[e + sets.roleNouns.at(low, e)!.length]!.text)) return none("qualifier");
  // ALL-CAPS runs are acronyms and headlines, one letters are initials or table heads; a short one
  // stands for a person only after a title or where a person stands ("meminta SBY", "SBY akan ...")
  // no person's name holds a digit ("Covid-19", "G20", "MH370"), ends a word in capitals after small
  // letters, as brands do ("SiriusXM"), or opens one with a lone letter and a hyphen ("K-Popers", "E-KTP")
  if (nameToks.some((t) => /\p{N}/u.test(t.text) || /\p{Ll}\p{Lu}{2,}$/u.test(t.text) || /^\p{Lu}-/u.test(t.text))) return none("shape");
  const allCaps = nameToks.every((t) => t.text.length === 1 || (t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text) && !/\p{Ll}/u.test(t.text) && t.text.length >= 2));
  if (allCaps && !(nameToks.length === 1 && hasTitle)) return none("capitals");

  // evidence
  let evidence = 0;
  let strong = prefix.some((p) => p.cls === "H") || nameHonorific;
  const roles: string[] = [];
  let bareRole: string | undefined;
  let titleRole = rolePhraseFromPrefix(toks, prefix, text);
  if (titleRole) {
    const parts = prefix.filter((p) => p.cls !== "H");
    const bare = parts.length === 1 && parts[0]!.cls === "T" && !titleRole.includes(" ") && !sets.roleModifiers.has(prev);
    // "mantan Presiden Brasil": a lower-case modifier just before the run belongs to the role
    if (sets.roleModifiers.has(prev) && !isCapitalised(toks[s - 1]!.text)) titleRole = tidyRole(text.slice(toks[s - 1]!.span[0], toks[s]!.span[0]) + titleRole);
    if (bare) bareRole = titleRole;
    else roles.push(titleRole);
    strong = true;
  } else {
    const left = roleBefore(toks, low, s, sets, text, e);
    if (left) {
      // qualifiers inside the run belong to the role: "juru bicara Kremlin Dmitry Peskov"
      roles.push(nameStart > s ? tidyRole(text.slice(left.start, toks[nameStart - 1]!.span[1])) : left.role);
      if (!left.named) strong = true;
    }
  }
  const appo = roleAfter(toks, low, e, sets, text);
  if (appo) {
    roles.push(appo);
    evidence = 2;
  }
  if (strong) evidence = 3;
  if (given) evidence = Math.max(evidence, nameLow.length > 1 ? 3 : 2);
  if (afterOrg) evidence = Math.max(evidence, 2);
  // "kabinet Jokowi", "pernyataan Jokowi", "teman dekat Hariri": nouns that take a person after them
  if (nameLow.length <= 2 && ownedByNoun(toks, low, s, nameStart, sets)) evidence = Math.max(evidence, 2);
  if (!strong && low[s - 1] !== "(") {
    const ahead = titleAhead(toks, low, s, sets, text, afterOrg);
    if (ahead) {
      if (!roles.includes(ahead)) roles.push(ahead);
      strong = true;
      evidence = 3;
    }
  }
  if (cueNear(low, nameStart, e, sets) || personContext(toks, low, nameStart, e, sets) || namesRoleBefore(toks, low, s, sets) || describedAsPerson(toks, low, s, e, sets)) evidence = Math.max(evidence, 2);
  if (low[e] === "," && /^\d{1,3}$/.test(low[e + 1] ?? "") && (low[e + 2] === "," || low[e + 2] === ")")) evidence = Math.max(evidence, 2);
  // "Ludmila Engquist (Sweden) 12.74", "Sandrine Testud (France) beat ...": a competitor and her country
  if (nameEnd - nameStart > 1 && low[e] === "(" && sets.places.at(low, e + 1) && low[e + 1 + sets.places.at(low, e + 1)!.length] === ")") evidence = Math.max(evidence, 2);
  const hasCommon = nameLow.some(isCommon);
  if (nameLow.length > 1 && !hasCommon) evidence = Math.max(evidence, 1);
  // "di Bandung", "pinggir kota Milwaukee": after a place preposition or a lower-case place word
  const before = toks[nameStart - 1];
  const placeWordBefore = before !== undefined && !isCapitalised(before.text) && sets.placeMarkers.has(lexKey(before.text));
  // "Charlotte, N.C.", "Bandung, Jawa Barat": a town named before its region
  if (!strong && low[e] === "," && regionFollows(toks, low, e + 1, sets)) return [{ ...entity("place", toks, nameStart, e, text, sentence, sets), described: true }];
  // (streets and districts are named after people: "jalan Dewi Sartika")
  const preposition = low[nameStart - 1] ?? "";
  const placeOnly = sets.placeOnlyPrepositions.has(preposition) && nameLow.length === 1;
  if (!strong && (placeWordBefore || placeOnly || (sets.placePrepositions.has(preposition) && !given))) return [{ ...entity("place", toks, nameStart, e, text, sentence, sets), described: placeOnly }];
  // one word that is also a common word ("Salah satu ...") needs a title or honorific
  //   (a given name that is also a word counts mid-sentence: "ucap Made", "kata Angel")
  const w0 = nameLow[0]!;
  //   (and at a sentence start when a verb follows: "Made menjelaskan")
  if (nameLow.length === 1 && !strong && (sets.timeWords.has(w0) || w0.length < 2 || (sets.common.has(w0) && (!sets.givenNames.has(w0) || (nameStart === 0 && !(e === 1 && followedByVerb(toks, low, 1, sets))))))) return none("one-word");
  // two or three unknown capitalised words mid-sentence are a name unless something says otherwise
  const midSentence = sets.bareNamePairs && s > 0 && nameLow.length <= 3 && !nameLow.some((_, k) => isPlace(k));
  const needed = nameLow.length > 1 ? (hasCommon ? 3 : midSentence ? 1 : 2) : sets.mononyms || given ? 2 : 3;

  // the surface keeps an honorific or a lone title ("Bapak Musk", "Presiden Putin"), not longer roles
  const plainPrefix = prefix.length > 0 && prefix.every((p) => p.cls === "H" || (p.cls === "T" && bareRole !== undefined));
  const surface = plainPrefix ? text.slice(surfaceSpan[0], nameSpan[1]) : nameText;
  const cand: Candidate = {
    kind: "person",
    sentence,
    tokens: [nameStart, nameEnd],
    span: nameSpan,
    text: nameText,
    surface: surface.replace(/\s+/g, " "),
    surfaceSpan: [plainPrefix ? surfaceSpan[0] : nameSpan[0], nameSpan[1]],
    roles,
    evidence,
    accepted: evidence >= needed,
  };
  if (bareRole) cand.bareRole = bareRole;
  // "Joko Widodo (Jokowi)"
  if (low[e] === "(" && low[e + 2] === ")" && isCapitalised(toks[e + 1]!.text)) cand.bracketAlias = toks[e + 1]!.text;
  const people = splitTicket(cand, nameToks, text, sets);
  return qualifier ? [qualifier, ...people] : people;
}

/** Most words after a town's name in a team's or firm's name ("Oklahoma City Thunder"). */
const MAX_TEAM_WORDS = 2;

/** Whether run [s, e) is a known place (not also a given name, as "Paris" is) followed by one or two
 * words that are no name, place or verb. */
function townTeam(toks: Token[], low: string[], s: number, e: number, sets: PeopleSets): boolean {
  const town = sets.places.at(low, s);
  if (!town || (town.length === 1 && sets.givenNames.has(low[s]!))) return false;
  const rest = e - s - town.length;
  if (rest < 1 || rest > MAX_TEAM_WORDS) return false;
  for (let k = s + town.length; k < e; k++) {
    const w = low[k]!;
    if (!isWord(toks[k]!.text) || sets.givenNames.has(w) || sets.familyNames.has(w) || sets.places.at([w], 0) || sets.capitalVerb(w)) return false;
  }
  return true;
}

/** Where a run splits into an organisation and a person's name: the first word of a tail of two or
 * three plain name words (no common, place, organisation or title word) right after a known
 * organisation, an acronym or a legal form; -1 when there is none. */
function organisationThenName(toks: Token[], low: string[], s: number, e: number, sets: PeopleSets): number {
  if (e - s < 3 || e - s > 12) return -1;
  for (let p = Math.max(s + 1, e - 3); p <= e - 2; p++) {
    let plain = true;
    for (let k = p; k < e && plain; k++) {
      const w = low[k]!;
      const t = toks[k]!.text;
      plain = isWord(t) && t !== t.toUpperCase() && classOf(low, k, sets).cls === "N" && !sets.particles.has(w) && !sets.capitalVerb(w) && !sets.timeWords.has(w) && !sets.degrees.has(lexKey(w));
    }
    if (!plain) continue;
    const before = toks[p - 1]!.text;
    // an acronym alone or after an organisation word or a title ("Fraksi PKB"), not a place's ("Stasiun MRT")
    const qualified = (k: number) => k === s || sets.orgMarkers.has(lexKey(low[k - 1]!)) || sets.titles.at(low, k - 1) !== null || sets.organisations.at(low, k - 1) !== null;
    // (an honorific in capitals is no acronym: "KH Abdurrahman Wahid"; a ship's prefix opens the ship's
    // name: "USS John McCain")
    if (sets.shipPrefixes.has(low[p - 1]!)) continue;
    // a firm's legal form closes its name: "Ekonom PT Bank Permata Tbk Josua Pardede"
    if (p - 1 > s && sets.legalForms.has(low[p - 1]!.replace(/\./g, ""))) return p;
    if (/^\p{Lu}{2,6}$/u.test(before) && !sets.places.at(low, p - 1) && !sets.orgMarkers.has(lexKey(before)) && sets.honorifics.at(low, p - 1) === null && qualified(p - 1)) return p;
    for (let q = s; q < p; q++) if (sets.organisations.at(low, q)?.length === p - q) return p;
    // a known place closing the organisation's name: "Lakpesdam PWNU DKI Jakarta Abdul Wahid Hasyim",
    // and right after its institution word a full name of two words or more even when the given name
    // is unknown: "Universitas Lampung Robi Cahyadi Kurniawan"
    for (let q = s + 1; q < p; q++) if (sets.places.at(low, q)?.length === p - q && (sets.givenNames.has(low[p]!) || (q - 1 === s && sets.orgMarkers.has(lexKey(low[s]!)) && e - p >= 2))) return p;
  }
  return -1;
}

export function entity(kind: "organisation" | "place", toks: Token[], s: number, e: number, text: string, sentence: number, sets?: PeopleSets): Candidate {
  // a capitalised common word at the front is the sentence start, not the name ("Menurut Wall Street
  // Journal", "The Home Office"), unless a known name starts there ("New York"); after it a
  // capital is the name's own ("Home Office", "Budget Office")
  const run = sets ? toks.slice(s, e).map((t) => t.text.toLowerCase()) : [];
  const known = (k: number) => sets!.places.at(run, k - s) !== null || sets!.organisations.at(run, k - s) !== null || sets!.orgMarkers.has(lexKey(run[k - s]!));
  const opening = (k: number) => k === 0 || /^[\p{Pi}\p{Ps}"'“‘:]$/u.test(toks[k - 1]!.text);
  if (sets && s < e - 1 && opening(s) && sets.common.has(toks[s]!.text.toLowerCase()) && !known(s)) s++;
  const span = tokenSpan(toks, s, e);
  const t = text.slice(span[0], span[1]).replace(/\s+/g, " ");
  return { kind, sentence, tokens: [s, e], span, text: t, surface: t, surfaceSpan: span, roles: [], evidence: 0, accepted: true };
}
