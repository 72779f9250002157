// Render: Markdown views (GitHub tables), for reports and notes.

import type { Analysis } from "../model.js";
import { languageInfo } from "../lang/index.js";
import { describe } from "./labels.js";
import { articleJson, entitiesOf, filterClaims, personOut, type EntityView } from "./json.js";

/** A table cell's text: pipes escaped, on one line. */
export const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

export function mdTable(headers: string[], rows: string[][]): string[] {
  return [`| ${headers.join(" | ")} |`, `| ${headers.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

export function peopleMd(a: Analysis, kind: EntityView = "person"): string[] {
  const rows = entitiesOf(a, kind).map(personOut).map((p) => [`**${p.name}**`, p.roles.join("; "), String(p.mentions), p.aliases.join(", ")]);
  const title = kind === "person" ? "People" : kind === "place" ? "Places" : "Organisations";
  const header = kind === "person" ? "Person" : kind === "place" ? "Place" : "Organisation";
  return [`## ${title} — ${a.document.source.file}`, "", ...mdTable([header, "Roles", "Mentions", "Aliases"], rows)];
}

export function timelineMd(a: Analysis): string[] {
  const rows = a.events.map((e) => [describe(e.date), e.date.timex.value, e.date.phrase, e.sentence, e.people.join(", ")]);
  return [`## Timeline — ${a.document.source.file}`, "", `Reference date: ${a.referenceDate ?? "none"}`, "", ...mdTable(["Date", "TimeML", "As written", "Event", "People"], rows)];
}

export function claimsMd(a: Analysis, by?: string): string[] {
  const rows = filterClaims(a.claims, by).map((c) => [`**${c.source.name}** (${c.source.kind})`, `${c.stance}${c.negated ? " (negated)" : ""}`, c.cue, c.quote ? `“${c.content}”` : c.content]);
  return [`## Claims — ${a.document.source.file}`, "", ...mdTable(["Source", "Stance", "Cue", "Claim"], rows)];
}

export function showMd(a: Analysis, full: boolean): string[] {
  const pack = languageInfo(a.document.language)!;
  const j = articleJson(a, pack.readingWpm);
  const out = [`# ${j.title ?? j.file}`, "", `*${pack.name} · ${j.words} words · ${j.readingMinutes} min read*${j.url ? ` · [source](${j.url})` : ""}`, ""];
  if (full) {
    for (const p of a.document.paragraphs) out.push(a.document.text.slice(p.span[0], p.span[1]).replace(/\s+/g, " "), "");
    return out;
  }
  out.push("## Summary", "", ...j.summary.map((s) => `- ${s}`), "");
  out.push(...peopleMd(a).slice(1), "");
  out.push(...timelineMd(a).slice(1), "");
  out.push(...claimsMd(a).slice(1));
  return out;
}
