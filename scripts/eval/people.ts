// Person-name recognition against CoNLL-style NER gold: exact-span P/R/F1 on person mentions.

import { join } from "node:path";
import type { Analysis, Span } from "../../src/model.js";
import { emptyAnalysis, personEntity } from "./fake.js";
import { countsOf, matchExact, uniqueSpans, zeroCounts, addCounts } from "./metrics.js";
import { SetRun, excerpt, limited, wantSet, trainDir } from "./run.js";
import { NER_SETS, nerFile, onTokens, readNerDocuments, type NerSet } from "./ner.js";
import { peopleArticlesTask } from "./people-articles.js";
import { crossSetModels } from "../train/people.js";
import { usePeopleModel } from "../../src/extract/people/tagger.js";
import type { EvalContext, SetReport, Task } from "./types.js";

/** Character spans of the person names the pipeline found (names and aliases, not pronouns or descriptions). */
export function predictedPeople(analysis: Analysis): Span[] {
  return uniqueSpans(
    analysis.people.flatMap((e) => e.mentions.filter((m) => m.via === "name" || m.via === "alias").map((m) => m.span)),
  );
}

async function runSet(ctx: EvalContext, set: NerSet, label = set.name): Promise<SetReport> {
  const docs = limited(ctx, readNerDocuments(join(ctx.dataDir, "people", nerFile(set, "dev")), set));
  const run = new SetRun(ctx, "people", label, docs.length);
  const total = zeroCounts();
  for (const doc of docs) {
    const analysis = await run.analyse(doc.id, doc.text, { lang: set.lang, headline: false }, () => {
      const a = emptyAnalysis(doc.text, set.lang);
      a.people = [personEntity(doc.text, doc.gold)];
      return a;
    });
    const pred = analysis ? onTokens(doc.text, doc.tokens, predictedPeople(analysis)) : [];
    const m = matchExact(doc.gold, pred);
    addCounts(total, countsOf(m));
    for (const i of m.unmatchedPred) run.example("false positives", excerpt(doc.text, pred[i][0], pred[i][1]));
    for (const i of m.unmatchedGold) run.example("false negatives", excerpt(doc.text, doc.gold[i][0], doc.gold[i][1]));
  }
  const unit = set.documents === "docstart" ? "documents" : "sentences";
  return run.finish(`${docs.length} ${unit}`, [{ kind: "prf", label: "person mentions (exact)", counts: total }]);
}

/**
 * Cross-set: each Indonesian set's dev file tagged by a model trained without that set (on the other
 * one's train split), as a user's articles from another source would be: generalisation, not
 * memorisation. Trains in place from ../shared/train (a few seconds); not in self-check mode.
 */
async function runCrossSets(ctx: EvalContext, report: (r: SetReport) => void): Promise<void> {
  if (ctx.selfcheck || !wantSet(ctx, CROSS)) return;
  const lang = "id";
  for (const { heldOut, model } of await crossSetModels(lang, { root: "", train: trainDir(ctx), eval: ctx.dataDir })) {
    usePeopleModel(lang, model);
    try {
      report(await runSet(ctx, NER_SETS.find((s) => s.name === heldOut)!, `${CROSS}: ${heldOut}, trained without it`));
    } finally {
      usePeopleModel(lang, undefined);
    }
  }
}

const CROSS = "cross-set";

async function runTask(ctx: EvalContext, report: (r: SetReport) => void): Promise<void> {
  for (const set of NER_SETS) if (wantSet(ctx, set.name)) report(await runSet(ctx, set));
  await peopleArticlesTask.run(ctx, report);
  await runCrossSets(ctx, report);
}

export const peopleTask: Task = { name: "people", sets: [...NER_SETS.map((s) => s.name), ...peopleArticlesTask.sets, CROSS], run: runTask };
