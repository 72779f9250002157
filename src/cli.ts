// The command line: commander parses, the pipeline analyses, a renderer prints.
// Exit codes: 0 ok, 1 a file could not be read or analysed, 2 usage error.

import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { InputError, readSource } from "./read/input.js";
import { inputsOf, type Input } from "./read/inputs.js";
import { DEFAULT_TIMEOUT, isUrl, type WebOptions } from "./read/web.js";
import { extras, lazyImport } from "./lazy.js";
import { UsageError, padDate, type AnalyseOptions, type Part } from "./pipeline.js";
import { languageCodes, languageInfo } from "./lang/index.js";
import { projectFile } from "./lang/assets.js";
import type { CommandName, Format, ViewOptions } from "./render/commands.js";
import { styleFrom, styleSpec, type Style, type StyleSpec } from "./render/style.js";
import { runJob, type Job, type JobResult } from "./batch/job.js";
import { Pool } from "./batch/pool.js";
import type { ArticleRecord } from "./corpus/record.js";
import type { Corpus } from "./corpus/db.js";
import type { Source } from "./model.js";

export { serveJobs } from "./batch/worker.js";

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
  timeout?: number;
  userAgent?: string;
  save?: string;
  /** Sources already read (index: a URL read to see whether it is a feed). */
  preloaded?: Map<string, Source>;
  jobs?: number;
  full?: boolean;
  db?: string;
  article?: boolean;
  person?: string;
  about?: string;
  disputed?: boolean;
  limit?: number;
  chart?: boolean;
  ascii?: boolean;
  sentences?: number;
  words?: number;
  kind?: string;
  by?: string;
}


/** What each command needs extracted: `people` alone skips dates and claims. */
const PARTS: Record<CommandName, Part[]> = { show: ["people", "time", "claims", "summary"], people: ["people"], timeline: ["people", "time"], claims: ["people", "time", "claims"], index: ["people", "time", "claims"] };

/** Real invocations, shown under each command's help (clig.dev: lead with examples). */
const EXAMPLES: Record<CommandName | "feed" | "search", string[]> = {
  show: ["show article.txt", "show https://www.example.com/news/2025/story.html --words 100", "show --json --full page.html > article.json"],
  people: ["people article.txt", "people --kind org --json article.txt", "people --db story.db --article"],
  timeline: ["timeline --ref-date 2024-10-25 article.txt", "timeline --db story.db --person Musk"],
  claims: ["claims --by Peskov article.txt", "claims --db story.db --about Starlink", "claims --db story.db --disputed"],
  index: ["index story.db articles/*.txt", "find archive -name '*.html' | article-cli index story.db --files-from -"],
  feed: ["feed https://www.example.com/rss.xml", "feed https://www.example.com/rss.xml --read show --limit 5", "feed feed.xml --index story.db"],
  search: ["search story.db Starlink Ukraina", "search story.db --json tax returns"],
};

