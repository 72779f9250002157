// The corpus (issue 18), on a real SQLite file in a temporary folder: one person across articles,
// re-indexing as a no-op, whole articles only after a killed run, clear errors for a file that is no
// corpus, search, and the cross-article views.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { mergePeople, type PersonRow } from "../src/corpus/people.js";
import { ftsQuery } from "../src/corpus/views.js";
import { analyseText } from "../src/pipeline.js";
import { cli, EN_ARTICLE, ROOT } from "./helpers.js";

const folder = () => mkdtempSync(join(tmpdir(), "article-cli-corpus-"));

const A = [
  "Carmaker opens a plant in Surabaya",
  "",
  "SURABAYA, March 3, 2025 — Electric carmaker founder Elena Marchetti said on Monday that the company would open a battery plant in East Java in May 2025.",
  "",
  "Marchetti told reporters that the plant would employ 4,000 workers by the end of the year.",
].join("\n");

const B = [
  "Plant delayed",
  "",
  "JAKARTA, June 2, 2025 — The battery plant in East Java will not open before 2026, according to the regional government.",
  "",
  "Marchetti denied that the battery plant in East Java had been delayed by the regional government.",
].join("\n");

function write(dir: string, files: Record<string, string>): string[] {
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}

describe("index and the corpus views", () => {
  it("two articles naming the same person differently are one person with two articles", async () => {
    const dir = folder();
    const db = join(dir, "c.db");
    const files = write(dir, { "a.txt": A, "b.txt": B });
    const r = await cli(["index", db, ...files]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 added, 0 updated, 0 unchanged; 2 articles/);
    const people = JSON.parse((await cli(["people", "--db", db, "--json", "--article"])).stdout);
    expect(people.schema).toBe("article-cli.corpus-people/1");
    const elena = people.people.find((p: { name: string }) => p.name === "Elena Marchetti");
    expect(elena.articles.map((a: { file: string }) => a.file).sort()).toEqual(files.sort());
    expect(elena.aliases).toContain("Marchetti");
    expect(elena.first).toBe("2025-03-03");
    expect(elena.last).toBe("2025-06-02");
  });

  it("re-indexing an unchanged file does nothing; a changed one replaces its rows", async () => {
    const dir = folder();
    const db = join(dir, "c.db");
    const [a, b] = write(dir, { "a.txt": A, "b.txt": B });
    await cli(["index", db, a!, b!]);
    const before = new Database(db, { readonly: true }).prepare("SELECT file, hash, indexed_at FROM articles ORDER BY file").all();
    const again = await cli(["index", db, a!, b!, "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ schema: "article-cli.index/1", added: 0, updated: 0, unchanged: 2, articles: 2 });
    expect(new Database(db, { readonly: true }).prepare("SELECT file, hash, indexed_at FROM articles ORDER BY file").all()).toEqual(before);
    writeFileSync(b!, B.replace("Marchetti denied", "Elena Marchetti denied"));
    const changed = JSON.parse((await cli(["index", db, b!, "--json"])).stdout);
    expect(changed).toMatchObject({ added: 0, updated: 1, articles: 2 });
    const check = new Database(db, { readonly: true });
    expect(check.prepare("SELECT count(*) AS n FROM sentences WHERE article NOT IN (SELECT id FROM articles)").get()).toEqual({ n: 0 });
    expect(check.prepare("SELECT count(*) AS n FROM claims_fts WHERE rowid NOT IN (SELECT id FROM claims)").get()).toEqual({ n: 0 });
  });

  it("search finds a claim by a word of its content; claims --about and --by; timeline --person", async () => {
    const dir = folder();
    const db = join(dir, "c.db");
    await cli(["index", db, ...write(dir, { "a.txt": A, "b.txt": B })]);
    const hits = JSON.parse((await cli(["search", db, "employ", "--json"])).stdout);
    expect(hits.schema).toBe("article-cli.search/1");
    expect(hits.hits.find((h: { kind: string }) => h.kind === "claim")).toMatchObject({ kind: "claim", source: "Elena Marchetti" });
    const about = JSON.parse((await cli(["claims", "--db", db, "--about", "workers", "--json"])).stdout);
    expect(about.claims.map((c: { source: { name: string } }) => c.source.name)).toEqual(["Elena Marchetti"]);
    const by = JSON.parse((await cli(["claims", "--db", db, "--by", "Marchetti", "--json"])).stdout);
    expect(by.claims.length).toBeGreaterThanOrEqual(2);
    expect(new Set(by.claims.map((c: { article: { file: string } }) => c.article.file)).size).toBe(2);
    const timeline = JSON.parse((await cli(["timeline", "--db", db, "--person", "Elena", "--json"])).stdout);
    expect(timeline.events.map((e: { date: { timex: { value: string } } }) => e.date.timex.value)).toContain("2025-05");
    const disputes = JSON.parse((await cli(["claims", "--db", db, "--disputed", "--json"])).stdout);
    // the denial in the second article answers the first article's claim (same person, same matter)
    expect(disputes.disputes[0].claim).toMatchObject({ stance: "denies", article: { file: expect.stringMatching(/b\.txt$/) } });
    expect(disputes.disputes[0].answers[0].article.file).toMatch(/a\.txt$/);
  });

  it("a file that is not a corpus, or a newer one, is a clear error (exit 1); --db with files is a usage error", async () => {
    const dir = folder();
    const text = join(dir, "notes.txt");
    writeFileSync(text, "just some notes, not a database\n".repeat(100));
    const r = await cli(["index", text, EN_ARTICLE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a corpus/);
    expect(readFileSync(text, "utf8")).toBe("just some notes, not a database\n".repeat(100));
    const foreign = join(dir, "other.db");
    new Database(foreign).exec("CREATE TABLE t (x)");
    const f = await cli(["people", "--db", foreign]);
    expect(f.code).toBe(1);
    expect(f.stderr).toMatch(/another program/);
    const newer = join(dir, "newer.db");
    await cli(["index", newer, EN_ARTICLE]);
    new Database(newer).pragma("user_version = 99");
    const n = await cli(["claims", "--db", newer]);
    expect(n.code).toBe(1);
    expect(n.stderr).toMatch(/newer article-cli/);
    expect((await cli(["people", "--db", join(dir, "missing.db")])).stderr).toMatch(/no such corpus/);
    expect((await cli(["people", "--db", newer, EN_ARTICLE])).code).toBe(2);
    expect((await cli(["search", newer, "--", "***"])).code).toBe(2);
  });

  it("a killed indexing run leaves a database that opens and holds whole articles only", async () => {
    const dir = folder();
    const db = join(dir, "c.db");
    const base = readFileSync(EN_ARTICLE, "utf8");
    const files = write(dir, Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`a${i}.txt`, base.replace("Port Alden", `Port Alden ${i}`)])));
    const list = join(dir, "list.txt");
    writeFileSync(list, files.join("\n"));
    const child = spawn(process.execPath, [join(ROOT, "bin", "article-cli.js"), "index", db, "--files-from", list, "--jobs", "1"], { stdio: "ignore" });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        try {
          const n = (new Database(db, { readonly: true, fileMustExist: true }).prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
          if (n >= 3) {
            clearInterval(poll);
            child.kill("SIGKILL");
            resolve();
          }
        } catch {
          // not made yet
        }
      }, 10);
    });
    await new Promise((resolve) => child.on("exit", resolve));
    const check = new Database(db);
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    const stored = check.prepare("SELECT id, file FROM articles").all() as { id: number; file: string }[];
    expect(stored.length).toBeGreaterThanOrEqual(3);
    expect(stored.length).toBeLessThan(400);
    const whole = await analyseText(base);
    for (const a of stored) {
      const n = (sql: string) => (check.prepare(sql).get(a.id) as { n: number }).n;
      expect(n("SELECT count(*) AS n FROM sentences WHERE article = ?")).toBe(whole.document.sentences.length);
      expect(n("SELECT count(*) AS n FROM claims WHERE article = ?")).toBe(whole.claims.length);
    }
  }, 30_000);
});

