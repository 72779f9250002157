// Render: one self-contained HTML report (--format html): the article with people, dates and claim
// cues marked (hover for the value, click for the details), the timeline drawn to scale in SVG, the
// people, and the claims grouped by source with stance colours. Inline CSS and a few lines of inline
// JS; no network. Built from the same JSON objects as --json; every piece of article text is escaped,
// so a hostile article cannot add an element or an attribute.

import type { Analysis, Span } from "../model.js";
import { languageInfo } from "../lang/index.js";
import { articleJson, claimOut, entitiesOf, personOut, timelineJson } from "./json.js";
import { describe } from "./labels.js";
import { chartOf, tickLabel, ticks, type Chart } from "./chart.js";
import type { CommandName } from "./commands.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value, escaped for HTML. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STANCES = ["says", "asserts", "reports", "denies", "confirms", "hedges", "disputes", "announces"] as const;

const CSS = `
:root{--person:#d9ecff;--date:#fff2b3;--cue:#e8dcff;--ink:#1d1d1f;--dim:#6b6b70;--line:#d0d0d5}
*{box-sizing:border-box}body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0;background:#fafafa}
main{max-width:980px;margin:0 auto;padding:24px 20px 80px}h1{font-size:1.7em;line-height:1.25;margin:.2em 0}h2{margin-top:2em;border-bottom:1px solid var(--line);padding-bottom:.2em}
.meta,.dim{color:var(--dim)}a{color:#0b57d0}
mark{border-radius:3px;padding:0 2px;cursor:pointer;color:inherit}mark.person{background:var(--person)}mark.date{background:var(--date)}mark.cue{background:var(--cue)}
.legend{display:flex;gap:16px;flex-wrap:wrap;font-size:.9em;margin:12px 0}.legend span{display:inline-flex;align-items:center;gap:6px}
.swatch{display:inline-block;width:14px;height:14px;border-radius:3px}
#detail{position:sticky;top:0;background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-height:2.6em;font-size:.95em;z-index:1}
article p{background:#fff;padding:2px 0;margin:.7em 0}table{border-collapse:collapse;width:100%;background:#fff}td,th{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
.source{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:10px 0}.source h3{margin:.2em 0}
.claim{margin:.4em 0;padding-left:10px;border-left:4px solid #999}.stance{font-size:.8em;font-weight:600;text-transform:uppercase;letter-spacing:.04em;margin-right:6px}
.says,.reports{border-color:#8a8f98}.asserts,.announces{border-color:#2f6fdb}.denies,.disputes{border-color:#d93025}.confirms{border-color:#188038}.hedges{border-color:#e37400}
svg text{font:12px system-ui,sans-serif;fill:var(--ink)}svg .tick{fill:var(--dim)}
`;

/** Marks in the text: [start, end) with a class and what hovering and clicking show. */
interface Mark {
  span: Span;
  kind: "person" | "date" | "cue";
  title: string;
}

function marksOf(a: Analysis): Mark[] {
  const marks: Mark[] = [];
  for (const p of entitiesOf(a, "person").map(personOut)) {
    const role = p.roles.length ? ` — ${p.roles.join("; ")}` : "";
    for (const span of p.spans) marks.push({ span, kind: "person", title: `${p.name}${role}` });
  }
  for (const x of timelineJson(a).expressions) marks.push({ span: x.span, kind: "date", title: `${x.timex.value} · ${describe(x)}` });
  for (const c of a.claims.map(claimOut)) marks.push({ span: c.cueSpan, kind: "cue", title: `${c.source.name} ${c.stance}: ${c.content}` });
  // one mark at a place: the earliest, then the longest; a mark inside another is left out
  marks.sort((x, y) => x.span[0] - y.span[0] || y.span[1] - x.span[1]);
  const kept: Mark[] = [];
  let end = -1;
  for (const m of marks) {
    if (m.span[0] < end || m.span[1] <= m.span[0]) continue;
    kept.push(m);
    end = m.span[1];
  }
  return kept;
}

