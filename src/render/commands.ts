// Render: each command's view of an analysis, in the chosen format. The CLI and its worker threads
// both print through here, so one article prints the same wherever it was analysed.

import type { Analysis } from "../model.js";
import { languageInfo } from "../lang/index.js";
import { articleJson, claimsJson, entitiesJson, timelineJson, type EntityView } from "./json.js";
import type { Style } from "./style.js";
import type { Extras } from "../lazy.js";
import { claimsText, fullText, peopleText, showText, timelineText } from "./text.js";
import { claimsMd, peopleMd, showMd, timelineMd } from "./markdown.js";

export type Format = "text" | "json" | "md" | "html";
/** The commands that analyse articles; "index" renders what the corpus stores of one. */
export type CommandName = "show" | "people" | "timeline" | "claims" | "index";

/** A command's own options: `show --full`, `people --kind`, `claims --by`. */
export interface ViewOptions {
  full?: boolean;
  kind?: string;
  by?: string;
  /** `timeline --chart`: the events drawn on an axis to scale; in ASCII (--ascii, TERM=dumb). */
  chart?: boolean;
  ascii?: boolean;
}

const KINDS: Record<string, EntityView> = { person: "person", org: "organisation", place: "place" };

/** Whether a view needs the on-demand part of the program (lazy.ts: extras()). */
export function needsExtras(command: CommandName, format: Format, o: ViewOptions): boolean {
  return command === "index" || format === "html" || (command === "timeline" && Boolean(o.chart));
}

export function renderCommand(command: CommandName, a: Analysis, format: Format, st: Style, o: ViewOptions, x?: Extras): string {
  if (format === "html" && command !== "index") return x!.htmlReport(command, a);
  switch (command) {
    case "show":
      return renderShow(a, format, st, Boolean(o.full));
    case "people": {
      const kind = KINDS[o.kind ?? "person"]!;
      return pick(format, () => entitiesJson(a, kind), () => peopleText(a, st, kind), () => peopleMd(a, kind), st);
    }
    case "timeline":
      return pick(format, () => timelineJson(a), () => (o.chart ? timelineChart(a, st, Boolean(o.ascii), x!) : timelineText(a, st)), () => timelineMd(a), st);
    case "claims":
      return pick(format, () => claimsJson(a, o.by), () => claimsText(a, st, o.by), () => claimsMd(a, o.by), st);
    case "index":
      return JSON.stringify(x!.articleRecord(a));
  }
}

/** `timeline --chart`: the reference date, then the axis (or a line saying there is nothing to draw). */
function timelineChart(a: Analysis, st: Style, ascii: boolean, x: Extras): string[] {
  const t = timelineJson(a);
  const chart = x.chartOf(t.events);
  const ref = st.c.dim(t.referenceDate ? `Reference date: ${t.referenceDate}` : "Reference date: none (relative dates need --ref-date YYYY-MM-DD)");
  const unresolved = t.events.filter((e) => !e.date.resolved).length;
  const note = unresolved ? [st.c.dim(`${unresolved} more need a reference date (timeline without --chart lists them).`)] : [];
  return [ref, ...(chart ? x.chartLines(chart, st, ascii) : [st.c.dim("No dated events to draw.")]), ...note];
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
