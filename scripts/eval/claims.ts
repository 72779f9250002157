// Attribution (who said what): cue, source and content spans against PolNeAR, and direct quotes,
// cues and speakers against PFSA-ID. Span scoring follows BBC's citron: exact and overlap P/R/F1.
// Whole hand-annotated Indonesian articles (id-articles) are scored in claims-id.ts.

import { join } from "node:path";
import type { Analysis, Claim, Span } from "../../src/model.js";
import { claim, emptyAnalysis } from "./fake.js";
import { addCounts, countsOf, greedyMatch, overlapScore, overlaps, sameSpan, zeroCounts, type Matching } from "./metrics.js";
import { coverOf, readPolnear, type Attribution, type Fragmented } from "./polnear.js";
import { addOverlap, citronCounts, Tokens, zeroOverlap, type OverlapSums, type TokenQuote } from "./citron.js";
import { ID_ARTICLES, runIdArticles } from "./claims-id.js";
import { readPfsa, type GoldStatement, type PfsaDoc } from "./pfsa.js";
import { SetRun, excerpt, limited, wantSet, trainDir } from "./run.js";
import type { EvalContext, Row, SetReport, Task } from "./types.js";

// ---- span comparison ----

/** A predicted span with the pipeline's own string for it (claim.cue, claim.content, source.text). */
interface Predicted {
  span: Span;
  text: string;
}

