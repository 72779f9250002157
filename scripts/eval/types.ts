// Types shared by the evaluation tasks: the run context and the rows a set reports.

import type { Analysis } from "../../src/model.js";
import type { AnalyseOptions } from "../../src/pipeline.js";
import type { Counts, Rouge } from "./metrics.js";

export type { AnalyseOptions };

export type AnalyseFn = (text: string, opts: AnalyseOptions) => Promise<Analysis>;

export interface EvalContext {
  /** Folder holding people/, dates/, claims/, summary/, reader/. */
  dataDir: string;
  /** At most this many documents (or sentences, for sentence-level sets) per set. */
  limit: number | null;
  /** Only sets whose name contains this (lower case). */
  setFilter: string | null;
  /** How many --verbose examples to list per group (0: none). */
  examples: number;
  /** Predictions are built from the gold itself instead of running the pipeline (checks the harness). */
  selfcheck: boolean;
  /** The pipeline; only called when selfcheck is false. */
  analyse: AnalyseFn;
}

/** One line of a set's table. */
export type Row =
  | { kind: "prf"; label: string; counts: Counts }
  | { kind: "accuracy"; label: string; correct: number; total: number }
  | { kind: "rouge"; label: string; scores: Rouge; baseline?: boolean }
  /** Precision and recall averaged over documents, F1 their harmonic mean (the reader benchmark's way). */
  | { kind: "means"; label: string; p: number; r: number; f1: number };

export interface SetReport {
  task: string;
  set: string;
  /** "216 documents", "366 sentences"... */
  units: string;
  seconds: number;
  rows: Row[];
  /** Documents whose analysis threw (label: message). */
  failures: string[];
  /** Short remarks printed under the table (conventions used, skipped items). */
  notes: string[];
  /** --verbose listings (false positives, misses, mismatches). */
  examples: string[];
}

export type TaskName = "people" | "dates" | "claims" | "summary" | "reader";

/** One evaluation task: its gold sets and how to run them (each finished set goes to `report`). */
export interface Task {
  name: TaskName;
  sets: readonly string[];
  run: (ctx: EvalContext, report: (r: SetReport) => void) => Promise<void>;
}
