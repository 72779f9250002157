// The command line as a user meets it: JSON contracts, stdin, several files, errors and exit codes,
// colour, pipes.

import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cli, EN_ARTICLE, ID_ARTICLE, ROOT, spawnCli } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "article-cli-"));
const file = (name: string, data: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

describe("JSON output", () => {
  it("people --json follows article-cli.people/1", async () => {
    const r = await cli(["people", "--json", ID_ARTICLE]);
    const j = JSON.parse(r.stdout);
    expect(j.schema).toBe("article-cli.people/1");
    expect(j.file).toBe(ID_ARTICLE);
    expect(j.language).toBe("id");
    const musk = j.people.find((p: { name: string }) => p.name === "Elon Musk");
    expect(Object.keys(musk).sort()).toEqual(["aliases", "mentions", "name", "roles", "spans"]);
    expect(musk.spans).toHaveLength(musk.mentions);
    const text = readFileSync(ID_ARTICLE, "utf8");
    for (const [s, e] of musk.spans) expect(["Elon Musk", "Musk"]).toContain(text.slice(s, e));
  });

  it("timeline --json carries expressions and events with TimeML values", async () => {
    const j = JSON.parse((await cli(["timeline", "--format", "json", "--ref-date", "2024-10-25", ID_ARTICLE])).stdout);
    expect(j.schema).toBe("article-cli.timeline/1");
    expect(j.referenceDate).toBe("2024-10-25");
    const awal = j.expressions.find((e: { text: string }) => e.text === "Awal tahun ini");
    expect(awal).toMatchObject({ span: expect.any(Array), timex: { type: "DATE", value: "2024", mod: "START" }, modifiers: ["early"], resolved: true });
    expect(j.events[0]).toMatchObject({ date: { timex: { value: "2002" } }, sentenceSpan: expect.any(Array), people: expect.arrayContaining(["Walter Isaacson"]) });
  });

  it("--ref-date takes a month or day of one digit and writes it in full", async () => {
    const j = JSON.parse((await cli(["timeline", "--format", "json", "--ref-date", "2024-3-5", ID_ARTICLE])).stdout);
    expect(j.referenceDate).toBe("2024-03-05");
  });

  it("claims --json follows article-cli.claims/1 and --by filters", async () => {
    const j = JSON.parse((await cli(["claims", "--json", "--by", "Peskov", ID_ARTICLE])).stdout);
    expect(j.schema).toBe("article-cli.claims/1");
    expect(j.claims.map((c: { cue: string }) => c.cue)).toEqual(["mengatakan", "menegaskan"]);
    expect(j.claims[0]).toMatchObject({ source: { name: "Dmitry Peskov", kind: "person" }, stance: "says", quote: false, contentSpan: expect.any(Array), sentenceSpan: expect.any(Array) });
  });

  it("show --json follows article-cli.article/1", async () => {
    const j = JSON.parse((await cli(["show", "--json", EN_ARTICLE])).stdout);
    expect(j).toMatchObject({ schema: "article-cli.article/1", language: "en", url: null, summary: expect.any(Array) });
    expect(j.summary).toHaveLength(3);
    expect(j.words).toBeGreaterThan(150);
  });

  it("a text of UTF-8 once read as Windows-1252 is repaired, with a note on standard error", async () => {
    const r = await cli(["people", "--no-color", "-"], { input: "French President FranÃ§ois Hollande met Chancellor Angela Merkel on Friday.\n" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("François Hollande");
    expect(r.stderr).toMatch(/repaired/);
  });

  it("several files give one JSON object per line, each with its file", async () => {
    const r = await cli(["people", "--json", ID_ARTICLE, EN_ARTICLE]);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).file)).toEqual([ID_ARTICLE, EN_ARTICLE]);
  });

  it("--files-from reads a list of paths (- from standard input), one JSON line each, in order", async () => {
    const list = file("list.txt", `${ID_ARTICLE}\n\n${EN_ARTICLE}\r\n`);
    for (const r of [await cli(["people", "--json", "--files-from", list]), await cli(["people", "--json", "--files-from", "-"], { input: `${ID_ARTICLE}\n${EN_ARTICLE}\n` })]) {
      expect(r.code).toBe(0);
      expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).file)).toEqual([ID_ARTICLE, EN_ARTICLE]);
    }
    const missing = await cli(["people", "--files-from", join(tmp, "no-such-list")]);
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toMatch(/no such list of files/);
  });

  it("--jsonl-in reads articles as JSON lines, text or html, named by their id; a bad line is an error of its own", async () => {
    const lines = [
      JSON.stringify({ id: "a1", text: readFileSync(ID_ARTICLE, "utf8") }),
      "{not json",
      JSON.stringify({ id: 2, html: "<html><body><article><p>Elon Musk said the rocket works.</p></article></body></html>" }),
      JSON.stringify({ id: "empty" }),
    ];
    const r = await cli(["people", "--json", "--jsonl-in"], { input: lines.join("\n") + "\n" });
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((j) => j.file)).toEqual(["a1", "2"]);
    expect(out[1].people.map((p: { name: string }) => p.name)).toEqual(["Elon Musk"]);
    expect(r.stderr).toContain("standard input line 2: not JSON");
    expect(r.stderr).toContain('empty: a JSON line needs "text" or "html"');
  });

  it("a worker out of its capped heap hands its article to the CLI's own thread: the same result", async () => {
    const { Pool } = await import("../src/batch/pool.js");
    const { runJob } = await import("../src/batch/job.js");
    const { readSource } = await import("../src/read/input.js");
    const job: import("../src/batch/job.js").Job = {
      label: ID_ARTICLE,
      source: await readSource(ID_ARTICLE),
      command: "people",
      analyse: { refDate: null, extract: ["people"] },
      format: "json",
      style: { colour: false, width: 80 },
      view: {},
    };
    // (a heap of 2 MB holds no article: the worker dies of it)
    const pool = await Pool.start(1, join(ROOT, "bin", "article-cli.js"), 2);
    try {
      const r = await pool.run(job);
      expect(r.ok).toBe(true);
      expect(r).toEqual(await runJob(job));
    } finally {
      await pool.close();
    }
  });

  it("--jobs shares a batch out to worker threads: the same bytes in the same order as one thread, errors included", async () => {
    const bad = join(tmp, "missing.txt");
    const args = [ID_ARTICLE, EN_ARTICLE, bad, ID_ARTICLE, EN_ARTICLE, ID_ARTICLE];
    for (const format of [["--json"], ["--format", "text"]]) {
      const one = spawnCli(["people", ...format, "--jobs", "1", ...args]);
      const three = spawnCli(["people", ...format, "--jobs", "3", ...args]);
      expect(one.code).toBe(1);
      expect(three).toEqual(one);
    }
    expect((await cli(["people", "--jobs", "0", ID_ARTICLE])).code).toBe(2);
  });

  it("a batch shows its progress on a terminal's standard error (done, MB/s, time left), and nothing when piped", async () => {
    const files = Array.from({ length: 6 }, () => ID_ARTICLE);
    const tty = await cli(["people", "--json", "--jobs", "1", ...files], { stderrTty: true });
    expect(tty.stderr).toMatch(/\[1\/6\]/);
    expect(tty.stderr).toMatch(/\[6\/6\]/);
    expect(tty.stderr.endsWith("\r\x1b[K")).toBe(true);
    expect((await cli(["people", "--json", "--jobs", "1", ...files])).stderr).toBe("");
  });

  it("standard input is read once, and some article must be given", async () => {
    expect((await cli(["people", "-", "--jsonl-in"], { input: "x" })).code).toBe(2);
    expect((await cli(["people", "--files-from", "-", "--jsonl-in"], { input: "x" })).code).toBe(2);
    const none = await cli(["people"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no article given/);
  });

  it("people --kind org|place lists the organisations and places met on the way", async () => {
    const j = JSON.parse((await cli(["people", "--json", "--kind", "org", ID_ARTICLE])).stdout);
    expect(j).toMatchObject({ schema: "article-cli.entities/1", kind: "organisation" });
    expect(j.entities.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(["Wall Street Journal", "Kremlin"]));
    const places = await cli(["people", "--kind", "place", ID_ARTICLE]);
    expect(places.stdout).toMatch(/^PLACE/);
    expect(places.stdout).toContain("Moskow");
    expect((await cli(["people", "--kind", "planet", ID_ARTICLE])).code).toBe(2);
  });

  it("--format md prints Markdown tables", async () => {
    const r = await cli(["people", "--format", "md", EN_ARTICLE]);
    expect(r.stdout).toContain("| Person | Roles | Mentions | Aliases |");
  });
});

