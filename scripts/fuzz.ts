// `npm run fuzz [-- --runs N] [--seed S]`: the properties of scripts/fuzz/properties.ts on many random
// inputs (100,000 by default). Fails on a throw, a span outside the text, or a case slower than 2 s,
// printing the smallest input fast-check shrinks it to.

import fc from "fast-check";
import { articleBytes, articleText, checkBytes, checkText, options } from "./fuzz/properties.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = arg("--runs", 100_000);
const seed = arg("--seed", Date.now() % 2 ** 31);
/** Longest a case may take. */
const MAX_MS = 2000;

let done = 0;
let slowest = 0;
const t0 = performance.now();
const tick = () => {
  done++;
  if (done % 1000 === 0) process.stderr.write(`\rfuzz: ${done} cases, slowest ${slowest.toFixed(0)} ms`);
};
const timed = (ms: number) => {
  slowest = Math.max(slowest, ms);
  tick();
  if (ms > MAX_MS) throw new Error(`one case took ${ms.toFixed(0)} ms (limit ${MAX_MS})`);
};

console.log(`fuzz: ${runs} cases (seed ${seed}): text, then bytes`);
await fc.assert(fc.asyncProperty(articleText, options, async (text, opts) => timed(await checkText(text, opts))), { numRuns: Math.ceil(runs * 0.8), seed });
await fc.assert(fc.asyncProperty(articleBytes, options, async (bytes, opts) => timed(await checkBytes(bytes, opts))), { numRuns: Math.floor(runs * 0.2), seed: seed + 1 });
process.stderr.write("\n");
console.log(`fuzz: ${done} cases passed in ${((performance.now() - t0) / 1000).toFixed(0)} s; slowest case ${slowest.toFixed(0)} ms`);
