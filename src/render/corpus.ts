// Render: the corpus views (a database of many articles), in the three formats. JSON objects first;
// text and Markdown are drawn from them.

import type { CorpusPerson } from "../corpus/people.js";
import type { CorpusClaim, CorpusEvent, Dispute, SearchHit } from "../corpus/views.js";
import { claimOut, expressionOut } from "./json.js";
import { describe } from "./labels.js";
import { table } from "./table.js";
import { cell, mdTable } from "./markdown.js";
import { wrap, type Style } from "./style.js";
import type { Format } from "./commands.js";

export const CORPUS_SCHEMAS = {
  index: "article-cli.index/1",
  people: "article-cli.corpus-people/1",
  timeline: "article-cli.corpus-timeline/1",
  claims: "article-cli.corpus-claims/1",
  disputes: "article-cli.corpus-disputes/1",
  search: "article-cli.search/1",
} as const;

export interface IndexReport {
  db: string;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  articles: number;
}


function out(format: Format, st: Style, json: () => unknown, text: () => string[], markdown: () => string[]): string {
  if (format === "json") return JSON.stringify(json(), null, st.indent);
  return (format === "md" ? markdown() : text()).join("\n");
}

export function renderIndex(r: IndexReport, format: Format, st: Style): string {
  const line = `${r.db}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged${r.failed ? `, ${r.failed} failed` : ""}; ${r.articles} ${r.articles === 1 ? "article" : "articles"} in the corpus`;
  return out(format, st, () => ({ schema: CORPUS_SCHEMAS.index, ...r }), () => [line], () => [line]);
}

export function renderCorpusPeople(db: string, people: CorpusPerson[], format: Format, st: Style, withArticles: boolean): string {
  const dates = (p: CorpusPerson) => (p.first ? (p.first === p.last ? p.first : `${p.first} → ${p.last}`) : "—");
  return out(
    format,
    st,
    () => ({ schema: CORPUS_SCHEMAS.people, db, people: people.map((p) => (withArticles ? p : { ...p, articles: p.articles.length })) }),
    () => {
      if (people.length === 0) return [st.c.dim("No people in the corpus.")];
      const lines = table(
        st,
        [
          { header: "PERSON", min: 12, max: 24 },
          { header: "ARTICLES", min: 8, max: 8 },
          { header: "MENTIONS", min: 8, max: 8 },
          { header: "DATES", min: 10, max: 23 },
          { header: "ROLES (NEWEST FIRST)", min: 12, max: 60 },
        ],
        people.map((p) => [st.c.bold(p.name), String(p.articles.length), String(p.mentions), dates(p), rolesShown(p.roles, st)]),
      );
      if (!withArticles) return lines;
      const more: string[] = [];
      for (const p of people) {
        more.push("", st.c.bold(p.name) + (p.aliases.length ? st.c.dim(` (also ${p.aliases.join(", ")})`) : ""));
        for (const a of p.articles) more.push(...wrap(`${a.referenceDate ?? "undated"}  ${a.file}${a.title ? ` — ${a.title}` : ""} (${a.mentions})`, st.width, "      ", "  • "));
      }
      return [...lines, ...more];
    },
    () => [
      `## People — ${db}`,
      "",
      ...mdTable(
        ["Person", "Articles", "Mentions", "Dates", "Roles", "Aliases", ...(withArticles ? ["Where"] : [])],
        people.map((p) => [`**${p.name}**`, String(p.articles.length), String(p.mentions), dates(p), p.roles.join("; "), p.aliases.join(", "), ...(withArticles ? [p.articles.map((a) => a.file).join(", ")] : [])]),
      ),
    ],
  );
}

/** The newest few roles (JSON has them all). */
function rolesShown(roles: string[], st: Style): string {
  if (roles.length === 0) return st.c.dim("—");
  return roles.slice(0, 3).join("; ") + (roles.length > 3 ? st.c.dim(` (+${roles.length - 3})`) : "");
}

