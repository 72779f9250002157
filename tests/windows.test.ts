// Long documents are read in windows of whole paragraphs (memory bounded whatever the input), and the
// windows' analyses are one analysis of the whole.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { windowsOf, WINDOW_CHARS } from "../src/segment/windows.js";
import { analyseText, buildDocument } from "../src/pipeline.js";
import { wordCount } from "../src/render/json.js";
import type { Span } from "../src/model.js";

const blocksOf = (text: string): Span[] => {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
};

describe("windows of a long document", () => {
  it("hold whole paragraphs in order, cut only those longer than a window, at a sentence end or a space, never inside a surrogate pair", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom("Ia datang. ", "kata dia ", "😀", "x", "\n", "\n\n", " "), fc.string({ maxLength: 5 })), { maxLength: 400 }), fc.integer({ min: 8, max: 64 }), (parts, max) => {
        const text = parts.join("");
        const blocks = blocksOf(text);
        const windows = windowsOf(text, blocks, max);
        const pieces = windows.flat();
        // the pieces cover the blocks exactly, in order
        expect(pieces.map(([a, b]) => text.slice(a, b)).join("")).toBe(blocks.map(([a, b]) => text.slice(a, b)).join(""));
        for (const w of windows) expect(w.length === 1 || w.reduce((n, [a, b]) => n + b - a, 0) <= max).toBe(true);
        for (const [a, b] of pieces) {
          expect(b - a).toBeLessThanOrEqual(max);
          expect((text.charCodeAt(a) & 0xfc00) === 0xdc00).toBe(false);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
    const line = "Ia datang pagi itu. ".repeat(20);
    const cut = windowsOf(line, [[0, line.length]], 100);
    expect(cut.flat().every(([, b]) => b === line.length || line.slice(b - 2, b) === ". ")).toBe(true);
  });

  it("an article is one window", () => {
    const text = "Presiden Joko Widodo datang.\n\nIa berbicara.";
    expect(windowsOf(text, blocksOf(text))).toHaveLength(1);
  });

  it("are one analysis: a person named in the first window and the last is one entity, words counted over all", async () => {
    const paragraph = "Menteri Keuangan Sri Mulyani mengatakan bahwa ekonomi tumbuh pada 12 Januari 2020. ".repeat(4);
    const filler = Array.from({ length: Math.ceil((WINDOW_CHARS * 2.5) / paragraph.length) }, () => paragraph).join("\n\n");
    const text = `${filler}\n\nJuru bicara Kremlin Dmitry Peskov membantah laporan itu.\n\nSri Mulyani kembali menegaskan bahwa anggaran aman.`;
    const a = await analyseText(text, { lang: "id", headline: false });
    const sri = a.people.filter((p) => p.name === "Sri Mulyani");
    expect(sri).toHaveLength(1);
    expect(sri[0]!.mentions.some((m) => m.span[0] > text.length - 200)).toBe(true);
    expect(a.people.map((p) => p.name)).toContain("Dmitry Peskov");
    for (const x of a.expressions) expect(text.slice(x.span[0], x.span[1])).toBe(x.text);
    expect(a.claims.some((c) => c.cue === "membantah" && c.source.name === "Dmitry Peskov")).toBe(true);
    const whole = await buildDocument({ file: "t", text, encoding: "utf-8", format: "text" }, { lang: "id", headline: false });
    expect(wordCount(a)).toBe(wordCount({ ...a, document: whole }));
    expect(a.document.paragraphs.length).toBe(whole.paragraphs.length);
  });

  it("cap what a long document lists, and say so", async () => {
    const text = "Ia berkata, “Baik.” ".repeat(Math.ceil((WINDOW_CHARS * 3) / 20));
    const a = await analyseText(text, { lang: "id", headline: false });
    expect(a.claims).toHaveLength(10_000);
    expect(a.document.notes?.join(" ")).toMatch(/only the first 10,000 claims are listed/);
  });
});
