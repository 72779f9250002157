// The article's last word on the candidates, after the tagger and before merging: what a whole name
// shows that neither the rules' runs nor the tagger's features see (a name starting after the
// institution its title names, a firm the world knows, a holiday, a dateline, a word that is no name,
// an outlet after a relay, a maker before model codes, a brand's shape, a title in quotation marks, a
// family's plural, a party of a court case, a lone article), and roles tidied to the noun phrase they
// are; last, the other names a cue gives (aliases.ts). Read after the tagger, so that the models need no
// retraining for these lists and shapes.

import type { Document, Token } from "../../model.js";
import { datelineLength } from "../../segment/dateline.js";
import type { PeopleSets } from "./lexicon.js";
import type { Candidate } from "./recognise.js";
import { splitTicket } from "./lists.js";
import { aliasesByCue } from "./aliases.js";
import type { WordClasses } from "./features.js";

/** The candidates as the article settles them. */
export function settle(cands: Candidate[], doc: Document, sets: PeopleSets, stopwords: ReadonlySet<string>, classes: WordClasses | null): Candidate[] {
  // where names begin and end, then what kind each is, then roles, then what is no person at all
  let c = nameAfterInstitution(cands, doc, sets);
  c = worldOrganisations(c, sets);
  c = datelinePlaces(c, doc);
  c = notNameWords(c, doc, sets, classes);
  c = sentenceOpeners(c, doc, sets, classes);
  c = relayedOutlets(c, doc, sets);
  c = articleTickets(c, doc, sets);
  c = roleShaped(rolesOfOthers(c), sets, stopwords);
  c = quotedTitles(c, doc, sets);
  c = products(c, doc);
  c = familyPlurals(c, doc, sets);
  c = loneArticles(c, doc, sets);
  c = caseParties(c, doc, sets);
  return aliasesByCue(camelBrands(c), doc, sets);
}

/** Longest rest of a name looked up among the beginnings of the article's names. */
const MAX_OPENER_REST = 6;
/** Most marks (quotes, brackets, a dash) before a sentence's first word. */
const MAX_OPENING_MARKS = 3;

/**
 * "Optimisme Agus semakin tinggi" ... "Gubernur BI Agus Martowardojo", "Torehan Davy Klaassen" ...
 * "Davy Klaassen", "Agen Balotelli" ... "Mario Balotelli": a sentence's first word is capitalised
 * whatever it is, so a name that opens a sentence with a word the article's other names never hold,
 * where the rest of it begins another person's name of the article (or is one of two words or more,
 * or ends one after a common noun, where the possessor follows its noun), starts after that word. A
 * given or family name (the lists', or the word table's) stays ("Marc Marquez" beside "Alex
 * Marquez"), and so does a name the article also writes inside a sentence.
 */
function sentenceOpeners(cands: Candidate[], doc: Document, sets: PeopleSets, classes: WordClasses | null): Candidate[] {
  const names = cands.filter((c) => c.kind === "person");
  if (names.length < 2) return cands;
  // (the word table's name classes, from compromise's lexicon: "Dionne Rose" beside "Rose ...")
  const commonWord = (w: string) => sets.common.has(w) || /^(?:NN\*?|Noun)$/.test(classes?.names?.[(classes(w) || 0) - 1] ?? "");
  const nameWord = (w: string) => sets.givenNames.has(w) || sets.familyNames.has(w) || /Name|Person/.test(classes?.names?.[(classes(w) || 0) - 1] ?? "");
  const wordsOf = (c: Candidate) => c.text.toLowerCase().split(/\s+/);
  const opens = (c: Candidate) => {
    const toks = doc.sentences[c.sentence]!.tokens;
    if (c.tokens[0] > MAX_OPENING_MARKS) return false;
    for (let k = 0; k < c.tokens[0]; k++) if (/[\p{L}\p{N}]/u.test(toks[k]!.text)) return false;
    return true;
  };
  // each word's use inside a name that does not open its sentence; the first words of longer names
  // (up to MAX_OPENER_REST); whole names of two words or more
  const inside = new Set<string>();
  const beginnings = new Set<string>();
  const endings = new Set<string>();
  const whole = new Set<string>();
  for (const c of names) {
    const w = wordsOf(c);
    w.slice(opens(c) ? 1 : 0).forEach((x) => inside.add(x));
    for (let n = 1; n < w.length && n <= MAX_OPENER_REST; n++) {
      beginnings.add(w.slice(0, n).join(" "));
      endings.add(w.slice(-n).join(" "));
    }
    if (w.length > 1) whole.add(w.join(" "));
  }
  return cands.map((c) => {
    if (c.kind !== "person" || c.tokens[1] - c.tokens[0] < 2 || !opens(c)) return c;
    const w = wordsOf(c);
    const first = w[0]!;
    if (w.length < 2 || w[1] === first || inside.has(first) || nameWord(first) || !/^\p{L}+$/u.test(first)) return c;
    const rest = w.slice(1).join(" ");
    // (the end of a longer name is a family's name as often, "Noel Gallagher" beside "Liam Gallagher":
    // there the word must be a noun the language or the article writes in lower case, in a language
    // that puts the possessor after it, "Agen Balotelli")
    if (!beginnings.has(rest) && !(w.length > 2 && whole.has(rest)) && !(sets.possessorAfterNoun && endings.has(rest) && commonWord(first))) return c;
    const toks = doc.sentences[c.sentence]!.tokens;
    return /^\p{Lu}/u.test(toks[c.tokens[0] + 1]!.text) ? cutFront(c, doc, c.tokens[0] + 1) : c;
  });
}

