// The people list per article, the view users judge: ../shared/eval/people/articles.dev.json lists,
// for 30 whole development articles (IndoSum and PolNeAR), every person a reader should see, with the
// forms the article writes the name in. A listed person matches a gold person when one of its names
// (the canonical name or an alias) is one of the gold person's forms, compared case-insensitively; one
// to one. Bylines and reporter tags are set aside (the tool keeps them apart as debris on purpose):
// neither listing one nor leaving it out counts.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeSource } from "../../src/read/input.js";
import { repairMojibake } from "../../src/read/mojibake.js";
import type { Entity } from "../../src/model.js";
import { readJsonl } from "./io.js";
import { emptyAnalysis } from "./fake.js";
import { greedyMatch, zeroCounts, addCounts, countsOf } from "./metrics.js";
import { SetRun, limited, wantSet } from "./run.js";
import type { EvalContext, SetReport, Task } from "./types.js";

interface GoldPerson {
  name: string;
  aliases: string[];
  mentions: number;
  forms: Record<string, number>;
  text_form?: string;
  byline?: boolean;
}

interface GoldArticle {
  source: "indosum-dev" | "polnear-dev";
  ref: number | string;
  lang: "id" | "en";
  persons: GoldPerson[];
}

const SET = "articles";

/** Names compared as a reader would: case, curly apostrophes and spacing aside. */
const nameKey = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

function goldKeys(p: GoldPerson): Set<string> {
  return new Set([p.name, ...p.aliases, ...Object.keys(p.forms), ...(p.text_form ? [p.text_form] : [])].map(nameKey));
}

/** Whether the words of a (two or more) are a run of the words of b: "aslan solastomo" in "kompol
 * aslan solastomo". */
function inside(a: string, b: string): boolean {
  return a.includes(" ") && ` ${b} `.includes(` ${a} `);
}

function entityKeys(e: Entity): Set<string> {
  return new Set([e.name, ...e.aliases, ...e.mentions.filter((m) => m.via === "name" || m.via === "alias").map((m) => m.text)].map(nameKey));
}

function articleText(ctx: EvalContext, a: GoldArticle, indosum: () => { text: string }[]): string {
  // read as a user's file or JSON line is: decoded, mis-decoded characters repaired
  if (a.source === "indosum-dev") return repairMojibake(indosum()[a.ref as number]!.text);
  const path = join(ctx.dataDir, "claims", "polnear-dev", "text", a.ref as string);
  return decodeSource(path, readFileSync(path)).text;
}

async function runTask(ctx: EvalContext, report: (r: SetReport) => void): Promise<void> {
  if (!wantSet(ctx, SET)) return;
  const gold = JSON.parse(readFileSync(join(ctx.dataDir, "people", "articles.dev.json"), "utf8")) as { articles: GoldArticle[] };
  let indosum: { text: string }[] | null = null;
  const indosumLines = () => (indosum ??= readJsonl<{ text: string }>(join(ctx.dataDir, "summary", "indosum.dev.jsonl")));
  const articles = limited(ctx, gold.articles);
  const run = new SetRun(ctx, "people", SET, articles.length);
  const byLang = { id: zeroCounts(), en: zeroCounts() };
  for (const a of articles) {
    const text = articleText(ctx, a, indosumLines);
    const label = `${a.source}:${a.ref}`;
    const persons = a.persons.filter((p) => !p.byline);
    const bylines = a.persons.filter((p) => p.byline);
    // IndoSum's text has no headline line; a PolNeAR file opens with its headline
    const analysis = await run.analyse(label, text, { lang: a.lang, headline: a.source === "polnear-dev", extract: ["people"] }, () => {
      const fake = emptyAnalysis(text, a.lang);
      fake.people = a.persons.map((p, id) => ({ id, kind: "person", name: p.name, aliases: p.aliases, roles: [], mentions: [] }));
      return fake;
    });
    const listed = (analysis?.people ?? []).filter((e) => {
      const keys = entityKeys(e);
      return !bylines.some((b) => [...goldKeys(b)].some((k) => keys.has(k)));
    });
    const m = greedyMatch(persons, listed, (g, e) => {
      const keys = entityKeys(e);
      let shared = 0;
      for (const k of goldKeys(g)) if (keys.has(k)) shared++;
      if (shared > 0) return shared;
      // spelled with a title or without a middle name: one multi-word name inside the other
      for (const k of goldKeys(g)) for (const p of keys) if (inside(k, p) || inside(p, k)) return 0.5;
      return null;
    });
    addCounts(byLang[a.lang], countsOf(m));
    for (const i of m.unmatchedPred) run.example("listed, not a person of the article", `${label}: ${listed[i]!.name}`);
    for (const i of m.unmatchedGold) run.example("missed", `${label}: ${persons[i]!.name}`);
  }
  const rows = (["id", "en"] as const).map((l) => ({ kind: "prf" as const, label: `people list (${l === "id" ? "IndoSum" : "PolNeAR"})`, counts: byLang[l] }));
  rows.push({ kind: "prf", label: "people list (all)", counts: addCounts(addCounts(zeroCounts(), byLang.id), byLang.en) });
  report(run.finish(`${articles.length} articles`, rows));
}

export const peopleArticlesTask = { name: "people", sets: [SET], run: runTask } satisfies Task;
