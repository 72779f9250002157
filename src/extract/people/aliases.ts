// Other names an article gives a person with a cue of its language ("Basuki Tjahaja Purnama alias
// Ahok", "Soni, sapaan karib Sumarsono", "Mr. Bush, known as Jeb"): the names are one person, and
// merging (merge.ts) reads the link. Run after the tagger, as the article's last word on its names.

import type { Document } from "../../model.js";
import type { PeopleSets } from "./lexicon.js";
import type { Candidate } from "./recognise.js";

/** Marks that may open a nickname after its cue ('nicknamed "Smitty"'). */
const OPENING_MARKS = new Set(['"', "“", "«", "„", "'", "‘"]);

/** Whether token i opens a clause, where the person a description names is the one the story is
 * about ("Maka, pemain beralias Bepe itu ...", "kata pelatih yang akrab disapa Djanur itu"), not
 * after a preposition, where it may be anyone ("pelanggaran Garay kepada pemain berjuluk CR7 itu"). */
function opensClause(low: readonly string[], i: number, sets: PeopleSets): boolean {
  let k = i - 1;
  if (low[k] === ",") k--;
  return k < 0 || sets.clauseWords.has(low[k]!);
}

/** Words between a name and an alias cue: "Basuki Tjahaja Purnama, yang akrab disapa Ahok", "Robert
 * O'Rourke, or Beto" (a comma, a relative pronoun, "atau"/"or"). */
const ALIAS_GAP = new Set([",", "atau", "or", "juga", "also"]);

/** "Basuki Tjahaja Purnama alias Ahok", "kata pelatih yang akrab disapa Djanur itu", "Eyi, sapaan
 * akrab Raja Sapta Ervian": where the article gives a person's other name with one of the pack's
 * alias or real-name cues, the two names are one person, named by the fuller one (merging reads
 * `cuedAliases`). The person is the name just before the cue, or, after a role noun or title ("pelatih
 * yang akrab disapa"), the last person named with two words or more in this sentence or the one
 * before. The other name is a person's, found by the rules or not ("nicknamed "Smitty""). */