/** "Al - Qaeda", "Al - Quran", "Al - Ahli", as pre-tokenised text spaces the hyphen: an article of the
 * pack's hyphened names alone, before a hyphen and a capital, is no person's name. */
function loneArticles(cands: Candidate[], doc: Document, sets: PeopleSets): Candidate[] {
  return cands.filter((c) => {
    if (c.kind !== "person" || c.tokens[1] - c.tokens[0] !== 1) return true;
    const toks = doc.sentences[c.sentence]!.tokens;
    const [hyphen, next] = [toks[c.tokens[1]], toks[c.tokens[1] + 1]];
    return !(hyphen?.text === "-" && next && sets.hyphenArticle.test(`${c.text.toLowerCase()}-${next.text}`));
  });
}

/** "Roe v. Wade", "Ashcroft v. Iqbal": a name on either side of the pack's case marker (with its dot)
 * is a party in a case's name, no person of the article. */
function caseParties(cands: Candidate[], doc: Document, sets: PeopleSets): Candidate[] {
  if (sets.caseMarkers.size === 0) return cands;
  const marker = (toks: readonly Token[], k: number) => sets.caseMarkers.has(toks[k]?.text.toLowerCase() ?? "") && toks[k + 1]?.text === "." && toks[k + 1]!.span[0] === toks[k]!.span[1];
  return cands.filter((c) => {
    if (c.kind !== "person") return true;
    const toks = doc.sentences[c.sentence]!.tokens;
    return !marker(toks, c.tokens[1]) && !marker(toks, c.tokens[0] - 2);
  });
}

/** "the Clintons", "the Bushes": after one of the pack's family articles, the plural of a surname the
 * article gives a person is the family, no one person (unless a person is named so: "Serena Williams"). */
function familyPlurals(cands: Candidate[], doc: Document, sets: PeopleSets): Candidate[] {
  if (sets.familyArticles.size === 0) return cands;
  const surnames = new Set<string>();
  for (const c of cands) {
    if (c.kind !== "person" || !c.text.includes(" ")) continue;
    surnames.add(c.text.slice(c.text.lastIndexOf(" ") + 1));
  }
  if (surnames.size === 0) return cands;
  const family = (w: string) => !surnames.has(w) && (surnames.has(w.slice(0, -1)) || (w.endsWith("es") && surnames.has(w.slice(0, -2))));
  const afterArticle = (c: Candidate) => sets.familyArticles.has(doc.sentences[c.sentence]!.tokens[c.tokens[0] - 1]?.text.toLowerCase() ?? "");
  return cands.filter((c) => c.kind !== "person" || c.text.includes(" ") || !/^\p{Lu}\p{Ll}+s$/u.test(c.text) || !family(c.text) || !afterArticle(c));
}

/** A model code as written (the tokenizer splits "6D" in two): letters then digits or digits then
 * letters ("F5", "S8", "A57", "6D", "4G"). */
const MODEL_CODE = /^(?:\p{Lu}{1,3}\d{1,4}\p{L}?|\d{1,4}\p{Lu}{1,3})$/u;
const MAKER_AND_CODE = /(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}{1,3}\d{1,4}\p{L}?|\d{1,4}\p{Lu}{1,3})(?![\p{L}\p{N}])/gu;