// Quote marks, punctuation and spaces at the edges are conventions, not content: PolNeAR and PFSA-ID
// keep the quote marks and the comma before them inside the span, a reader may not.
const EDGE = /[\s"“”„‟'‘’«»`,.;:!?…\-–—]/u;
const QUOTES = /["“”„‟'‘’«»`]/gu;

function trimSpan(text: string, [start, end]: Span): Span {
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  return [start, end];
}

function normaliseText(s: string): string {
  return s.replace(QUOTES, " ").replace(/\s+/g, " ").replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");
}

/**
 * Exact: the same span once edge punctuation is trimmed from both. A discontinuous gold span (a quote
 * split by its cue: `“A,” he said. “B.”`) cannot be one JavaScript span, so its covering span must
 * match and the claim's own text must equal the fragments joined (quote marks and spacing aside).
 */
function exactScore(text: string, gold: Fragmented, pred: Predicted): number | null {
  if (!sameSpan(trimSpan(text, coverOf(gold)), trimSpan(text, pred.span))) return null;
  if (gold.fragments.length === 1) return 1;
  const joined = gold.fragments.map(([a, b]) => text.slice(a, b)).join(" ");
  return normaliseText(joined) === normaliseText(pred.text) ? 1 : null;
}

/** Overlap: the covering spans share at least one character. */
function overlapScoreOf(gold: Fragmented, pred: Predicted): number | null {
  return overlapScore(coverOf(gold), pred.span);
}

function matchExactIn(text: string, gold: readonly Fragmented[], pred: readonly Predicted[]): Matching {
  return greedyMatch(gold, pred, (g, p) => exactScore(text, g, p));
}

function matchOverlapOf(gold: readonly Fragmented[], pred: readonly Predicted[]): Matching {
  return greedyMatch(gold, pred, overlapScoreOf);
}

/**
 * One prediction per span: several claims share a source or cue, and gold lists each span once.
 * Empty spans mean "none" (a claim without a cue) and are not predictions.
 */
function uniquePredicted(items: readonly Predicted[]): Predicted[] {
  const seen = new Set<string>();
  return items
    .filter((p) => {
      if (p.span[1] <= p.span[0]) return false;
      const key = `${p.span[0]}:${p.span[1]}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}

const fragmented = (span: Span): Fragmented => ({ fragments: [span] });

const cuesOf = (claims: readonly Claim[]): Predicted[] => uniquePredicted(claims.map((c) => ({ span: c.cueSpan, text: c.cue })));
const contentsOf = (claims: readonly Claim[]): Predicted[] =>
  uniquePredicted(claims.map((c) => ({ span: c.contentSpan, text: c.content })));
const sourcesOf = (claims: readonly Claim[]): Predicted[] =>
  uniquePredicted(claims.flatMap((c) => (c.source.span ? [{ span: c.source.span, text: c.source.text }] : [])));

/** Exact and overlap counts of one kind of span, accumulated over documents. */
class SpanScore {
  readonly exact = zeroCounts();
  readonly overlap = zeroCounts();

  add(text: string, gold: readonly Fragmented[], pred: readonly Predicted[]): Matching {
    addCounts(this.exact, countsOf(matchExactIn(text, gold, pred)));
    const m = matchOverlapOf(gold, pred);
    addCounts(this.overlap, countsOf(m));
    return m;
  }

  rows(label: string): Row[] {
    return [
      { kind: "prf", label: `${label} exact`, counts: this.exact },
      { kind: "prf", label: `${label} overlap`, counts: this.overlap },
    ];
  }
}

// ---- PolNeAR ----


/** PolNeAR's dev split, or (set "polnear-train", only when asked: 840 articles of training material,
 * measured, never tuned on word by word) its training split. */
async function runPolnear(ctx: EvalContext, split: "dev" | "train" = "dev"): Promise<SetReport> {
  const dir = split === "dev" ? join(ctx.dataDir, "claims", "polnear-dev") : join(trainDir(ctx), "claims", "polnear-train");
  const docs = limited(ctx, readPolnear(dir));
  const run = new SetRun(ctx, "claims", split === "dev" ? "polnear" : "polnear-train", docs.length);
  const cue = new SpanScore();
  const source = new SpanScore();
  const content = new SpanScore();
  let discontinuous = 0;
  let goldContents = 0;
  let mismatches = 0;
  const citron = { cueExact: zeroCounts(), sourceExact: zeroCounts(), contentExact: zeroCounts(), cueOverlap: zeroOverlap(), sourceOverlap: zeroOverlap(), contentOverlap: zeroOverlap() };

  for (const doc of docs) {
    // PolNeAR texts open with the headline line, which the annotators also marked up.
    const analysis = await run.analyse(doc.id, doc.text, { lang: "en" }, () => polnearGold(doc.text, doc.attributions));
    const claims = analysis?.claims ?? [];
    const predCues = cuesOf(claims);
    const mc = cue.add(doc.text, doc.cues, predCues);
    listMisses(run, doc.id, doc.text, "cues", mc, doc.cues, predCues, 40);
    for (const [g, p] of mc.pairs) {
      if (exactScore(doc.text, doc.cues[g], predCues[p]) !== null) continue;
      const [a, b] = coverOf(doc.cues[g]);
      run.example("cue span differences", `${doc.id}: gold "${doc.text.slice(a, b)}" | system "${predCues[p].text}"`);
    }
    source.add(doc.text, doc.sources, sourcesOf(claims));
    const predContents = contentsOf(claims);
    listMisses(run, doc.id, doc.text, "contents", content.add(doc.text, doc.contents, predContents), doc.contents, predContents, 20);
    const c = citronCounts(predictedQuotes(doc.text, claims, tokens(doc.text)), goldQuotes(doc.attributions, tokens(doc.text)));
    addCounts(citron.cueExact, c.cueExact);
    addCounts(citron.sourceExact, c.sourceExact);
    addCounts(citron.contentExact, c.contentExact);
    addOverlap(citron.cueOverlap, c.cueOverlap);
    addOverlap(citron.sourceOverlap, c.sourceOverlap);
    addOverlap(citron.contentOverlap, c.contentOverlap);
    goldContents += doc.contents.length;
    discontinuous += doc.contents.filter((c) => c.fragments.length > 1).length;
    mismatches += doc.offsetMismatches;
  }

  run.notes.push("spans: each distinct span once, matched one to one; exact = same span after trimming quote marks, punctuation and spaces at both ends; overlap = any shared character");
  run.notes.push(`${discontinuous} of ${goldContents} gold contents are discontinuous (scored on their covering span)`);
  run.notes.push("one annotator per article: the first .ann file by name (4b22 where all six annotated)");
  if (mismatches > 0) run.notes.push(`warning: ${mismatches} gold spans do not match their stored text`);
  run.notes.push("citron = BBC citron's metrics (citron/metrics.py), which the issue's targets quote: per claim, on token spans; source and content exact need overlapping cues; overlap counts shared tokens");
  const tokenRow = (label: string, o: OverlapSums): Row => ({ kind: "prf", label, counts: { tp: o.shared, fp: Math.max(0, o.predicted - o.shared), fn: Math.max(0, o.gold - o.shared) } });
  return run.finish(`${docs.length} articles`, [
    { kind: "prf", label: "citron cue exact", counts: citron.cueExact },
    tokenRow("citron cue overlap (tokens)", citron.cueOverlap),
    { kind: "prf", label: "citron source exact", counts: citron.sourceExact },
    tokenRow("citron source overlap (tokens)", citron.sourceOverlap),
    { kind: "prf", label: "citron content exact", counts: citron.contentExact },
    tokenRow("citron content overlap (tokens)", citron.contentOverlap),
    ...cue.rows("spans: cue"),
    ...source.rows("spans: source"),
    ...content.rows("spans: content"),
  ]);
}

/** --verbose lines for the gold spans no prediction overlaps and the predictions no gold span overlaps. */
function listMisses(run: SetRun, id: string, text: string, what: string, m: Matching, gold: readonly Fragmented[], pred: readonly Predicted[], context: number): void {
  for (const i of m.unmatchedGold) {
    const [a, b] = coverOf(gold[i]);
    run.example(`missed ${what} (overlap)`, `${id}: ${excerpt(text, a, b, context)}`);
  }
  for (const i of m.unmatchedPred) {
    const [a, b] = pred[i].span;
    run.example(`spurious ${what} (overlap)`, `${id}: ${excerpt(text, a, b, context)}`);
  }
}

// One tokenisation per text: the predicted and the gold quotes of a document share it.
const tokenCache = new Map<string, Tokens>();
function tokens(text: string): Tokens {
  let t = tokenCache.get(text);
  if (!t) {
    tokenCache.clear();
    t = new Tokens(text);
    tokenCache.set(text, t);
  }
  return t;
}

/** Claims as citron quotes: a claim without a cue keeps none (and matches no cue); a content
 * interrupted by its own cue and source ('"A," he said, "B."') is its parts, as the gold has them.
 * Claims that share a cue span are one attribution (a quote going on carries its attribution's cue:
 * see the claims/1 contract), so they make one quote with all their contents, as PolNeAR's
 * discontinuous contents do. */
function predictedQuotes(text: string, claims: readonly Claim[], toks: Tokens): TokenQuote[] {
  void text;
  const out: TokenQuote[] = [];
  const byCue = new Map<string, TokenQuote>();
  for (const c of claims) {
    const cueChars = c.cueSpan[1] > c.cueSpan[0] ? c.cueSpan : null;
    const cue = cueChars ? toks.span(cueChars) : null;
    const sources = c.source.span ? toks.spans([c.source.span]) : [];
    const contents = toks.without(c.contentSpan, [cueChars, c.source.span]);
    const key = cue ? cue.join(":") : null;
    const same = key !== null ? byCue.get(key) : undefined;
    if (!same) {
      const q = { cue, sources, contents };
      out.push(q);
      if (key !== null) byCue.set(key, q);
      continue;
    }
    for (const x of sources) if (!same.sources.some((y) => y[0] === x[0] && y[1] === x[1])) same.sources.push(x);
    for (const x of contents) if (!same.contents.some((y) => y[0] === x[0] && y[1] === x[1])) same.contents.push(x);
    same.sources.sort((a, b) => a[0] - b[0]);
    same.contents.sort((a, b) => a[0] - b[0]);
  }
  return out;
}

/** Gold attributions as citron quotes; a discontinuous source or content is a list of its fragments. */
function goldQuotes(attributions: readonly Attribution[], toks: Tokens): TokenQuote[] {
  return attributions.map((a) => ({
    cue: toks.span(coverOf(a.cue)),
    sources: a.source ? toks.spans(a.source.fragments) : [],
    contents: a.contents.flatMap((c) => toks.spans(c.fragments)),
  }));
}

/** Self-check: one claim per gold attribution and content. */
function polnearGold(text: string, attributions: readonly Attribution[]): Analysis {
  const a = emptyAnalysis(text, "en");
  const joined = (f: Fragmented): string => f.fragments.map(([s, e]) => text.slice(s, e)).join(" ");
  a.claims = attributions.flatMap((att) =>
    att.contents.map((c) =>
      claim(text, {
        cueSpan: coverOf(att.cue),
        cue: joined(att.cue),
        contentSpan: coverOf(c),
        content: joined(c),
        sourceSpan: att.source ? coverOf(att.source) : null,
        quote: false,
      }),
    ),
  );
  return a;
}

// ---- PFSA-ID ----

/** Words as a lower-case list, for comparing a resolved speaker name with the gold antecedent. */
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, k) => hay[i + k] === w)) return true;
  return false;
}

/**
 * Is the claim's source the gold speaker? Explicit speakers (`kata X`): the source span overlaps X.
 * Coreferent speakers (`katanya`): the -nya sits inside the cue, so a source span there cannot touch
 * the antecedent; the resolved person also counts when one of their names (source.name or an alias
 * of that person in the article) contains the other ("Yusri Yunus" for gold "Kombes Yusri Yunus",
 * "Tri Rismaharini" for gold "Risma").
 */
function speakerCorrect(gold: GoldStatement, c: Claim, aliases: ReadonlyMap<string, readonly string[]>): boolean {
  if (gold.speaker === null) return false;
  if (c.source.span && overlaps(c.source.span, gold.speaker)) return true;
  if (gold.speakerKind !== "coreferent" || gold.speakerText === null) return false;
  const g = words(gold.speakerText);
  // the resolved person by any of the names the article gives them ("Risma" for Tri Rismaharini)
  return [c.source.name, ...(aliases.get(c.source.name) ?? [])].some((name) => {
    const p = words(name);
    return containsRun(g, p) || containsRun(p, g);
  });
}

async function runPfsa(ctx: EvalContext): Promise<SetReport> {
  const docs = limited(ctx, readPfsa(join(ctx.dataDir, "claims", "pfsa-id.dev.txt")));
  const run = new SetRun(ctx, "claims", "pfsa-id", docs.length);
  const quoteStatements = new SpanScore();
  const allStatements = zeroCounts();
  const cueAll = new SpanScore();
  const cueQuotes = zeroCounts();
  const speakers = { explicit: { correct: 0, total: 0 }, coreferent: { correct: 0, total: 0 } };
  let noSpeaker = 0;

  for (const doc of docs) {
    // The text starts with the dateline and has no headline line.
    const analysis = await run.analyse(doc.id, doc.text, { lang: "id", headline: false }, () => pfsaGold(doc));
    const claims = analysis?.claims ?? [];
    const aliases = new Map((analysis?.people ?? []).map((e) => [e.name, e.aliases] as const));
    const quotes = claims.filter((c) => c.quote);
    const goldStatements = doc.statements.map((s) => fragmented(s.span));
    const goldCues = doc.cues.map(fragmented);

    const mq = quoteStatements.add(doc.text, goldStatements, contentsOf(quotes));
    for (const i of mq.unmatchedGold) {
      const [a, b] = doc.statements[i].span;
      run.example("missed statements (overlap, quote claims)", `${doc.id}: ${excerpt(doc.text, a, b, 20)}`);
    }
    cueAll.add(doc.text, goldCues, cuesOf(claims));
    addCounts(cueQuotes, countsOf(matchOverlapOf(goldCues, cuesOf(quotes))));

    // Speaker accuracy is judged on the claims that found a statement, quote flag or not. Claims are
    // kept whole (first claim per content span, as contentsOf does) so each pair has its source.
    const seen = new Set<string>();
    const withContent = claims.filter((c) => {
      const key = c.contentSpan.join(":");
      if (c.contentSpan[1] <= c.contentSpan[0] || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const ma = matchOverlapOf(goldStatements, withContent.map((c) => ({ span: c.contentSpan, text: c.content })));
    addCounts(allStatements, countsOf(ma));
    for (const [gi, pi] of ma.pairs) {
      const gold = doc.statements[gi];
      if (gold.speakerKind === null) {
        noSpeaker++;
        continue;
      }
      const tally = speakers[gold.speakerKind];
      tally.total++;
      const ok = speakerCorrect(gold, withContent[pi], aliases);
      if (ok) tally.correct++;
      else {
        const said = withContent[pi].source;
        run.example(`wrong speakers (${gold.speakerKind})`, `${doc.id}: gold "${gold.speakerText}" | system "${said.text}" (${said.name})`);
      }
    }
  }

  run.notes.push("exact = same span after trimming quote marks, punctuation and spaces (gold statements include the quotes)");
  run.notes.push("speaker accuracy: over statements matched (overlap) by any claim");
  run.notes.push("gold speaker: the PERSON/PERSONCOREF after `kata`, or the antecedent of the -nya in `katanya`");
  if (noSpeaker > 0) run.notes.push(`${noSpeaker} matched statements have no gold speaker and are not counted`);
  return run.finish(`${docs.length} articles`, [
    ...quoteStatements.rows("statement (quote claims)"),
    { kind: "prf", label: "statement (all claims) overlap", counts: allStatements },
    { kind: "prf", label: "cue (all claims) exact", counts: cueAll.exact },
    { kind: "prf", label: "cue (all claims) overlap", counts: cueAll.overlap },
    { kind: "prf", label: "cue (quote claims) overlap", counts: cueQuotes },
    { kind: "accuracy", label: "speaker (explicit: kata X)", ...speakers.explicit },
    { kind: "accuracy", label: "speaker (coreferent: katanya)", ...speakers.coreferent },
  ]);
}

/**
 * Self-check: one quote claim per gold statement, with its gold cue and speaker, and a content-less
 * claim for each cue no statement claims (two dev quotes were left untagged).
 */
function pfsaGold(doc: PfsaDoc): Analysis {
  const a = emptyAnalysis(doc.text, "id");
  const quotes = doc.statements.map((s) =>
    claim(doc.text, {
      cueSpan: s.cue ?? [s.span[1], s.span[1]],
      contentSpan: s.span,
      sourceSpan: s.speaker,
      sourceName: s.speakerText ?? undefined,
      quote: true,
    }),
  );
  const orphanCues = doc.cues
    .filter((c) => !doc.statements.some((s) => s.cue !== null && sameSpan(s.cue, c)))
    .map((c) => claim(doc.text, { cueSpan: c, contentSpan: [c[1], c[1]], sourceSpan: null, quote: true }));
  a.claims = [...quotes, ...orphanCues];
  return a;
}

async function runTask(ctx: EvalContext, report: (r: SetReport) => void): Promise<void> {
  // (the training split only when the filter names it: "--set polnear" is dev)
  const train = ctx.setFilter !== null && ctx.setFilter.includes("train") && wantSet(ctx, "polnear-train");
  if (wantSet(ctx, "polnear") && !train) report(await runPolnear(ctx));
  if (train) report(await runPolnear(ctx, "train"));
  if (wantSet(ctx, "pfsa-id")) report(await runPfsa(ctx));
  if (wantSet(ctx, ID_ARTICLES)) report(await runIdArticles(ctx));
}

export const claimsTask: Task = { name: "claims", sets: ["polnear", "polnear-train", "pfsa-id", ID_ARTICLES], run: runTask };
