// Benchmark: start-up and run time of the CLI as ratios to a bare `node -e 0` measured in the same
// run, throughput on real news, and time and peak memory on large hostile input (time must grow
// linearly, memory stay bounded: long documents are read in windows).
// Usage: npm run bench [-- --runs N]

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const bin = join(root, "bin", "article-cli.js");
const fixture = join(root, "fixtures", "putin-musk.id.txt");

function time(args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** The CLI run in a child that reports its peak resident memory (KiB) on exit. */
const WITH_RSS = `process.on("exit", () => process.stderr.write("\\nmaxRSS " + process.resourceUsage().maxRSS + "\\n")); require(process.argv[1]);`;

function timeWithRss(args: string[]): { ms: number; mib: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-e", WITH_RSS, ...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = /maxRSS (\d+)/.exec(r.stderr ?? "");
  if (r.status !== 0 || !rss) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { ms, mib: Number(rss[1]) / 1024 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const english = join(root, "fixtures", "harbor-barrier.en.txt");
const cases: [string, string[]][] = [
  ["node -e 0 (baseline)", ["-e", "0"]],
  ["people (fixture)", [bin, "people", fixture]],
  ["people (en fixture)", [bin, "people", english]],
  ["timeline (fixture)", [bin, "timeline", fixture]],
  ["claims (fixture)", [bin, "claims", fixture]],
  ["show (fixture)", [bin, "show", fixture]],
];

// warm the file cache once, then interleave the cases so machine noise hits all of them alike
for (const [, args] of cases) time(args);
const samples = new Map<string, number[]>(cases.map(([n]) => [n, []]));
for (let i = 0; i < RUNS; i++) for (const [n, args] of cases) samples.get(n)!.push(time(args));

const base = median(samples.get(cases[0]![0])!);
console.log(`Start-up (median of ${RUNS} runs, wall time)`);
console.log(`${"case".padEnd(24)} ${"ms".padStart(8)} ${"× node -e 0".padStart(12)}`);
for (const [n] of cases) {
  const m = median(samples.get(n)!);
  console.log(`${n.padEnd(24)} ${m.toFixed(1).padStart(8)} ${(m / base).toFixed(2).padStart(12)}`);
}

// The trained name tagger's files, read and decoded in this process (median of RUNS, cold modules
// aside): what loading a language's model adds to a run.
const { decodeModel } = await import("../src/learn/model-file.js");
const { decodeWordTable } = await import("../src/learn/word-table.js");
const { languageAsset } = await import("../src/lang/assets.js");
const { MODEL_FILE, WORDS_FILE } = await import("../src/extract/people/tagger.js");
console.log("\nName tagger files (read and decoded in-process, median of runs)");
for (const code of ["id", "en"]) {
  const model = languageAsset(code, MODEL_FILE);
  const words = languageAsset(code, WORDS_FILE);
  if (!model) continue;
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    decodeModel(readFileSync(model));
    if (words) decodeWordTable(readFileSync(words));
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const kb = (statSync(model).size + (words ? statSync(words).size : 0)) / 1024;
  console.log(`model load (${code}): ${median(ms).toFixed(2)} ms for ${kb.toFixed(0)} KiB`);
}

// Throughput on real news: `people --json` over the IndoSum development texts (../shared/eval, when
// present), all in one run.
const indosum = join(root, "..", "shared", "eval", "summary", "indosum.dev.jsonl");
if (existsSync(indosum)) {
  const corpus = mkdtempSync(join(tmpdir(), "article-cli-indosum-"));
  const files: string[] = [];
  let bytes = 0;
  readFileSync(indosum, "utf8").split("\n").filter(Boolean).forEach((line, i) => {
    const text = (JSON.parse(line) as { text: string }).text;
    const f = join(corpus, `${i}.txt`);
    writeFileSync(f, text);
    files.push(f);
    bytes += Buffer.byteLength(text);
  });
  const ms: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 5); i++) ms.push(time([bin, "people", "--json", "--lang", "id", ...files]));
  const m = median(ms);
  console.log(`\nThroughput: people --json on ${files.length} IndoSum dev texts (${(bytes / 1e6).toFixed(2)} MB): ${m.toFixed(0)} ms, ${(bytes / 1e6 / (m / 1000)).toFixed(2)} MB/s`);
  // the issue's batch: the dev articles of both languages, show --json (everything extracted), on one
  // thread and with the default worker threads
  const polnear = join(root, "..", "shared", "eval", "claims", "polnear-dev", "text");
  if (existsSync(polnear)) {
    const batch = [...files, ...readdirSync(polnear).map((f) => join(polnear, f))];
    const size = batch.reduce((n, f) => n + statSync(f).size, 0) / 1e6;
    console.log(`\nBatch: show --json on ${batch.length} dev articles (IndoSum + PolNeAR, ${size.toFixed(2)} MB), ${availableParallelism()} cores`);
    for (const [name, jobs] of [["one thread (--jobs 1)", ["--jobs", "1"]], ["default jobs", []]] as const) {
      const runs: number[] = [];
      let mib = 0;
      for (let i = 0; i < 3; i++) {
        const r = timeWithRss([bin, "show", "--json", ...jobs, ...batch]);
        runs.push(r.ms);
        mib = Math.max(mib, r.mib);
      }
      const m = median(runs);
      console.log(`${name.padEnd(24)} ${m.toFixed(0).padStart(7)} ms ${(size / (m / 1000)).toFixed(2).padStart(6)} MB/s  peak ${mib.toFixed(0)} MiB`);
    }
    // many files: the same articles four times over from a list (a stream: the default worker
    // threads), so that memory shows whether it stays bounded as a batch grows
    const many = join(mkdtempSync(join(tmpdir(), "article-cli-many-")), "list.txt");
    writeFileSync(many, [...batch, ...batch, ...batch, ...batch].join("\n"));
    const m4 = timeWithRss([bin, "show", "--json", "--files-from", many]);
    console.log(`${`${batch.length * 4} articles, default jobs`.padEnd(24)} ${m4.ms.toFixed(0).padStart(7)} ms ${((size * 4) / (m4.ms / 1000)).toFixed(2).padStart(6)} MB/s  peak ${m4.mib.toFixed(0)} MiB`);
    // the corpus (issue 18): the same articles indexed from a list (a stream: the default threads),
    // then again (nothing changed), then each view
    const db = join(mkdtempSync(join(tmpdir(), "article-cli-corpus-")), "bench.db");
    const list = join(dirname(db), "list.txt");
    writeFileSync(list, batch.join("\n"));
    const index = time([bin, "index", db, "--files-from", list]);
    const again = time([bin, "index", db, "--files-from", list]);
    const mb = (statSync(db).size + (existsSync(db + "-wal") ? statSync(db + "-wal").size : 0)) / 1e6;
    console.log(`\nCorpus: index ${batch.length} articles ${index.toFixed(0)} ms (${(batch.length / (index / 1000)).toFixed(0)} articles/s), re-index (no change) ${again.toFixed(0)} ms, database ${mb.toFixed(1)} MB`);
    const views: [string, string[]][] = [
      ["people --db", ["people", "--db", db]],
      ["timeline --db", ["timeline", "--db", db]],
      ["claims --db", ["claims", "--db", db]],
      ["claims --db --disputed", ["claims", "--db", db, "--disputed"]],
      ["search (two words)", ["search", db, "Trump", "tax"]],
    ];
    for (const [name, args] of views) console.log(`${name.padEnd(24)} ${median([0, 1, 2].map(() => time([bin, ...args]))).toFixed(0).padStart(7)} ms`);
  }
} else console.log("\nThroughput on IndoSum: skipped (no ../shared/eval)");

// Linear time on hostile input: one line of digits, month names and spaces (the time grammar), dense
// quotes, names and cues (people and claims), one sentence of titled names, one of inverted reports,
// one chain of aliases, and one of quotes, at growing sizes.
const dir = mkdtempSync(join(tmpdir(), "article-cli-bench-"));
const families: { name: string; command: string[]; unit: (i: number) => string }[] = [
  {
    name: "digits, months, spaces (timeline)",
    command: ["timeline", "--json", "--lang", "id"],
    unit: (i) => ["2022", "Januari", "15", "Maret", "1.500", "2021-04", "akhir", "tahun", "March", "31", "per", "sejak", "12/12", "pukul", "06.14", "dua", "jam"][(i * 7) % 17] + (i % 5 === 0 ? "  " : " "),
  },
  {
    name: "quotes, names, cues (show)",
    command: ["show", "--json", "--lang", "id"],
    unit: (i) => `Budi Santoso${i % 7} mengatakan bahwa "hal ${i} baik", kata Andi. Menurut Ibu Sri, ia membantah. `,
  },
  {
    // one endless sentence of reports: every content, source and look-back must stay bounded
    name: "one sentence of reports (claims)",
    command: ["claims", "--json", "--lang", "en"],
    unit: (i) =>
      [`a fisher who "takes crabs ${i}" is fined, Warren said, `, `according to Mayor Price ${i}, the wall rose, `, `Price spoke, saying that the wall ${i} is fine, `][i % 3]!,
  },
  {
    // one endless sentence of titled people sharing given names: roles and name matching stay bounded
    name: "one sentence of titled names (people)",
    command: ["people", "--json", "--lang", "id"],
    unit: (i) => `kiper ${["Budi Santoso", "Agus Salim", "Joko Susilo"][i % 3]} ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (Math.floor(i / 676) % 26))}, `,
  },
  {
    // one endless chain of aliases ("X alias Y alias Z ..."), descriptions among them: every link and
    // every look-back stays bounded
    name: "one chain of aliases (people)",
    command: ["people", "--json", "--lang", "id"],
    unit: (i) => [`Budi Santoso alias Andi${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))} `, `alias Dodi${i % 97} `, `, kata pelatih yang akrab disapa Joko${i % 89} itu, `][i % 3]!,
  },
  {
    // one endless sentence of cues set inside their clauses ("X, kata Budi, Y", "Jadi, ujarnya, Z"):
    // each content runs to its clause's end, bounded (unbounded, 1 MB took 28 s and 1.5 GB, then failed)
    name: "one sentence of inserted cues (claims)",
    command: ["claims", "--json", "--lang", "id"],
    unit: (i) => [`Keputusan itu, kata Budi${i % 7}, merupakan hasil ${i} dan `, `jadi, ujarnya, orang ${i} itu pergi dan `][i % 2]!,
  },
  {
    // one endless sentence of short quotes, nested ones among them: every quote reads its sentence
    name: "one sentence of quotes (claims)",
    command: ["claims", "--json", "--lang", "en"],
    unit: (i) => [`"x “y${i}” z" `, `“a ${i} "b" c” `, `'' d ${i} '' `][i % 3]!,
  },
];
const MB = 1_000_000;
/** One line of `unit`s, `size` characters long, written to a file. */
function hostileFile(name: string, unit: (i: number) => string, size: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const u = unit(i);
    parts.push(u);
    n += u.length;
  }
  const f = join(dir, `${name}-${size}.txt`);
  writeFileSync(f, parts.join("").slice(0, size));
  return f;
}
const sizes = [MB, 4 * MB];
for (const fam of families) {
  console.log(`\nHostile single-line input: ${fam.name}, one run each`);
  console.log(`${"size".padEnd(10)} ${"ms".padStart(9)} ${"ms per 100 kB".padStart(14)} ${"peak MiB".padStart(9)}`);
  const runs = sizes.map((size) => ({ size, ...timeWithRss([bin, ...fam.command, hostileFile("family", fam.unit, size)]) }));
  for (const r of runs) console.log(`${String(r.size / MB + " MB").padEnd(10)} ${r.ms.toFixed(0).padStart(9)} ${(r.ms / (r.size / 100_000)).toFixed(1).padStart(14)} ${r.mib.toFixed(0).padStart(9)}`);
  console.log(`time, 4 MB vs 1 MB: ${(runs[1]!.ms / runs[0]!.ms).toFixed(2)}× (4 when linear; start-up makes it a little less)`);
}

// Peak memory on one hostile line up to the input limit: `show` (everything extracted) on an endless
// line of reports with an open quote each, as issue 16 measured it
console.log(`\nPeak memory, show --json on one line of 'Dia berkata, "' (one run each)`);
console.log(`${"size".padEnd(10)} ${"ms".padStart(9)} ${"MB/s".padStart(6)} ${"peak MiB".padStart(9)}`);
for (const size of [MB, 5 * MB, 16 * 1024 * 1024 - 16]) {
  const r = timeWithRss([bin, "show", "--json", hostileFile("open-quotes", () => 'Dia berkata, "', size)]);
  console.log(`${(size / MB).toFixed(1).padEnd(10)} ${r.ms.toFixed(0).padStart(9)} ${(size / MB / (r.ms / 1000)).toFixed(2).padStart(6)} ${r.mib.toFixed(0).padStart(9)}`);
}