const VERSION = "0.1.0";
const USER_AGENT = `article-cli/${VERSION} (command-line news reader; Node.js ${process.versions.node})`;


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

  const command = (name: CommandName, summary: string, extra?: (c: Command) => Command) => {
    const corpusArgument = name === "index";
    let c = program.command(name).description(summary);
    if (corpusArgument) c = c.argument("<db>", "the corpus: an SQLite file, made when it does not exist");
    c = c
      .argument("[files...]", "article files (plain text, Markdown or HTML); - reads standard input")
      .option("--files-from <file>", "also read the files listed in this file, one path a line (- reads standard input)")
      .option("--jsonl-in", 'also read articles as JSON lines on standard input: {"id": ..., "text": ...} or {"id": ..., "html": ...}');
    c = outputOptions(c, ["text", "json", "md", "html"])
      .addOption(new Option("-l, --lang <code>", `article language (${languageCodes().join(", ")}); detected when absent`).argParser(parseLang))
      .addOption(new Option("-r, --ref-date <YYYY-MM-DD>", "date that relative expressions count from (default: the article's dateline)").argParser(parseDate))
      .addOption(new Option("-j, --jobs <n>", "worker threads for a batch (default: one a core from 8 articles on; 1: none)").argParser(parseJobs));
    c = webOptions(c);
    if (extra) c = extra(c);
    if (name !== "show" && name !== "index") c = c.option("--db <file>", "read the corpus made by article-cli index instead of files");
    withExamples(c, name);
    c.action(async (...args: unknown[]) => {
      const [db, files, opts] = corpusArgument ? (args as [string, string[], CommandOptions]) : [undefined, args[0] as string[], args[1] as CommandOptions];
      exitCode = await (db !== undefined ? indexInto(db, files, opts, io) : opts.db !== undefined ? corpusView(name, files, opts, io) : run(files, opts, name, io));
    });
    return c;
  };

  command("show", "a readable summary of the article: title, source, language, size, summary, people, dates, claims", (c) =>
    c
      .option("--full", "print the cleaned article, paragraph by paragraph, people and dates highlighted")
      .addOption(new Option("--sentences <n>", "a summary of this many sentences (default: about 60 words)").argParser(count("sentences", 1000)).conflicts("words"))
      .addOption(new Option("--words <n>", "a summary of about this many words (default: 60)").argParser(count("words", 100_000))),
  );
  command("people", "every person mentioned, aliases merged, with roles and mention counts", (c) =>
    c
      .addOption(new Option("-k, --kind <kind>", "list people (default), or the organisations or places met on the way").choices(["person", "org", "place"]).default("person"))
      .option("--article", "with --db: also list the articles that name each person"),
  );
  command("timeline", "dated events in date order, every date normalised (TimeML values)", (c) =>
    c
      .option("--person <name>", "with --db: only events of this person")
      .option("--chart", "draw the dated events on a vertical axis to scale")
      .option("--ascii", "with --chart: plain ASCII instead of box characters (also under TERM=dumb)"),
  );
  command("claims", "who says what: source, cue, stance, content, direct quotes", (c) =>
    c
      .option("--by <name>", "only claims whose source matches this name")
      .option("--about <text>", "with --db: only claims whose content holds these words")
      .option("--disputed", "with --db: denials and confirmations linked to the claims they answer in other articles"),
  );
  command("index", "store what the commands extract from articles in a corpus (SQLite), for the --db views and search; a feed (URL, or .xml/.rss/.atom file) stands for its items");
  const feed = program
    .command("feed")
    .description("a news feed's items (RSS or Atom): date, title, link; --read runs a command on each, --index stores them")
    .argument("<feed>", "the feed: a URL, a file, or - for standard input");
  outputOptions(feed, ["text", "json", "md"])
    .addOption(new Option("--read <command>", "run this command on each item's link").choices(["show", "people", "timeline", "claims"]))
    .option("--index <db>", "store each item's article in this corpus (as article-cli index does)")
    .addOption(new Option("-n, --limit <n>", "the first N items only").argParser(count("items", 100_000)))
    .addOption(new Option("-l, --lang <code>", `the articles' language (${languageCodes().join(", ")}); detected when absent`).argParser(parseLang))
    .addOption(new Option("-j, --jobs <n>", "worker threads for --read and --index").argParser(parseJobs));
  withExamples(webOptions(feed), "feed").action(async (source: string, opts: CommandOptions & { read?: CommandName; index?: string }) => {
    exitCode = await feedCommand(source, opts, io);
  });
  const search = program
    .command("search")
    .description("full-text search over the claims and sentences of a corpus")
    .argument("<db>", "the corpus made by article-cli index")
    .argument("<query...>", "words, all of which a hit holds");
  outputOptions(search, ["text", "json", "md"]).addOption(new Option("-n, --limit <n>", "hits at most (default 20)").argParser(count("hits", 10_000)));
  withExamples(search, "search").action(async (db: string, query: string[], opts: CommandOptions) => {
    exitCode = await corpusSearchCommand(db, query.join(" "), opts, io);
  });

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

