// `npm run train`: rebuilds every trained model from ../shared/train (never copied into this
// repository), deterministically (fixed seed and epochs), and writes it beside its language pack.
//
//   npm run train                    the shipped models: src/lang/<code>/people.model, words.table
//   npm run train -- --measure [K]   instead, figures on data nothing was tuned on: K-fold (default 4)
//                                    held-out folds of the training splits, and cross-set figures

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PEOPLE_SOURCES, measurePeople, trainPeople, type Dirs } from "./train/people.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dirs: Dirs = {
  root,
  train: process.env.ARTICLE_CLI_TRAIN_DIR ?? join(root, "..", "shared", "train"),
  eval: process.env.ARTICLE_CLI_EVAL_DIR ?? join(root, "..", "shared", "eval"),
};

const args = process.argv.slice(2);
const measure = args.indexOf("--measure");
const unknown = args.filter((a, i) => a !== "--measure" && !(measure >= 0 && i === measure + 1 && /^\d+$/.test(a)));
if (unknown.length > 0) {
  console.error(`train: unexpected ${unknown.join(" ")}\nusage: npm run train [-- --measure [K]]`);
  process.exit(2);
}
for (const lang of Object.keys(PEOPLE_SOURCES)) {
  if (measure >= 0) await measurePeople(lang, dirs, Number(/^\d+$/.test(args[measure + 1] ?? "") ? args[measure + 1] : 4));
  else await trainPeople(lang, dirs);
}
