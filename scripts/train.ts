// `npm run train`: rebuilds every trained model from ../shared/train (never copied into this
// repository), deterministically (fixed seed and epochs), and writes it beside its language pack.
//
//   npm run train                    the shipped models: src/lang/<code>/people.model, words.table,
//                                    src/lang/common/summary.model
//   npm run train -- --measure [K]   instead, figures on data nothing was tuned on: K-fold (default 4)
//                                    held-out folds of the training splits, and cross-set figures
//   --only people|summary            one model (or its figures) only

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PEOPLE_SOURCES, measurePeople, trainPeople, type Dirs } from "./train/people.js";
import { measureSummary, trainSummary } from "./train/summary.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dirs: Dirs = {
  root,
  train: process.env.ARTICLE_CLI_TRAIN_DIR ?? join(root, "..", "shared", "train"),
  eval: process.env.ARTICLE_CLI_EVAL_DIR ?? join(root, "..", "shared", "eval"),
};

const args = process.argv.slice(2);
const measure = args.indexOf("--measure");
const only = args.indexOf("--only");
const task = only >= 0 ? args[only + 1] : undefined;
const folds = Number(measure >= 0 && /^\d+$/.test(args[measure + 1] ?? "") ? args[measure + 1] : 4);
const known = (a: string, i: number) => a === "--measure" || a === "--only" || (measure >= 0 && i === measure + 1 && /^\d+$/.test(a)) || (only >= 0 && i === only + 1);
const unknown = args.filter((a, i) => !known(a, i));
if (unknown.length > 0 || (task !== undefined && task !== "people" && task !== "summary")) {
  console.error(`train: unexpected ${unknown.join(" ") || task}\nusage: npm run train [-- --measure [K]] [--only people|summary]`);
  process.exit(2);
}
if (task !== "summary") {
  for (const lang of Object.keys(PEOPLE_SOURCES)) {
    if (measure >= 0) await measurePeople(lang, dirs, folds);
    else await trainPeople(lang, dirs);
  }
}
// the summary scorer reads what the people models find: trained after them
if (task !== "people") {
  if (measure >= 0) await measureSummary(dirs, folds);
  else await trainSummary(dirs);
}
