// Who says what in whole Indonesian articles: ../shared/eval/claims/indonesian-articles.dev.json, 12
// IndoSum development articles annotated by hand (its `about` gives the conventions). Each gold claim is
// found in the analysed text by its verbatim sentence (spacing normalised), then its cue and content
// inside that sentence. Gold and system claims are matched one to one by overlapping cue span; scored:
// cue P/R/F1 (all gold, and without the optional ones), claims by content span (the only place the
// cue-less gold counts), cue recall of direct quotes, and over the matched pairs source and stance
// accuracy and the token F1 of the contents.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis, Claim, SourceKind, Span, Stance } from "../../src/model.js";
import { claim, emptyAnalysis } from "./fake.js";
import { readJsonl } from "./io.js";
import { addCounts, greedyMatch, overlapLength, sameSpan, zeroCounts, type Counts, type Matching } from "./metrics.js";
import { SetRun, excerpt, limited } from "./run.js";
import type { EvalContext, SetReport } from "./types.js";

export const ID_ARTICLES = "id-articles";

interface GoldClaim {
  para: number;
  sentence: string;
  cue: string;
  source: string;
  source_name: string;
  source_kind: SourceKind;
  stance: Stance;
  content: string;
  quote: boolean;
  nested?: boolean;
  continues?: boolean;
  partial_quote?: boolean;
  optional?: boolean;
  implied_source?: string;
}

interface GoldArticle {
  source: "indosum-dev";
  ref: number;
  doc_id: string;
  claims: GoldClaim[];
  hard: string[];
}

/** A gold claim placed in the analysed text; a null span could not be found. */
interface Located {
  gold: GoldClaim;
  sentence: Span | null;
  /** Null also when the gold claim has no cue (cue ''). */
  cue: Span | null;
  content: Span | null;
}

// ---- locating gold strings in the text ----

// Zero-width marks (U+200E and kin) are dropped; every run of whitespace (incl. U+00A0, \r) is one space.
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/u;
const SPACE = /\s/u;

/** Whitespace-normalised text; `at[i]` is the original offset of character i, `at[length]` the end. */
interface Normalised {
  text: string;
  at: number[];
}

function normalised(s: string): Normalised {
  let text = "";
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (text.endsWith(" ")) continue;
      text += " ";
    } else text += ch;
    at.push(i);
  }
  at.push(s.length);
  return { text, at };
}

/** A gold string as searched for: normalised and trimmed. */
const needleOf = (s: string): string => normalised(s).text.trim();

/** Original span of normalised characters [a, b). */
const original = (n: Normalised, a: number, b: number): Span => [n.at[a], b > a ? n.at[b - 1] + 1 : n.at[a]];

function occurrences(hay: string, needle: string, from = 0, to = hay.length): number[] {
  const out: number[] = [];
  if (needle === "") return out;
  for (let i = hay.indexOf(needle, from); i !== -1 && i + needle.length <= to; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Starts of the paragraphs (text.split("\n\n")) as offsets into text. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n\n"); i !== -1; i = text.indexOf("\n\n", i + 2)) starts.push(i + 2);
  return starts;
}

/**
 * The gold sentence in normalised coordinates: its verbatim text, else its first 60 characters; of
 * several occurrences, the one nearest the start of its paragraph.
 */
function findSentence(doc: Normalised, paraStarts: readonly number[], g: GoldClaim): [number, number] | null {
  const full = needleOf(g.sentence);
  let length = full.length;
  let hits = occurrences(doc.text, full);
  if (hits.length === 0) {
    hits = occurrences(doc.text, full.slice(0, 60));
    length = Math.min(full.length, doc.text.length);
  }
  if (hits.length === 0) return null;
  const expected = paraStarts[Math.min(g.para, paraStarts.length - 1)] ?? 0;
  const best = hits.reduce((a, b) => (Math.abs(doc.at[b] - expected) < Math.abs(doc.at[a] - expected) ? b : a));
  return [best, Math.min(doc.text.length, best + length)];
}

/**
 * The cue inside its sentence, case-sensitive: a whole-word occurrence outside the claim's content
 * (`"…tingkatannya…," kata Yandri`), else a whole word, else any occurrence; of several, the one nearest
 * the content (`[Baca juga: Agus Hermanto: Pansus …]`), the first when the content was not found.
 */
function findCue(doc: Normalised, sentence: [number, number], cue: string, content: [number, number] | null): [number, number] | null {
  const needle = needleOf(cue);
  const hits = occurrences(doc.text, needle, sentence[0], sentence[1]);
  const whole = hits.filter((i) => !isWordChar(doc.text[i - 1]) && !isWordChar(doc.text[i + needle.length]));
  const outside = whole.filter((i) => content === null || i + needle.length <= content[0] || i >= content[1]);
  const pool = outside.length > 0 ? outside : whole.length > 0 ? whole : hits;
  if (pool.length === 0) return null;
  const distance = (i: number): number => (content === null ? 0 : Math.max(0, content[0] - (i + needle.length), i - content[1]));
  const i = pool.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return [i, i + needle.length];
}

function findContent(doc: Normalised, sentence: [number, number], content: string): [number, number] | null {
  const needle = needleOf(content);
  const i = occurrences(doc.text, needle, sentence[0], sentence[1])[0];
  return i === undefined ? null : [i, i + needle.length];
}

/** Every gold claim of an article placed in `text` (the analysed document text). */
function locate(text: string, claims: readonly GoldClaim[]): Located[] {
  const doc = normalised(text);
  const paraStarts = paragraphStarts(text);
  return claims.map((gold) => {
    const s = findSentence(doc, paraStarts, gold);
    if (s === null) return { gold, sentence: null, cue: null, content: null };
    const content = findContent(doc, s, gold.content);
    const cue = gold.cue === "" ? null : findCue(doc, s, gold.cue, content);
    const span = (n: [number, number] | null): Span | null => (n === null ? null : original(doc, n[0], n[1]));
    return { gold, sentence: span(s), cue: span(cue), content: span(content) };
  });
}

/** What of a located claim is missing ("" when all is there). */
function unlocated(l: Located): string {
  if (l.sentence === null) return "sentence";
  const missing = [l.gold.cue !== "" && l.cue === null ? "cue" : "", l.content === null ? "content" : ""].filter(Boolean);
  return missing.join(" and ");
}

// ---- comparing claims ----

/** Lower-case letter/number runs. */
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, k) => hay[i + k] === w)) return true;
  return false;
}

