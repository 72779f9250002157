// Read: the articles of one run, in order: files (or http(s) URLs) named on the command line, a list of paths
// (--files-from FILE, or - for standard input, as `find ... | article-cli ...` gives it), or
// articles as JSON lines on standard input (--jsonl-in: {"id", "text"} or {"id", "html"}). Streams are
// read a line at a time, so a long list starts printing before it has all arrived.

import { createReadStream, statSync } from "node:fs";
import type { Source } from "../model.js";
import { lazyImport } from "../lazy.js";
import { InputError, MAX_INPUT_BYTES, readSource } from "./input.js";
import { withRepairs } from "./mojibake.js";
import { isUrl, type WebOptions } from "./web.js";
import { extras } from "../lazy.js";

/** One article to read: what to call it in messages and output, and how to get its text. */
export interface Input {
  label: string;
  read(): Promise<Source>;
}

export interface InputOptions {
  /** A file of paths, one a line; "-": standard input. */
  filesFrom?: string;
  /** Articles as JSON lines on standard input. */
  jsonlIn?: boolean;
  /** How http(s) URLs among the files are fetched. */
  web: WebOptions;
  /** Files already read, by name (each is read from here once). */
  preloaded?: Map<string, Source>;
}

type Stdin = () => NodeJS.ReadableStream;

/** The inputs in order: the files given, then the listed paths, then the JSON lines. */
export async function* inputsOf(files: readonly string[], opts: InputOptions, stdin: Stdin): AsyncGenerator<Input> {
  const read = async (file: string) => {
    const ready = opts.preloaded?.get(file);
    if (ready) {
      opts.preloaded!.delete(file);
      return ready;
    }
    return isUrl(file) ? (await extras()).fetchSource(file, opts.web) : readSource(file, stdin);
  };
  for (const file of files) yield { label: file, read: () => read(file) };
  if (opts.filesFrom !== undefined) {
    const list = opts.filesFrom;
    const lines = list === "-" ? linesOf(stdin()) : linesOf(await openList(list));
    for await (const line of lines) {
      const file = line.replace(/\r$/, "");
      if (file.trim() === "") continue;
      yield { label: file, read: () => read(file) };
    }
  }
  if (opts.jsonlIn) {
    let n = 0;
    for await (const line of linesOf(stdin())) {
      n++;
      if (line.trim() === "") continue;
      yield jsonInput(line, n);
    }
  }
}

async function openList(path: string): Promise<NodeJS.ReadableStream> {
  try {
    if (!statSync(path).isFile()) throw new Error();
  } catch {
    throw new InputError(`${path}: no such list of files`, path);
  }
  return createReadStream(path);
}

/** The lines of a stream, without their line breaks. */
async function* linesOf(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  // (loaded only for a stream: readline is not needed to read files)
  const { createInterface } = await lazyImport<typeof import("node:readline")>("node:readline");
  yield* createInterface({ input: stream, crlfDelay: Infinity });
}

/** One JSON line: an article with its text or its page, named by its id (else by its line). */
function jsonInput(line: string, n: number): Input {
  const where = `standard input line ${n}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return failing(where, `${where}: not JSON`);
  }
  const o = (value ?? {}) as { id?: unknown; text?: unknown; html?: unknown };
  const label = typeof o.id === "string" || typeof o.id === "number" ? String(o.id) : where;
  const body = typeof o.text === "string" ? o.text : typeof o.html === "string" ? o.html : null;
  if (typeof value !== "object" || body === null) return failing(label, `${label}: a JSON line needs "text" or "html" (a string)`);
  if (Buffer.byteLength(body) > MAX_INPUT_BYTES) return failing(label, `${label}: too large (the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MiB)`);
  if (body.trim() === "") return failing(label, `${label}: no text`);
  const source = withRepairs({ file: label, text: body, encoding: "utf-8", format: typeof o.text === "string" ? "text" : "html" });
  return { label, read: async () => source };
}

function failing(label: string, message: string): Input {
  return { label, read: async () => Promise.reject(new InputError(message, label)) };
}