/** A paragraph of the text with its marks, escaped. */
function markedParagraph(text: string, span: Span, marks: readonly Mark[], from: number): { html: string; next: number } {
  let html = "";
  let at = span[0];
  let i = from;
  while (i < marks.length && marks[i]!.span[0] < span[0]) i++;
  for (; i < marks.length && marks[i]!.span[1] <= span[1]; i++) {
    const m = marks[i]!;
    html += esc(text.slice(at, m.span[0]));
    html += `<mark class="${m.kind}" title="${esc(m.title)}" tabindex="0">${esc(text.slice(m.span[0], m.span[1]))}</mark>`;
    at = m.span[1];
  }
  html += esc(text.slice(at, span[1]));
  return { html: html.replace(/\s+/g, " ").trim(), next: i };
}

function articleSection(a: Analysis): string {
  const marks = marksOf(a);
  const text = a.document.text;
  let next = 0;
  const paragraphs: string[] = [];
  for (const p of a.document.paragraphs) {
    const r = markedParagraph(text, p.span, marks, next);
    next = r.next;
    if (r.html) paragraphs.push(`<p>${r.html}</p>`);
  }
  return `<section id="article"><h2>Article</h2><article>${paragraphs.join("\n")}</article></section>`;
}

function peopleSection(a: Analysis): string {
  const people = entitiesOf(a, "person").map(personOut);
  if (people.length === 0) return `<section id="people"><h2>People</h2><p class="dim">No people found.</p></section>`;
  const rows = people.map((p) => `<tr><td><strong>${esc(p.name)}</strong></td><td>${esc(p.roles.join("; ")) || "—"}</td><td>${p.mentions}</td><td>${esc(p.aliases.join(", ")) || "—"}</td></tr>`);
  return `<section id="people"><h2>People</h2><table><thead><tr><th>Person</th><th>Roles</th><th>Mentions</th><th>Aliases</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}

const ROW = 30;
/** Characters of an event's label beside the axis (the whole sentence is its tooltip). */
const LABEL_CHARS = 100;

/** The timeline as an SVG: a vertical axis to scale, each event a dot at its date and its label beside
 * it (labels pushed apart where events crowd, joined to their dot by a line). */
export function timelineSvg(c: Chart): string {
  const labelX = 260;
  // room for every label, and at least 18 px a tick so that the axis reads
  const height = Math.max(240, c.events.length * ROW + 40, ticks(c).length * 18 + 40);
  const y = (at: number) => 20 + ((at - c.from) / (c.to - c.from || 1)) * (height - 40);
  const parts: string[] = [`<line x1="110" y1="20" x2="110" y2="${height - 20}" stroke="#888" stroke-width="2"/>`];
  const all = ticks(c);
  const every = Math.max(1, Math.ceil(all.length / 30));
  all.forEach((t, i) => {
    if (i % every !== 0 && i !== all.length - 1) return;
    parts.push(`<line x1="104" y1="${y(t).toFixed(1)}" x2="116" y2="${y(t).toFixed(1)}" stroke="#888"/><text class="tick" x="96" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${esc(tickLabel(t, c.unit))}</text>`);
  });
  let last = -Infinity;
  for (const e of c.events) {
    const dot = y(e.at);
    const ly = Math.max(dot, last + 20);
    last = ly;
    const full = `${e.when} — ${e.sentence}`;
    const label = full.length > LABEL_CHARS ? `${full.slice(0, LABEL_CHARS - 1)}…` : full;
    parts.push(
      `<circle cx="110" cy="${dot.toFixed(1)}" r="5" fill="#d93025"><title>${esc(`${e.when}: ${e.sentence}`)}</title></circle>` +
        `<polyline points="115,${dot.toFixed(1)} ${labelX - 8},${ly.toFixed(1)}" fill="none" stroke="#ccc"/>` +
        `<text x="${labelX}" y="${(ly + 4).toFixed(1)}">${esc(label)}</text>`,
    );
  }
  const tall = Math.max(height, last + 30);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 940 ${tall.toFixed(0)}" width="100%" role="img" aria-label="Timeline">${parts.join("")}</svg>`;
}

