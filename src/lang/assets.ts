// Data files that ship beside a language pack (trained models): found from wherever the code runs
// (the bundle in dist/bin, the compiled tree in dist/src, the sources under vitest) by walking up to
// the folder that holds src/lang.

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Folders up from the running code to the project root at most (dist/src/lang is three below). */
const MAX_LEVELS = 5;

let root: string | null | undefined;

function here(): string | null {
  // the bundle runs as CommonJS (the launcher gives it __dirname); the rest as ES modules
  if (typeof __dirname === "string") return __dirname;
  const url = (import.meta as { url?: string }).url;
  return url ? dirname(fileURLToPath(url)) : null;
}

function projectRoot(): string | null {
  if (root !== undefined) return root;
  root = null;
  let dir = here();
  for (let i = 0; dir && i <= MAX_LEVELS; i++) {
    // (dist/ holds a compiled src/lang too, without the data: the root also has package.json)
    if (existsSync(join(dir, "src", "lang")) && existsSync(join(dir, "package.json"))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return root;
}

/** A file of the project by its path from the root ("bin/article-cli.js"), or null when the code
 * runs outside the project. */
export function projectFile(...parts: string[]): string | null {
  const r = projectRoot();
  return r ? join(r, ...parts) : null;
}

/** The path of a language's data file (`src/lang/<code>/<name>`), or null when it is not there. */
export function languageAsset(code: string, name: string): string | null {
  const r = projectRoot();
  if (!r) return null;
  const path = join(r, "src", "lang", code, name);
  return existsSync(path) ? path : null;
}
