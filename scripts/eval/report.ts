// Printing a set's results as a plain-text table (stdout), grouped by row kind.

import { prf } from "./metrics.js";
import type { Row, SetReport } from "./types.js";

const num = (x: number): string => x.toFixed(3);
const LABEL_WIDTH = 34;

function header(kind: Row["kind"]): string {
  const pad = " ".repeat(LABEL_WIDTH);
  switch (kind) {
    case "prf":
      return `  ${pad}     P      R     F1      tp     fp     fn`;
    case "accuracy":
      return `  ${pad}   acc   correct/total`;
    case "rouge":
      return `  ${pad}   R-1    R-2    R-L   (mean F1)`;
    case "means":
      return `  ${pad}     P      R     F1   (means over documents)`;
  }
}

function line(row: Row): string {
  const label = `  ${row.label.padEnd(LABEL_WIDTH)}`;
  switch (row.kind) {
    case "prf": {
      const { p, r, f1 } = prf(row.counts);
      const { tp, fp, fn } = row.counts;
      return `${label} ${num(p)}  ${num(r)}  ${num(f1)}  ${String(tp).padStart(6)} ${String(fp).padStart(6)} ${String(fn).padStart(6)}`;
    }
    case "accuracy": {
      const acc = row.total === 0 ? 0 : row.correct / row.total;
      return `${label} ${num(acc)}   ${row.correct}/${row.total}`;
    }
    case "rouge":
      return `${label} ${num(row.scores.r1)}  ${num(row.scores.r2)}  ${num(row.scores.rl)}`;
    case "means":
      return `${label} ${num(row.p)}  ${num(row.r)}  ${num(row.f1)}`;
  }
}

export function formatReport(r: SetReport): string {
  const out = [`${r.task} / ${r.set}: ${r.units}, ${r.seconds.toFixed(1)} s`];
  let kind: Row["kind"] | null = null;
  for (const row of r.rows) {
    if (row.kind !== kind) {
      kind = row.kind;
      out.push(header(kind));
    }
    out.push(line(row));
  }
  for (const note of r.notes) out.push(`  · ${note}`);
  if (r.failures.length > 0) {
    out.push(`  ! analysis failed on ${r.failures.length} document(s), scored as empty:`);
    for (const f of r.failures.slice(0, 5)) out.push(`    ${f}`);
  }
  out.push(...r.examples);
  return out.join("\n") + "\n";
}