function timelineSection(a: Analysis): string {
  const t = timelineJson(a);
  const chart = chartOf(t.events);
  const ref = `<p class="dim">Reference date: ${esc(t.referenceDate ?? "none (relative dates need --ref-date)")}</p>`;
  if (!chart) return `<section id="timeline"><h2>Timeline</h2>${ref}<p class="dim">No dated events found.</p></section>`;
  const unresolved = t.events.filter((e) => !e.date.resolved);
  const list = unresolved.length
    ? `<p class="dim">Needs a reference date: ${unresolved.map((e) => `<q>${esc(e.date.phrase)}</q>`).join(", ")}</p>`
    : "";
  return `<section id="timeline"><h2>Timeline</h2>${ref}${timelineSvg(chart)}${list}</section>`;
}

function claimsSection(a: Analysis): string {
  const claims = a.claims.map(claimOut);
  if (claims.length === 0) return `<section id="claims"><h2>Claims</h2><p class="dim">No claims found.</p></section>`;
  const bySource = new Map<string, typeof claims>();
  for (const c of claims) {
    const key = `${c.source.name}\u0000${c.source.kind}`;
    if (!bySource.has(key)) bySource.set(key, []);
    bySource.get(key)!.push(c);
  }
  const groups = [...bySource.values()].sort((x, y) => y.length - x.length);
  const html = groups.map((g) => {
    const items = g.map((c) => `<div class="claim ${c.stance}"><span class="stance">${esc(c.stance)}${c.negated ? " (negated)" : ""}</span><span class="dim">“${esc(c.cue)}”</span> ${c.quote ? `“${esc(c.content)}”` : esc(c.content)}</div>`);
    return `<div class="source"><h3>${esc(g[0]!.source.name)} <span class="dim">(${esc(g[0]!.source.kind)})</span></h3>${items.join("")}</div>`;
  });
  return `<section id="claims"><h2>Claims by source</h2>${html.join("")}</section>`;
}

function legend(): string {
  const stanceKeys = STANCES.map((s) => `<span><span class="swatch claim ${s}" style="border-left-width:14px"></span>${s}</span>`).join("");
  return `<div class="legend"><span><span class="swatch" style="background:var(--person)"></span>person</span><span><span class="swatch" style="background:var(--date)"></span>date</span><span><span class="swatch" style="background:var(--cue)"></span>claim cue</span>${stanceKeys}</div>`;
}

/** Clicking (or Enter on) a mark shows its details above the text. */
const SCRIPT = `document.addEventListener("click",function(e){var m=e.target.closest&&e.target.closest("mark");if(!m)return;document.getElementById("detail").textContent=m.className+": "+m.title;});document.addEventListener("keydown",function(e){if(e.key==="Enter"&&e.target.tagName==="MARK")e.target.click();});`;

export function htmlReport(command: CommandName, a: Analysis): string {
  const pack = languageInfo(a.document.language)!;
  const j = articleJson(a, pack.readingWpm);
  const title = j.title ?? j.file;
  const source = j.url ? ` · <a href="${esc(safeUrl(j.url))}" rel="noreferrer noopener">source</a>` : "";
  const sections: string[] = [];
  if (command === "show") {
    if (j.summary.length) sections.push(`<section id="summary"><h2>Summary</h2><ul>${j.summary.map((s) => `<li>${esc(s)}</li>`).join("")}</ul></section>`);
    sections.push(peopleSection(a), timelineSection(a), claimsSection(a));
  } else if (command === "people") sections.push(peopleSection(a));
  else if (command === "timeline") sections.push(timelineSection(a));
  else if (command === "claims") sections.push(claimsSection(a));
  sections.push(articleSection(a));
  return `<!doctype html>
<html lang="${esc(a.document.language)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="article-cli">
<title>${esc(title)}</title><style>${CSS}</style></head>
<body><main>
<header><h1>${esc(title)}</h1><p class="meta">${esc(pack.name)} · ${j.words} words · ${j.readingMinutes} min read · ${esc(j.file)}${source}</p>${legend()}</header>
<div id="detail" class="dim" aria-live="polite">Hover over a marked word for its value; click it to keep the details here.</div>
${sections.join("\n")}
</main><script>${SCRIPT}</script></body></html>`;
}

/** Only web addresses become links (no javascript: or data: from an article's "Source:" line). */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : "#";
}