function parseJobs(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 64) throw new InvalidArgumentError(`expected a number of threads from 1 to 64, got "${v}"`);
  return n;
}

/** --json, --format and --no-color: how a command prints. */
function outputOptions(c: Command, formats: Format[]): Command {
  const help = formats.includes("html") ? "output format (html: one self-contained report of the article)" : "output format";
  return c
    .option("--json", "print JSON (same as --format json)")
    .addOption(new Option("-f, --format <format>", help).choices(formats).default("text"))
    .option("--no-color", "no colour, even on a terminal (NO_COLOR is honoured too)");
}

/** Real invocations under a command's help. */
function withExamples(c: Command, name: keyof typeof EXAMPLES): Command {
  return c.addHelpText("after", `\nExamples:\n${EXAMPLES[name].map((e) => `  $ article-cli ${e}`).join("\n")}\n`);
}

/** How URLs are fetched: every command that reads articles takes them. */
function webOptions(c: Command): Command {
  return c
    .addOption(new Option("--timeout <seconds>", `give up on a URL after this long (default ${DEFAULT_TIMEOUT})`).argParser(parseSeconds))
    .option("--user-agent <text>", `the User-Agent sent with a URL (default "${USER_AGENT}")`)
    .option("--save <dir>", "keep each fetched page in this folder, for offline reading");
}

function webOf(opts: CommandOptions): WebOptions {
  return { timeout: opts.timeout ?? DEFAULT_TIMEOUT, userAgent: opts.userAgent ?? USER_AGENT, ...(opts.save ? { save: opts.save } : {}) };
}

function parseSeconds(v: string): number {
  const n = Number(v);
  if (!/^\d+(?:\.\d+)?$/.test(v) || n <= 0 || n > 3600) throw new InvalidArgumentError(`expected seconds from 0.1 to 3600, got "${v}"`);
  return n;
}

/** A whole number from 1 to `max` ("--words 80"). */
function count(what: string, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < 1 || n > max) throw new InvalidArgumentError(`expected a number of ${what} from 1 to ${max}, got "${v}"`);
    return n;
  };
}

function parseDate(v: string): string {
  // (a month or day of one digit is read too, and written back in full: "2013-12-4" is "2013-12-04")
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${v}"`);
  return padDate(v)!;
}

/** The format and style of a view that is one list (a corpus view, search, a feed): JSON indented;
 * no HTML (a report is an article's). */
async function listStyle(opts: CommandOptions, io: Io): Promise<{ format: Format; st: Style }> {
  const format: Format = opts.json ? "json" : (opts.format ?? "text");
  if (format === "html") throw new UsageError("--format html is an article's report (show, people, timeline or claims on one article)");
  return { format, st: await styleFrom({ ...styleSpec({ color: opts.color, stream: io.stdout as NodeJS.WriteStream, env: io.env }), ...(format === "json" ? { indent: 2 } : {}) }) };
}

/** `index DB FILE...`: the articles analysed as in a batch, each stored in the corpus in its own
 * transaction by this thread (the one writer); an unchanged article (same content and options) is not
 * analysed again. */