export function aliasesByCue(cands: Candidate[], doc: Document, sets: PeopleSets): Candidate[] {
  if (sets.aliasCues.empty && sets.realNameCues.empty) return cands;
  const out = cands.slice();
  const bySentence = new Map<number, number[]>();
  out.forEach((c, i) => {
    const list = bySentence.get(c.sentence);
    if (list) list.push(i);
    else bySentence.set(c.sentence, [i]);
  });
  // every name of a chain points at its person ("Saulihun alias Abu Nusaibah alias Abu Hilyah"); the
  // paths are shortened as they are read, so a chain of thousands stays linear
  const ownerOf = new Map<number, number>();
  const root = (k: number): number => {
    let r = k;
    for (let o = ownerOf.get(r); o !== undefined; o = ownerOf.get(r)) r = o;
    for (let o = ownerOf.get(k); o !== undefined && o !== r; o = ownerOf.get(k)) {
      ownerOf.set(k, r);
      k = o;
    }
    return r;
  };
  const aliases = new Map<number, string[]>();
  /** Ties two names of one person: the fuller names the person; of two alike, the one the cue says
   * is the real name (`alias`: the cue gives another name, so the first is the real one). */
  const link = (before: number, after: number, alias: boolean) => {
    const x = root(before);
    const y = root(after);
    if (x === y) return;
    const words = (k: number) => out[k]!.tokens[1] - out[k]!.tokens[0];
    const owner = words(x) !== words(y) ? (words(x) > words(y) ? x : y) : alias ? x : y;
    const other = owner === x ? y : x;
    ownerOf.set(other, owner);
    const list = aliases.get(owner) ?? [];
    list.push(out[other]!.text);
    // (the other's own aliases move over: appended, so that a long chain costs each name once)
    const moved = aliases.get(other);
    if (moved) for (const m of moved) list.push(m);
    aliases.delete(other);
    aliases.set(owner, list);
  };
  for (const sentence of doc.sentences) {
    if (!sets.aliasCueStart.test(sentence.text)) continue;
    const low = sentence.tokens.map((t) => t.text.toLowerCase());
    const here = bySentence.get(sentence.index) ?? [];
    // the sentence's candidates by where their surface starts, and its people by the token after them
    const startsAt = new Map<number, number[]>();
    const personBefore = new Map<number, number>();
    const index = (k: number) => {
      const c = out[k]!;
      const list = startsAt.get(c.surfaceSpan[0]);
      if (list) list.push(k);
      else startsAt.set(c.surfaceSpan[0], [k]);
      if (c.kind === "person" && !personBefore.has(c.tokens[1])) personBefore.set(c.tokens[1], k);
    };
    here.forEach(index);
    for (let i = 0; i < low.length; i++) {
      const alias = sets.aliasCues.at(low, i);
      const real = alias ? null : sets.realNameCues.at(low, i);
      const cue = alias ?? real;
      if (!cue) continue;
      // the name after the cue (past an opening quote mark): a candidate whose surface begins there
      // (its title may be the name's first word, "Raja Sapta"); of two readings, the one accepted
      let a = i + cue.length;
      if (OPENING_MARKS.has(low[a] ?? "")) a++;
      if (!/^\p{Lu}/u.test(sentence.tokens[a]?.text ?? "")) continue;
      const there = startsAt.get(sentence.tokens[a]!.span[0]) ?? [];
      let after = there.find((k) => out[k]!.accepted) ?? there[0];
      // (an organisation or place the tagger guessed is a person's other name here: "Robert O'Rourke,
      // known as Beto"; one the language's lists know stays what it is)
      const bare = [...low.slice(a, a + 4)].map((w, k) => (k === 0 ? w.replace(/['’]s$/, "") : w));
      const listed = sets.organisations.at(bare, 0) !== null || sets.places.at(bare, 0) !== null;
      if (after !== undefined && out[after]!.kind !== "person" && out[after]!.kind !== "description" && listed) continue;
      // the name before it, past a comma or a relative pronoun
      let b = i - 1;
      while (b >= 0 && (ALIAS_GAP.has(low[b]!) || sets.relatives.has(low[b]!))) b--;
      let before = personBefore.get(b + 1);
      if (before === undefined && alias && b >= 0 && (sets.roleNouns.at(low, b)?.length === 1 || sets.titles.at(low, b)?.length === 1) && opensClause(low, b, sets)) {
        before = lastPersonBefore([...(bySentence.get(sentence.index - 1) ?? []), ...here], out, sentence.tokens[b]!.span[0]);
      }
      if (before === undefined) continue;
      after = nameAt(a, after);
      // a pair and its pair of short names, in order: "Tontowi Ahmad / Liliyana Natsir, akrab disapa
      // Owi / Butet" (each side two names joined alike)
      const joint = out[before]!.tokens[0] - 1;
      const first = joint > 0 && PAIR_JOINTS.has(low[joint]!) ? personBefore.get(joint) : undefined;
      const second = out[after]!.tokens[1];
      if (first !== undefined && low[second] === low[joint] && /^\p{Lu}/u.test(sentence.tokens[second + 1]?.text ?? "")) {
        const there = startsAt.get(sentence.tokens[second + 1]!.span[0]) ?? [];
        link(first, after, Boolean(alias));
        link(before, nameAt(second + 1, there.find((k) => out[k]!.accepted) ?? there[0]), Boolean(alias));
      } else link(before, after, Boolean(alias));
    }

    /** The person whose name starts at token a: the candidate there, or one made of the capitalised
     * words from a on. */
    function nameAt(a: number, found: number | undefined): number {
      if (found !== undefined && out[found]!.kind === "person") return found;
      let e = a + 1;
      while (e < low.length && /^\p{Lu}/u.test(sentence.tokens[e]!.text)) e++;
      const span: [number, number] = [sentence.tokens[a]!.span[0], sentence.tokens[e - 1]!.span[1]];
      const text = doc.text.slice(span[0], span[1]);
      const made: Candidate = { kind: "person", sentence: sentence.index, tokens: [a, e], span, text, surface: text, surfaceSpan: span, roles: [], evidence: 2, accepted: false };
      if (found === undefined) {
        out.push(made);
        found = out.length - 1;
      } else out[found] = made;
      index(found);
      return found;
    }
  }
  for (const [k, list] of aliases) out[k] = { ...out[k]!, cuedAliases: list };
  return out;
}

/** What joins two names of a pair ("Owi / Butet", "Owi dan Butet"). */
const PAIR_JOINTS = new Set(["/", "&", "dan", "and"]);

/** Most candidates read back for the person a description with an alias names. */
const MAX_LOOKBACK = 64;

/** The last person of two words or more among `ks` ending before offset `end` (read back a bounded way). */
function lastPersonBefore(ks: readonly number[], out: readonly Candidate[], end: number): number | undefined {
  for (let j = ks.length - 1, seen = 0; j >= 0 && seen < MAX_LOOKBACK; j--, seen++) {
    const c = out[ks[j]!]!;
    if (c.kind === "person" && c.span[1] <= end && c.text.includes(" ")) return ks[j];
  }
  return undefined;
}
