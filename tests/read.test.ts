// Read and clean: decoding, debris kept apart, offsets kept.

import { describe, expect, it } from "vitest";
import { decodeSource, InputError } from "../src/read/input.js";
import { repairMojibake } from "../src/read/mojibake.js";
import { buildDocument } from "../src/pipeline.js";

const doc = (text: string, format: "text" | "markdown" = "text") => buildDocument({ file: "t", text, encoding: "utf-8", format });

describe("decode", () => {
  it("drops a BOM, keeps CRLF, falls back to Windows-1252", () => {
    expect(decodeSource("a", Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a])).text).toBe("A\r\n");
    const s = decodeSource("b", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
    expect(s).toMatchObject({ text: "Café “ok”", encoding: "windows-1252" });
  });

  it("reads UTF-16 with a byte-order mark, either byte order", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kata Budi: ya.", "utf16le")]);
    expect(decodeSource("le", le)).toMatchObject({ text: "Kata Budi: ya.", encoding: "utf-16le" });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeSource("be", Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: "Kata Budi: ya.", encoding: "utf-16be" });
  });

  it("repairs UTF-8 once (or twice) read as Windows-1252, and leaves real accents alone", () => {
    const once = decodeSource("m", Buffer.from("Presiden FranÃ§ois Hollande said itâ€™s over.", "utf8"));
    expect(once).toMatchObject({ text: "Presiden François Hollande said it’s over.", repaired: true });
    // twice wrong, then decomposed (as some scraped pages are): "A" + U+0303 for "Ã"
    const twice = "Fran\u00c3\u0083\u00c2\u00a7ois".normalize("NFD");
    expect(repairMojibake(twice)).toBe("François");
    const real = "café «été» à São Paulo, Ångström, 25°C, naïve, Malmö";
    expect(repairMojibake(real)).toBe(real);
    expect(decodeSource("r", Buffer.from(real, "utf8")).repaired).toBeUndefined();
  });

  it("repairs in linear time, whatever the input", () => {
    for (const hostile of ["Ã©".repeat(500_000), "Ã".repeat(1_000_000), "\u00e2\u20ac".repeat(500_000), "A\u0303".repeat(500_000)]) {
      const t = performance.now();
      repairMojibake(hostile);
      expect(performance.now() - t).toBeLessThan(2000);
    }
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

  it("keeps an English page's furniture apart: time stamps, bylines, newsletter boxes, players", async () => {
    const text = [
      "Harbour barrier approved",
      "PUBLISHED: 10:48, Tue, Nov 19, 2019",
      "| UPDATED: 11:05, Tue, Nov 19, 2019",
      "By",
      "The council approved the barrier on Tuesday.",
      "Updated figures show the cost fell.",
      "Media playback is unsupported on your device",
      "Image copyright Reuters",
      "DON'T MISS Storm warning: ports close [VIDEO]",
      "Breaking News Emails",
      "Jane Roe contributed to this report.",
      "Home",
      "Photos: Storms of the decade",
      "Port closes after storm [VIDEO]",
      "Jane Roe is a reporter for the Harbour Times.",
      "Her book is out now. Follow her on Twitter @janeroe.",
      "SEE MORE: Storm closes the port",
      "Ferry cancelled after storm [NEWS]",
      "© Jane Roe Fishermen at the harbour on Monday.",
    ].join("\n");
    const d = await doc(text);
    expect(d.debris.map((x) => x.kind)).toEqual(["credit", "credit", "credit", "caption", "caption", "related", "share", "credit", "markup", "related", "related", "credit", "credit", "related", "related", "share"]);
    expect(d.sentences.map((s) => s.text)).toEqual(["The council approved the barrier on Tuesday.", "Updated figures show the cost fell."]);
  });

  it("a page's stamp is debris, a line holding only a date is text (TimeML marks it)", async () => {
    const d = await doc("Harga beras naik\n\nDiperbarui: Senin, 20 Nov 2019 10:00 WIB\n\nSenin, 20 November 2019\n\nHarga beras naik kemarin.");
    expect(d.debris.map((x) => `${x.kind}: ${x.text}`)).toEqual(["credit: Diperbarui: Senin, 20 Nov 2019 10:00 WIB"]);
    expect(d.sentences.map((s) => s.text)).toEqual(["Senin, 20 November 2019", "Harga beras naik kemarin."]);
  });

  it("a long line closing a sentence is a paragraph even with one line break after it; wrapped lines are joined", async () => {
    const long = "The council voted on Tuesday to build the barrier across the mouth of the bay, ending ten years of argument.";
    const text = `Harbour vote\n\n${long}\n${long}\n\nThe mayor said the vote was historic and\nthat work would start soon.\n`;
    const d = await doc(text);
    expect(d.paragraphs).toHaveLength(3);
    expect(d.sentences.map((s) => s.text).at(-1)).toBe("The mayor said the vote was historic and\nthat work would start soon.");
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

  it("says so when a text reads as neither language, and reads it with the fallback pack", async () => {
    const pt = "Classificação\n\n" + [
      "Nesta página você terá sempre a classificação atualizada da NASCAR até a última corrida.",
      "Coloque nos seus favoritos e venha sempre conferir a classificação dos pilotos.",
      "O piloto Kyle Busch venceu a prova de domingo depois de liderar por mais de cem voltas no circuito.",
      "Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.",
    ].join(" ");
    const d = await doc(pt);
    expect(d.language).toBe("en");
    expect(d.notes?.[0]).toMatch(/neither Indonesian nor English/);
    // a short text is too short to judge, and a known language has no note
    expect((await doc("Title\n\nHe said that the government would help the people.")).notes ?? []).toEqual([]);
    expect((await doc("Oi, tudo bem?")).notes ?? []).toEqual([]);
  });
});

describe("HTML pages", () => {
  const page = (body: string, head = "") => `<!doctype html><html><head><title>Storm hits coast</title>${head}</head><body><nav>Home | News | Sport</nav>${body}<footer>Copyright 2024</footer></body></html>`;
  const article = `<article><h1>Storm hits coast</h1>
    <p>Mayor Angela Ruiz said on Tuesday that the storm flooded more than 300 homes along the coast, and that repairs would take months.</p>
    <p>"We have never seen water this high," Ruiz told reporters at the town hall. Last year a smaller storm closed the harbour for a week.</p>
    <p>Engineer David Okafor said the barrier planned since 2019 would have prevented most of the damage, according to a council report.</p></article>`;

  it("reads the article text with Readability and the date from the page's metadata", async () => {
    const { analyseSource } = await import("../src/pipeline.js");
    const a = await analyseSource(decodeSource("p.html", Buffer.from(page(article, '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'))));
    expect(a.document.title).toBe("Storm hits coast");
    expect(a.document.text).not.toContain("Copyright");
    expect(a.referenceDate).toBe("2024-03-05");
    expect(a.people.map((p) => p.name)).toEqual(["Angela Ruiz", "David Okafor"]);
    expect(a.expressions.find((x) => x.text === "Tuesday")?.timex.value).toBe("2024-03-05");
  });

  it("a <figcaption> is a caption, kept apart from the story", async () => {
    const { analyseSource } = await import("../src/pipeline.js");
    const figure = article.replace("</p>\n    <p>\"We", '</p>\n    <figure><img src="x.jpg"><figcaption>Flood water in the harbour on Tuesday.<br>Photo: Jane Roe</figcaption></figure>\n    <p>"We');
    expect(figure).toContain("figcaption");
    const a = await analyseSource(decodeSource("p.html", Buffer.from(page(figure))));
    const body = a.document.paragraphs.map((p) => a.document.text.slice(p.span[0], p.span[1])).join("\n");
    expect(body).not.toContain("Flood water");
    expect(a.document.debris.filter((d) => d.kind === "caption").map((d) => d.text)).toEqual(["Flood water in the harbour on Tuesday.", "Photo: Jane Roe"]);
  });

  it("reads a page too large for a DOM by stripping its tags: scripts, styles and comments gone, blocks kept apart", async () => {
    const { analyseSource } = await import("../src/pipeline.js");
    const story = "<p>Mayor Angela Ruiz said the wall &amp; the gates would hold.</p>\n";
    const big = `<html><head><title>Big &quot;page&quot;</title><style>p{}</style></head><body><script>var x = "<p>no</p>";</script><!-- a comment --><article>${story.repeat(Math.ceil(2_100_000 / story.length))}</article></body></html>`;
    const a = await analyseSource(decodeSource("big.html", Buffer.from(big)), { extract: ["people"] });
    expect(a.document.title).toBe('Big "page"');
    expect(a.document.text).not.toMatch(/<|var x|a comment/);
    expect(a.document.text).toContain("the wall & the gates");
    expect(a.people.map((p) => p.name)).toEqual(["Angela Ruiz"]);
  });

  it("strips tags in linear time on hostile markup (unclosed tags, comments and scripts)", async () => {
    const { pageText } = await import("../src/read/html-text.js");
    // (quadratic scans would take minutes here: the test's time limit catches them)
    for (const unit of ["<a", "<!--", "<script", "<p x='", "&#", "<"]) expect(typeof pageText(unit.repeat(400_000)).text).toBe("string");
    expect(pageText("<p>A &lt;b&gt; &#8220;c&#x201D; &bogus; <header>H</header></p><head>x</head>").text.trim()).toBe("A <b> “c” &bogus; \n\nH");
  });

  it("falls back to the body text on pathological nesting, without hanging", async () => {
    const { analyseSource } = await import("../src/pipeline.js");
    const hostile = page("<div>".repeat(3000) + "<p>Mayor Angela Ruiz said the plan was good.</p>" + "<b><i>".repeat(3000) + "text ".repeat(2000));
    const a = await analyseSource(decodeSource("h.html", Buffer.from(hostile)));
    expect(a.people.map((p) => p.name)).toEqual(["Angela Ruiz"]);
  });

  it("reads 200,000 unclosed tags without a DOM (the parser's time grows with the square of the depth)", async () => {
    const { analyseSource } = await import("../src/pipeline.js");
    const { nestingDepth } = await import("../src/read/html-text.js");
    const started = performance.now();
    const hostile = page("<b>".repeat(200_000) + "<p>Mayor Angela Ruiz said the plan was good.</p>" + "text ".repeat(200));
    const a = await analyseSource(decodeSource("deep.html", Buffer.from(hostile)));
    expect(a.people.map((p) => p.name)).toEqual(["Angela Ruiz"]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(nestingDepth("<p><br><img src=x><i>a</i><b/><div>", 100)).toBe(2);
    expect(nestingDepth("<a>".repeat(1000), 50)).toBe(50);
  });
});
