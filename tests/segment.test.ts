// Segment: sentences and tokens; regexes stay linear on hostile input.

import { describe, expect, it } from "vitest";
import { buildDocument } from "../src/pipeline.js";
import { tokenize } from "../src/segment/tokens.js";

const sentences = async (text: string, lang = "id") => (await buildDocument({ file: "t", text, encoding: "utf-8", format: "text" }, { lang, headline: false })).sentences.map((s) => s.text);

describe("sentences", () => {
  it("does not end at Tn., Dr., U.S., Rp 1.500 or 15.000", async () => {
    expect(await sentences("Tn. Musk bertemu Dr. Andi di U.S. kemarin. Harga Rp 1.500 naik menjadi 15.000 unit. Selesai.")).toEqual([
      "Tn. Musk bertemu Dr. Andi di U.S. kemarin.",
      "Harga Rp 1.500 naik menjadi 15.000 unit.",
      "Selesai.",
    ]);
    expect(await sentences("Rep. G.K. Butterfield (D-N.C.), head of the caucus, said so. He left.", "en")).toEqual([
      "Rep. G.K. Butterfield (D-N.C.), head of the caucus, said so.",
      "He left.",
    ]);
    expect(await sentences("Mr. Smith met Sen. Jones in the U.S. Senate. John F. Kennedy spoke.", "en")).toEqual([
      "Mr. Smith met Sen. Jones in the U.S. Senate.",
      "John F. Kennedy spoke.",
    ]);
  });

  it("ends after a one-letter name and keeps closing quotes with their sentence", async () => {
    expect(await sentences('Ia menulis di X. Dalam wawancara, ia berkata: "Bagus." Lalu pergi.')).toEqual([
      "Ia menulis di X.",
      'Dalam wawancara, ia berkata: "Bagus."',
      "Lalu pergi.",
    ]);
  });

  it("keeps a typewriter quote's two apostrophes with the sentence they open", async () => {
    const s = await sentences("''It is safe,'' Ruiz said of the pier. ''It will hold.'' The vote is Monday.", "en");
    expect(s).toEqual(["''It is safe,'' Ruiz said of the pier.", "''It will hold.''", "The vote is Monday."]);
  });

  it("does not end inside initials whose last dot is missing: '(D-N.Y) said', 'D.C'", async () => {
    expect(await sentences("Rep. Steve Israel (D-N.Y) said it. Then he left.", "en")).toEqual(["Rep. Steve Israel (D-N.Y) said it.", "Then he left."]);
    // (a missing space after a full stop between longer words still ends the sentence)
    expect(await sentences("Harga naik tajam.Menurut dia, itu wajar.")).toEqual(["Harga naik tajam.", "Menurut dia, itu wajar."]);
  });

  it("tokenizes with offsets", () => {
    const t = tokenize("Musk's isu-isu 28/12/2014 Ph.D. $1,8");
    expect(t.map((x) => x.text)).toEqual(["Musk's", "isu-isu", "28/12/2014", "Ph.D.", "$", "1,8"]);
    expect(t[1]!.span).toEqual([7, 14]);
  });
});

describe("linear time on hostile input", () => {
  // No timing assertion (that is the benchmark's job): a super-linear regex would not finish here.
  it("tokenizes and segments 1 MB of adversarial text", async () => {
    const unit = "a.".repeat(20) + "1.2.3.4.5-6-7/8:9 " + "Aa'".repeat(10) + "-".repeat(30) + " ";
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    expect(tokenize(big).length).toBeGreaterThan(10000);
    expect((await sentences(big.slice(0, 300_000), "en")).length).toBeGreaterThan(0);
  });

  it("matches the debris lines of every language against 1 MB lines built to make them backtrack", async () => {
    const { LANGUAGE_INFO } = await import("../src/lang/index.js");
    const lines = [
      "published" + " :".repeat(500_000) + "x",
      "| updated" + " ".repeat(1_000_000),
      "x".repeat(1_000_000) + " contributed to",
      "don't miss " + "a ".repeat(500_000),
      "(photo: " + "a".repeat(1_000_000),
      "a".repeat(1_000_000) + " is a reporter for",
      "follow him on twitter" + " x".repeat(500_000),
      "[video" + "]".repeat(500_000) + " x",
    ];
    const { commonDebris } = await import("../src/lang/common/debris.js");
    for (const rule of [...LANGUAGE_INFO.flatMap((info) => info.debris), ...commonDebris]) for (const line of lines) expect(typeof rule.pattern.test(line)).toBe("boolean");
  });
});
