// Test helpers: run the CLI in-process with captured streams, or as a real process from bin/.

import { PassThrough, Readable } from "node:stream";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli.js";
import { analyseText, type AnalyseOptions } from "../src/pipeline.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
export const ID_ARTICLE = fixture("putin-musk.id.txt");
export const EN_ARTICLE = fixture("harbor-barrier.en.txt");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `article-cli ...args` in this process (fast); stdin from `input`. */
export async function cli(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv; tty?: boolean; columns?: number; stderrTty?: boolean } = {}): Promise<RunResult> {
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdout.isTTY = opts.tty ?? false;
  stderr.isTTY = opts.stderrTty ?? false;
  stdout.columns = opts.columns ?? 80;
  let out = "";
  let err = "";
  stdout.on("data", (d) => (out += d));
  stderr.on("data", (d) => (err += d));
  const stdin = Readable.from(opts.input !== undefined ? [Buffer.from(opts.input)] : []);
  const code = await main(["node", "article-cli", ...args], { stdout, stderr, stdin, env: { COLUMNS: "80", ...(opts.env ?? {}) } });
  return { code, stdout: out, stderr: err };
}

/** Run the built bin/article-cli.js as a child process (for exit codes, pipes and start-up). */
export function spawnCli(args: string[], opts: { input?: string | Buffer; env?: NodeJS.ProcessEnv; shell?: string } = {}): RunResult {
  const r = opts.shell
    ? spawnSync("bash", ["-c", opts.shell], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...opts.env } })
    : spawnSync(process.execPath, ["bin/article-cli.js", ...args], { cwd: ROOT, input: opts.input, encoding: "utf8", env: { ...process.env, ...opts.env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function analyseFile(path: string, opts: AnalyseOptions = {}) {
  return analyseText(readFileSync(path, "utf8"), { file: path, ...opts });
}
