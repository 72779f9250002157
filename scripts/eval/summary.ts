// Extractive summaries against IndoSum: mean ROUGE-1/2/L F1 per article, next to LEAD-3 and the
// dataset's own extractive labels on the same tokenisation.

import { join } from "node:path";
import type { Analysis } from "../../src/model.js";
import { withoutDateline } from "../../src/segment/dateline.js";
import { DEFAULT_WORDS, summarise } from "../../src/extract/summary/index.js";
import { loadPack } from "../../src/lang/index.js";
import { emptyAnalysis, sentence } from "./fake.js";
import { readJsonl } from "./io.js";
import { MeanRouge, rouge, rougeTokens } from "./metrics.js";
import { SetRun, limited, wantSet } from "./run.js";
import type { EvalContext, SetReport, Task } from "./types.js";

/** An IndoSum article, as its JSON lines give it (dev and train alike). */
export interface IndosumDoc {
  id: string;
  text: string;
  /** The dataset's sentence split of `text`. */
  sentences: string[];
  summary: string;
  gold_sentence_indices: number[];
}

/** The summary the pipeline chose: its sentences' text as shown (without a dateline), in the order it
 * lists them. */
function systemSummary(analysis: Analysis): { text: string; sentences: number; invalid: number } {
  const all = analysis.document.sentences;
  const picked = analysis.summary.filter((i) => Number.isInteger(i) && i >= 0 && i < all.length);
  return { text: picked.map((i) => withoutDateline(all[i].text)).join(" "), sentences: picked.length, invalid: analysis.summary.length - picked.length };
}

/** Self-check: a one-sentence document whose summary is the reference itself. */
function indosumGold(doc: IndosumDoc): Analysis {
  const a = emptyAnalysis(doc.summary, "id");
  a.document.sentences = [sentence(0, doc.summary, [0, doc.summary.length])];
  a.summary = [0];
  return a;
}

async function runIndosum(ctx: EvalContext): Promise<SetReport> {
  const docs = limited(ctx, readJsonl<IndosumDoc>(join(ctx.dataDir, "summary", "indosum.dev.jsonl")));
  const run = new SetRun(ctx, "summary", "indosum", docs.length);
  const system = new MeanRouge();
  const lead3 = new MeanRouge();
  const lead = new MeanRouge();
  const pack = await loadPack("id");
  const oracle = new MeanRouge();
  let sentences = 0;
  let systemTokens = 0;
  let referenceTokens = 0;
  let invalid = 0;

  for (const doc of docs) {
    // IndoSum texts start with the dateline paragraph of the body: there is no headline line.
    const analysis = await run.analyse(doc.id, doc.text, { lang: "id", headline: false }, () => indosumGold(doc));
    const picked = analysis ? systemSummary(analysis) : { text: "", sentences: 0, invalid: 0 };
    system.add(rouge(doc.summary, picked.text));
    lead3.add(rouge(doc.summary, doc.sentences.slice(0, 3).join(" ")));
    if (analysis) lead.add(rouge(doc.summary, systemSummary({ ...analysis, summary: summarise(analysis.document, pack, analysis, {}, null) }).text));
    oracle.add(rouge(doc.summary, doc.gold_sentence_indices.map((i) => doc.sentences[i] ?? "").join(" ")));
    sentences += picked.sentences;
    invalid += picked.invalid;
    systemTokens += rougeTokens(picked.text).length;
    referenceTokens += rougeTokens(doc.summary).length;
    run.example("summaries", `${doc.id}: ${picked.text.slice(0, 160)}…`, 5);
  }

  const n = Math.max(1, docs.length);
  const mean = (x: number, digits: number): string => (x / n).toFixed(digits);
  run.notes.push(
    `system summaries: ${mean(sentences, 1)} sentences, ${mean(systemTokens, 0)} tokens on average` +
      ` (references: ${mean(referenceTokens, 0)} tokens)`,
  );
  if (invalid > 0) run.notes.push(`warning: ${invalid} summary indices were outside document.sentences and skipped`);
  return run.finish(`${docs.length} articles`, [
    { kind: "rouge", label: "system", scores: system.mean() },
    { kind: "rouge", label: "LEAD-3 (baseline)", scores: lead3.mean(), baseline: true },
    { kind: "rouge", label: `lead, ${DEFAULT_WORDS} words (baseline)`, scores: lead.mean(), baseline: true },
    { kind: "rouge", label: "gold extractive labels", scores: oracle.mean(), baseline: true },
  ]);
}

async function runTask(ctx: EvalContext, report: (r: SetReport) => void): Promise<void> {
  if (wantSet(ctx, "indosum")) report(await runIndosum(ctx));
}

export const summaryTask: Task = { name: "summary", sets: ["indosum"], run: runTask };
