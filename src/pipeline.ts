// The pipeline: read → clean → detect language → segment → extract. Pure functions from text to a
// typed Analysis; the CLI and the evaluation scripts both call analyseText.

import type { Analysis, Document, Source, Span } from "./model.js";
import { LANGUAGE_INFO, languageCodes, languageInfo, loadPack } from "./lang/index.js";
import type { LanguagePack } from "./lang/types.js";
import { cleanSource, type CleanText } from "./read/clean.js";
import { REPAIR_NOTE } from "./read/mojibake.js";
import { decodeSource } from "./read/input.js";
import { detectLanguage } from "./read/language.js";
import { commonDebris } from "./lang/common/debris.js";
import { abbreviationSet, commonWordSet } from "./lang/sets.js";
import { segment } from "./segment/sentences.js";
import { windowsOf } from "./segment/windows.js";
import { WindowedAnalysis } from "./extract/combine.js";
import { keepMemoryDown } from "./memory.js";
import { extractClaims } from "./extract/claims/index.js";
import { extractEntities } from "./extract/people/index.js";
import { summarise, type SummarySize } from "./extract/summary/index.js";
import { extractTimes, findArticleDate } from "./extract/time/index.js";
import { buildEvents } from "./extract/timeline.js";
import { readHtml } from "./read/html.js";

export interface AnalyseOptions {
  file?: string;
  /** Language code; detected when absent. */
  lang?: string;
  /** "YYYY-MM-DD": the date relative expressions count from; else the article's dateline, else none. */
  refDate?: string | null;
  /** The first line is a headline (default true). */
  headline?: boolean;
  format?: Source["format"];
  /** What to extract (default: everything). Claims and the timeline also read people and dates. */
  extract?: readonly Part[];
  /** The summary's length (default: about a news lead's words). */
  summary?: SummarySize;
}

export type Part = "people" | "time" | "claims" | "summary";
const ALL_PARTS: readonly Part[] = ["people", "time", "claims", "summary"];

/** A mistake in the command line (exit 2); known by its name across bundles, as InputError is. */
export class UsageError extends Error {
  override name = "UsageError";
  static override [Symbol.hasInstance](x: unknown): boolean {
    return x instanceof Error && x.name === "UsageError";
  }
}

export async function analyseText(text: string, opts: AnalyseOptions = {}): Promise<Analysis> {
  const source: Source = { file: opts.file ?? "-", text, encoding: "utf-8", format: opts.format ?? "text" };
  return analyseSource(source, opts);
}

export async function analyseBytes(file: string, bytes: Uint8Array, opts: AnalyseOptions = {}): Promise<Analysis> {
  return analyseSource(decodeSource(file, bytes), opts);
}

export async function analyseSource(source: Source, opts: AnalyseOptions = {}): Promise<Analysis> {
  if (source.format === "html") source = await readHtml(source);
  const prepared = await prepare(source, opts);
  const windows = windowsOf(prepared.clean.text, prepared.clean.blocks);
  if (windows.length === 1) return analyseDocument(documentOf(prepared, windows[0]!), prepared.pack, opts);
  // a long document, window by window: each window's tokens go before the next is read
  const whole = new WindowedAnalysis(documentOf(prepared, []));
  let fixed: { refDate: string | null } | undefined;
  for (const blocks of windows) {
    const a = analyseDocument(documentOf(prepared, blocks), prepared.pack, opts, fixed);
    fixed ??= { refDate: a.referenceDate };
    whole.add(a);
    keepMemoryDown();
  }
  return whole.result();
}

/** A date's month and day written with two digits: "2013-12-4" is "2013-12-04". */
export function padDate(d: string | null): string | null {
  return d === null ? null : d.replace(/^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/, (_, y: string, m: string, day: string) => `${y}-${m.padStart(2, "0")}-${day.padStart(2, "0")}`);
}

/** One document's analysis; `fixed` gives the reference date already found (for a later window). */
function analyseDocument(doc: Document, pack: LanguagePack, opts: AnalyseOptions, fixed?: { refDate: string | null }): Analysis {
  // the reference date: the user's, else the page's metadata, else the dateline, else none
  const refDate = fixed ? fixed.refDate : padDate(opts.refDate ?? doc.source.published ?? (opts.extract && !opts.extract.some((p) => p !== "people") ? null : findArticleDate(doc, pack)));
  const want = new Set(opts.extract ?? ALL_PARTS);
  const entities = extractEntities(doc, pack);
  const needTime = want.has("time") || want.has("claims") || want.has("summary");
  const expressions = needTime ? extractTimes(doc, pack, refDate) : [];
  // the summary reads the claims too (a sentence with a named source is more often news)
  const claims = want.has("claims") || want.has("summary") ? extractClaims(doc, pack, entities, expressions) : [];
  return {
    document: doc,
    referenceDate: refDate,
    people: entities.people,
    organisations: entities.organisations,
    places: entities.places,
    expressions,
    events: needTime ? buildEvents(doc, expressions, entities.people) : [],
    claims,
    summary: want.has("summary") ? summarise(doc, pack, { people: entities.people, expressions, claims }, opts.summary) : [],
  };
}

/** A source cleaned, its language known: what every window of it shares. */
interface Prepared {
  source: Source;
  clean: CleanText;
  pack: LanguagePack;
  notes: string[];
}

async function prepare(source: Source, opts: AnalyseOptions): Promise<Prepared> {
  // the language first (debris lines are few beside the story's function words), so that only its
  // own debris patterns are compiled and tried on every line
  let code: string;
  const notes: string[] = [];
  if (opts.lang) {
    if (!languageInfo(opts.lang)) throw new UsageError(`unknown language "${opts.lang}" (known: ${languageCodes().join(", ")})`);
    code = opts.lang;
  } else {
    const detected = detectLanguage(source.text, LANGUAGE_INFO);
    code = detected.code;
    const names = LANGUAGE_INFO.map((p) => p.name);
    const list = names.length === 2 ? names.join(" nor ") : names.join(", ");
    if (!detected.known) notes.push(`the text reads as neither ${list}; it was read as ${languageInfo(code)!.name} (--lang chooses)`);
  }
  if (source.repaired) notes.push(REPAIR_NOTE);
  const clean = cleanSource(source, { headline: opts.headline, debrisRules: [...languageInfo(code)!.debris, ...commonDebris] });
  return { source, clean, pack: await loadPack(code), notes };
}

/** The document made of some of the cleaned text's blocks (all of them for a whole article). */
function documentOf({ source, clean, pack, notes }: Prepared, blocks: Span[]): Document {
  const { paragraphs, sentences } = segment(clean.text, blocks, abbreviationSet(pack), commonWordSet(pack));
  return {
    source,
    text: clean.text,
    title: clean.title,
    titleSpan: clean.titleSpan,
    // a fetched page's own address first; else a "Sumber: URL" line of the text
    url: source.url ?? clean.url,
    language: pack.code,
    debris: clean.debris,
    paragraphs,
    sentences,
    ...(notes.length > 0 ? { notes: [...notes] } : {}),
  };
}

/** The whole document, segmented at once (training and tests read its sentences). */
export async function buildDocument(source: Source, opts: AnalyseOptions = {}): Promise<Document> {
  const p = await prepare(source, opts);
  return documentOf(p, p.clean.blocks);
}
