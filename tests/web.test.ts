// Reading from the web (issue 19) against a real HTTP server on 127.0.0.1, inside the test: pages,
// redirects, errors, a slow server, gzip, a Windows-1252 page, a body over the limit cut off while
// streaming, RSS and Atom feeds.

import { createServer, type Server } from "node:http";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedDate, looksLikeFeed } from "../src/read/feed.js";
import { cli, EN_ARTICLE } from "./helpers.js";

const paragraphs = readFileSync(EN_ARTICLE, "utf8").split(/\n\s*\n/).slice(1).map((p) => `<p>${p.trim()}</p>`).join("\n");
const page = (head = "", title = "Port Alden council approves flood barrier") =>
  `<!doctype html><html><head><title>${title}</title>${head}</head><body><nav>Home | News</nav><article><h1>${title}</h1>${paragraphs}</article><footer>© Alden Herald</footer></body></html>`;

let server: Server;
let base = "";
const seen: { ua?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ ua: req.headers["user-agent"] });
    const url = req.url ?? "/";
    const html = (body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers });
      res.end(body);
    };
    if (url === "/page.html") return html(page('<meta property="article:published_time" content="2025-11-04T09:00:00Z">'));
    if (url === "/time.html") return html(page("").replace("<article>", '<article><time datetime="2025-11-05">5 Nov</time>'));
    if (url === "/r1") return res.writeHead(302, { location: "/r2" }).end();
    if (url === "/r2") return res.writeHead(301, { location: `${base}/page.html` }).end();
    if (url === "/loop") return res.writeHead(302, { location: "/loop" }).end();
    if (url === "/gzip.html") return html(gzipSync(page()), { "content-encoding": "gzip" });
    if (url === "/cp1252.html") {
      const body = Buffer.from(page('<meta charset="windows-1252">').replace("Mayor Angela Ruiz said", "Mayor Angela Ruiz said at the caf\u00e9"), "latin1");
      // curly quotes as Windows-1252 bytes
      const quoted = Buffer.from(body.toString("latin1").replace(/"the most/, "\u0093the most").replace(/generation\."/, "generation.\u0094"), "latin1");
      res.writeHead(200, { "content-type": "text/html" });
      return res.end(quoted);
    }
    if (url === "/image.png") {
      res.writeHead(200, { "content-type": "image/png" });
      return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    }
    if (url === "/slow") return; // never answers
    if (url === "/huge") {
      // an endless body, no length given: the reader must stop it
      res.writeHead(200, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(1 << 20, "a ");
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once("drain", pump);
      };
      res.on("close", () => res.destroy());
      return pump();
    }
    if (url === "/rss.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      return res.end(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Alden Herald</title>
<item><title>Council approves barrier</title><link>${base}/page.html</link><pubDate>Tue, 04 Nov 2025 10:00:00 +0700</pubDate></item>
<item><title>Barrier &amp; the fleet</title><link>${base}/gzip.html</link><pubDate>Wed, 05 Nov 2025 08:00:00 GMT</pubDate></item>
</channel></rss>`);
    }
    if (url === "/atom.xml") {
      res.writeHead(200, { "content-type": "application/atom+xml" });
      return res.end(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Herald (Atom)</title>
<entry><title>Council approves barrier</title><link rel="alternate" href="/page.html"/><published>2025-11-04T10:00:00+07:00</published></entry>
</feed>`);
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const showJson = async (url: string, ...args: string[]) => {
  const r = await cli(["show", "--json", ...args, url]);
  return { ...r, j: r.code === 0 ? JSON.parse(r.stdout) : null };
};