async function indexInto(db: string, files: string[], opts: CommandOptions, io: Io): Promise<number> {
  const { Corpus, looksLikeFeed, parseFeed } = await extras();
  const corpus = await openCorpus(() => Corpus.open(db, { create: true }), io);
  if (!corpus) return 1;
  // a feed among the arguments (a URL, or a .xml/.rss/.atom file) stands for its items; a page read to
  // find that out is not fetched twice
  const expanded: string[] = [];
  const preloaded = new Map<string, Source>();
  for (const f of files) {
    if (!isUrl(f) && !FEED_FILE.test(f)) {
      expanded.push(f);
      continue;
    }
    try {
      const source = await readOne(f, opts, io);
      if (looksLikeFeed(source.text)) expanded.push(...(await parseFeed(source.text, source.url)).items.map((i) => i.link));
      else {
        expanded.push(f);
        preloaded.set(f, source);
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      expanded.push(f); // (the run reports it)
    }
  }
  try {
    return await run(expanded, { ...opts, preloaded }, "index", io, corpus);
  } finally {
    corpus.close();
  }
}

/** A feed file by its name. */
const FEED_FILE = /\.(?:xml|rss|atom)$/i;

/** One article or feed, from a URL, a file, or standard input. */
async function readOne(f: string, opts: CommandOptions, io: Io): Promise<Source> {
  return isUrl(f) ? (await extras()).fetchSource(f, webOf(opts)) : readSource(f, () => io.stdin);
}

async function openCorpus<T>(open: () => Promise<T>, io: Io): Promise<T | null> {
  const { CorpusError } = await extras();
  try {
    return await open();
  } catch (err) {
    if (!(err instanceof CorpusError)) throw err;
    io.stderr.write(`article-cli: ${err.message}\n`);
    return null;
  }
}

/** `people|timeline|claims --db DB`: a view over the whole corpus. */
async function corpusView(command: CommandName, files: string[], opts: CommandOptions, io: Io): Promise<number> {
  if (files.length > 0 || opts.filesFrom !== undefined || opts.jsonlIn) throw new UsageError("--db reads the corpus: give no files (article-cli index DB FILE... adds them)");
  const x = await extras();
  const views = x;
  const render = x;
  const corpus = await openCorpus(() => x.Corpus.open(opts.db!, { create: false }), io);
  if (!corpus) return 1;
  const { format, st } = await listStyle(opts, io);
  try {
    let out: string;
    if (command === "people") {
      if (opts.kind && opts.kind !== "person") throw new UsageError("--db lists people only (--kind person)");
      out = render.renderCorpusPeople(opts.db!, views.corpusPeople(corpus), format, st, Boolean(opts.article));
    } else if (command === "timeline") out = render.renderCorpusTimeline(opts.db!, views.corpusTimeline(corpus, opts.person), format, st);
    else if (opts.disputed) out = render.renderDisputes(opts.db!, views.corpusDisputes(corpus), format, st);
    else out = render.renderCorpusClaims(opts.db!, views.corpusClaims(corpus, { by: opts.by, about: opts.about }), format, st);
    io.stdout.write(out + "\n");
  } finally {
    corpus.close();
  }
  return 0;
}

async function corpusSearchCommand(db: string, query: string, opts: CommandOptions, io: Io): Promise<number> {
  const x = await extras();
  const views = x;
  const render = x;
  if (!views.ftsQuery(query)) throw new UsageError("the query holds no word to search for");
  const corpus = await openCorpus(() => x.Corpus.open(db, { create: false }), io);
  if (!corpus) return 1;
  const { format, st } = await listStyle(opts, io);
  try {
    io.stdout.write(render.renderSearch(db, query, views.corpusSearch(corpus, query, opts.limit ?? 20), format, st) + "\n");
  } finally {
    corpus.close();
  }
  return 0;
}

/** `feed URL|FILE`: the items listed, or each item's article read (--read) or indexed (--index). */
async function feedCommand(feed: string, opts: CommandOptions & { read?: CommandName; index?: string }, io: Io): Promise<number> {
  if (opts.read && opts.index) throw new UsageError("--read and --index: choose one");
  const { looksLikeFeed, parseFeed, renderFeed } = await extras();
  let text: string;
  let base: string | undefined;
  try {
    const source = await readOne(feed, opts, io);
    text = source.text;
    base = source.url;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr.write(`article-cli: ${err.message}\n`);
    return 1;
  }
  if (!looksLikeFeed(text)) {
    io.stderr.write(`article-cli: ${feed === "-" ? "standard input" : feed}: not an RSS or Atom feed\n`);
    return 1;
  }
  let parsed: Awaited<ReturnType<typeof parseFeed>>;
  try {
    parsed = await parseFeed(text, base ?? feed);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr.write(`article-cli: ${err.message}\n`);
    return 1;
  }
  if (opts.limit !== undefined) parsed.items = parsed.items.slice(0, opts.limit);
  const links = parsed.items.map((i) => i.link);
  if ((opts.index || opts.read) && links.length === 0) {
    io.stderr.write(`article-cli: ${feed}: the feed has no items\n`);
    return 0;
  }
  if (opts.index) return indexInto(opts.index, links, opts, io);
  if (opts.read) return run(links, opts, opts.read, io);
  const { format, st } = await listStyle(opts, io);
  io.stdout.write(renderFeed(feed, parsed, format, st) + "\n");
  return 0;
}

async function run(files: string[], opts: CommandOptions, command: CommandName, io: Io, corpus?: Corpus): Promise<number> {
  const format: Format = opts.json ? "json" : (opts.format ?? "text");
  const summary = opts.sentences !== undefined ? { sentences: opts.sentences } : opts.words !== undefined ? { words: opts.words } : undefined;
  const analyse: AnalyseOptions = { lang: opts.lang, refDate: opts.refDate ?? null, extract: PARTS[command], ...(summary ? { summary } : {}) };
  const stdinReaders = files.filter((f) => f === "-").length + (opts.filesFrom === "-" ? 1 : 0) + (opts.jsonlIn ? 1 : 0);
  if (stdinReaders > 1) throw new UsageError("standard input can be read only once (by -, --files-from - or --jsonl-in)");
  if (files.length === 0 && opts.filesFrom === undefined && !opts.jsonlIn) throw new UsageError("no article given: name files, or use --files-from or --jsonl-in");
  let code = 0;
  // one file alone prints pretty JSON; several, or a stream of them, one JSON object a line
  const many = files.length > 1 || opts.filesFrom !== undefined || Boolean(opts.jsonlIn);
  const streamed = opts.filesFrom !== undefined || Boolean(opts.jsonlIn);
  const spec: StyleSpec = { ...styleSpec({ color: opts.color, stream: io.stdout as NodeJS.WriteStream, env: io.env }), ...(format === "json" && !many ? { indent: 2 } : {}) };
  const headerStyle = await styleFrom(spec);
  const view: ViewOptions = { full: opts.full, kind: opts.kind, by: opts.by, chart: opts.chart, ascii: Boolean(opts.ascii) || io.env.TERM === "dumb" };
  if (format === "html" && command === "index") throw new UsageError("--format html is an article's report: index prints text, json or md");
  if (format === "html" && many) throw new UsageError("--format html makes one article's report: give one article (article-cli show --format html FILE > report.html)");
  const progress = makeProgress(streamed ? null : files.length, io.stderr);
  const jobs = opts.jobs ?? defaultJobs(streamed ? null : files);
  const script = jobs > 1 ? projectFile("bin", "article-cli.js") : null;
  const pool = script ? await Pool.start(jobs, script) : null;
  // results in input order: a few articles ahead per worker, never the whole batch
  const pending: { label: string; result: Promise<JobResult>; hash: string }[] = [];
  const counts = { added: 0, updated: 0, unchanged: 0, failed: 0 };
  const ahead = pool ? jobs * 4 : 1;
  let printed = 0;
  const print = async () => {
    const entry = pending.shift()!;
    const { label } = entry;
    const r = await entry.result;
    progress(printed, label, r.ok ? r.bytes : 0);
    const first = printed === 0;
    printed++;
    if (!r.ok) {
      if (r.kind === "usage") throw new UsageError(r.message);
      if (r.kind === "input") io.stderr.write(`article-cli: ${r.message}\n`);
      else io.stderr.write(`article-cli: ${label}: internal error: ${r.message}${io.env.ARTICLE_CLI_DEBUG ? `\n${r.stack ?? ""}` : " (set ARTICLE_CLI_DEBUG=1 for details)"}\n`);
      code = 1;
      counts.failed++;
      return;
    }
    for (const note of r.notes) io.stderr.write(`article-cli: ${label}: note: ${note}\n`);
    if (corpus) {
      if (r.unchanged) counts.unchanged++;
      else counts[corpus.store(label, entry.hash, JSON.parse(r.out) as ArticleRecord)]++;
      return;
    }
    const out = format !== "json" && many ? `${first ? "" : "\n"}${headerStyle.c.bold(`==> ${label} <==`)}\n${r.out}` : r.out;
    io.stdout.write(out + "\n");
  };
  try {
    const inputs = inputsOf(files, { filesFrom: opts.filesFrom, jsonlIn: opts.jsonlIn, web: webOf(opts), preloaded: opts.preloaded }, () => io.stdin);
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
      const { label, read } = next.value;
      const entry = { label, hash: "", result: null as unknown as Promise<JobResult> };
      entry.result = read().then(
        async (source): Promise<JobResult> => {
          if (corpus) {
            // the same text read with the same options is already in the corpus as it is
            entry.hash = await contentHash(source.text, analyse);
            if (corpus.hashOf(label) === entry.hash) return { ok: true, out: "", notes: [], bytes: source.text.length, unchanged: true };
          }
          const job: Job = { label, source, command, analyse, format, style: spec, view };
          return pool ? pool.run(job) : runJob(job);
        },
        (err: unknown): JobResult => {
          if (err instanceof InputError) return { ok: false, kind: "input", message: err.message };
          throw err;
        },
      );
      pending.push(entry);
      while (pending.length >= ahead) await print();
    }
    while (pending.length > 0) await print();
  } finally {
    await pool?.close();
  }
  progress(-1, "");
  if (corpus) {
    const { renderIndex, corpusStats } = await extras();
    io.stdout.write(renderIndex({ db: corpus.path, ...counts, articles: corpusStats(corpus).articles }, format, await styleFrom({ ...spec, indent: format === "json" ? 2 : undefined })) + "\n");
  }
  return code;
}