describe("people across articles", () => {
  const row = (article: number, name: string, aliases: string[] = [], refDate: string | null = null): PersonRow => ({ article, file: `${article}.txt`, title: null, refDate, name, aliases, roles: [], mentions: 1 });

  it("a surname joins the one full name an article ties it to, not one of two", () => {
    const merged = mergePeople([row(1, "Bill Clinton"), row(2, "Hillary Clinton"), row(3, "Clinton"), row(4, "Elon Musk", ["Musk"]), row(5, "Musk")]);
    expect(merged.find((p) => p.name === "Elon Musk")!.articles).toHaveLength(2);
    expect(merged.find((p) => p.name === "Clinton")!.articles).toHaveLength(1);
  });

  it("the same full name, however accented or cased, is one person", () => {
    const merged = mergePeople([row(1, "José Martí"), row(2, "Jose Marti")]);
    expect(merged).toHaveLength(1);
  });
});

describe("search queries", () => {
  it("pass words only, never FTS syntax, and stay linear on a long hostile query", () => {
    expect(ftsQuery('tax AND "rate" NEAR(x')).toBe('"tax" "AND" "rate" "NEAR" "x"');
    expect(ftsQuery("*** ---")).toBeNull();
    const started = performance.now();
    ftsQuery("a\"*(".repeat(250_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
