// Render: the terminal views. Built from the JSON objects (json.ts) plus the analysis for highlighting.

import type { Analysis, Claim, Span } from "../model.js";
import { languageInfo } from "../lang/index.js";
import { describe } from "./labels.js";
import { articleJson, entitiesOf, filterClaims, personOut, type EntityView } from "./json.js";
import { table } from "./table.js";
import { truncate, wrap, type Style } from "./style.js";

export function peopleText(a: Analysis, st: Style, kind: EntityView = "person"): string[] {
  const people = entitiesOf(a, kind).map(personOut);
  if (people.length === 0) return [st.c.dim(`No ${kind === "person" ? "people" : kind === "place" ? "places" : "organisations"} found.`)];
  return table(
    st,
    [
      { header: kind === "person" ? "PERSON" : kind === "place" ? "PLACE" : "ORGANISATION", min: 12, max: 24 },
      { header: "ROLES", min: 12, max: 34 },
      { header: "MENTIONS", min: 8, max: 8 },
      { header: "ALIASES", min: 12, max: 60 },
    ],
    people.map((p) => [st.c.bold(p.name), p.roles.join("; ") || st.c.dim("—"), String(p.mentions), p.aliases.join(", ") || st.c.dim("—")]),
  );
}

export function timelineText(a: Analysis, st: Style): string[] {
  const out: string[] = [];
  const resolved = a.events.filter((e) => e.date.resolved);
  const unresolved = a.events.filter((e) => !e.date.resolved);
  out.push(st.c.dim(a.referenceDate ? `Reference date: ${a.referenceDate}` : "Reference date: none (relative dates need --ref-date YYYY-MM-DD)"));
  if (resolved.length === 0 && unresolved.length === 0) return [...out, st.c.dim("No dated events found.")];
  if (resolved.length > 0) {
    out.push(
      ...table(
        st,
        [
          { header: "DATE", min: 10, max: 22 },
          { header: "AS WRITTEN", min: 10, max: 24 },
          { header: "EVENT", min: 20, max: 200 },
        ],
        resolved.map((e) => [st.c.yellow(describe(e.date)), e.date.phrase, eventLine(e.sentence, e.people, st)]),
      ),
    );
  }
  if (unresolved.length > 0) {
    out.push("", st.c.bold(`Needs a reference date (--ref-date YYYY-MM-DD) or context: ${unresolved.length}`));
    for (const e of unresolved) out.push(...wrap(`${st.c.yellow(e.date.phrase)} — ${e.sentence}`, st.width, "    ", "  • "));
  }
  return out;
}

function eventLine(sentence: string, people: string[], st: Style): string {
  return people.length > 0 ? `${sentence}\n${st.c.cyan(people.join(", "))}` : sentence;
}

export function claimsText(a: Analysis, st: Style, by?: string): string[] {
  const claims = filterClaims(a.claims, by);
  if (claims.length === 0) return [st.c.dim(by ? `No claims by "${by}".` : "No claims found.")];
  return table(
    st,
    [
      { header: "SOURCE", min: 12, max: 26 },
      { header: "STANCE", min: 10, max: 22 },
      { header: "CLAIM", min: 20, max: 200 },
    ],
    claims.map((c) => [sourceLabel(c, st), stanceLabel(c, st), claimContent(c, languageInfo(a.document.language)?.complementisers)]),
  );
}

function sourceLabel(c: Claim, st: Style): string {
  const kind = c.source.kind === "person" ? "" : `\n${st.c.dim(`(${c.source.kind})`)}`;
  return st.c.bold(c.source.name) + kind;
}

function stanceLabel(c: Claim, st: Style): string {
  const cue = c.cue ? st.c.dim(`“${c.cue}”`) : "";
  const colour = c.stance === "denies" || c.stance === "disputes" ? st.c.red : c.stance === "confirms" ? st.c.green : c.stance === "hedges" ? st.c.magenta : (s: string) => s;
  return `${colour(c.stance)}${c.negated ? st.c.dim(" (negated)") : ""}\n${cue}`;
}

function claimContent(c: Claim, complementisers: readonly string[] = []): string {
  if (c.quote) return `“${c.content}”`;
  // "announced that the town would ..." reads as "announced: the town would ..."
  const first = /^\S+/.exec(c.content)?.[0]?.toLowerCase();
  return first && complementisers.includes(first) ? c.content.slice(first.length).trimStart() : c.content;
}