/** The article's identity in a corpus: its text and the options it was read with (node:crypto is
 * loaded for the index alone: it costs every other run a few milliseconds). */
async function contentHash(text: string, opts: AnalyseOptions): Promise<string> {
  const { createHash } = await lazyImport<typeof import("node:crypto")>("node:crypto");
  return createHash("sha256").update(JSON.stringify([opts.lang ?? null, opts.refDate ?? null])).update("\u0000").update(text).digest("hex");
}

/** Least input a batch of files needs before it is shared out to worker threads. */
const MIN_BATCH_BYTES = 1_000_000;

/**
 * Worker threads for a batch: one a core (up to 8) for a stream of articles or files of a megabyte or
 * more; else the CLI's own thread. Each thread starts and warms up on its own: measured on 2 cores,
 * 1,000 IndoSum articles (2.2 MB) ran 13% faster on two threads, 250 of them (0.5 MB) 9% slower.
 */
function defaultJobs(files: readonly string[] | null): number {
  const cores = Math.min(8, availableParallelism());
  if (files === null) return cores;
  if (files.length < 8) return 1;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      // (reported when it is read)
    }
    if (bytes >= MIN_BATCH_BYTES) return cores;
  }
  return 1;
}

/** Progress on stderr for batches: a rewritten line on a terminal (articles done, MB/s, time left),
 * nothing when stderr is piped. `total` is null for a stream of articles (counted, not known ahead);
 * done -1 clears the line. */
function makeProgress(total: number | null, stderr: Io["stderr"]): (done: number, file: string, bytes?: number) => void {
  if ((total !== null && total < 5) || !stderr.isTTY) return () => {};
  const start = performance.now();
  let read = 0;
  return (done, file, bytes = 0) => {
    if (done < 0) return void stderr.write("\r\x1b[K");
    read += bytes;
    const seconds = (performance.now() - start) / 1000;
    const rate = seconds > 0.5 ? ` ${(read / 1e6 / seconds).toFixed(2)} MB/s` : "";
    const left = total !== null && seconds > 0.5 ? `, ${clock(((total - done - 1) * seconds) / (done + 1))} left` : "";
    stderr.write(`\r\x1b[K[${done + 1}${total === null ? "" : `/${total}`}]${rate}${left} ${file.slice(-50)}`);
  };
}

/** Seconds as m:ss. */
function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
