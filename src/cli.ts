// The command line: commander parses, the pipeline analyses, a renderer prints.
// Exit codes: 0 ok, 1 a file could not be read or analysed, 2 usage error.

import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { InputError } from "./read/input.js";
import { inputsOf, type Input } from "./read/inputs.js";
import { analyseSource, UsageError, type AnalyseOptions, type Part } from "./pipeline.js";
import type { Analysis } from "./model.js";
import { languageCodes, languageInfo } from "./lang/index.js";
import { articleJson, claimsJson, entitiesJson, timelineJson, type EntityView } from "./render/json.js";
import { makeStyle, type Style } from "./render/style.js";
import { claimsText, fullText, peopleText, showText, timelineText } from "./render/text.js";
import { claimsMd, peopleMd, showMd, timelineMd } from "./render/markdown.js";

type Format = "text" | "json" | "md";

interface CommonOptions {
  json?: boolean;
  format?: Format;
  color?: boolean;
  lang?: string;
  refDate?: string;
}

interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** Options of one command: the common ones and its own (`show --full`, `people --kind`, `claims --by`). */
interface CommandOptions extends CommonOptions {
  filesFrom?: string;
  jsonlIn?: boolean;
  full?: boolean;
  kind?: string;
  by?: string;
}

type Render = (a: Analysis, format: Format, st: Style, opts: CommandOptions) => string;

/** What each command needs extracted: `people` alone skips dates and claims. */
const PARTS: Record<string, Part[]> = { show: ["people", "time", "claims", "summary"], people: ["people"], timeline: ["people", "time"], claims: ["people", "time", "claims"] };

const VERSION = "0.1.0";

const KINDS: Record<string, EntityView> = { person: "person", org: "organisation", place: "place" };

// process.stdin only when "-" is read: opening it builds a stream (and loads fs/promises)
const processIo: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  get stdin() {
    return process.stdin;
  },
  env: process.env,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  // `article-cli people x | head -1`: a closed pipe ends the program quietly
  io.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
  let exitCode = 0;
  const program = new Command("article-cli")
    .description("Read a news article in the terminal: summary, people, timeline and claims (Indonesian and English).")
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(run article-cli --help for usage)")
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();

  const command = (name: string, summary: string, render: Render, extra?: (c: Command) => Command) => {
    let c = program
      .command(name)
      .description(summary)
      .argument("[files...]", "article files (plain text, Markdown or HTML); - reads standard input")
      .option("--files-from <file>", "also read the files listed in this file, one path a line (- reads standard input)")
      .option("--jsonl-in", 'also read articles as JSON lines on standard input: {"id": ..., "text": ...} or {"id": ..., "html": ...}')
      .option("--json", "print JSON (same as --format json)")
      .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "md"]).default("text"))
      .option("--no-color", "no colour, even on a terminal (NO_COLOR is honoured too)")
      .addOption(new Option("-l, --lang <code>", `article language (${languageCodes().join(", ")}); detected when absent`).argParser(parseLang))
      .addOption(new Option("-r, --ref-date <YYYY-MM-DD>", "date that relative expressions count from (default: the article's dateline)").argParser(parseDate));
    if (extra) c = extra(c);
    c.action(async (files: string[], opts: CommandOptions) => {
      exitCode = await run(files, opts, PARTS[name]!, (a, f, st) => render(a, f, st, opts), io);
    });
    return c;
  };

  command("show", "a readable summary of the article: title, source, language, size, summary, people, dates, claims", (a, f, st, o) => renderShow(a, f, st, Boolean(o.full)), (c) =>
    c.option("--full", "print the cleaned article, paragraph by paragraph, people and dates highlighted"),
  );
  command("people", "every person mentioned, aliases merged, with roles and mention counts", (a, f, st, o) => {
    const kind = KINDS[o.kind ?? "person"]!;
    return pick(f, () => entitiesJson(a, kind), () => peopleText(a, st, kind), () => peopleMd(a, kind), st);
  }, (c) => c.addOption(new Option("-k, --kind <kind>", "list people (default), or the organisations or places met on the way").choices(["person", "org", "place"]).default("person")));
  command("timeline", "dated events in date order, every date normalised (TimeML values)", (a, f, st) => pick(f, () => timelineJson(a), () => timelineText(a, st), () => timelineMd(a), st));
  command("claims", "who says what: source, cue, stance, content, direct quotes", (a, f, st, o) => {
    const by = o.by;
    return pick(f, () => claimsJson(a, by), () => claimsText(a, st, by), () => claimsMd(a, by), st);
  }, (c) => c.option("--by <name>", "only claims whose source matches this name"));

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`article-cli: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  return exitCode;
}

function parseLang(v: string): string {
  if (!languageInfo(v)) throw new InvalidArgumentError(`unknown language "${v}" (known: ${languageCodes().join(", ")})`);
  return v;
}

function parseDate(v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${v}"`);
  return v;
}

