// Acceptance on the user's article (issue 2): people, timeline, claims and show.

import { beforeAll, describe, expect, it } from "vitest";
import type { Analysis } from "../src/model.js";
import { analyseFile, cli, ID_ARTICLE } from "./helpers.js";

let a: Analysis;
let withRef: Analysis;
beforeAll(async () => {
  a = await analyseFile(ID_ARTICLE);
  withRef = await analyseFile(ID_ARTICLE, { refDate: "2024-10-25" });
});

const person = (name: string) => a.people.find((p) => p.name === name);
const named = (name: string) => person(name)!.mentions.filter((m) => m.via !== "description");

describe("people of the Indonesian article", () => {
  const expected: [string, string][] = [
    ["Vladimir Putin", "Presiden Rusia"],
    ["Elon Musk", "miliarder"],
    ["Donald Trump", "mantan presiden"],
    ["Walter Isaacson", "penulis"],
    ["Javier Milei", "Presiden Argentina"],
    ["Jair Bolsonaro", "mantan Presiden Brasil"],
    ["Dmitry Peskov", "juru bicara Kremlin"],
    ["Sergei Kiriyenko", "Wakil Kepala Staf Pertama"],
    ["Ian Bremmer", "ilmuwan politik"],
    ["Tucker Carlson", "pembawa acara"],
  ];

  it("finds exactly the ten people, one entry each", () => {
    expect(a.people.map((p) => p.name).sort()).toEqual(expected.map(([n]) => n).sort());
  });

  it.each(expected)("%s has the role %s, listed first", (name, role) => {
    expect(person(name)!.roles[0]).toBe(role);
  });

  it("merges surname, honorific and titled mentions into their person", () => {
    const musk = person("Elon Musk")!;
    expect(musk.aliases).toEqual(expect.arrayContaining(["Musk", "Bapak Musk", "Tn. Musk"]));
    expect(named("Elon Musk").some((m) => m.surface === "Tn. Musk")).toBe(true);
    expect(person("Vladimir Putin")!.aliases).toEqual(expect.arrayContaining(["Putin", "Presiden Putin"]));
    expect(named("Dmitry Peskov").map((m) => m.text)).toEqual(["Dmitry Peskov", "Peskov"]);
    expect(named("Vladimir Putin").length).toBeGreaterThanOrEqual(8);
  });

  it("keeps titles out of the name span", () => {
    for (const m of named("Vladimir Putin")) expect(a.document.text.slice(m.span[0], m.span[1])).toMatch(/^(Vladimir Putin|Putin)$/);
  });

  it("lists no organisation, place, title or sentence-initial word as a person", () => {
    const all = a.people.flatMap((p) => [p.name, ...p.aliases]).join(" | ");
    for (const bad of ["Wall Street", "Kremlin", "SpaceX", "Starlink", "Gedung Putih", "Moskow", "Eurasia", "Twitter", "Salah", "Dalam", "Menurut", "NASA", "Ukraina"]) {
      expect(all).not.toContain(bad);
    }
    expect(a.people.some((p) => p.name === "X" || p.aliases.includes("X"))).toBe(false);
    expect(a.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(["Wall Street Journal", "Eurasia Group"]));
  });
});

describe("timeline of the Indonesian article", () => {
  const dates = (x: Analysis) => x.expressions.filter((e) => e.timex.type === "DATE" && !e.timex.value.endsWith("_REF"));
  const row = (e: Analysis["expressions"][number]) => [e.text, e.timex.value, e.timex.mod ?? "", e.modifiers.join(",")].join(" | ");

  it("normalises every dated expression, with modifiers and TimeML mod", () => {
    expect(dates(a).map(row)).toEqual([
      "2022 | 2022 |  | since",
      "akhir 2022 | 2022 | END | since,late",
      "tahun 2021 | 2021 |  | ",
      "tahun 2002 | 2002 |  | ",
      "Oktober 2022 | 2022-10 |  | ",
      "sekitar April 2021 | 2021-04 | APPROX | approx",
      "2022 | 2022 |  | since",
      "akhir 2022 | 2022 | END | late",
      "Juli 2022 | 2022-07 |  | as-of",
      "bulan September tahun yang sama | 2022-09 |  | ",
      "tahun 2023 | 2023 |  | ",
      "Awal tahun ini | XXXX | START | early",
    ]);
  });

  it("takes the year of 'September tahun yang sama' from context", () => {
    const sept = a.expressions.find((e) => e.text.includes("September"))!;
    expect(sept.anchor).toBe("anaphoric");
    expect(sept.resolved).toBe(true);
  });

  it("leaves 'Awal tahun ini' unresolved without a reference date, early 2024 with one", () => {
    const awal = a.expressions.find((e) => e.text === "Awal tahun ini")!;
    expect(awal.resolved).toBe(false);
    const awal2 = withRef.expressions.find((e) => e.text === "Awal tahun ini")!;
    expect(awal2).toMatchObject({ resolved: true, timex: { type: "DATE", value: "2024", mod: "START" } });
  });

  it("sorts events by date, a year before its months, unresolved last", () => {
    const values = a.events.map((e) => (e.date.resolved ? e.date.timex.value : "?"));
    expect(values).toEqual(["2002", "2021", "2021-04", "2022", "2022", "2022-07", "2022-09", "2022-10", "2022", "2022", "2023", "?"]);
    const lastTwo2022 = a.events.slice(8, 10).map((e) => e.date.timex.mod);
    expect(lastTwo2022).toEqual(["END", "END"]);
  });

  it("does not read amounts, counts, 'dua jam', 'kini' or 'masa depan' as dates", () => {
    const texts = a.expressions.map((e) => e.text);
    for (const bad of ["1,8", "15.000", "kini", "masa depan"]) expect(texts.join("|")).not.toContain(bad);
    const duaJam = a.expressions.find((e) => e.text === "dua jam");
    expect(duaJam?.timex).toEqual({ type: "DURATION", value: "PT2H" });
    expect(a.events.some((e) => e.date.text === "dua jam")).toBe(false);
  });
});