export function renderCorpusTimeline(db: string, t: { events: CorpusEvent[]; unresolved: number }, format: Format, st: Style): string {
  return out(
    format,
    st,
    () => ({
      schema: CORPUS_SCHEMAS.timeline,
      db,
      unresolved: t.unresolved,
      events: t.events.map((e) => ({ date: expressionOut(e.event.date), sentence: e.event.sentence, people: e.event.people, articles: e.articles })),
    }),
    () => {
      if (t.events.length === 0) return [st.c.dim("No dated events in the corpus.")];
      const lines = table(
        st,
        [
          { header: "DATE", min: 10, max: 22 },
          { header: "EVENT", min: 20, max: 200 },
          { header: "ARTICLES", min: 8, max: 40 },
        ],
        t.events.map((e) => [st.c.yellow(describe(e.event.date)), e.event.people.length ? `${e.event.sentence}\n${st.c.cyan(e.event.people.join(", "))}` : e.event.sentence, e.articles.map((a) => a.file).join("\n")]),
      );
      return t.unresolved ? [...lines, "", st.c.dim(`${t.unresolved} events need a reference date and are not shown.`)] : lines;
    },
    () => [`## Timeline — ${db}`, "", ...mdTable(["Date", "TimeML", "Event", "People", "Articles"], t.events.map((e) => [describe(e.event.date), e.event.date.timex.value, e.event.sentence, e.event.people.join(", "), e.articles.map((a) => a.file).join(", ")]))],
  );
}

const claimJson = (x: CorpusClaim) => ({ article: x.article, ...claimOut(x.claim) });

export function renderCorpusClaims(db: string, claims: CorpusClaim[], format: Format, st: Style): string {
  return out(
    format,
    st,
    () => ({ schema: CORPUS_SCHEMAS.claims, db, claims: claims.map(claimJson) }),
    () =>
      claims.length === 0
        ? [st.c.dim("No claims found.")]
        : table(
            st,
            [
              { header: "SOURCE", min: 12, max: 24 },
              { header: "STANCE", min: 7, max: 10 },
              { header: "CLAIM", min: 20, max: 200 },
              { header: "ARTICLE", min: 10, max: 36 },
            ],
            claims.map((x) => [st.c.bold(x.claim.source.name), x.claim.stance, x.claim.quote ? `“${x.claim.content}”` : x.claim.content, `${x.article.file}${x.article.referenceDate ? `\n${x.article.referenceDate}` : ""}`]),
          ),
    () => [`## Claims — ${db}`, "", ...mdTable(["Source", "Stance", "Cue", "Claim", "Article"], claims.map((x) => [`**${x.claim.source.name}**`, x.claim.stance, x.claim.cue, x.claim.content, x.article.file]))],
  );
}

export function renderDisputes(db: string, disputes: Dispute[], format: Format, st: Style): string {
  const line = (x: CorpusClaim) => `${x.claim.source.name} ${x.claim.stance}: ${x.claim.content} (${x.article.file})`;
  return out(
    format,
    st,
    () => ({ schema: CORPUS_SCHEMAS.disputes, db, disputes: disputes.map((d) => ({ claim: claimJson(d.answer), answers: d.answers.map((a) => ({ ...claimJson(a), shared: a.shared })) })) }),
    () => {
      if (disputes.length === 0) return [st.c.dim("No denials or confirmations that answer another article's claims.")];
      const lines: string[] = [];
      for (const d of disputes) {
        if (lines.length > 0) lines.push("");
        lines.push(...wrap(st.c.bold(line(d.answer)), st.width, "    ", "• "));
        for (const a of d.answers) lines.push(...wrap(`answers ${line(a)}`, st.width, "        ", "    ↳ "));
      }
      return lines;
    },
    () => [`## Disputed claims — ${db}`, "", ...disputes.flatMap((d) => [`- **${cell(line(d.answer))}**`, ...d.answers.map((a) => `  - answers ${cell(line(a))}`)])],
  );
}

export function renderSearch(db: string, query: string, hits: SearchHit[], format: Format, st: Style): string {
  return out(
    format,
    st,
    () => ({ schema: CORPUS_SCHEMAS.search, db, query, hits }),
    () =>
      hits.length === 0
        ? [st.c.dim(`Nothing matches "${query}".`)]
        : hits.flatMap((h) => wrap(`${st.c.dim(`${h.article.file} [${h.span[0]}-${h.span[1]}]`)} ${h.kind === "claim" ? `${st.c.bold(h.source!)} ${h.stance}: ` : ""}${h.text}`, st.width, "    ", "• ")),
    () => [`## Search "${cell(query)}" — ${db}`, "", ...mdTable(["Article", "Span", "Kind", "Source", "Text"], hits.map((h) => [h.article.file, `${h.span[0]}-${h.span[1]}`, h.kind, h.source ?? "", h.text]))],
  );
}
