// One article's work in a batch: analyse it and render the command's view. The same function runs in
// the CLI's own thread (--jobs 1) and in worker threads, so the output is the same either way.

import type { Source } from "../model.js";
import { analyseSource, UsageError, type AnalyseOptions } from "../pipeline.js";
import { InputError } from "../read/input.js";
import { extras } from "../lazy.js";
import { needsExtras, renderCommand, type CommandName, type Format, type ViewOptions } from "../render/commands.js";
import { styleFrom, type StyleSpec } from "../render/style.js";

/** What a job needs: plain data, so that it crosses to a worker thread as it is. */
export interface Job {
  label: string;
  source: Source;
  command: CommandName;
  analyse: AnalyseOptions;
  format: Format;
  style: StyleSpec;
  view: ViewOptions;
}

export type JobResult =
  | { ok: true; out: string; notes: string[]; /** the article's size, for progress */ bytes: number; /** already in the corpus as it is */ unchanged?: boolean }
  | { ok: false; kind: "input" | "usage" | "internal"; message: string; stack?: string };

export async function runJob(job: Job): Promise<JobResult> {
  try {
    const analysis = await analyseSource(job.source, job.analyse);
    const x = needsExtras(job.command, job.format, job.view) ? await extras() : undefined;
    const out = renderCommand(job.command, analysis, job.format, await styleFrom(job.style), job.view, x);
    return { ok: true, out, notes: analysis.document.notes ?? [], bytes: job.source.text.length };
  } catch (err) {
    const e = err as Error;
    if (err instanceof InputError) return { ok: false, kind: "input", message: e.message };
    if (err instanceof UsageError) return { ok: false, kind: "usage", message: e.message };
    return { ok: false, kind: "internal", message: e.message, stack: e.stack };
  }
}
