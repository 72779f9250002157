#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
import("../dist/bin/article-cli.mjs").then(
  async ({ main }) => {
    process.exitCode = await main(process.argv);
  },
  (err) => {
    if (err && err.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("article-cli.mjs")) {
      process.stderr.write("article-cli: not built yet; run `npm install` (or `npm run build`) in the project folder\n");
      process.exitCode = 1;
      return;
    }
    throw err;
  },
);