const agentless = (g: GoldClaim): boolean => g.source_kind === "unknown" && g.source === "" && g.source_name === "";

/**
 * The system's source is the gold one when its name or its words as written contain, or are contained
 * in, the gold's resolved name or its words as written (whole words, case aside; '-nya' is no name).
 * Agentless gold wants a source of kind unknown or with no name.
 */
function sourceCorrect(g: GoldClaim, c: Claim): boolean {
  if (agentless(g)) return c.source.kind === "unknown" || c.source.name.trim() === "";
  const gold = [g.source_name, g.source === "-nya" ? "" : g.source].map(words).filter((w) => w.length > 0);
  const said = [c.source.name, c.source.text].map(words).filter((w) => w.length > 0);
  return gold.some((gw) => said.some((sw) => containsRun(gw, sw) || containsRun(sw, gw)));
}

/** Token precision, recall and F1 of a system content against the gold one (multiset overlap). */
function tokenScores(gold: string, system: string): { p: number; r: number; f1: number } {
  const g = words(gold);
  const s = words(system);
  if (g.length === 0 && s.length === 0) return { p: 1, r: 1, f1: 1 };
  const left = new Map<string, number>();
  for (const w of g) left.set(w, (left.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of s) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      shared++;
      left.set(w, n - 1);
    }
  }
  const p = s.length === 0 ? 0 : shared / s.length;
  const r = g.length === 0 ? 0 : shared / g.length;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const nonEmpty = (s: Span): boolean => s[1] > s[0];

/**
 * Matches gold items to system claims by overlapping spans (identical spans first, then the most shared
 * characters; `tie` breaks ties between equal overlaps). Counts: all gold, and required (a pair or a
 * miss of an optional gold claim counts for nothing). An unmatched system claim is a false positive
 * once per distinct span, and not at all when a matched claim has that span (several claims may share
 * one cue: a quote going on keeps its attribution's cue).
 */
function matchClaims(
  gold: readonly Located[],
  goldSpan: (l: Located) => Span | null,
  claims: readonly Claim[],
  claimSpan: (c: Claim) => Span,
  tie: (l: Located, c: Claim) => number,
): { m: Matching; all: Counts; required: Counts; spurious: number[] } {
  const m = greedyMatch(gold, claims, (l, c) => {
    const g = goldSpan(l);
    const p = claimSpan(c);
    if (g === null || !nonEmpty(p)) return null;
    const o = overlapLength(g, p);
    if (o === 0) return null;
    return (sameSpan(g, p) ? 1e6 : o) + 0.5 * tie(l, c);
  });
  const matched = m.pairs.map(([, p]) => claimSpan(claims[p]));
  const spurious: number[] = [];
  for (const i of m.unmatchedPred) {
    const s = claimSpan(claims[i]);
    if (!nonEmpty(s) || matched.some((x) => sameSpan(x, s)) || spurious.some((j) => sameSpan(claimSpan(claims[j]), s))) continue;
    spurious.push(i);
  }
  const optional = (i: number): boolean => gold[i].gold.optional === true;
  const all = { tp: m.pairs.length, fp: spurious.length, fn: m.unmatchedGold.length };
  const required = {
    tp: m.pairs.filter(([g]) => !optional(g)).length,
    fp: spurious.length,
    fn: m.unmatchedGold.filter((g) => !optional(g)).length,
  };
  return { m, all, required, spurious };
}

