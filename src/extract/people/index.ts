// Extract: people (and the organisations and places met on the way) of a document.

import type { Document, Span, Token } from "../../model.js";
import { datelineLength } from "../../segment/dateline.js";
import { stopwordSet } from "../../lang/sets.js";
import { isTitleCase } from "../../segment/tokens.js";
import type { LanguagePack } from "../../lang/types.js";
import { articleSets, lowerCaseWords, peopleSets, type PeopleSets } from "./lexicon.js";
import { mergeCandidates, type Merged } from "./merge.js";
import { recogniseSentence, type Candidate, type Veto } from "./recognise.js";
import { reconcile } from "./reconcile.js";
import { peopleModel, tagDocument } from "./tagger.js";

export type { Merged } from "./merge.js";

export function extractEntities(doc: Document, pack: LanguagePack): Merged {
  const lower = lowerCaseWords(doc);
  const sets = articleSets(peopleSets(pack), lower);
  const ruled = readByRules(doc, sets);
  const model = peopleModel(pack.code);
  const cands = camelBrands(quotedTitles(roleShaped(rolesOfOthers(datelinePlaces(worldOrganisations(model ? reconcile(doc, sets, ruled, tagDocument(doc, sets, ruled, lower, model)) : ruled.candidates, sets), doc)), sets, stopwordSet(pack)), doc, sets));
  return mergeCandidates(cands, sets.givenKey, sets.broadTitles, sets.titleKey, sets.givenNames);
}

/** "Charlotte Hornets", "Associated Press": a name the world knows as a firm or a team is one. (Read
 * after the tagger, not among its features: the list is for names the training sentences lack.) */
function worldOrganisations(cands: Candidate[], sets: PeopleSets): Candidate[] {
  return cands.map((c) => (c.kind === "person" && sets.worldOrganisations.has(c.text.toLowerCase().replace(/\s+/g, " ")) ? { ...c, kind: "organisation", roles: [] } : c));
}

/** "Humbang Hasudutan, CNN Indonesia - - Bagi Anda ...": the lead's dateline names a place and an
 * outlet, never a person. (Read after the tagger, as the world's organisations are.) */
function datelinePlaces(cands: Candidate[], doc: Document): Candidate[] {
  const title = doc.titleSpan;
  const lead = doc.sentences.find((s) => !title || s.span[0] >= title[1]);
  if (!lead) return cands;
  const end = lead.span[0] + datelineLength(doc.text.slice(lead.span[0], lead.span[1]));
  if (end === lead.span[0]) return cands;
  return cands.map((c) => (c.kind === "person" && c.sentence === lead.index && c.span[1] <= end ? { ...c, kind: "place", roles: [] } : c));
}

/** "AceShowbiz", "GrabPay", "OnkRad": one word with a capital inside after three letters or more is a
 * brand, a site or a unit, not a person ("MacArthur", "VanLandingham" aside; "LeBron", "DeSantis" have
 * two). In the training splits such words are a person's 14 times in 87, and all but one of those
 * open with Mac or Van. */
const CAMEL = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u;
const NAME_PREFIXES = /^(?:Mac|Van|Von|Del|Den|Der|Des|Ter|Ten)\p{Lu}/u;
function camelBrands(cands: Candidate[]): Candidate[] {
  return cands.filter((c) => c.kind !== "person" || c.text.includes(" ") || !CAMEL.test(c.text) || NAME_PREFIXES.test(c.text));
}

/** Most words of a title in quotation marks ("Morning Joe", "Fox and Friends"). */
const MAX_TITLE_WORDS = 6;
const QUOTES = new Set(['"', "“", "”", "«", "»", "„"]);

/** MSNBC's “Morning Joe”, “Fox and Friends.”, her “Miss Piggy”: a short run of capitalised words (and
 * the small words of titles: articles, prepositions, "and") wholly inside quotation marks is a show, a
 * work or a nickname, not a person named there. (A quoted sentence has other words in lower case; a
 * nickname inside a name, Joaquin “El Chapo” Guzman, is not wholly quoted; a name given as one, known
 * as "Jasper", sebagai "Sara", stays.) */
function quotedTitles(cands: Candidate[], doc: Document, sets: PeopleSets): Candidate[] {
  const small = (w: string) => sets.determiners.has(w) || sets.placePrepositions.has(w) || sets.titleLinks.has(w) || sets.listWords.has(w);
  // a straight quote opens when a word follows it at once, closes when one precedes it
  const opens = (t: Token) => (t.text === '"' ? /\S/.test(doc.text[t.span[1]] ?? " ") : t.text === "“" || t.text === "«" || t.text === "„");
  const closes = (t: Token) => (t.text === '"' ? /\S/.test(doc.text[t.span[0] - 1] ?? " ") : t.text === "”" || t.text === "»" || t.text === "“");
  const quoted = (c: Candidate): boolean => {
    const toks = doc.sentences[c.sentence]!.tokens;
    let a = c.tokens[0] - 1;
    while (a >= 0 && a >= c.tokens[0] - MAX_TITLE_WORDS && !QUOTES.has(toks[a]!.text)) a--;
    if (a < 0 || !QUOTES.has(toks[a]!.text) || !opens(toks[a]!)) return false;
    // ... but a name given as one: known as "Jasper", sebagai "Sara" (a role played), named "Tom"
    const before = toks[a - 1]?.text.toLowerCase() ?? "";
    if (sets.roleOpeners.has(before) || sets.namingWords.has(before) || sets.namingParticiples.has(before)) return false;
    let b = c.tokens[1];
    while (b < toks.length && b <= a + MAX_TITLE_WORDS + 2 && !QUOTES.has(toks[b]!.text)) b++;
    if (b >= toks.length || !QUOTES.has(toks[b]!.text) || !closes(toks[b]!)) return false;
    const words = toks.slice(a + 1, b).filter((t) => /\p{L}/u.test(t.text));
    return words.length > 0 && words.length <= MAX_TITLE_WORDS && words.every((t) => /^\p{Lu}/u.test(t.text) || small(t.text.toLowerCase()));
  };
  return cands.filter((c) => c.kind !== "person" || !quoted(c));
}

