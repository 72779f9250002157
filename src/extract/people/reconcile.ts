// The tagger proposes, the article decides. Whether a run names a person is the tagger's call when
// it is sure (it has read the rules' verdict among its features, and learned from thousands of
// sentences how far to trust it); where it is not, the rules' verdict stands. Where a name begins and
// ends, and the roles around it, stay the rules' when they saw the same person (their conventions:
// titles outside, "I Wayan" inside). Organisations and places the tagger reads as a person give way;
// descriptions stay, being the rules' alone. A person the tagger finds is then that person at the
// article's other mentions of the name.

import type { Document } from "../../model.js";
import { isCapitalised, tokenSpan } from "../../segment/tokens.js";
import type { PeopleSets } from "./lexicon.js";
import { entity, type Candidate, type VetoReason } from "./recognise.js";
import type { RuleReading } from "./index.js";
import { splitTicket } from "./lists.js";
import { roleAfter, roleBefore } from "./roles.js";
import type { TaggedSpan, TaggerReading } from "./tagger.js";

const KIND: Record<string, Candidate["kind"]> = { PER: "person", ORG: "organisation", LOC: "place" };
const NONE: readonly TaggedSpan[] = [];

/**
 * How sure the tagger must be (its margin, learn/sequence.ts) to overrule the rules: to accept a name
 * they doubted or found nothing in, or to reject one they accepted. Chosen on the training splits'
 * held-out folds (`npm run train -- --folds 4`: F1 flat between 5 and 15 on all three sets), not on
 * the development sets.
 */
export const OVERRULE_MARGIN = 10;

/** Surer still to make a person of what the rules named an organisation or a place (a dateline in
 * capitals, "PORT ALDEN"): on the same folds, F1 stays flat from 10 to 40. */
export const REKIND_MARGIN = 30;

/** Runs the rules know to be a law, a work or a brand ("Serat Centhini", "SiriusXM") hold no person:
 * the training sets have too few of them to teach the tagger so. */
const HARD_VETOES: ReadonlySet<VetoReason | "other"> = new Set(["thing", "shape"]);