/** "Oppo F5", "Galaxy S8", "Canon 6D Mark II": a name the article writes before a model code twice or
 * more is a maker's, and a name right after a code is the rest of a product's ("6D Mark II"); neither
 * is a person. (Once is not enough: "Ronaldo CR7" names a man by his brand.) */
function products(cands: Candidate[], doc: Document): Candidate[] {
  const makers = new Map<string, number>();
  for (const m of doc.text.matchAll(MAKER_AND_CODE)) makers.set(m[1]!, (makers.get(m[1]!) ?? 0) + 1);
  return cands.map((c) => {
    if (c.kind !== "person") return c;
    const before = /(\S+)[ \t]+$/u.exec(doc.text.slice(Math.max(0, c.span[0] - 12), c.span[0]))?.[1] ?? "";
    const first = c.text.split(/\s/, 1)[0]!;
    return MODEL_CODE.test(before) || (makers.get(first) ?? 0) >= 2 ? { ...c, kind: "organisation", roles: [] } : c;
  });
}

/** "Charlotte Hornets", "Associated Press", "Android", "Ace Showbiz": a name the world knows as a firm,
 * a team, a product or an outlet is one. (Read after the tagger, not among its features: the lists are
 * for names the training sentences lack.) */
function worldOrganisations(cands: Candidate[], sets: PeopleSets): Candidate[] {
  // (the surname of a person the article names in full, a given name first, is that person's:
  // "Keisuke Honda" ... "Honda"; not so "Windows" of "Windows Update" or "Wolfsburg" of "VfL Wolfsburg")
  const nameWords = new Set(
    cands.flatMap((c) => {
      const words = c.kind === "person" ? c.text.toLowerCase().split(/\s+/) : [];
      return words.length > 1 && sets.givenNames.has(words[0]!) ? words.slice(1) : [];
    }),
  );
  const inNames = new Set(cands.flatMap((c) => (c.kind === "person" && c.tokens[1] - c.tokens[0] > 1 ? c.text.toLowerCase().split(/\s+/) : [])));
  return cands.flatMap((c) => {
    if (c.kind !== "person") return [c];
    // (a hyphen written apart is the same name: "Paris Saint - Germain")
    const name = c.text.toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'").replace(/ - /g, "-");
    // (a holiday the time grammar knows names a day, "Christmas Eve", "Ramadhan", unless a longer name
    // of the article holds it, "Ramadhan Pohan"; God is no person of the article)
    if ((sets.holidays.has(name) && !inNames.has(name)) || sets.deities.has(name)) return [];
    // ("USS Fitzgerald", "KRI Nanggala": a ship)
    if (/\s/.test(name) && sets.shipPrefixes.has(name.split(" ", 1)[0]!)) return [];
    // (and a club's nickname that opens with a title: "Pangeran Biru")
    const titled = c.surface.toLowerCase().replace(/\s+/g, " ");
    return [(sets.worldOrganisations.has(name) && !nameWords.has(name)) || (titled !== name && sets.worldOrganisations.has(titled)) ? { ...c, kind: "organisation", roles: [] } : c];
  });
}

/** "Presiden Partai Keadilan Sejahtera Anis Matta", "Menteri Hukum dan HAM Yasonna H Laoly", "Raja
 * Jordania Abdullah II", "Uskup Agung Canterbury Rowan Williams": where a name follows a title and an
 * institution's or a place's name in one capitalised run, the tagger may start the name too early. A
 * person's name is not made of a place, an organisation, an acronym of three capitals or more, or a
 * word the language or the article writes in lower case (a given or family name aside): the name
 * begins after the last such word, and after the honorifics and titles that follow it. Only inside
 * a run (a capitalised word, a title or a joining word before the name): at a sentence's start an
 * Indonesian name may well be a word ("Indah", "Bintang"). */