describe("input", () => {
  it("- reads standard input", async () => {
    const r = await cli(["people", "--json", "-"], { input: readFileSync(EN_ARTICLE, "utf8") });
    expect(JSON.parse(r.stdout).people.length).toBe(4);
  });

  it("a text in neither language is read with a note on standard error, and succeeds", async () => {
    const pt = "Resultados\n\nNesta página você terá sempre a classificação atualizada da NASCAR até a última corrida. Coloque nos seus favoritos e venha sempre conferir a classificação dos pilotos. O piloto Kyle Busch venceu a prova de domingo depois de liderar por mais de cem voltas no circuito.";
    const r = await cli(["people", "-"], { input: pt });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("article-cli: -: note: the text reads as neither Indonesian nor English; it was read as English (--lang chooses)\n");
    expect(r.stdout).toContain("Kyle Busch");
    expect((await cli(["people", "--lang", "id", "-"], { input: pt })).stderr).toBe("");
  });

  it("reads a UTF-8 BOM, CRLF line ends and Latin-1", async () => {
    const text = "Jakarta council meets\r\n\r\nMenteri Keuangan Sri Mulyani mengatakan bahwa anggaran aman.\r\n";
    const bom = file("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const j = JSON.parse((await cli(["people", "--json", "--lang", "id", bom])).stdout);
    expect(j.people[0].name).toBe("Sri Mulyani");
    const latin = file("latin1.txt", Buffer.from("Café owner José Álvarez said the street was closed on Monday.\n\nHe said it again.", "latin1"));
    const j2 = JSON.parse((await cli(["people", "--json", latin])).stdout);
    expect(j2.people.map((p: { name: string }) => p.name)).toContain("José Álvarez");
  });

  it("reads Markdown: heading as title, markup kept out of the text", async () => {
    const md = file("a.md", "# Minister visits Bandung\n\n**Menteri Luar Negeri Retno Marsudi** mengatakan bahwa kunjungan itu penting, menurut [Kompas](https://kompas.com).\n\n- Baca juga: Berita lain\n");
    const r = await cli(["claims", "--json", md]);
    const j = JSON.parse(r.stdout);
    expect(j.claims.map((c: { source: { name: string } }) => c.source.name)).toEqual(expect.arrayContaining(["Retno Marsudi", "Kompas"]));
    const show = JSON.parse((await cli(["show", "--json", md])).stdout);
    expect(show.title).toBe("Minister visits Bandung");
  });

  it("never changes the input file", async () => {
    const before = readFileSync(ID_ARTICLE);
    await cli(["show", "--full", ID_ARTICLE]);
    expect(readFileSync(ID_ARTICLE).equals(before)).toBe(true);
  });
});

describe("errors and exit codes", () => {
  const dir = join(tmp, "adir");
  mkdirSync(dir, { recursive: true });
  it.each([
    ["missing file", join(tmp, "nope.txt"), /no such file/],
    ["directory", dir, /is a directory/],
    ["empty file", file("empty.txt", ""), /empty file/],
    ["binary file", file("bin.dat", Buffer.from([0, 1, 2, 3, 255, 0, 7])), /binary file/],
    ["blank file", file("blank.txt", "  \n\n \t\n"), /no text/],
  ])("%s: one line on stderr, exit 1", async (_what, path, message) => {
    const r = await cli(["people", path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("a bad file among good ones: the others still print, exit 1", async () => {
    const r = await cli(["people", "--json", join(tmp, "nope.txt"), EN_ARTICLE]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout.trim()).file).toBe(EN_ARTICLE);
  });

  it.each([
    [["people"]],
    [["frobnicate", ID_ARTICLE]],
    [["people", "--lang", "xx", ID_ARTICLE]],
    [["timeline", "--ref-date", "2024-13-01", ID_ARTICLE]],
    [["people", "--format", "yaml", ID_ARTICLE]],
    [["people", "--bogus", ID_ARTICLE]],
  ])("usage error %j exits 2 with a message", async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(r.stdout).toBe("");
  });

  it("--help and --version exit 0", async () => {
    expect((await cli(["--help"])).code).toBe(0);
    expect((await cli(["--version"])).stdout).toMatch(/\d+\.\d+\.\d+/);
  });
});

describe("terminal behaviour", () => {
  it("no colour when not a terminal, nor with NO_COLOR or --no-color", async () => {
    const esc = /\x1b\[/;
    expect((await cli(["people", ID_ARTICLE])).stdout).not.toMatch(esc);
    expect((await cli(["people", ID_ARTICLE], { tty: true })).stdout).toMatch(esc);
    expect((await cli(["people", ID_ARTICLE], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(esc);
    expect((await cli(["people", "--no-color", ID_ARTICLE], { tty: true })).stdout).not.toMatch(esc);
  });

  it("wraps to the terminal width", async () => {
    const r = await cli(["claims", ID_ARTICLE], { tty: true, columns: 60, env: { NO_COLOR: "1" } });
    expect(Math.max(...r.stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(60);
  });

  it("the built command exits 0 into a closed pipe, and 2 on usage errors", () => {
    const many = Array(40).fill(JSON.stringify(ID_ARTICLE)).join(" ");
    const piped = spawnCli([], { shell: `set -o pipefail; node bin/article-cli.js people ${many} | head -1` });
    expect(piped.stderr).toBe("");
    expect(piped.stdout.split("\n")[0]).toMatch(/==> .* <==/);
    expect(piped.code).toBe(0);
    expect(spawnCli(["people"]).code).toBe(2);
    expect(spawnCli(["people", "/nonexistent/file"]).code).toBe(1);
  });
});

describe("start-up path", () => {
  // Structure, not timing (that is the benchmark's job): what a run loads beyond node itself.
  it("a command on an article loads no ESM loader, fs/promises, readline, child_process or SQLite", () => {
    const preload = join(tmp, "modules.cjs");
    const out = join(tmp, "modules.txt");
    writeFileSync(preload, `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(out)}, [...process.moduleLoadList, ...Object.keys(require.cache)].join("\\n")));`);
    const r = spawnSync(process.execPath, ["-r", preload, "bin/article-cli.js", "show", ID_ARTICLE], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    const loaded = readFileSync(out, "utf8").split("\n");
    for (const m of ["NativeModule child_process", "NativeModule crypto", "NativeModule readline", "NativeModule internal/fs/promises", "NativeModule internal/modules/esm/module_job"]) expect(loaded).not.toContain(m);
    expect(loaded.filter((m) => m.includes("better-sqlite3") || m.includes("better_sqlite3"))).toEqual([]);
  });
});
