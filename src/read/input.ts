// Read: bytes from a file or stdin, checked and decoded. Never writes to the input.

// Synchronous reads: one file per command, and node:fs/promises would load readline and streams at
// start-up for nothing.
import { readFileSync, statSync } from "node:fs";
import type { Source } from "../model.js";
import { CP1252_HIGH, withRepairs } from "./mojibake.js";

/** Inputs above this size are refused rather than read: news articles are kilobytes. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** A problem with the user's input: reported as one line on stderr, exit 1. Known by its name, so
 * that one thrown by the on-demand bundle (lazy.ts: extras) is one too. */
export class InputError extends Error {
  static override [Symbol.hasInstance](x: unknown): boolean {
    return x instanceof Error && x.name === "InputError";
  }

  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** Reads `file`, or standard input for "-" (asked for only then: opening it builds a stream). */
export async function readSource(file: string, stdin: () => NodeJS.ReadableStream = () => process.stdin): Promise<Source> {
  const bytes = file === "-" ? await readStream(stdin(), file) : readPath(file);
  return decodeSource(file, bytes);
}

function readPath(file: string): Buffer {
  let info;
  try {
    info = statSync(file);
  } catch (err) {
    throw new InputError(describeFsError(err, file), file);
  }
  if (info.isDirectory()) throw new InputError(`${file}: is a directory, not an article file`, file);
  if (!info.isFile()) throw new InputError(`${file}: not a regular file`, file);
  if (info.size > MAX_INPUT_BYTES) throw new InputError(`${file}: too large (${mib(info.size)}; the limit is ${mib(MAX_INPUT_BYTES)})`, file);
  try {
    return readFileSync(file);
  } catch (err) {
    throw new InputError(describeFsError(err, file), file);
  }
}

async function readStream(stream: NodeJS.ReadableStream, file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`standard input: too large (over ${mib(MAX_INPUT_BYTES)})`, file);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function describeFsError(err: unknown, file: string): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return `${file}: no such file`;
  if (code === "EACCES" || code === "EPERM") return `${file}: permission denied`;
  if (code === "EISDIR") return `${file}: is a directory, not an article file`;
  return `${file}: cannot read (${code ?? String(err)})`;
}

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** Decode bytes: UTF-8 (BOM dropped) when valid, else Windows-1252 (a superset of Latin-1 for text). */
export function decodeSource(file: string, bytes: Uint8Array): Source {
  const name = file === "-" ? "standard input" : file;
  if (bytes.length === 0) throw new InputError(`${name}: empty file`, file);
  // UTF-16 with a byte-order mark (saved by some Windows editors): its NUL bytes are not binary
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    const body = bytes.subarray(2, bytes.length - (bytes.length % 2));
    const swapped = le ? body : Uint8Array.from(body, (_, i) => body[i ^ 1]!);
    const text = new TextDecoder("utf-16le").decode(swapped);
    if (text.trim() === "") throw new InputError(`${name}: no text in file`, file);
    return { file, text, encoding: le ? "utf-16le" : "utf-16be", format: sniffFormat(file, text) };
  }
  if (looksBinary(bytes)) throw new InputError(`${name}: binary file, not text`, file);
  let text: string;
  let encoding: Source["encoding"] = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    encoding = "windows-1252";
  }
  if (text.trim() === "") throw new InputError(`${name}: no text in file`, file);
  return withRepairs({ file, text, encoding, format: sniffFormat(file, text) });
}

/** NUL bytes or many control characters in the first 8 KiB mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > n * 0.1;
}

function sniffFormat(file: string, text: string): Source["format"] {
  const lower = file.toLowerCase();
  if (/\.x?html?$/.test(lower)) return "html";
  if (/\.(md|markdown)$/.test(lower)) return "markdown";
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /^<(head|body|article|meta)\b/.test(head)) return "html";
  if (/^#{1,6} \S/m.test(text.slice(0, 4096))) return "markdown";
  return "text";
}

// Node's TextDecoder reads "windows-1252" as ISO-8859-1; the 0x80–0x9F range (curly quotes, dashes,
// the euro sign) is mapped here.
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}