describe("claims of the Indonesian article", () => {
  const has = (name: string, cue: string, stance: string) => a.claims.some((c) => c.source.name === name && c.cue.toLowerCase() === cue && c.stance === stance);

  it.each([
    ["Wall Street Journal", "menurut", "says"],
    ["Wall Street Journal", "melaporkan", "reports"],
    ["Walter Isaacson", "mengatakan", "says"],
    ["Elon Musk", "mengumumkan", "announces"],
    ["Elon Musk", "menyampaikan", "says"],
    ["Elon Musk", "mengatakan", "says"],
    ["Elon Musk", "membantah", "denies"],
    ["Elon Musk", "menegaskan", "asserts"],
    ["Dmitry Peskov", "mengatakan", "says"],
    ["Dmitry Peskov", "menegaskan", "asserts"],
    ["Ian Bremmer", "berbagi", "says"],
    ["Vladimir Putin", "menegaskan", "asserts"],
    ["dua pejabat Rusia yang tidak disebutkan namanya", "menurut", "says"],
    ["beberapa pejabat AS, Eropa, dan Rusia", "menurut", "says"],
    ["beberapa pejabat Gedung Putih", "mengatakan", "says"],
    ["beberapa pejabat Ukraina", "mengatakan", "says"],
  ])("%s — %s (%s)", (name, cue, stance) => {
    expect(has(name, cue, stance)).toBe(true);
  });

  it("marks the WSJ as a publication and the officials as unnamed", () => {
    expect(a.claims.filter((c) => c.source.name === "Wall Street Journal").every((c) => c.source.kind === "publication")).toBe(true);
    expect(a.claims.find((c) => c.source.name.startsWith("dua pejabat Rusia"))!.source.kind).toBe("unnamed");
  });

  it("attributes the direct quote through 'Pemimpin Rusia itu' to Putin", () => {
    const q = a.claims.find((c) => c.quote)!;
    expect(q.source).toMatchObject({ name: "Vladimir Putin", kind: "person", text: "Pemimpin Rusia itu" });
    expect(q.cue).toBe("berkata");
    expect(q.content).toMatch(/^Tidak ada yang bisa menghentikan Elon Musk.*meyakinkannya\.$/);
    expect(a.claims.filter((c) => c.quote)).toHaveLength(1); // "garis merah" and "melangkah" are scare quotes
  });

  it("ties Musk's denial to Ian Bremmer's claim", () => {
    const denial = a.claims.find((c) => c.stance === "denies")!;
    expect(denial.source.name).toBe("Elon Musk");
    expect(a.claims[denial.respondsTo!]!.source.name).toBe("Ian Bremmer");
  });

  it("takes nothing from the caption or the debris lines", () => {
    for (const c of a.claims) {
      for (const d of a.document.debris) expect(c.sentenceSpan[1] <= d.span[0] || c.sentenceSpan[0] >= d.span[1]).toBe(true);
    }
  });

  it("carries the sentence's date", () => {
    const announce = a.claims.find((c) => c.cue === "mengumumkan")!;
    expect(announce.date).toBe("2022-10");
  });
});

describe("show on the Indonesian article", () => {
  it("prints the summary view in under a screen, with title, source URL and language", async () => {
    const r = await cli(["show", ID_ARTICLE]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(lines.filter((l) => !/^https?:\/\/\S+$/.test(l)).every((l) => l.length <= 80)).toBe(true);
    expect(r.stdout).toContain("Presiden Rusia Vladimir Putin dan miliarder Elon Musk");
    expect(r.stdout).toContain("Source:\nhttps://congthuong.vn/");
    expect(r.stdout).toContain("Indonesian (id)");
    expect(r.stdout).toMatch(/People \(10\)/);
  });

  it("--full prints the cleaned article without debris lines", async () => {
    const r = await cli(["show", "--full", ID_ARTICLE]);
    for (const debris of ["[iklan_2]", "Komentar (0)", "Foto: CNN", "Sumber:", "congthuong"]) expect(r.stdout).not.toContain(debris);
    expect(r.stdout).toContain("Pemimpin Rusia itu berkata");
    expect(r.stdout.split("\n\n").length).toBeGreaterThanOrEqual(15);
  });

  it("finds the source URL and keeps debris apart", () => {
    expect(a.document.url).toBe("https://congthuong.vn/bi-mat-dang-sau-cuoc-tro-chuyen-giua-tong-thong-putin-va-ty-phu-elon-musk-354683.html");
    expect(a.document.debris.map((d) => d.kind).sort()).toEqual(["ad", "caption", "comments", "source"]);
  });
});
