// Names in a row: a list joined by commas and "dan"/"and" shares what it is (one accepted person makes
// its weakly evidenced neighbours people, organisations around a name make it one), and a hyphenated
// ticket of two people ("Prabowo Subianto-Hatta Rajasa") splits in two.

import type { Document, Span, Token } from "../../model.js";
import type { PeopleSets } from "./lexicon.js";
import type { Candidate } from "./recognise.js";

/** How two candidates are joined in a list: by commas only, by a list word ("dan", "and"), or not at
 * all (anything else between, or more than two words). */
function linkOf(a: Candidate, b: Candidate, low: string[], sets: PeopleSets): "comma" | "word" | null {
  const between = low.slice(a.tokens[1], b.tokens[0]);
  if (between.length < 1 || between.length > 2 || !between.every((w) => w === "," || sets.listWords.has(w))) return null;
  return between.some((w) => sets.listWords.has(w)) ? "word" : "comma";
}

/** "meliputi Lexus, Nissan serta Honda": a list (items joined by commas and a closing "dan"/"serta"/
 * "and") of two organisations or more and no accepted person makes its weakly evidenced names
 * organisations too; commas alone are no list ("Universitas Gadjah Mada, Arie Sudjito, menilai"). */
export function listedWithOrganisations(cands: Candidate[], low: string[], sets: PeopleSets): Candidate[] {
  const link = (a: Candidate, b: Candidate) => linkOf(a, b, low, sets);
  const out = [...cands];
  let k = 0;
  while (k < out.length) {
    let end = k + 1;
    let word = false;
    while (end < out.length) {
      const l = link(out[end - 1]!, out[end]!);
      if (!l) break;
      // (after a list closed by "dan"/"atau", a comma and a name its cue follows open a clause:
      // "... di DPR atau DPRD, Jimly mengatakan ...")
      const cue = sets.cues.at(low, out[end]!.tokens[1]);
      if (word && l === "comma" && cue && cue.value !== "after") break;
      word ||= l === "word";
      end++;
    }
    const chain = out.slice(k, end);
    const orgs = chain.filter((c) => c.kind === "organisation").length;
    if (word && orgs >= 2 && !chain.some((c) => c.kind === "person" && c.evidence >= 3)) {
      for (let j = k; j < end; j++) if (out[j]!.kind === "person") out[j] = { ...out[j]!, kind: "organisation", roles: [], described: true };
    }
    k = end;
  }
  return out;
}

/** In a list of names ("Marzuki Alie, Toto Riyanto, dan Hadi Utomo") one person makes the others
 * people too: a weak candidate joined to an accepted one by a comma or "dan"/"and" is accepted. */
export function acceptListed(cands: Candidate[], low: string[], sets: PeopleSets): Candidate[] {
  const persons = cands.filter((c) => c.kind === "person");
  const joined = (a: Candidate, b: Candidate) => linkOf(a, b, low, sets) !== null;
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 0; k < persons.length; k++) {
      const c = persons[k]!;
      if (c.accepted || c.evidence < 1) continue;
      const prev = persons[k - 1];
      const next = persons[k + 1];
      if ((prev?.accepted && joined(prev, c)) || (next?.accepted && joined(c, next))) {
        c.accepted = true;
        changed = true;
      }
    }
  }
  return cands;
}

const HYPHENED_NAMES = /^(\p{Lu}[\p{L}\p{M}'’]*)-(\p{Lu}[\p{L}\p{M}'’]*)$/u;
const ACRONYM = /^\p{Lu}{2,4}$/u;

/** A ticket of two people joined by a hyphen, as Indonesian news writes a pair of candidates
 * ("Prabowo Subianto-Hatta Rajasa", "Jokowi-JK"): two names of two words or more on either side, or
 * two known given names, short acronyms or words `named` says the article names people with, alone. One double name ("Catherine Zeta-Jones", "Yoon
 * Eun-Hye") stays whole. */