function nameAfterInstitution(cands: Candidate[], doc: Document, sets: PeopleSets): Candidate[] {
  const notName = (text: string): boolean => {
    const w = text.toLowerCase();
    if (sets.givenNames.has(w) || sets.familyNames.has(w)) return false;
    // (an initial or a name's particle is no word: "I Made Mudharta", "Abdurrachman bin Ali")
    if (!/^\p{Lu}\p{L}/u.test(text)) return false;
    if (/^\p{Lu}{3,}$/u.test(text)) return true;
    return sets.common.has(w) || sets.places.at([w], 0) !== null || sets.organisations.at([w], 0) !== null;
  };
  return cands.map((c) => {
    if (c.kind !== "person" || c.tokens[1] - c.tokens[0] < 2) return c;
    const toks = doc.sentences[c.sentence]!.tokens;
    const before = toks[c.tokens[0] - 1]?.text;
    const low = before?.toLowerCase() ?? "";
    if (!before || !(/^\p{Lu}/u.test(before) || sets.listWords.has(low) || sets.titleLinks.has(low))) return c;
    let start = -1;
    for (let k = c.tokens[1] - 2; k >= c.tokens[0]; k--) {
      if (/\p{L}/u.test(toks[k]!.text) && notName(toks[k]!.text)) {
        start = k + 1;
        break;
      }
    }
    if (start < 0) return c;
    const words = toks.map((t) => t.text.toLowerCase());
    const surfaceStart = start;
    while (start < c.tokens[1] - 1 && (sets.honorifics.at(words, start) !== null || sets.titles.at(words, start) !== null)) start++;
    if (!/^\p{Lu}/u.test(toks[start]!.text)) return c;
    return cutFront(c, doc, start, surfaceStart);
  });
}

/** The candidate without its first words: the name from token `start`, the surface (its honorifics
 * and titles) from `surfaceStart`; the words cut off end the role they followed ("Presiden Partai
 * Keadilan" + "Sejahtera", "Dirut PT Angkasa Pura" + "II"). */
function cutFront(c: Candidate, doc: Document, start: number, surfaceStart = start): Candidate {
  const toks = doc.sentences[c.sentence]!.tokens;
  const span: [number, number] = [toks[start]!.span[0], c.span[1]];
  const surfaceSpan: [number, number] = [toks[surfaceStart]!.span[0], c.span[1]];
  const cut = doc.text.slice(c.span[0], surfaceSpan[0]).trim();
  const head = doc.text.slice(0, c.span[0]).trimEnd();
  const roles = c.roles.map((r) => (head.endsWith(r) ? `${r} ${cut}` : r));
  return { ...c, tokens: [start, c.tokens[1]], span, text: doc.text.slice(span[0], span[1]), surface: doc.text.slice(surfaceSpan[0], surfaceSpan[1]), surfaceSpan, roles };
}

/** "Likewise, a paper ...", "Altogether, Jerome and Ruth had ...", "Don't be a sucker.", "Debating
 * Clinton's character.", "Benarkah Navas ...": a word the language's word table puts in a class names never fall in (an
 * adverb, a gerund, a preposition: the pack's notNameClasses) or of the pack's notNamePattern (a
 * contraction), or a common word with one of the pack's particles on it, is no name; alone it is no person, and opening a longer name it is cut off. A given or
 * family name stays ("Irving", "Manning"). A word alone of the pack's loneNotNameClasses (an English
 * word in Indonesian news: "Switch", "Independent") is no person either, unless a word of a longer
 * name of the article ("Taylor Swift" ... "Swift"). Read after the tagger. */
function notNameWords(cands: Candidate[], doc: Document, sets: PeopleSets, classes: WordClasses | null): Candidate[] {
  const names = classes?.names;
  if ((!names || (sets.notNameClasses.size === 0 && sets.loneNotNameClasses.size === 0)) && !sets.notNamePattern && sets.particleClitics.length === 0) return cands;
  const notName = (text: string): boolean => {
    const w = text.toLowerCase();
    if (sets.givenNames.has(w) || sets.familyNames.has(w)) return false;
    if (sets.notNamePattern?.test(text)) return true;
    // (short words are initials and particles as often: "A. Stewart", "De Wilde", "Will Carling")
    if (!/^\p{L}{4,}$/u.test(text)) return false;
    // a common word with a particle on it: "Benarkah Navas ...?", "Tenanglah Pak Suhardi"
    if (sets.particleClitics.some((p) => w.length >= p.length + 4 && w.endsWith(p) && sets.lexiconCommon.has(w.slice(0, -p.length)))) return true;
    const n = classes && names ? classes(w) : 0;
    return n > 0 && sets.notNameClasses.has(names![n - 1]!);
  };
  // a word alone of a class that names no one alone ("Switch"), unless a name, or a word of a longer
  // person's name in the article ("Taylor Swift" ... "Swift")
  const inNames = sets.loneNotNameClasses.size > 0 && names ? new Set(cands.flatMap((c) => (c.kind === "person" && c.tokens[1] - c.tokens[0] > 1 ? c.text.toLowerCase().split(/\s+/) : []))) : null;
  const loneNotName = (text: string): boolean => {
    const w = text.toLowerCase();
    if (!inNames || sets.givenNames.has(w) || sets.familyNames.has(w) || inNames.has(w)) return false;
    const n = classes ? classes(w) : 0;
    return n > 0 && sets.loneNotNameClasses.has(names![n - 1]!);
  };
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.kind !== "person") {
      out.push(c);
      continue;
    }
    if (c.tokens[1] - c.tokens[0] === 1 && loneNotName(c.text)) continue;
    const toks = doc.sentences[c.sentence]!.tokens;
    let start = c.tokens[0];
    while (start < c.tokens[1] && (!/\p{L}/u.test(toks[start]!.text) || notName(toks[start]!.text))) start++;
    if (start === c.tokens[0]) out.push(c);
    else if (start < c.tokens[1] && /^\p{Lu}/u.test(toks[start]!.text)) out.push(cutFront(c, doc, start));
  }
  return out;
}