describe("URLs as input", () => {
  it("reads a page: its article, the page's URL and publication date, our User-Agent", async () => {
    const { j, code } = await showJson(`${base}/page.html`);
    expect(code).toBe(0);
    expect(j.title).toBe("Port Alden council approves flood barrier");
    expect(j.url).toBe(`${base}/page.html`);
    expect(j.timeline.referenceDate).toBe("2025-11-04");
    expect(j.people.map((p: { name: string }) => p.name)).toContain("Angela Ruiz");
    expect(seen.at(-1)!.ua).toMatch(/^article-cli\/\d/);
    await cli(["people", "--user-agent", "test-agent/1", `${base}/page.html`]);
    expect(seen.at(-1)!.ua).toBe("test-agent/1");
  });

  it("follows a redirect chain to the final URL; more than five redirects is an error", async () => {
    const { j } = await showJson(`${base}/r1`);
    expect(j.url).toBe(`${base}/page.html`);
    const loop = await cli(["show", `${base}/loop`]);
    expect(loop.code).toBe(1);
    expect(loop.stderr).toMatch(/more than 5 redirects/);
  });

  it("one line and exit 1 for a 404, a refused connection, a slow server past --timeout, a non-text type", async () => {
    const missing = await cli(["show", `${base}/missing`]);
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toBe(`article-cli: ${base}/missing: HTTP 404 Not Found\n`);
    const refused = await cli(["show", "http://127.0.0.1:9/x"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    const started = performance.now();
    const slow = await cli(["show", "--timeout", "0.5", `${base}/slow`]);
    expect(slow.stderr).toMatch(/timed out after 0\.5 s/);
    expect(performance.now() - started).toBeLessThan(5000);
    const image = await cli(["show", `${base}/image.png`]);
    expect(image.stderr).toMatch(/not HTML or text \(image\/png\)/);
    expect((await cli(["show", "--timeout", "0", `${base}/page.html`])).code).toBe(2);
  });

  it("decodes a gzip body and a Windows-1252 page declared in its meta", async () => {
    expect((await showJson(`${base}/gzip.html`)).j.title).toBe("Port Alden council approves flood barrier");
    const { j } = await showJson(`${base}/cp1252.html`, "--full");
    const text = j.text.join("\n");
    expect(text).toContain("café");
    expect(text).toContain("\u201cthe most important decision");
  });

  it("a <time datetime> dates a page that has no metadata date", async () => {
    expect((await showJson(`${base}/time.html`)).j.timeline.referenceDate).toBe("2025-11-05");
  });

  it("cuts off a body over the 16 MiB limit while it streams", async () => {
    const started = performance.now();
    const r = await cli(["show", `${base}/huge`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/too large \(over 16\.0 MiB; the rest was not read\)/);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 20_000);

  it("--save keeps the fetched pages; nothing is written without it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "article-cli-save-"));
    await cli(["people", "--save", join(dir, "pages"), `${base}/page.html`]);
    expect(readdirSync(join(dir, "pages"))).toEqual(["127.0.0.1_page.html"]);
    expect(existsSync(join(dir, "other"))).toBe(false);
  });
});

describe("feeds", () => {
  it("lists an RSS 2.0 feed's items: title, link, date", async () => {
    const r = await cli(["feed", "--json", `${base}/rss.xml`]);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ schema: "article-cli.feed/1", title: "Alden Herald" });
    expect(j.items).toEqual([
      { title: "Council approves barrier", link: `${base}/page.html`, date: "2025-11-04" },
      { title: "Barrier & the fleet", link: `${base}/gzip.html`, date: "2025-11-05" },
    ]);
  });

  it("reads an Atom feed, its relative links against the feed's URL, and runs a command on each item", async () => {
    const j = JSON.parse((await cli(["feed", "--json", `${base}/atom.xml`])).stdout);
    expect(j.items).toEqual([{ title: "Council approves barrier", link: `${base}/page.html`, date: "2025-11-04" }]);
    const read = await cli(["feed", `${base}/rss.xml`, "--read", "people", "--json"]);
    const lines = read.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([`${base}/page.html`, `${base}/gzip.html`]);
    expect(lines[0].people.map((p: { name: string }) => p.name)).toContain("Angela Ruiz");
  });

  it("stores a feed's articles in a corpus: feed --index, or the feed given to index", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "article-cli-feed-")), "c.db");
    const r = await cli(["feed", `${base}/rss.xml`, "--index", db, "--json"]);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 2, articles: 2 });
    const other = join(mkdtempSync(join(tmpdir(), "article-cli-feed-")), "c.db");
    const pages = seen.length;
    const i = await cli(["index", other, `${base}/atom.xml`, `${base}/gzip.html`, "--json"]);
    expect(JSON.parse(i.stdout)).toMatchObject({ added: 2, articles: 2 });
    // the feed, its item, and the page read once to see it is no feed
    expect(seen.length - pages).toBe(3);
  });

  it("a feed nested deeper than any feed is refused before it is parsed; entities are not expanded", async () => {
    const dir = mkdtempSync(join(tmpdir(), "article-cli-feed-"));
    const deep = join(dir, "deep.xml");
    writeFileSync(deep, '<?xml version="1.0"?><rss><channel>' + "<x>".repeat(200_000) + "</channel></rss>");
    const started = performance.now();
    const r = await cli(["feed", deep]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nested 200 elements deep or more: not a feed/);
    expect(performance.now() - started).toBeLessThan(5000);
    const lol = join(dir, "lol.xml");
    writeFileSync(lol, '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title><link>http://e.com/x</link></item></channel></rss>');
    const j = JSON.parse((await cli(["feed", "--json", lol])).stdout);
    expect(j.items[0].title.length).toBeLessThan(10);
  });

  it("a page is not a feed; feed dates are read as written", async () => {
    const r = await cli(["feed", `${base}/page.html`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not an RSS or Atom feed/);
    expect(looksLikeFeed('<?xml version="1.0"?>\n<!-- x -->\n<rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "http://x/rss-0.91.dtd"><rss version="0.91">')).toBe(true);
    expect(feedDate("Sun, 1 Dec 2024 23:30:00 -0500")).toBe("2024-12-01");
    expect(feedDate("2024-12-01T23:30:00-05:00")).toBe("2024-12-01");
    expect(feedDate("soon")).toBeNull();
  });
});
