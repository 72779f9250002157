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
import type { Candidate, VetoReason } from "./recognise.js";
import type { RuleReading } from "./index.js";
import { roleAfter, roleBefore } from "./roles.js";
import type { TaggedSpan, TaggerReading } from "./tagger.js";

const KIND: Record<string, Candidate["kind"]> = { PER: "person", ORG: "organisation", LOC: "place" };

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
  const hard = (t: TaggedSpan) => (ruled.vetoed.get(t.sentence) ?? []).some((v) => HARD_VETOES.has(v.reason) && v.tokens[0] <= t.start && t.end <= v.tokens[1]);
  const tagged = reading.spans.filter((t) => KIND[t.type] && !(t.type === "PER" && hard(t)));
  const bySentence = new Map<number, TaggedSpan[]>();
  for (const t of tagged) {
    const list = bySentence.get(t.sentence);
    if (list) list.push(t);
    else bySentence.set(t.sentence, [t]);
  }
  const overlaps = (a: [number, number], t: TaggedSpan) => a[0] < t.end && t.start < a[1];
  const used = new Set<TaggedSpan>();
  const out: Candidate[] = [];
  for (const c of ruled.candidates) {
    const spans = bySentence.get(c.sentence) ?? [];
    if (c.kind !== "person") {
      // an organisation or a place gives way to a person the tagger is sure of
      const person = spans.filter((t) => t.type === "PER" && overlaps(c.tokens, t));
      if (c.kind === "description" || !person.some((t) => t.margin >= REKIND_MARGIN)) {
        out.push(c);
        for (const t of person) used.add(t);
      }
      continue;
    }
    const person = spans.filter((t) => t.type === "PER" && overlaps(c.tokens, t));
    if (person.length > 0) {
      for (const t of person) used.add(t);
      out.push({ ...c, accepted: c.accepted || person.some((t) => t.margin >= OVERRULE_MARGIN) });
      continue;
    }
    // only a sure reading overrules a person the rules accepted
    const sure = !c.accepted || (reading.against.get(c) ?? Infinity) >= OVERRULE_MARGIN;
    const same = spans.find((t) => t.start === c.tokens[0] && t.end === c.tokens[1]);
    if (same && sure) {
      used.add(same);
      out.push({ ...c, kind: KIND[same.type]!, roles: [], bareRole: undefined, evidence: 0, accepted: true });
    } else if (same || !spans.some((t) => overlaps(c.tokens, t))) {
      // where the tagger reads no entity, a person it doubts stays only an alias, for merging to tie
      // to a named person
      if (same) used.add(same);
      out.push({ ...c, accepted: c.accepted && !sure });
    }
  }
  for (const t of tagged) {
    if (used.has(t)) continue;
    if (t.type === "PER") {
      const p = personFromSpan(doc, sets, t);
      if (p) out.push(t.margin >= OVERRULE_MARGIN ? p : { ...p, accepted: false });
    } else if (!out.some((c) => c.sentence === t.sentence && overlaps(c.tokens, t))) out.push(entityFromSpan(doc, t));
  }
  out.push(...otherMentions(doc, sets, out));
  return samePersonThroughout(out).sort((a, b) => a.sentence - b.sentence || a.tokens[0] - b.tokens[0]);
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
  const covered = new Map<number, [number, number][]>();
  for (const c of cands) {
    const list = covered.get(c.sentence);
    if (list) list.push(c.tokens);
    else covered.set(c.sentence, [c.tokens]);
  }
  const longest = Math.max(...names.values());
  const firsts = new Set([...names.keys()].map((n) => n.split(" ")[0]!));
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const toks = s.tokens;
    const taken = covered.get(s.index) ?? [];
    for (let a = 0; a < toks.length; a++) {
      const t = toks[a]!.text;
      if (!isCapitalised(t) || !firsts.has(t.toLowerCase().replace(/['’]s$/, "")) || taken.some(([x, y]) => a >= x && a < y)) continue;
      for (let b = Math.min(toks.length, a + longest); b > a; b--) {
        const words = toks.slice(a, b).map((t) => t.text.toLowerCase().replace(/['’]s$/, ""));
        if (names.get(words.join(" ")) !== b - a || taken.some(([x, y]) => x < b && a < y)) continue;
        const p = personFromSpan(doc, sets, { type: "PER", sentence: s.index, start: a, end: b, margin: 0 });
        if (p) out.push({ ...p, accepted: false, evidence: 1 });
        a = b - 1;
        break;
      }
    }
  }
  return out;
}

function entityFromSpan(doc: Document, t: TaggedSpan): Candidate {
  const toks = doc.sentences[t.sentence]!.tokens;
  const span = tokenSpan(toks, t.start, t.end);
  const text = doc.text.slice(span[0], span[1]).replace(/\s+/g, " ");
  return { kind: KIND[t.type]!, sentence: t.sentence, tokens: [t.start, t.end], span, text, surface: text, surfaceSpan: [span[0], span[1]], roles: [], evidence: 0, accepted: true };
}

/** A person the tagger found where the rules saw no person: the name, without a title or honorific
 * the tagger took in, and the roles around it. */
function personFromSpan(doc: Document, sets: PeopleSets, t: TaggedSpan): Candidate | null {
  const toks = doc.sentences[t.sentence]!.tokens;
  const low = toks.map((x) => x.text.toLowerCase());
  let a = t.start;
  for (;;) {
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
  const before = roleBefore(toks, low, a, sets, doc.text);
  if (before) roles.push(before.role);
  else if (a > t.start) roles.push(doc.text.slice(toks[t.start]!.span[0], toks[a - 1]!.span[1]));
  const after = roleAfter(toks, low, b, sets, doc.text);
  if (after) roles.push(after);
  return { kind: "person", sentence: t.sentence, tokens: [a, b], span, text, surface: text, surfaceSpan: [span[0], span[1]], roles, evidence: 2, accepted: true };
}
