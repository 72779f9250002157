// The English article goes through the same pipeline with the English pack: all four commands.

import { beforeAll, describe, expect, it } from "vitest";
import type { Analysis } from "../src/model.js";
import { analyseFile, cli, EN_ARTICLE } from "./helpers.js";

let a: Analysis;
beforeAll(async () => {
  a = await analyseFile(EN_ARTICLE);
});

describe("English article", () => {
  it("is detected as English and dated by its dateline", () => {
    expect(a.document.language).toBe("en");
    expect(a.referenceDate).toBe("2025-11-04");
    expect(a.document.title).toBe("Port Alden council approves flood barrier after a year of debate");
  });

  it("people: titles peeled into roles, Mr./Ms. and surnames merged", () => {
    const rows = a.people.map((p) => [p.name, p.roles[0]]);
    expect(rows).toEqual([
      ["Angela Ruiz", "mayor"],
      ["David Okafor", "engineer"],
      ["Thomas Byrne", "councilman"],
      ["Linda Chao", "harbormaster"],
    ]);
    const ruiz = a.people[0]!;
    expect(ruiz.aliases).toEqual(expect.arrayContaining(["Ms. Ruiz", "Ruiz"]));
    expect(a.people.find((p) => p.name === "Thomas Byrne")!.aliases).toEqual(expect.arrayContaining(["Mr. Byrne", "Byrne"]));
  });

  it("timeline: last year, in March, the same month, on Tuesday, against the dateline", () => {
    const v = (t: string) => a.expressions.find((e) => e.text === t)?.timex.value;
    expect(v("last year")).toBe("2024");
    expect(v("March")).toBe("2025-03");
    expect(v("The same month")).toBe("2025-03");
    expect(v("Tuesday")).toBe("2025-11-04");
    expect(v("Nov. 4, 2025")).toBe("2025-11-04");
    const end = a.expressions.find((e) => e.text === "the end of 2027")!;
    expect(end).toMatchObject({ timex: { value: "2027", mod: "END" }, modifiers: ["until", "late"] });
    const early = a.expressions.find((e) => e.text === "early 2024")!;
    expect(early.modifiers).toEqual(["since", "early"]);
    expect(a.expressions.find((e) => e.text === "three years")).toMatchObject({ phrase: "about three years", timex: { type: "DURATION", value: "P3Y", mod: "APPROX" } });
    expect(a.expressions.some((e) => /240|300|14/.test(e.text))).toBe(false);
  });

  it("claims: said, according to, denied, a direct quote, coordinated cues", () => {
    const rows = a.claims.map((c) => `${c.source.name} | ${c.cue} | ${c.stance} | ${c.quote}`);
    expect(rows).toEqual(
      expect.arrayContaining([
        "Angela Ruiz | said | says | false",
        "David Okafor | According to | says | false",
        "Thomas Byrne | said | says | false",
        "Thomas Byrne | denied | denies | false",
        "Thomas Byrne | said | says | true",
        "Alden Herald | according to | says | false",
        "Angela Ruiz | announced | announces | false",
        "Linda Chao | told | says | false",
        "Angela Ruiz | denied | denies | false",
      ]),
    );
    const quote = a.claims.find((c) => c.quote)!;
    expect(quote.content).toBe("We were handed one plan and told to take it,");
    const denial = a.claims.filter((c) => c.stance === "denies").at(-1)!;
    expect(a.claims[denial.respondsTo!]!.source.name).toBe("Linda Chao");
    expect(a.claims.find((c) => c.source.name === "Alden Herald")!.source.kind).toBe("publication");
  });

  it("the summary leaves the dateline out of the lead", async () => {
    const j = JSON.parse((await cli(["show", "--json", EN_ARTICLE])).stdout);
    expect(j.summary[0]).toMatch(/^The Port Alden city council on Tuesday approved/);
  });

  it("all four commands print", async () => {
    for (const cmd of ["show", "people", "timeline", "claims"]) {
      const r = await cli([cmd, EN_ARTICLE]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout.length).toBeGreaterThan(100);
    }
    const full = await cli(["show", "--full", EN_ARTICLE]);
    expect(full.stdout).not.toMatch(/Read more|Comments \(12\)|Photo:/);
  });
});
