// A word list with a class per word (a part of speech, a name list, a cluster), stored compactly: the
// words' 32-bit hashes sorted in a typed array and a class number beside each, looked up by binary
// search. No word is stored as text.
//
//   "ACLW" | u32 format version | u32 header bytes | header (UTF-8 JSON: class names, count, meta) |
//   padding to 4 | hashes (Uint32, sorted) | classes (Uint8)

import { hashString } from "./hash.js";

const MAGIC = "ACLW";
const FORMAT = 1;

export interface WordTable {
  classes: readonly string[];
  hashes: Uint32Array;
  codes: Uint8Array;
  meta: Record<string, string | number>;
}

/** The class number of a word (0 = not in the table; classes are numbered from 1). */
export function lookup(table: WordTable, word: string): number {
  const h = hashString(word);
  const hs = table.hashes;
  let lo = 0;
  let hi = hs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = hs[mid]!;
    if (v === h) return table.codes[mid]!;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Builds a table from words and their class names (a word listed twice keeps its first class). */
export function buildWordTable(entries: Iterable<[string, string]>, meta: Record<string, string | number>): WordTable {
  const byHash = new Map<number, string>();
  for (const [word, cls] of entries) {
    const h = hashString(word);
    if (!byHash.has(h)) byHash.set(h, cls);
  }
  const classes = [...new Set(byHash.values())].sort();
  if (classes.length > 255) throw new Error(`a word table holds at most 255 classes, not ${classes.length}`);
  const index = new Map(classes.map((c, i) => [c, i + 1]));
  const hashes = Uint32Array.from([...byHash.keys()].sort((a, b) => a - b));
  const codes = Uint8Array.from(hashes, (h) => index.get(byHash.get(h)!)!);
  return { classes, hashes, codes, meta };
}

export function encodeWordTable(t: WordTable): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify({ classes: t.classes, count: t.hashes.length, meta: t.meta }));
  const start = align(12 + head.length);
  const out = new Uint8Array(start + t.hashes.byteLength + t.codes.byteLength);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, head.length, true);
  out.set(head, 12);
  out.set(new Uint8Array(t.hashes.buffer, t.hashes.byteOffset, t.hashes.byteLength), start);
  out.set(t.codes, start + t.hashes.byteLength);
  return out;
}

export function decodeWordTable(bytes: Uint8Array): WordTable {
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error("not an article-cli word table");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint32(4, true);
  if (format !== FORMAT) throw new Error(`word table format ${format}, this build reads ${FORMAT}`);
  const headLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headLength))) as { classes: string[]; count: number; meta: Record<string, string | number> };
  const base = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const start = base.byteOffset + align(12 + headLength);
  const hashes = new Uint32Array(base.buffer, start, header.count);
  const codes = new Uint8Array(base.buffer, start + header.count * 4, header.count);
  return { classes: header.classes, hashes, codes, meta: header.meta };
}

function align(n: number): number {
  return (n + 3) & ~3;
}
