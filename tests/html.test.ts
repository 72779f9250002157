// The HTML report and the drawn timeline (issue 20): the report of both fixtures and of a hostile
// article parses, holds no element or attribute the article's text made, and holds every person and
// date; the terminal chart is drawn to scale, in box characters or ASCII.

import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { cli, EN_ARTICLE, ID_ARTICLE } from "./helpers.js";
import { chartOf, position } from "../src/render/chart.js";
import { esc } from "../src/render/html.js";

const HOSTILE = [
  'Mayor <script>alert("title")</script> Angela Ruiz wins "><img src=x onerror=alert(1)>',
  "",
  'Mayor Angela Ruiz said on Tuesday that the barrier </style><script>document.body.innerHTML=""</script> would be built in March 2026.',
  "",
  "Councilman Thomas Byrne denied \"><img src=x onerror=alert(2)> that the town had studied <b onclick='x()'>other</b> plans in 2024.",
].join("\n");

/** The elements and attributes the report itself writes: anything else came from the article. */
const OWN_TAGS = new Set(["html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3", "p", "a", "div", "section", "article", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "strong", "mark", "span", "q", "svg", "line", "text", "circle", "polyline", "script"]);
const OWN_ATTRIBUTES = new Set(["lang", "charset", "name", "content", "class", "id", "title", "tabindex", "href", "rel", "style", "aria-live", "aria-label", "role", "xmlns", "viewBox", "viewbox", "width", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "fill", "stroke", "stroke-width", "points", "text-anchor"]);

async function report(args: string[], input?: string) {
  const r = await cli(["show", "--format", "html", ...args], input === undefined ? {} : { input });
  expect(r.code).toBe(0);
  const { document } = parseHTML(r.stdout);
  return { html: r.stdout, document };
}

function checkStructure(document: Document): void {
  const all = [...document.querySelectorAll("*")];
  for (const el of all) {
    expect(OWN_TAGS.has(el.localName), `element <${el.localName}>`).toBe(true);
    for (const attr of [...el.attributes]) expect(OWN_ATTRIBUTES.has(attr.name), `attribute ${attr.name} on <${el.localName}>`).toBe(true);
  }
  expect(document.querySelectorAll("script")).toHaveLength(1);
  expect(document.querySelectorAll("style")).toHaveLength(1);
  for (const a of [...document.querySelectorAll("a")]) expect(a.getAttribute("href")).toMatch(/^(?:https?:\/\/|#)/);
}

describe("HTML report", () => {
  for (const [name, file] of [["Indonesian fixture", ID_ARTICLE], ["English fixture", EN_ARTICLE]] as const) {
    it(`of the ${name}: parses, only its own markup, every person and date in it`, async () => {
      const { document } = await report([file]);
      checkStructure(document);
      const people = JSON.parse((await cli(["people", "--json", file])).stdout).people as { name: string }[];
      const text = document.body.textContent ?? "";
      for (const p of people) expect(text).toContain(p.name);
      const dates = JSON.parse((await cli(["timeline", "--json", file])).stdout).expressions as { text: string }[];
      const marked = [...document.querySelectorAll("mark.date")].map((m) => m.textContent);
      for (const d of dates) expect(marked).toContain(d.text);
      expect(document.querySelectorAll("svg circle").length).toBeGreaterThan(3);
      expect(document.querySelector("mark.person")!.getAttribute("title")).toMatch(/—/);
    });
  }

  it("of a hostile article: the text's <script>, </style>, onerror and onclick stay text", async () => {
    const { document, html } = await report(["-"], HOSTILE);
    checkStructure(document);
    expect(document.querySelector("h1")!.textContent).toBe('Mayor <script>alert("title")</script> Angela Ruiz wins "><img src=x onerror=alert(1)>');
    expect(document.body.textContent).toContain("</style><script>document.body.innerHTML");
    expect(html).not.toMatch(/<img|onerror=alert\(1\)>/);
    expect(document.querySelectorAll("img, b")).toHaveLength(0);
  });

  it("every command writes one; several articles or a corpus view are a usage error", async () => {
    for (const command of ["people", "timeline", "claims"]) {
      const r = await cli([command, "--format", "html", EN_ARTICLE]);
      expect(r.stdout).toMatch(/^<!doctype html>/);
      expect(r.stdout).not.toMatch(/<script src|<link |@import|url\(/);
    }
    expect((await cli(["show", "--format", "html", EN_ARTICLE, ID_ARTICLE])).code).toBe(2);
  });

  it("escapes the five characters", () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("timeline --chart", () => {
  it("draws the events on a vertical axis to scale, long gaps as one row", async () => {
    const r = await cli(["timeline", "--chart", ID_ARTICLE]);
    const lines = r.stdout.split("\n");
    const at = (label: string) => lines.findIndex((l) => l.startsWith(label));
    expect(at("2002 ┼")).toBeGreaterThan(0);
    expect(lines[at("2002 ┼") + 2]).toMatch(/┊ 18 years/);
    expect(at("2021 ┼")).toBeLessThan(at("2022 ┼"));
    expect(lines.slice(at("2022 ┼"), at("2023 ┼")).filter((l) => l.includes("●"))).toHaveLength(7);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
  });

  it("is plain ASCII with --ascii or under TERM=dumb, and fits a narrow terminal", async () => {
    const ascii = await cli(["timeline", "--chart", "--ascii", EN_ARTICLE]);
    expect(ascii.stdout).toMatch(/^2025 \+$/m);
    expect(ascii.stdout).not.toMatch(/[│┼●┊]/);
    const dumb = await cli(["timeline", "--chart", EN_ARTICLE], { env: { TERM: "dumb", COLUMNS: "50" } });
    expect(dumb.stdout).not.toMatch(/[│┼●┊]/);
    for (const l of dumb.stdout.split("\n")) expect(l.length).toBeLessThanOrEqual(50);
  });

  it("places a date by its start: late 2022 after September 2022, a month within its year", () => {
    expect(position("2022-09")!).toBeLessThan(position("2022", "END")!);
    expect(position("2022-10-01")).toBeCloseTo(2022.75, 5);
    const c = chartOf([{ date: { text: "", span: [0, 0], phrase: "", phraseSpan: [0, 0], timex: { type: "DATE", value: "2024-03" }, modifiers: [], resolved: true, anchor: "absolute" }, sentence: "x", sentenceSpan: [0, 1], people: [] }]);
    expect(c).toMatchObject({ unit: "month", events: [{ when: "March 2024" }] });
  });
});
