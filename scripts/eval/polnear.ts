// PolNeAR reader: article texts and their BRAT attribution annotation (Source, Cue, Content).

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Span } from "../../src/model.js";

/** An annotated span; discontinuous spans (`a b;c d`) keep their fragments, in text order. */
export interface Fragmented {
  fragments: Span[];
}

export function coverOf(f: Fragmented): Span {
  return [f.fragments[0][0], f.fragments[f.fragments.length - 1][1]];
}

export interface Attribution {
  source: Fragmented | null;
  cue: Fragmented;
  /** Usually one; PolNeAR adds `Content2` when an attribution has a second, separate content. */
  contents: Fragmented[];
}

export interface PolnearDoc {
  id: string;
  annotator: string;
  text: string;
  sources: Fragmented[];
  cues: Fragmented[];
  contents: Fragmented[];
  attributions: Attribution[];
  /** T lines whose stored surface text differs from the text at their offsets. */
  offsetMismatches: number;
}

/**
 * BRAT offsets count Unicode code points (BRAT is Python); JavaScript indexes UTF-16 units. The two
 * differ only after astral characters (emoji), which the dev texts lack, but the map costs nothing.
 */
function codePointToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

interface TLine {
  label: string;
  span: Fragmented;
}

function parseAnn(ann: string, text: string): { t: Map<string, TLine>; e: Array<Map<string, string>>; mismatches: number } {
  const toUnit = codePointToUtf16(text);
  const t = new Map<string, TLine>();
  const e: Array<Map<string, string>> = [];
  let mismatches = 0;
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    if (line.startsWith("T") && cols.length >= 2) {
      const [label, ...offsets] = cols[1].split(" ");
      const fragments = offsets
        .join(" ")
        .split(";")
        .map((pair): Span => {
          const [a, b] = pair.trim().split(/\s+/).map(Number);
          return [toUnit(a), toUnit(b)];
        });
      // BRAT stores the fragments' text joined by single spaces: a cheap check that offsets are right.
      if (cols[2] !== undefined && fragments.map(([a, b]) => text.slice(a, b)).join(" ") !== cols[2]) mismatches++;
      // A few contents list their fragments out of text order ("209 236;91 186"); text order is
      // what a reader can produce, and the covering span needs it.
      fragments.sort((a, b) => a[0] - b[0]);
      t.set(cols[0], { label, span: { fragments } });
    } else if (line.startsWith("E") && cols.length >= 2) {
      // "Attribution:T4 Content:T3 Cue:T2 Source:T1"
      e.push(new Map(cols[1].trim().split(/\s+/).map((arg) => arg.split(":") as [string, string])));
    }
  }
  return { t, e, mismatches };
}

/** Unique spans (by fragments) of one label, in text order. */
function spansOf(t: Map<string, TLine>, label: string): Fragmented[] {
  const byKey = new Map<string, Fragmented>();
  for (const { label: l, span } of t.values()) if (l === label) byKey.set(JSON.stringify(span.fragments), span);
  return [...byKey.values()].sort((a, b) => a.fragments[0][0] - b.fragments[0][0] || coverOf(a)[1] - coverOf(b)[1]);
}

/**
 * Reads every article of polnear-dev. Two dev articles were annotated by all six annotators; for
 * those the first annotator file in name order is used (annotator 4b22, which is also first in
 * metadata.tsv), so every article counts once with a single, internally consistent annotation.
 */
export function readPolnear(dir: string): PolnearDoc[] {
  const annFiles = readdirSync(join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort();
  const docs: PolnearDoc[] = [];
  for (const textFile of readdirSync(join(dir, "text")).filter((f) => f.endsWith(".txt")).sort()) {
    const id = textFile.slice(0, -".txt".length);
    const annFile = annFiles.find((f) => f.startsWith(`${id}_`) && /^[0-9a-f]+\.ann$/.test(f.slice(id.length + 1)));
    if (!annFile) continue; // an article without annotation cannot be scored
    const text = readFileSync(join(dir, "text", textFile), "utf8");
    const { t, e, mismatches } = parseAnn(readFileSync(join(dir, "attributions", annFile), "utf8"), text);
    const get = (id?: string): Fragmented | null => (id ? (t.get(id)?.span ?? null) : null);
    const attributions: Attribution[] = [];
    for (const args of e) {
      const cue = get(args.get("Cue"));
      if (!cue) continue;
      const contents = [...args.entries()].filter(([k]) => k.startsWith("Content")).map(([, v]) => get(v));
      attributions.push({ source: get(args.get("Source")), cue, contents: contents.filter((c): c is Fragmented => c !== null) });
    }
    docs.push({
      id,
      annotator: annFile.slice(id.length + 1, -".ann".length),
      text,
      // Discard, Discuss and the Attribution triggers (which repeat the cue) are not scored.
      sources: spansOf(t, "Source"),
      cues: spansOf(t, "Cue"),
      contents: spansOf(t, "Content"),
      attributions,
      offsetMismatches: mismatches,
    });
  }
  return docs;
}
