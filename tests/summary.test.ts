// The summary (issue 17): the fitted scorer over language-free features, the word budget and the
// asked sizes, the headline and the dateline left out, and the logistic fit it is trained with.

import { describe, expect, it } from "vitest";
import { fitLogistic, linearScore, sigmoid } from "../src/learn/logistic.js";
import { decodeLinear, encodeLinear } from "../src/learn/model-file.js";
import { datelineLength, withoutDateline } from "../src/segment/dateline.js";
import { SUMMARY_FEATURES } from "../src/extract/summary/features.js";
import { DEFAULT_WORDS, summaryModel } from "../src/extract/summary/index.js";
import { analyseText } from "../src/pipeline.js";
import { cli, ID_ARTICLE } from "./helpers.js";

const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

describe("logistic fit", () => {
  // a tiny corpus of our own: the label follows the second feature, the third is noise
  const features = ["bias", "signal", "noise"];
  const rows: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 200; i++) {
    const signal = (i % 10) / 10;
    rows.push(1, signal, ((i * 7) % 13) / 13);
    labels.push(signal + ((i * 3) % 5) / 10 > 0.7 ? 1 : 0);
  }
  const fit = () => fitLogistic(features, Float64Array.from(rows), Uint8Array.from(labels), { l2: 0.1 });

  it("learns the feature the labels follow, and is deterministic (same weights twice)", () => {
    const m = fit();
    expect(m.weights[1]!).toBeGreaterThan(3);
    expect(Math.abs(m.weights[2]!)).toBeLessThan(m.weights[1]! / 3);
    expect(Buffer.from(fit().weights.buffer).equals(Buffer.from(m.weights.buffer))).toBe(true);
    expect(sigmoid(linearScore(m, [1, 0.9, 0.5]))).toBeGreaterThan(sigmoid(linearScore(m, [1, 0.1, 0.5])));
  });

  it("round-trips through the model file, feature names included", () => {
    const m = fit();
    const back = decodeLinear(encodeLinear(m, { task: "test" }));
    expect(back.features).toEqual(features);
    expect([...back.weights]).toEqual([...m.weights]);
  });
});

describe("the shipped scorer", () => {
  it("reads the features this build extracts", () => {
    expect(summaryModel()?.scorer.features).toEqual([...SUMMARY_FEATURES]);
  });
});

describe("dateline", () => {
  it("is left out of a summary sentence in its usual forms", () => {
    expect(withoutDateline("Jakarta, CNN Indonesia - - Militer Swiss mencari jet")).toBe("Militer Swiss mencari jet");
    expect(withoutDateline("Liputan6.com, Jakarta - Menteri Keuangan berkata")).toBe("Menteri Keuangan berkata");
    expect(withoutDateline("JAKARTA (Pos Kota) – Polisi menangkap")).toBe("Polisi menangkap");
    expect(withoutDateline("WASHINGTON ― Donald Trump said")).toBe("Donald Trump said");
    expect(withoutDateline("PORT ALDEN, Nov. 4, 2025 — The council")).toBe("The council");
  });

  it("is not a name before a dash, nor a hyphen inside words", () => {
    for (const s of ["Presiden Joko Widodo - yang akrab disapa Jokowi - berkata", "Baru - baru ini polisi", "Manchester United - Chelsea berakhir imbang"]) expect(withoutDateline(s)).toBe(s);
  });

  it("stays linear on a long line of capitalised words, commas and dashes", () => {
    const hostile = "Aa, (Bb) Cc - ".repeat(80_000) + "x";
    const started = performance.now();
    datelineLength(hostile);
    datelineLength("A".repeat(1_000_000) + " -");
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("summary", () => {
  const article = [
    "Council approves the flood barrier",
    "",
    "PORT ALDEN, Nov. 4, 2025 — The city council on Tuesday approved a $240 million flood barrier for the waterfront after a year of debate.",
    "",
    "Mayor Angela Ruiz said the vote was the most important decision of the decade for the town.",
    "",
    "Construction could start within six months and would take about three years, the city engineer said.",
    "",
    "I remember the storm of last winter very well, one resident told us at the harbour.",
    "",
    "The barrier will be paid for by state bonds and a local levy over twenty years.",
    "",
    "Opponents said the fishing fleet would suffer and promised to take the decision to court.",
  ].join("\n");

  it("is about a news lead's words, opens with the news without headline or dateline", async () => {
    const j = JSON.parse((await cli(["show", "--json", "-"], { input: article })).stdout);
    expect(j.title).toBe("Council approves the flood barrier");
    expect(j.summary[0]).toMatch(/^The city council on Tuesday approved/);
    const total = j.summary.reduce((n: number, s: string) => n + words(s), 0);
    expect(total).toBeGreaterThan(DEFAULT_WORDS / 2);
    expect(total).toBeLessThan(DEFAULT_WORDS * 1.5);
    expect(j.summary.join(" ")).not.toMatch(/Council approves the flood barrier/);
  });

  it("--sentences N and --words N ask for another length", async () => {
    const one = JSON.parse((await cli(["show", "--json", "--sentences", "1", "-"], { input: article })).stdout);
    expect(one.summary).toHaveLength(1);
    const five = JSON.parse((await cli(["show", "--json", "--sentences", "5", "-"], { input: article })).stdout);
    expect(five.summary).toHaveLength(5);
    const long = JSON.parse((await cli(["show", "--json", "--words", "200", "-"], { input: article })).stdout);
    expect(long.summary.length).toBe(6);
    const bad = await cli(["show", "--words", "0", "-"], { input: article });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/number of words/);
  });

  it("gives sentences in article order, each once", async () => {
    const a = await analyseText(article, { summary: { sentences: 4 } });
    expect(a.summary).toEqual([...new Set(a.summary)].sort((x, y) => x - y));
  });

  it("of the user's article opens with the news: Putin and Musk in contact since late 2022", async () => {
    const j = JSON.parse((await cli(["show", "--json", ID_ARTICLE])).stdout);
    expect(j.summary[0]).toMatch(/sejak akhir 2022.*Elon Musk.*Vladimir Putin.*kontak rutin/);
  });
});