export function splitTicket(cand: Candidate, nameToks: Token[], text: string, sets: PeopleSets, named: (w: string) => boolean = () => false): Candidate[] {
  for (let k = 0; k < nameToks.length; k++) {
    const m = HYPHENED_NAMES.exec(nameToks[k]!.text);
    if (!m || m[1]!.toLowerCase() === m[2]!.toLowerCase()) continue;
    const known = (w: string) => sets.givenNames.has(w.toLowerCase()) || ACRONYM.test(w) || named(w);
    const ticket = (k >= 1 && nameToks.length - k >= 2) || (nameToks.length === 1 && known(m[1]!) && known(m[2]!));
    if (!ticket) return [cand];
    const cut = nameToks[k]!.span[0] + m[1]!.length;
    const left: Candidate = { ...cand, span: [cand.span[0], cut], text: text.slice(cand.span[0], cut), surface: text.slice(cand.surfaceSpan[0], cut).replace(/\s+/g, " "), surfaceSpan: [cand.surfaceSpan[0], cut] };
    const rightSpan: Span = [cut + 1, cand.span[1]];
    const rightText = text.slice(rightSpan[0], rightSpan[1]);
    const right: Candidate = { ...cand, span: rightSpan, text: rightText, surface: rightText.replace(/\s+/g, " "), surfaceSpan: rightSpan, roles: [] };
    delete right.bareRole;
    delete left.bracketAlias;
    return [left, right];
  }
  return [cand];
}

/**
 * "Bill and Hillary Clinton", "Charles G. and David H. Koch": a given name (and an initial) joined by
 * "and" to a full name shares its surname, where the language names people so (sharedSurnames), unless
 * the article gives that given name another surname ("Hillary and Tim Kaine" where it names Hillary
 * Clinton). The first person's name gets the surname; its span stays what the text writes.
 */
export function sharedSurnames(cands: Candidate[], doc: Document, sets: PeopleSets): Candidate[] {
  if (!sets.sharedSurnames) return cands;
  // the surnames the article gives each given name ("hillary" -> "clinton")
  const surnames = new Map<string, Set<string>>();
  for (const c of cands) {
    const words = c.kind === "person" ? c.text.toLowerCase().split(/\s+/) : [];
    // (an initial is no surname: "Charles G")
    if (words.length < 2 || words[words.length - 1]!.length < 2) continue;
    let set = surnames.get(words[0]!);
    if (!set) surnames.set(words[0]!, (set = new Set()));
    set.add(words[words.length - 1]!);
  }
  return cands.map((a, k) => {
    const b = cands[k + 1];
    if (!b || a.kind !== "person" || b.kind !== "person" || a.sentence !== b.sentence) return a;
    const toks = doc.sentences[a.sentence]!.tokens;
    const low = (i: number) => toks[i]!.text.toLowerCase();
    const [as, ae] = a.tokens;
    const [bs, be] = b.tokens;
    // the first: a given name, an initial after it at most ("Charles G.")
    const initial = ae - as === 2 && /^\p{Lu}$/u.test(toks[ae - 1]!.text);
    if (!(ae - as === 1 || initial) || !sets.givenNames.has(low(as))) return a;
    // then "and" (after the initial's dot), then a given name and a surname
    const joined = bs - ae === 1 ? sets.listWords.has(low(ae)) : initial && bs - ae === 2 && low(ae) === "." && sets.listWords.has(low(ae + 1));
    if (!joined || be - bs < 2 || !sets.givenNames.has(low(bs)) || sets.givenNames.has(low(be - 1)) || !/^\p{Lu}\p{Ll}/u.test(toks[be - 1]!.text)) return a;
    const surname = toks[be - 1]!.text.replace(/['’]s$/, "");
    const others = surnames.get(low(as));
    if (others && [...others].some((x) => x !== surname.toLowerCase())) return a;
    return { ...a, text: `${a.text}${initial ? "." : ""} ${surname}`, accepted: a.accepted || b.accepted };
  });
}