/** A role opens with what roles open with (after an article, a partitive or an opener: "sang", "salah
 * satu", "selaku"): never a clause word or pronoun; and where the head comes first
 * (Indonesian), a title or role noun ("kiper", "Menteri Dalam Negeri"), a modifier ("mantan") or a
 * capitalised word. ", mengaku sangat bangga ... sebagai polisi" or ", kemudian majelis hakim
 * menyerahkan ..." is a clause that happens to hold a role noun. */
function roleShaped(cands: Candidate[], sets: PeopleSets, stopwords: ReadonlySet<string>): Candidate[] {
  const shaped = (role: string) => {
    const words = role.split(/\s+/);
    const low = words.map((w) => w.toLowerCase());
    let k = 0;
    for (;;) {
      const part = sets.partitives.find((p) => p.every((w, j) => low[k + j] === w));
      if (part) k += part.length;
      else if (sets.appositionArticles.has(low[k] ?? "") || sets.roleOpeners.has(low[k] ?? "")) k++;
      else break;
    }
    if (k >= words.length) return true;
    const w = low[k]!;
    if (!/\p{L}/u.test(w) || sets.pronouns.has(w) || sets.clauseWords.has(w)) return false;
    // ("outside adviser", "nursing home owner", "retired general": a modifier may look like anything)
    if (!sets.roleHeadFirst) return true;
    return sets.roleModifiers.has(w) || sets.titles.at(low, k) !== null || sets.roleNouns.at(low, k) !== null || sets.demonym.test(words[k]!);
  };
  // cut where the noun phrase ends ("politisi Gerindra itu mengaku ..."), and never after a function
  // word ("professor at Seton Hall University in", cut there by the apposition's length)
  const cut = (role: string) => {
    const words = role.split(/\s+/);
    let end = words.findIndex((w, k) => k > 0 && sets.roleEnders.has(w.toLowerCase()));
    if (end < 0) end = words.length;
    while (end > 1 && stopwords.has(words[end - 1]!.toLowerCase())) end--;
    return end === words.length ? role : words.slice(0, end).join(" ");
  };
  return cands.map((c) => {
    if (c.kind !== "person" || c.roles.length === 0) return c;
    const roles = [...new Set(c.roles.map(cut))].filter(shaped);
    return roles.length === c.roles.length && roles.every((r, i) => r === c.roles[i]) ? c : { ...c, roles };
  });
}

/** "Bepe dan Ryuji, kiper Andritany Ardhiyasa juga ...", "Menteri X, serta Ketua DPP Y Z": a role
 * made of another person's role and name is that person's ("kiper" of Andritany Ardhiyasa), not the
 * first name's. (On 250 IndoSum dev articles such roles were lists and new subjects far more often
 * than an apposition such as "Annisa Pohan, istri Agus Yudhoyono,", whose role is lost with them.) */
function rolesOfOthers(cands: Candidate[]): Candidate[] {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of cands) if (c.kind === "person" && (c.roles.length > 0 || c.bareRole)) (bySentence.get(c.sentence) ?? bySentence.set(c.sentence, []).get(c.sentence)!).push(c);
  const drop = new Map<Candidate, Set<string>>();
  const dropRole = (c: Candidate, r: string) => (drop.get(c) ?? drop.set(c, new Set()).get(c)!).add(r);
  for (const group of bySentence.values()) {
    if (group.length < 2) continue;
    for (const a of group) {
      for (const r of a.roles) {
        for (const b of group) {
          if (b === a || !r.toLowerCase().endsWith(` ${b.text.toLowerCase()}`)) continue;
          const before = r.slice(0, r.length - b.text.length).trim().toLowerCase();
          const shared = b.roles.find((x) => before === x.toLowerCase() || before.endsWith(` ${x.toLowerCase()}`));
          if (shared) dropRole(a, r);
        }
      }
    }
  }
  if (drop.size === 0) return cands;
  return cands.map((c) => {
    const gone = drop.get(c);
    return gone ? { ...c, roles: c.roles.filter((r) => !gone.has(r)) } : c;
  });
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
  return { candidates: oneKindPerName(capitalsNames(headlineNames(cands, doc), doc), sets), vetoed };
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
  // "Pirelli SpA", "Comelf SA": a firm named with its legal form is the firm its bare name names,
  // whatever else the bare name's mentions suggest
  const firms = new Set<string>();
  for (const c of cands) {
    if (c.kind !== "organisation") continue;
    const words = c.text.split(/\s+/);
    if (words.length > 1 && sets.legalForms.has(words[words.length - 1]!.toLowerCase().replace(/\./g, ""))) firms.add(words.slice(0, -1).join(" ").toLowerCase());
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
