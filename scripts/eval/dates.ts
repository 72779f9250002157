// Temporal expressions against TIMEX3 gold, scored as TempEval-3 does: strict (identical span) and
// relaxed (overlapping span) extraction, then value and type over the relaxed matches.

import { join } from "node:path";
import type { Span, TimexType } from "../../src/model.js";
import { emptyAnalysis, timeExpression } from "./fake.js";
import { readJsonl } from "./io.js";
import { addCounts, countsOf, matchExact, matchOverlap, zeroCounts, type Counts } from "./metrics.js";
import { SetRun, limited, wantSet, trainDir } from "./run.js";
import type { EvalContext, SetReport, Task } from "./types.js";

interface GoldTimex {
  type: TimexType;
  value: string;
  mod?: string;
  start: number;
  end: number;
  text: string;
}

interface DatesDoc {
  doc: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

interface DatesSet {
  name: string;
  file: string;
  lang: "id" | "en";
  /** Read from ../shared/train (training material: measured, never tuned on word by word). */
  train?: boolean;
}

const SETS: DatesSet[] = [
  { name: "te3-platinum", file: "te3-platinum.dev.jsonl", lang: "en" },
  { name: "indotimex", file: "indotimex.dev.jsonl", lang: "id" },
  // TempEval-3's training corpus (TimeBank + AQUAINT): only with --set tbaq, as it takes longer
  { name: "tbaq", file: "tbaq.train.jsonl", lang: "en", train: true },
];


/** A timex reduced to what is scored. */
interface Scored {
  span: Span;
  type: string;
  value: string;
  text: string;
}

/**
 * TempEval-3 attribute scoring: among relaxed-matched pairs, those whose attribute is identical are
 * correct; P = correct / system timexes, R = correct / gold timexes. Expressed as counts
 * (tp = correct, fp = system - correct, fn = gold - correct) so it prints like the other rows.
 */
function attributeCounts(correct: number, system: number, gold: number): Counts {
  return { tp: correct, fp: system - correct, fn: gold - correct };
}

const show = (t: Scored): string => `"${t.text}" ${t.type} ${t.value}`;

async function runSet(ctx: EvalContext, set: DatesSet): Promise<SetReport> {
  const docs = limited(ctx, readJsonl<DatesDoc>(join(set.train ? trainDir(ctx) : ctx.dataDir, "dates", set.file)));
  const run = new SetRun(ctx, "dates", set.name, docs.length);
  const strict = zeroCounts();
  const relaxed = zeroCounts();
  const value = zeroCounts();
  const type = zeroCounts();

  for (const doc of docs) {
    const gold: Scored[] = doc.timexes.map((t) => ({ span: [t.start, t.end], type: t.type, value: t.value, text: t.text }));
    const opts = { lang: set.lang, refDate: doc.dct.slice(0, 10), headline: false };
    const analysis = await run.analyse(doc.doc, doc.text, opts, () => {
      const a = emptyAnalysis(doc.text, set.lang);
      a.expressions = doc.timexes.map((t) => timeExpression(doc.text, [t.start, t.end], { type: t.type, value: t.value }));
      return a;
    });
    const sys: Scored[] = (analysis?.expressions ?? []).map((e) => ({
      span: e.span,
      type: e.timex.type,
      value: e.timex.value,
      text: doc.text.slice(e.span[0], e.span[1]),
    }));

    addCounts(strict, countsOf(matchExact(gold.map((g) => g.span), sys.map((s) => s.span))));
    const m = matchOverlap(gold.map((g) => g.span), sys.map((s) => s.span));
    addCounts(relaxed, countsOf(m));
    let valueOk = 0;
    let typeOk = 0;
    for (const [gi, si] of m.pairs) {
      const g = gold[gi];
      const s = sys[si];
      if (g.value === s.value) valueOk++;
      if (g.type === s.type) typeOk++;
      // Dev sets are small: list every mismatch rather than a sample.
      if (g.value !== s.value || g.type !== s.type) {
        run.example("value/type mismatches", `${doc.doc}: gold ${show(g)} | system ${show(s)}`, Infinity);
      } else if (g.span[0] !== s.span[0] || g.span[1] !== s.span[1]) {
        run.example("span differences", `${doc.doc}: gold "${g.text}" | system "${s.text}"`, Infinity);
      }
    }
    addCounts(value, attributeCounts(valueOk, sys.length, gold.length));
    addCounts(type, attributeCounts(typeOk, sys.length, gold.length));
    for (const gi of m.unmatchedGold) run.example("missed", `${doc.doc}: ${show(gold[gi])}`, Infinity);
    for (const si of m.unmatchedPred) run.example("spurious", `${doc.doc}: ${show(sys[si])}`, Infinity);
  }

  return run.finish(`${docs.length} documents`, [
    { kind: "prf", label: "strict (span)", counts: strict },
    { kind: "prf", label: "relaxed (span)", counts: relaxed },
    { kind: "prf", label: "value", counts: value },
    { kind: "prf", label: "type", counts: type },
  ]);
}

async function runTask(ctx: EvalContext, report: (r: SetReport) => void): Promise<void> {
  for (const set of SETS) if ((set.train ? ctx.setFilter !== null : true) && wantSet(ctx, set.name)) report(await runSet(ctx, set));
}

export const datesTask: Task = { name: "dates", sets: SETS.map((s) => s.name), run: runTask };