function pick(format: Format, json: () => unknown, text: () => string[], md: () => string[], st: Style): string {
  if (format === "json") return JSON.stringify(json(), null, st.indent);
  return (format === "md" ? md() : text()).join("\n");
}

function renderShow(a: Analysis, format: Format, st: Style, full: boolean): string {
  if (format === "json") {
    const j = articleJson(a, languageInfo(a.document.language)!.readingWpm);
    return JSON.stringify(full ? { ...j, text: a.document.paragraphs.map((p) => a.document.text.slice(p.span[0], p.span[1]).replace(/\s+/g, " ")) } : j, null, st.indent);
  }
  if (format === "md") return showMd(a, full).join("\n");
  return (full ? fullText(a, st) : showText(a, st)).join("\n");
}

async function run(files: string[], opts: CommandOptions, parts: Part[], render: (a: Analysis, format: Format, st: Style) => string, io: Io): Promise<number> {
  const format: Format = opts.json ? "json" : (opts.format ?? "text");
  const shown = await makeStyle({ color: opts.color, stream: io.stdout as NodeJS.WriteStream, env: io.env });
  const analyse: AnalyseOptions = { lang: opts.lang, refDate: opts.refDate ?? null, extract: parts };
  const stdinReaders = files.filter((f) => f === "-").length + (opts.filesFrom === "-" ? 1 : 0) + (opts.jsonlIn ? 1 : 0);
  if (stdinReaders > 1) throw new UsageError("standard input can be read only once (by -, --files-from - or --jsonl-in)");
  if (files.length === 0 && opts.filesFrom === undefined && !opts.jsonlIn) throw new UsageError("no article given: name files, or use --files-from or --jsonl-in");
  let code = 0;
  // one file alone prints pretty JSON; several, or a stream of them, one JSON object a line
  const many = files.length > 1 || opts.filesFrom !== undefined || Boolean(opts.jsonlIn);
  const streamed = opts.filesFrom !== undefined || Boolean(opts.jsonlIn);
  const style: Style = { ...shown, indent: format === "json" && !many ? 2 : undefined };
  const progress = makeProgress(streamed ? null : files.length, io.stderr);
  let i = 0;
  const inputs = inputsOf(files, { filesFrom: opts.filesFrom, jsonlIn: opts.jsonlIn }, () => io.stdin);
  for (;;) {
    let next: IteratorResult<Input>;
    try {
      next = await inputs.next();
    } catch (err) {
      // the list of files itself could not be read
      if (!(err instanceof InputError)) throw err;
      io.stderr.write(`article-cli: ${err.message}\n`);
      code = 1;
      break;
    }
    if (next.done) break;
    const { label: file, read } = next.value;
    progress(i, file);
    const first = i === 0;
    i++;
    let out: string;
    try {
      const source = await read();
      const analysis = await analyseSource(source, analyse);
      for (const note of analysis.document.notes ?? []) io.stderr.write(`article-cli: ${file}: note: ${note}\n`);
      out = render(analysis, format, style);
      if (format !== "json" && many) out = `${first ? "" : "\n"}${style.c.bold(`==> ${file} <==`)}\n${out}`;
    } catch (err) {
      if (err instanceof InputError) {
        io.stderr.write(`article-cli: ${err.message}\n`);
        code = 1;
        continue;
      }
      if (err instanceof UsageError) throw err;
      io.stderr.write(`article-cli: ${file}: internal error: ${(err as Error).message}${io.env.ARTICLE_CLI_DEBUG ? `\n${(err as Error).stack}` : " (set ARTICLE_CLI_DEBUG=1 for details)"}\n`);
      code = 1;
      continue;
    }
    io.stdout.write(out + "\n");
  }
  progress(-1, "");
  return code;
}

/** Progress on stderr for batches: a rewritten line on a terminal, nothing when stderr is piped.
 * `total` is null for a stream of articles (counted, not known ahead); done -1 clears the line. */
function makeProgress(total: number | null, stderr: Io["stderr"]): (done: number, file: string) => void {
  if ((total !== null && total < 5) || !stderr.isTTY) return () => {};
  return (done, file) => {
    if (done < 0) stderr.write("\r\x1b[K");
    else stderr.write(`\r\x1b[K[${done + 1}${total === null ? "" : `/${total}`}] ${file.slice(-60)}`);
  };
}
