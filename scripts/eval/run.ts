// Running one gold set: picks gold or pipeline predictions, times the run, keeps going past a
// document whose analysis throws (recording it), and shows progress.

import { join } from "node:path";
import type { Analysis } from "../../src/model.js";
import { Progress } from "./progress.js";
import type { AnalyseOptions, EvalContext, Row, SetReport } from "./types.js";

/** True when --set is absent or names (part of) this set. */
export function wantSet(ctx: EvalContext, set: string): boolean {
  return ctx.setFilter === null || set.toLowerCase().includes(ctx.setFilter);
}

/** The train split's folder (training material some sets are also measured on): beside the eval
 * folder, unless ARTICLE_CLI_TRAIN_DIR says otherwise. */
export function trainDir(ctx: EvalContext): string {
  return process.env.ARTICLE_CLI_TRAIN_DIR ?? join(ctx.dataDir, "..", "train");
}

/** The first --limit items. */
export function limited<T>(ctx: EvalContext, items: readonly T[]): T[] {
  return ctx.limit === null ? [...items] : items.slice(0, ctx.limit);
}

export class SetRun {
  private readonly started = performance.now();
  private readonly progress: Progress;
  readonly failures: string[] = [];
  readonly notes: string[] = [];
  private readonly exampleGroups = new Map<string, string[]>();

  constructor(
    private readonly ctx: EvalContext,
    readonly task: string,
    readonly set: string,
    total: number,
  ) {
    this.progress = new Progress(`${task}/${set}`, total);
  }

  /**
   * The analysis of one document: the pipeline's, or in self-check mode the gold turned into an
   * Analysis. Null when the pipeline threw; the caller scores that document as predicting nothing,
   * so a crash costs recall instead of hiding the rest of the set.
   */
  async analyse(label: string, text: string, opts: AnalyseOptions, gold: () => Analysis): Promise<Analysis | null> {
    try {
      return this.ctx.selfcheck ? gold() : await this.ctx.analyse(text, opts);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.failures.push(`${label}: ${message.split("\n")[0]}`);
      return null;
    } finally {
      this.progress.tick();
    }
  }

  /** Adds a --verbose line, keeping at most `cap` (default: --examples) lines per `group`. */
  example(group: string, line: string, cap = this.ctx.examples): void {
    if (this.ctx.examples === 0) return;
    const lines = this.exampleGroups.get(group) ?? [];
    if (lines.length < cap) lines.push(line);
    this.exampleGroups.set(group, lines);
  }

  finish(units: string, rows: Row[]): SetReport {
    this.progress.finish();
    return {
      task: this.task,
      set: this.set,
      units,
      seconds: (performance.now() - this.started) / 1000,
      rows,
      failures: this.failures,
      notes: this.notes,
      examples: [...this.exampleGroups].flatMap(([group, lines]) => [`  ${group}:`, ...lines.map((l) => `    ${l}`)]),
    };
  }
}

/** A short quoted excerpt of text[span] with a little context, for --verbose lines. */
export function excerpt(text: string, start: number, end: number, context = 30): string {
  const before = text.slice(Math.max(0, start - context), start).replace(/\s+/g, " ");
  const inner = text.slice(start, end).replace(/\s+/g, " ");
  const after = text.slice(end, end + context).replace(/\s+/g, " ");
  return `…${before}[${inner}]${after}…`;
}
