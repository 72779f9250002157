// Read and clean: decoding, debris kept apart, offsets kept.

import { describe, expect, it } from "vitest";
import { decodeSource, InputError } from "../src/read/input.js";
import { buildDocument } from "../src/pipeline.js";

const doc = (text: string, format: "text" | "markdown" = "text") => buildDocument({ file: "t", text, encoding: "utf-8", format });

describe("decode", () => {
  it("drops a BOM, keeps CRLF, falls back to Windows-1252", () => {
    expect(decodeSource("a", Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a])).text).toBe("A\r\n");
    const s = decodeSource("b", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
    expect(s).toMatchObject({ text: "Café “ok”", encoding: "windows-1252" });
  });

  it("refuses empty and binary input with an InputError", () => {
    expect(() => decodeSource("e", Buffer.alloc(0))).toThrow(InputError);
    expect(() => decodeSource("n", Buffer.from("abc\u0000def"))).toThrow(/binary/);
  });
});

describe("clean", () => {
  it("keeps web debris apart and reads the source URL", async () => {
    const text = [
      "Judul berita di sini",
      "Menteri Keuangan Sri Mulyani mengatakan bahwa ekonomi tumbuh.",
      "Sri Mulyani di Jakarta. Foto: ANTARA |",
      "Baca juga: Harga beras naik lagi",
      "[iklan_2]",
      "Sumber: https://example.com/berita/1",
      "Komentar (0)",
    ].join("\n");
    const d = await doc(text);
    expect(d.url).toBe("https://example.com/berita/1");
    expect(d.debris.map((x) => x.kind)).toEqual(["caption", "related", "ad", "source", "comments"]);
    expect(d.sentences.map((s) => s.text)).toEqual(["Menteri Keuangan Sri Mulyani mengatakan bahwa ekonomi tumbuh."]);
    expect(d.title).toBe("Judul berita di sini");
    expect(d.text.length).toBe(text.length);
  });

  it("keeps offsets of the input for Markdown", async () => {
    const text = "# Title here\n\nThe **mayor** said [it](http://x.y) was fine.\n";
    const d = await doc(text, "markdown");
    const s = d.sentences[0]!;
    expect(text.slice(s.span[0], s.span[1])).toBe("The **mayor** said [it](http://x.y) was fine.");
    expect(s.tokens.map((t) => t.text)).toEqual(["The", "mayor", "said", "it", "was", "fine", "."]);
  });

  it("detects the language from function words", async () => {
    expect((await doc("Judul\n\nIa mengatakan bahwa pemerintah akan membantu warga yang terdampak banjir.")).language).toBe("id");
    expect((await doc("Title\n\nHe said that the government would help the people who were hit by the flood.")).language).toBe("en");
  });
});
