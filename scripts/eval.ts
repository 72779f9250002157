// Evaluation harness entry: `npm run eval -- [task] [--limit N] [--set NAME] [--verbose] [--examples N]`.
// Scores the pipeline against the gold sets in ../shared/eval (never copied into this repository).

import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { claimsTask } from "./eval/claims.js";
import { datesTask } from "./eval/dates.js";
import { peopleTask } from "./eval/people.js";
import { readerTask } from "./eval/reader.js";
import { formatReport } from "./eval/report.js";
import { summaryTask } from "./eval/summary.js";
import type { AnalyseFn, EvalContext, SetReport, Task } from "./eval/types.js";

const TASKS: readonly Task[] = [peopleTask, datesTask, claimsTask, summaryTask, readerTask];

const USAGE = `usage: npm run eval -- [people|dates|claims|summary|reader|all|selfcheck] [--limit N] [--set NAME] [--verbose] [--examples N]
  all (default)   every task
  selfcheck       feed the gold back as predictions: every figure must be 1.000 (checks the harness)
  --limit N       at most N documents (sentences, for sentence-level sets) per set
  --set NAME      only the sets whose name contains NAME
  --verbose, -v   list false positives, misses and mismatches (15 of each)
  --examples N    as --verbose, listing up to N of each
  --rules-only    without the trained models (the rules alone), to compare
data: $ARTICLE_CLI_EVAL_DIR, else <project>/../shared/eval
sets: ${TASKS.map((t) => `${t.name}: ${t.sets.join(", ")}`).join("; ")}`;

class UsageError extends Error {}

interface Args {
  tasks: readonly Task[];
  selfcheck: boolean;
  limit: number | null;
  set: string | null;
  /** How many examples --verbose lists per group; 0 = no listing. */
  examples: number;
  rulesOnly: boolean;
}

function parseArgs(argv: readonly string[]): Args | "help" {
  let taskArg: string | null = null;
  let limit: number | null = null;
  let set: string | null = null;
  let examples = 0;
  let rulesOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === "--help" || arg === "-h") return "help";
    else if (arg === "--verbose" || arg === "-v") examples = Math.max(examples, 15);
    else if (arg === "--rules-only") rulesOnly = true;
    else if (arg === "--examples") {
      const v = value();
      examples = Number(v);
      if (!Number.isInteger(examples) || examples < 1) throw new UsageError(`--examples wants a positive whole number, not ${v}`);
    }
    else if (arg === "--limit") {
      const v = value();
      limit = Number(v);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit wants a positive whole number, not ${v}`);
    } else if (arg === "--set") set = value().toLowerCase();
    else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else if (taskArg === null) taskArg = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  const name = taskArg ?? "all";
  const selfcheck = name === "selfcheck";
  let tasks: readonly Task[] = TASKS;
  if (name !== "all" && !selfcheck) {
    const task = TASKS.find((t) => t.name === name);
    if (!task) throw new UsageError(`unknown task ${name}`);
    tasks = [task];
  }
  if (set !== null) {
    const s = set;
    tasks = tasks.filter((t) => t.sets.some((n) => n.includes(s)));
    if (tasks.length === 0) throw new UsageError(`no set of ${name} matches --set ${set}`);
  }
  return { tasks, selfcheck, limit, set, examples, rulesOnly };
}

/** dist/scripts/eval.js sits two levels below the project root. */
function projectRoot(): string {
  return fileURLToPath(new URL("../../", import.meta.url));
}

function dataDir(): string {
  const fromEnv = process.env.ARTICLE_CLI_EVAL_DIR;
  return fromEnv ? resolve(fromEnv) : join(projectRoot(), "..", "shared", "eval");
}

/** Imported only when scoring it, so the self-check still runs when the pipeline throws on load. */
async function loadPipeline(rulesOnly: boolean): Promise<AnalyseFn> {
  const pipeline = await import("../src/pipeline.js");
  if (rulesOnly) {
    const { usePeopleModel } = await import("../src/extract/people/tagger.js");
    const { languageCodes } = await import("../src/lang/index.js");
    for (const code of languageCodes()) usePeopleModel(code, null);
  }
  return pipeline.analyseText;
}

/** Why a self-check report is not perfect (empty when it is). */
function selfcheckProblems(r: SetReport): string[] {
  const problems = r.failures.map((f) => `failed: ${f}`);
  for (const row of r.rows) {
    const bad =
      row.kind === "prf"
        ? row.counts.fp > 0 || row.counts.fn > 0 || row.counts.tp === 0
        : row.kind === "accuracy"
          ? row.total === 0 || row.correct !== row.total
          : row.kind === "means"
            ? Math.min(row.p, row.r) < 1 - 1e-9
            : !row.baseline && Math.min(row.scores.r1, row.scores.r2, row.scores.rl) < 1 - 1e-9;
    if (bad) problems.push(`${r.task}/${r.set} ${row.label}`);
  }
  return problems;
}

async function main(): Promise<number> {
  let args: Args | "help";
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`eval: ${err.message}\n${USAGE}`);
    return 1;
  }
  if (args === "help") {
    console.log(USAGE);
    return 0;
  }

  const dir = dataDir();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`eval: no evaluation data at ${dir}`);
    console.error("Set ARTICLE_CLI_EVAL_DIR to the folder holding people/, dates/, claims/, summary/ and reader/.");
    return 1;
  }

  let analyse: AnalyseFn = () => Promise.reject(new Error("the pipeline is not used in self-check mode"));
  if (!args.selfcheck) {
    try {
      analyse = await loadPipeline(args.rulesOnly);
    } catch (err) {
      console.error(`eval: cannot load the pipeline (src/pipeline.ts): ${err instanceof Error ? err.message : String(err)}`);
      return 1;
    }
  }

  const ctx: EvalContext = {
    dataDir: dir,
    limit: args.limit,
    setFilter: args.set,
    examples: args.examples,
    selfcheck: args.selfcheck,
    analyse,
  };
  const started = performance.now();
  const problems: string[] = [];
  let failedDocs = 0;
  let sets = 0;
  const report = (r: SetReport): void => {
    sets++;
    failedDocs += r.failures.length;
    if (args.selfcheck) problems.push(...selfcheckProblems(r));
    process.stdout.write(formatReport(r) + "\n");
  };
  if (args.selfcheck) console.log("self-check: gold fed back as predictions, every figure must be 1.000\n");

  for (const task of args.tasks) {
    try {
      await task.run(ctx, report);
    } catch (err) {
      // A missing or malformed gold file stops its task only.
      problems.push(`${task.name}: ${err instanceof Error ? err.message : String(err)}`);
      console.error(`eval: ${task.name} stopped: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }

  console.log(`${sets} set(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (args.selfcheck) console.log(problems.length === 0 ? "self-check passed" : `self-check FAILED:\n  ${problems.join("\n  ")}`);
  else if (problems.length > 0) console.log(`errors:\n  ${problems.join("\n  ")}`);
  if (failedDocs > 0) console.log(`${failedDocs} document(s) could not be analysed (see the sets above)`);
  return problems.length > 0 || failedDocs > 0 ? 1 : 0;
}

process.exitCode = await main();
