// Article text from saved web pages, against the Zyte article-extraction-benchmark's gold bodies,
// scored as that benchmark's evaluate.py does: per page, shingles of four \w+ tokens matched as
// multisets, the page's tp/fp/fn normalised to sum 1; precision and recall are means over pages and F1
// their harmonic mean.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Analysis } from "../../src/model.js";
import { emptyAnalysis } from "./fake.js";
import { SetRun, limited, wantSet } from "./run.js";
import type { EvalContext, SetReport, Task } from "./types.js";

interface Page {
  id: string;
  html: string;
  body: string;
}

/** One page's share of true, false and missed shingles (summing to 1, or all 0 when both are empty). */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

const SHINGLE = 4;
// Python's \w under re.UNICODE: letters, digits, marks and the underscore
const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

function shingles(text: string): Map<string, number> {
  const toks = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  // a text shorter than a shingle is one (shorter) shingle, as range(max(1, len - n + 1)) gives
  for (let i = 0; i < Math.max(1, toks.length - SHINGLE + 1); i++) {
    const key = toks.slice(i, i + SHINGLE).join(" ");
    if (key !== "") out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleScore(gold: string, pred: string): PageScore {
  const g = shingles(gold);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const a = g.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

/** evaluate.py's precision_score and recall_score: 1 when nothing is wrong, 0 when nothing is right. */
const precision = ({ tp, fp, fn }: PageScore): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recall = ({ tp, fp, fn }: PageScore): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));

export function meanScores(pages: readonly PageScore[]): { p: number; r: number; f1: number } {
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const p = mean(pages.filter((x) => x.tp + x.fp > 0).map(precision));
  const r = mean(pages.filter((x) => x.tp + x.fn > 0).map(recall));
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** The article body the pipeline read: its paragraphs without the title, as `show --full` prints them. */
function bodyOf(a: Analysis): string {
  const d = a.document;
  const title = d.titleSpan;
  return d.paragraphs
    .filter((p) => !(title && p.span[0] < title[1] && title[0] < p.span[1]))
    .map((p) => d.text.slice(p.span[0], p.span[1]))
    .join("\n\n");
}

function readPages(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<string, { articleBody?: string }>;
  return readdirSync(join(dir, "html"))
    .filter((f) => f.endsWith(".html.gz"))
    .sort()
    .map((f) => {
      const id = f.slice(0, -".html.gz".length);
      return { id, html: gunzipSync(readFileSync(join(dir, "html", f))).toString("utf8"), body: truth[id]?.articleBody ?? "" };
    });
}

/** Self-check: a document whose one paragraph is the gold body. */
function pageGold(page: Page): Analysis {
  const a = emptyAnalysis(page.body, "en");
  a.document.paragraphs = [{ span: [0, page.body.length], firstSentence: 0, sentenceCount: 0 }];
  return a;
}

async function runAeb(ctx: EvalContext): Promise<SetReport> {
  const pages = limited(ctx, readPages(join(ctx.dataDir, "reader", "aeb-dev")));
  const run = new SetRun(ctx, "reader", "aeb", pages.length);
  const scores: PageScore[] = [];
  for (const page of pages) {
    // the language is left to the reader's detection, as a user's page would be
    const analysis = await run.analyse(page.id, page.html, { format: "html", extract: ["people"] }, () => pageGold(page));
    const body = analysis ? bodyOf(analysis) : "";
    const s = shingleScore(page.body, body);
    scores.push(s);
    if (s.tp < 0.9) run.example("pages below 0.9 shingle F1 share", `${page.id.slice(0, 12)}: tp ${s.tp.toFixed(2)} fp ${s.fp.toFixed(2)} fn ${s.fn.toFixed(2)}`);
  }
  const { p, r, f1 } = meanScores(scores);
  run.notes.push("as the benchmark's evaluate.py: 4-token shingles per page, P and R averaged over pages, F1 of the averages");
  run.notes.push("published on its 181 pages: trafilatura 0.958, newspaper4k 0.949, Mozilla Readability 0.947");
  return run.finish(`${pages.length} pages`, [{ kind: "means", label: "article body (shingles)", p, r, f1 }]);
}

export const readerTask: Task = {
  name: "reader",
  sets: ["aeb"],
  async run(ctx, report) {
    if (wantSet(ctx, "aeb")) report(await runAeb(ctx));
  },
};