/** "Tim hukum Prabowo-Hatta ... Prabowo Subianto ... Hatta Rajasa": a ticket the sentence alone
 * cannot tell from a double name is two people when the article names people with both halves
 * (the first or last word of a person's name of two words or more elsewhere in it). */
function articleTickets(cands: Candidate[], doc: Document, sets: PeopleSets): Candidate[] {
  const words = new Set<string>();
  for (const c of cands) {
    if (c.kind !== "person" || !c.text.includes(" ")) continue;
    const w = c.text.toLowerCase().split(/\s+/);
    words.add(w[0]!);
    words.add(w[w.length - 1]!);
  }
  if (words.size === 0) return cands;
  return cands.flatMap((c) => {
    if (c.kind !== "person" || c.tokens[1] - c.tokens[0] !== 1 || !c.text.includes("-")) return [c];
    return splitTicket(c, [doc.sentences[c.sentence]!.tokens[c.tokens[0]]!], doc.text, sets, (w) => words.has(w.toLowerCase()));
  });
}

/** "seperti dikutip Ace Showbiz", "yang dilansir dari People": the name a relay cue of the claims
 * pack stands before is the outlet that carried the words, not a person. */
function relayedOutlets(cands: Candidate[], doc: Document, sets: PeopleSets): Candidate[] {
  // (an outlet once is an outlet throughout: "Mengutip Ace Showbiz, ..." and "Ace Showbiz menulis")
  const outlets = new Set<string>();
  for (const c of cands) {
    if (c.kind !== "person") continue;
    const low = doc.sentences[c.sentence]!.tokens.slice(Math.max(0, c.tokens[0] - 5), c.tokens[0]).map((t) => t.text.toLowerCase());
    if (sets.relays.before(low, low.length) !== null) outlets.add(c.text);
  }
  return outlets.size === 0 ? cands : cands.map((c) => (c.kind === "person" && outlets.has(c.text) ? { ...c, kind: "organisation", roles: [] } : c));
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
 * satu", "selaku"): never a clause word or pronoun; and where the head comes first (Indonesian), a
 * title or role noun ("kiper", "Menteri Dalam Negeri") or a modifier ("mantan"). ", mengaku sangat bangga ... sebagai polisi" or ", kemudian majelis hakim
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
  // per sentence, the people with roles by their name, so that each role's ends are looked up, not
  // compared with every name (one endless sentence of names stays linear)
  const byName = new Map<number, Map<string, Candidate[]>>();
  for (const c of cands) {
    if (c.kind !== "person" || c.roles.length === 0) continue;
    let names = byName.get(c.sentence);
    if (!names) byName.set(c.sentence, (names = new Map()));
    const k = c.text.toLowerCase();
    (names.get(k) ?? names.set(k, []).get(k)!).push(c);
  }
  return cands.map((a) => {
    const names = a.kind === "person" && a.roles.length > 0 ? byName.get(a.sentence) : undefined;
    if (!names) return a;
    const roles = a.roles.filter((r) => {
      const words = r.toLowerCase().split(/\s+/);
      for (let k = 1; k < words.length; k++) {
        const others = names.get(words.slice(k).join(" "));
        if (!others) continue;
        const before = words.slice(0, k).join(" ");
        if (others.some((b) => b !== a && b.roles.some((x) => before === x.toLowerCase() || before.endsWith(` ${x.toLowerCase()}`)))) return false;
      }
      return true;
    });
    return roles.length === a.roles.length ? a : { ...a, roles };
  });
}