export function reconcile(doc: Document, sets: PeopleSets, ruled: RuleReading, reading: TaggerReading): Candidate[] {
  // per sentence, which tagged span covers each token (the tagger's spans do not overlap), so that one
  // endless sentence of names stays linear
  const index = new Map<number, { spans: TaggedSpan[]; at: Int32Array }>();
  const hard = hardVetoes(doc, ruled);
  for (const t of reading.spans) {
    if (!KIND[t.type]) continue;
    let entry = index.get(t.sentence);
    if (!entry) index.set(t.sentence, (entry = { spans: [], at: new Int32Array(doc.sentences[t.sentence]!.tokens.length).fill(-1) }));
    // a run the rules know to be a law, a work or a brand holds no person
    const veto = hard.get(t.sentence);
    if (t.type === "PER" && veto && veto[t.start]! >= 0 && veto[t.start] === veto[t.end - 1]) continue;
    entry.at.fill(entry.spans.length, t.start, t.end);
    entry.spans.push(t);
  }
  /** The tagged spans over tokens [a, b) of a sentence, in text order. */
  const spansOver = (sentence: number, [a, b]: [number, number]): readonly TaggedSpan[] => {
    const entry = index.get(sentence);
    if (!entry) return NONE;
    const out: TaggedSpan[] = [];
    for (let k = a; k < b && k < entry.at.length; k++) {
      const i = entry.at[k]!;
      if (i >= 0 && out[out.length - 1] !== entry.spans[i]) out.push(entry.spans[i]!);
    }
    return out;
  };
  const used = new Set<TaggedSpan>();
  const out: Candidate[] = [];
  for (const c of ruled.candidates) {
    const over = spansOver(c.sentence, c.tokens);
    const person = over.filter((t) => t.type === "PER");
    if (c.kind !== "person") {
      // an organisation or a place gives way to a person the tagger is sure of
      if (c.kind === "description" || !person.some((t) => t.margin >= REKIND_MARGIN)) {
        out.push(c);
        for (const t of person) used.add(t);
      }
      continue;
    }
    if (person.length > 0) {
      for (const t of person) used.add(t);
      out.push({ ...c, accepted: c.accepted || person.some((t) => t.margin >= OVERRULE_MARGIN) });
      continue;
    }
    // only a sure reading overrules a person the rules accepted
    const sure = !c.accepted || (reading.against.get(c) ?? Infinity) >= OVERRULE_MARGIN;
    const same = over.length === 1 && over[0]!.start === c.tokens[0] && over[0]!.end === c.tokens[1] ? over[0]! : undefined;
    if (same && sure) {
      used.add(same);
      out.push({ ...c, kind: KIND[same.type]!, roles: [], bareRole: undefined, evidence: 0, accepted: true });
    } else if (same || over.length === 0) {
      // where the tagger reads no entity, a person it doubts stays only an alias, for merging to tie
      // to a named person
      if (same) used.add(same);
      out.push({ ...c, accepted: c.accepted && !sure });
    }
  }
  const covered = coverage(doc, out);
  for (const { spans } of index.values()) {
    for (const t of spans) {
      if (used.has(t)) continue;
      if (t.type === "PER") {
        const p = personFromSpan(doc, sets, t);
        // (a ticket the tagger read as one name is two people: "Irianto MS Syaifuddin-Tatang Farhanul Hakim")
        const people = p ? splitTicket(p, doc.sentences[t.sentence]!.tokens.slice(p.tokens[0], p.tokens[1]), doc.text, sets) : [];
        for (const q of people) out.push(t.margin >= OVERRULE_MARGIN ? q : { ...q, accepted: false });
      } else if ((covered.get(t.sentence)?.subarray(t.start, t.end).indexOf(1) ?? -1) < 0) out.push(entity(KIND[t.type] as "organisation" | "place", doc.sentences[t.sentence]!.tokens, t.start, t.end, doc.text, t.sentence, sets));
    }
  }
  out.push(...otherMentions(doc, sets, out));
  return samePersonThroughout(out).sort((a, b) => a.sentence - b.sentence || a.tokens[0] - b.tokens[0]);
}

/** Per sentence, which of the runs the rules vetoed for good (HARD_VETOES) covers each token (-1: none). */
function hardVetoes(doc: Document, ruled: RuleReading): Map<number, Int32Array> {
  const out = new Map<number, Int32Array>();
  for (const [sentence, vetoes] of ruled.vetoed) {
    vetoes.forEach((v, i) => {
      if (!HARD_VETOES.has(v.reason)) return;
      let at = out.get(sentence);
      if (!at) out.set(sentence, (at = new Int32Array(doc.sentences[sentence]!.tokens.length).fill(-1)));
      at.fill(i, v.tokens[0], v.tokens[1]);
    });
  }
  return out;
}

/** Per sentence, which tokens some candidate covers. */
function coverage(doc: Document, cands: readonly Candidate[]): Map<number, Uint8Array> {
  const out = new Map<number, Uint8Array>();
  for (const c of cands) {
    let cover = out.get(c.sentence);
    if (!cover) out.set(c.sentence, (cover = new Uint8Array(doc.sentences[c.sentence]!.tokens.length)));
    cover.fill(1, c.tokens[0], c.tokens[1]);
  }
  return out;
}

/** A full name (two words or more) the article gives a person is that person wherever the tagger
 * read it as an organisation or a place ("sikap Elon Musk terhadap ..."): one name, one kind. */
function samePersonThroughout(cands: Candidate[]): Candidate[] {
  const names = new Set(cands.filter((c) => c.kind === "person" && c.accepted && c.text.includes(" ")).map((c) => c.text.toLowerCase()));
  if (names.size === 0) return cands;
  return cands.map((c) => ((c.kind === "organisation" || c.kind === "place") && names.has(c.text.toLowerCase()) ? { ...c, kind: "person", accepted: false } : c));
}