/** Share of the gold content a system content span covers, to prefer the right claim among those sharing a cue. */
function contentShare(l: Located, c: Claim): number {
  if (l.content === null || !nonEmpty(l.content)) return 0;
  return overlapLength(l.content, c.contentSpan) / (l.content[1] - l.content[0]);
}

// ---- the set ----

interface Totals {
  cueAll: Counts;
  cueRequired: Counts;
  content: Counts;
  source: { correct: number; total: number };
  stance: { correct: number; total: number };
  tokens: { p: number; r: number; f1: number; n: number; half: number };
  quoteCue: { correct: number; total: number };
  quoteContent: { correct: number; total: number };
  unlocated: number;
}

function scoreArticle(run: SetRun, a: GoldArticle, text: string, claims: readonly Claim[], t: Totals): void {
  const id = a.doc_id;
  const located = locate(text, a.claims);
  for (const l of located) {
    const what = unlocated(l);
    if (what === "") continue;
    t.unlocated++;
    run.example("unlocated gold", `${id} para ${l.gold.para}: no ${what} for cue "${l.gold.cue}" in "${needleOf(l.gold.sentence).slice(0, 80)}…"`);
  }
  const at = (s: Span | null, fallback: Span | null, context = 40): string => {
    const span = s ?? fallback;
    return span ? excerpt(text, span[0], span[1], context) : "(not located)";
  };

  // cues: the gold claims that have one
  const cued = located.filter((l) => l.gold.cue !== "");
  const cues = matchClaims(cued, (l) => l.cue, claims, (c) => c.cueSpan, contentShare);
  addCounts(t.cueAll, cues.all);
  addCounts(t.cueRequired, cues.required);
  for (const i of cues.m.unmatchedGold) {
    const l = cued[i];
    const flag = l.gold.optional ? " (optional)" : "";
    run.example("missed gold cues", `${id}: "${l.gold.cue}"${flag} ${at(l.cue, l.sentence)}`);
  }
  for (const i of cues.spurious) run.example("spurious system cues", `${id}: "${claims[i].cue}" ${at(claims[i].cueSpan, null)}`);

  // over the required pairs: source, stance, content
  for (const [gi, pi] of cues.m.pairs) {
    const g = cued[gi].gold;
    const c = claims[pi];
    if (g.optional) continue;
    const cue = `"${g.cue}"`;
    t.source.total++;
    if (sourceCorrect(g, c)) t.source.correct++;
    else {
      const gold = agentless(g) ? "(agentless)" : `${g.source_name} (${g.source})`;
      run.example("wrong sources", `${id}: ${cue} gold ${gold} | system ${c.source.name} (${c.source.text}, ${c.source.kind})`);
    }
    t.stance.total++;
    if (c.stance === g.stance) t.stance.correct++;
    else run.example("wrong stances", `${id}: ${cue} gold ${g.stance} | system ${c.stance}`);
    const s = tokenScores(g.content, c.content);
    t.tokens.p += s.p;
    t.tokens.r += s.r;
    t.tokens.f1 += s.f1;
    t.tokens.n++;
    if (s.f1 >= 0.5) t.tokens.half++;
    else run.example("content token F1 < 0.5", `${id}: ${cue} gold "${g.content.slice(0, 70)}" | system "${c.content.slice(0, 70)}"`);
  }

  // claims by content span: every required gold claim, the cue-less ones too
  const contents = matchClaims(located, (l) => l.content, claims, (c) => c.contentSpan, () => 0);
  addCounts(t.content, contents.required);

  // direct quotes: recall of their cues and of their contents
  const cueFound = new Set(cues.m.pairs.map(([g]) => cued[g]));
  const contentFound = new Set(contents.m.pairs.map(([g]) => located[g]));
  for (const l of located) {
    if (!l.gold.quote || l.gold.optional) continue;
    t.quoteContent.total++;
    if (contentFound.has(l)) t.quoteContent.correct++;
    if (l.gold.cue === "") continue;
    t.quoteCue.total++;
    if (cueFound.has(l)) t.quoteCue.correct++;
  }
}