export function showText(a: Analysis, st: Style): string[] {
  const pack = languageInfo(a.document.language)!;
  const j = articleJson(a, pack.readingWpm);
  const out: string[] = [];
  if (j.title) out.push(...wrap(st.c.bold(truncate(j.title, 300)), st.width));
  const meta = [`${pack.name} (${j.language})`, `${j.words} words`, `${j.readingMinutes} min read`];
  out.push(st.c.dim(meta.join(" · ")));
  // a URL stays whole on its own line (cut, it could not be copied)
  if (j.url) out.push(...(j.url.length + 8 <= st.width ? [st.c.dim("Source: ") + j.url] : [st.c.dim("Source:"), j.url]));
  out.push("", st.c.bold("Summary"));
  for (const s of j.summary) out.push(...wrap(truncate(s, 260), st.width, "    ", "  • "));

  out.push("", st.c.bold(`People (${j.people.length})`));
  const top = j.people.slice(0, 6);
  for (const p of top) out.push(...wrap(`${st.c.cyan(p.name)}${p.roles[0] ? ` — ${p.roles[0]}` : ""} ${st.c.dim(`(${p.mentions})`)}`, st.width, "    ", "  "));
  if (j.people.length > top.length) out.push(...wrap(`… and ${j.people.length - top.length} more: ${j.people.slice(top.length).map((p) => p.name).join(", ")}`, st.width, "    ", "  ").map((l) => st.c.dim(l)));

  const resolved = a.events.filter((e) => e.date.resolved);
  const unresolved = a.events.length - resolved.length;
  out.push("", st.c.bold("Dates"));
  if (resolved.length > 0) {
    const first = describe(resolved[0]!.date);
    const last = describe(resolved[resolved.length - 1]!.date);
    out.push(`  ${st.c.yellow(first)} → ${st.c.yellow(last)} ${st.c.dim(`(${resolved.length} dated events${unresolved ? `, ${unresolved} need --ref-date` : ""})`)}`);
  } else out.push(st.c.dim(`  no dated events${unresolved ? ` (${unresolved} need --ref-date)` : ""}`));

  out.push("", st.c.bold(`Claims (${a.claims.length})`));
  for (const c of topClaims(a.claims, 4)) {
    const line = `${st.c.bold(c.source.name)} ${st.c.dim(c.stance)}: ${truncate(claimContent(c, pack.complementisers), 140)}`;
    out.push(...wrap(line, st.width, "    ", "  • "));
  }
  if (a.claims.length > 4) out.push(...wrap(`… all claims: article-cli claims ${j.file}`, st.width, "    ", "  ").map((l) => st.c.dim(l)));
  return out;
}

/** Claims worth showing first: direct quotes and named sources, one per source. */
function topClaims(claims: Claim[], n: number): Claim[] {
  const score = (c: Claim) => (c.quote ? 2 : 0) + (c.source.kind === "person" ? 1 : c.source.kind === "publication" ? 0.5 : 0) + (c.stance !== "says" ? 0.5 : 0);
  const seen = new Set<string>();
  const picked: Claim[] = [];
  for (const c of [...claims].sort((x, y) => score(y) - score(x) || x.cueSpan[0] - y.cueSpan[0])) {
    if (seen.has(c.source.name)) continue;
    seen.add(c.source.name);
    picked.push(c);
    if (picked.length === n) break;
  }
  return picked.sort((x, y) => x.cueSpan[0] - y.cueSpan[0]);
}

/** The cleaned article, paragraph by paragraph, people and dates highlighted. */
export function fullText(a: Analysis, st: Style): string[] {
  const doc = a.document;
  const marks: { span: Span; style: (s: string) => string }[] = [
    ...a.people.flatMap((p) => p.mentions.filter((m) => m.via !== "description").map((m) => ({ span: m.span, style: st.c.cyan }))),
    ...a.expressions.map((x) => ({ span: x.span, style: st.c.yellow })),
  ].sort((x, y) => x.span[0] - y.span[0]);
  const out: string[] = [];
  if (doc.title) out.push(...wrap(st.c.bold(doc.title), st.width), "");
  for (const p of doc.paragraphs) {
    let s = "";
    let at = p.span[0];
    for (const m of marks) {
      if (m.span[0] < at || m.span[1] > p.span[1]) continue;
      s += doc.text.slice(at, m.span[0]);
      s += m.style(doc.text.slice(m.span[0], m.span[1]));
      at = m.span[1];
    }
    s += doc.text.slice(at, p.span[1]);
    out.push(...wrap(s, st.width), "");
  }
  if (out[out.length - 1] === "") out.pop();
  return out;
}
