#!/usr/bin/env node
// Launcher. The CLI is one bundled script (dist/bin/article-cli.cjs, built by `npm install`), run with
// V8's code cache so that start-up stays near a bare `node`: the cache sits beside the bundle (or in
// the temporary folder when that is read-only) and is rebuilt whenever V8 rejects it. The launcher is
// CommonJS (bin/package.json says so) because an ES module entry point loads node's ESM loader (and
// fs/promises, readline and streams with it), which costs a few milliseconds on every run.
"use strict";
const { readFileSync, writeFileSync, renameSync, statSync } = require("node:fs");
const Module = require("node:module");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { Script } = require("node:vm");
// Most runs read one article or a few hundred before they end, so the optimising compiler's time counts
// as much as the code it makes: without inlining and with a larger tier-up budget it compiles less, and
// people --json over 250 IndoSum articles takes 15% less time, show 17% (npm run bench;
// start-up unchanged). Only these compiler flags are changed here, before the bundle compiles: flags
// the heap or the collector read at start-up must not change at run time (one crashed V8 when tried).
// Loop peeling, off, spares the compiler more: show --json over 518 dev articles 3.38 -> 3.26 s with
// the default worker threads, 5% less CPU (alternating runs, this 2-core machine).
require("node:v8").setFlagsFromString("--no-turbo-inlining");
require("node:v8").setFlagsFromString("--interrupt-budget=135168");
require("node:v8").setFlagsFromString("--no-turbo-loop-peeling");
// A regular expression is compiled to bytecode at its first use and to machine code at its second; the
// Unicode classes (\p{L}) make each compilation cost up to half a millisecond, so one straight to
// machine code saves the double work: people on the fixture 34.7 -> 30.3 ms after start-up (median of
// six runs each, alternating).
require("node:v8").setFlagsFromString("--no-regexp-tier-up");

const bundle = join(__dirname, "..", "dist", "bin", "article-cli.cjs");
let source;
try {
  source = readFileSync(bundle, "utf8");
} catch {
  process.stderr.write("article-cli: not built yet; run `npm install` (or `npm run build`) in the project folder\n");
  process.exit(1);
}
const stamp = `${statSync(bundle).size}-${Math.round(statSync(bundle).mtimeMs)}-${process.version}`;
const caches = [bundle.replace(/\.cjs$/, ".cache"), join(tmpdir(), `article-cli-${stamp}.cache`)];
let cachedData;
for (const c of caches) {
  try {
    const buf = readFileSync(c);
    const nl = buf.indexOf(10);
    if (buf.subarray(0, nl).toString() === stamp) {
      cachedData = buf.subarray(nl + 1);
      break;
    }
  } catch {}
}
const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  // after this run, so that the functions it compiled are in the cache too
  process.once("exit", () => {
    const data = Buffer.concat([Buffer.from(stamp + "\n"), script.createCachedData()]);
    for (const c of caches) {
      try {
        const tmp = `${c}.${process.pid}`;
        writeFileSync(tmp, data);
        renameSync(tmp, c);
        return;
      } catch {}
    }
  });
}
// the bundle cannot import() by itself (it runs from a vm Script); this one can
globalThis.__articleCliImport = (specifier) => import(specifier);
// the part of the program only some runs need (the corpus, the web, the HTML report): a bundle of its own
globalThis.__articleCliExtras = () => require(join(__dirname, "..", "dist", "bin", "extras.cjs"));
const bundled = { exports: {} };
script.runInThisContext()(bundled.exports, Module.createRequire(bundle), bundled, bundle, join(__dirname, "..", "dist", "bin"));
// a worker thread of a batch (src/batch/pool.ts) serves jobs instead of reading a command line
if (process.argv[2] === "--article-cli-worker") bundled.exports.serveJobs();
else
  bundled.exports.main(process.argv).then((code) => {
    process.exitCode = code;
  });