/** Self-check: one claim per gold claim that could be located, with its gold source and stance. */
function goldAnalysis(text: string, a: GoldArticle): Analysis {
  const fake = emptyAnalysis(text, "id");
  fake.claims = locate(text, a.claims)
    .filter((l) => unlocated(l) === "")
    .map((l) => {
      const content = l.content!;
      const c = claim(text, {
        cueSpan: l.cue ?? [content[0], content[0]],
        contentSpan: content,
        content: l.gold.content,
        sourceSpan: null,
        sourceName: l.gold.source_name,
        quote: l.gold.quote,
      });
      c.source.kind = l.gold.source_kind;
      c.stance = l.gold.stance;
      return c;
    });
  return fake;
}

export async function runIdArticles(ctx: EvalContext): Promise<SetReport> {
  const gold = JSON.parse(readFileSync(join(ctx.dataDir, "claims", "indonesian-articles.dev.json"), "utf8")) as { articles: GoldArticle[] };
  const indosum = readJsonl<{ text: string }>(join(ctx.dataDir, "summary", "indosum.dev.jsonl"));
  const articles = limited(ctx, gold.articles);
  const run = new SetRun(ctx, "claims", ID_ARTICLES, articles.length);
  const t: Totals = {
    cueAll: zeroCounts(),
    cueRequired: zeroCounts(),
    content: zeroCounts(),
    source: { correct: 0, total: 0 },
    stance: { correct: 0, total: 0 },
    tokens: { p: 0, r: 0, f1: 0, n: 0, half: 0 },
    quoteCue: { correct: 0, total: 0 },
    quoteContent: { correct: 0, total: 0 },
    unlocated: 0,
  };
  const cueless: string[] = [];

  for (const a of articles) {
    const text = indosum[a.ref].text;
    // IndoSum texts have no headline line.
    const analysis = await run.analyse(a.doc_id, text, { lang: "id", headline: false }, () => goldAnalysis(text, a));
    // Spans point into the cleaned text; a failed analysis predicts nothing on the input text.
    scoreArticle(run, a, analysis?.document.text ?? text, analysis?.claims ?? [], t);
    for (const g of a.claims) if (g.cue === "") cueless.push(`${a.ref}:${g.para}`);
  }

  const all = articles.flatMap((a) => a.claims);
  const optional = all.filter((g) => g.optional).length;
  run.notes.push(`${all.length} gold claims (${all.filter((g) => g.quote).length} direct quotes, ${optional} optional); matched to system claims one to one by overlapping cue span`);
  run.notes.push("required = optional gold left out: a system claim matched to one is neither right nor wrong; unmatched system claims count once per distinct cue (content) span, not when a matched claim shares it");
  run.notes.push(`${cueless.length} gold claims have no cue (ref:para ${cueless.join(", ")}): they count only in "claims by content" and "quotes: content recall"`);
  run.notes.push("source, stance, content: over the required cue pairs; source = system name or words contain or are contained in the gold name or words (whole words, case aside), agentless gold wants an unknown source");
  run.notes.push("content tokens: lower-cased letter/number runs; the means row gives mean token P, R and F1 over the pairs (F1 is the mean of the pairs' F1, not the harmonic mean)");
  run.notes.push("gold located by its sentence with whitespace normalised; its cue is the whole-word occurrence outside its content nearest to it (else any)");
  run.notes.push(`${t.unlocated} gold claims could not be located (scored as missed${ctx.selfcheck ? ", and left out of the self-check" : ""})`);
  const n = Math.max(1, t.tokens.n);
  return run.finish(`${articles.length} articles`, [
    { kind: "prf", label: "cue overlap (all gold)", counts: t.cueAll },
    { kind: "prf", label: "cue overlap (required)", counts: t.cueRequired },
    { kind: "prf", label: "claims by content (required)", counts: t.content },
    { kind: "accuracy", label: "quotes: cue recall (required)", ...t.quoteCue },
    { kind: "accuracy", label: "quotes: content recall (required)", ...t.quoteContent },
    { kind: "accuracy", label: "source (cue pairs, required)", ...t.source },
    { kind: "accuracy", label: "stance (cue pairs, required)", ...t.stance },
    { kind: "accuracy", label: "content token F1 >= 0.5 (pairs)", correct: t.tokens.half, total: t.tokens.n },
    { kind: "means", label: "content tokens (pairs)", p: t.tokens.p / n, r: t.tokens.r / n, f1: t.tokens.f1 / n },
  ]);
}