/**
 * A person found once with confidence is that person at the article's other mentions of the name:
 * a capitalised word (or words) no candidate covers, written as an accepted person's full name or
 * surname, is a mention by name (only an alias: merging ties it to the person, or drops it).
 */
function otherMentions(doc: Document, sets: PeopleSets, cands: readonly Candidate[]): Candidate[] {
  const names = new Map<string, number>();
  for (const c of cands) {
    if (c.kind !== "person" || !c.accepted) continue;
    const words = c.text.toLowerCase().split(/\s+/);
    names.set(words.join(" "), words.length);
    const last = words[words.length - 1]!;
    if (words.length > 1 && !sets.common.has(last)) names.set(last, 1);
  }
  if (names.size === 0) return [];
  const covered = coverage(doc, cands);
  const longest = Math.max(...names.values());
  const firsts = new Set([...names.keys()].map((n) => n.split(" ")[0]!));
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const toks = s.tokens;
    const taken = covered.get(s.index) ?? new Uint8Array(toks.length);
    for (let a = 0; a < toks.length; a++) {
      const t = toks[a]!.text;
      if (!isCapitalised(t) || taken[a] === 1 || !firsts.has(t.toLowerCase().replace(/['’]s$/, ""))) continue;
      for (let b = Math.min(toks.length, a + longest); b > a; b--) {
        const words = toks.slice(a, b).map((t) => t.text.toLowerCase().replace(/['’]s$/, ""));
        if (names.get(words.join(" ")) !== b - a || taken.subarray(a, b).indexOf(1) >= 0) continue;
        const p = personFromSpan(doc, sets, { type: "PER", sentence: s.index, start: a, end: b, margin: 0 });
        if (p) out.push({ ...p, accepted: false, evidence: 1 });
        a = b - 1;
        break;
      }
    }
  }
  return out;
}

/** A person the tagger found where the rules saw no person: the name, without a title or honorific
 * the tagger took in, and the roles around it. */
function personFromSpan(doc: Document, sets: PeopleSets, t: TaggedSpan): Candidate | null {
  const toks = doc.sentences[t.sentence]!.tokens;
  const low = toks.map((x) => x.text.toLowerCase());
  let a = t.start;
  for (;;) {
    // ("Cut Meutia", "Gus Dur": an honorific that is part of the name stays)
    if (sets.nameHonorifics.has(low[a]!)) break;
    const h = sets.honorifics.at(low, a) ?? sets.titles.at(low, a) ?? sets.roleNouns.at(low, a);
    if (!h || a + h.length >= t.end) break;
    a += h.length;
    if (low[a] === "." && a + 1 < t.end) a++;
  }
  while (a < t.end && !/^[\p{L}\p{N}]/u.test(toks[a]!.text)) a++;
  let b = t.end;
  while (b > a && !/[\p{L}\p{N}.]$/u.test(toks[b - 1]!.text)) b--;
  if (a >= b) return null;
  const span = tokenSpan(toks, a, b);
  let text = doc.text.slice(span[0], span[1]);
  // possessive: "Musk's" → "Musk"
  if (/['’]s$/.test(text)) {
    text = text.slice(0, -2);
    span[1] -= 2;
  }
  text = text.replace(/\s+/g, " ");
  const roles: string[] = [];
  const before = roleBefore(toks, low, a, sets, doc.text, b);
  if (before) roles.push(before.role);
  else if (a > t.start) roles.push(doc.text.slice(toks[t.start]!.span[0], toks[a - 1]!.span[1]));
  const after = roleAfter(toks, low, b, sets, doc.text);
  if (after) roles.push(after);
  return { kind: "person", sentence: t.sentence, tokens: [a, b], span, text, surface: text, surfaceSpan: [span[0], span[1]], roles, evidence: 2, accepted: true };
}
