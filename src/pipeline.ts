// The pipeline: read → clean → detect language → segment → extract. Pure functions from text to a
// typed Analysis; the CLI and the evaluation scripts both call analyseText.

import type { Analysis, Document, Source } from "./model.js";
import { PACKS, getPack } from "./lang/index.js";
import type { LanguagePack } from "./lang/types.js";
import { cleanSource } from "./read/clean.js";
import { decodeSource } from "./read/input.js";
import { detectLanguage } from "./read/language.js";
import { segment } from "./segment/sentences.js";
import { extractClaims } from "./extract/claims/index.js";
import { extractEntities } from "./extract/people/index.js";
import { summarise } from "./extract/summary.js";
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
}

export class UsageError extends Error {}

export async function analyseText(text: string, opts: AnalyseOptions = {}): Promise<Analysis> {
  const source: Source = { file: opts.file ?? "-", text, encoding: "utf-8", format: opts.format ?? "text" };
  return analyseSource(source, opts);
}

export async function analyseBytes(file: string, bytes: Uint8Array, opts: AnalyseOptions = {}): Promise<Analysis> {
  return analyseSource(decodeSource(file, bytes), opts);
}

export async function analyseSource(source: Source, opts: AnalyseOptions = {}): Promise<Analysis> {
  if (source.format === "html") source = await readHtml(source);
  const doc = buildDocument(source, opts);
  const pack = getPack(doc.language)!;
  const refDate = opts.refDate ?? findArticleDate(doc, pack);
  const entities = extractEntities(doc, pack);
  const expressions = extractTimes(doc, pack, refDate);
  const claims = extractClaims(doc, pack, entities, expressions);
  const salient = new Set<number>([...entities.people.flatMap((p) => p.mentions.map((m) => m.sentence)), ...expressions.map((x) => x.sentence)]);
  return {
    document: doc,
    referenceDate: refDate,
    people: entities.people,
    organisations: entities.organisations,
    places: entities.places,
    expressions,
    events: buildEvents(doc, expressions, entities.people),
    claims,
    summary: summarise(doc, pack, { salient }),
  };
}

export function buildDocument(source: Source, opts: AnalyseOptions = {}): Document {
  const allDebris = PACKS.flatMap((p) => p.debris);
  const clean = cleanSource(source, { headline: opts.headline, debrisRules: allDebris });
  let pack: LanguagePack | undefined;
  if (opts.lang) {
    pack = getPack(opts.lang);
    if (!pack) throw new UsageError(`unknown language "${opts.lang}" (known: ${PACKS.map((p) => p.code).join(", ")})`);
  } else {
    const body = clean.blocks.map(([s, e]) => clean.text.slice(s, e)).join("\n");
    pack = getPack(detectLanguage(body || clean.text, PACKS).code)!;
  }
  const { paragraphs, sentences } = segment(clean.text, clean.blocks, new Set(pack.abbreviations));
  return {
    source,
    text: clean.text,
    title: clean.title,
    titleSpan: clean.titleSpan,
    url: clean.url,
    language: pack.code,
    debris: clean.debris,
    paragraphs,
    sentences,
  };
}
