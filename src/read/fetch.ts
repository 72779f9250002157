// Read: a page from the web (http and https), with node's own fetch. Redirects are followed by hand
// (at most 5) so that the final URL is known; one timeout covers the whole exchange; the body is read
// as it streams and dropped as soon as it passes the input limit; gzip, deflate and br are decoded by
// fetch itself. The charset is the header's, else the page's meta, else UTF-8 or Windows-1252 as for
// files. Nothing is written to disk unless --save names a folder.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Source } from "../model.js";
import { withRepairs } from "./mojibake.js";
import { InputError, MAX_INPUT_BYTES, decodeSource, decodeWindows1252 } from "./input.js";
import type { WebOptions } from "./web.js";

const MAX_REDIRECTS = 5;

const ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8";
/** Media types read as articles or feeds. */
const READABLE = /^(?:text\/(?:html|plain|markdown|xml)|application\/(?:xhtml\+xml|rss\+xml|atom\+xml|xml))$/;

/** The page's bytes, its final URL and its media type. */
export interface Fetched {
  url: string;
  bytes: Uint8Array;
  type: string;
  charset: string | null;
}

export async function fetchBytes(url: string, opts: WebOptions): Promise<Fetched> {
  const signal = AbortSignal.timeout(Math.round(opts.timeout * 1000));
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        throw new InputError(`${url}: not a valid URL`, url);
      }
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new InputError(`${url}: redirected to ${parsed.protocol} (only http and https are read)`, url);
      const res = await fetch(parsed, { redirect: "manual", signal, headers: { "user-agent": opts.userAgent, accept: ACCEPT } });
      if (res.status >= 300 && res.status < 400 && res.headers.has("location")) {
        await res.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw new InputError(`${url}: more than ${MAX_REDIRECTS} redirects`, url);
        current = new URL(res.headers.get("location")!, parsed).href;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new InputError(`${url}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`, url);
      }
      const [type = "", ...params] = (res.headers.get("content-type") ?? "").split(";").map((s) => s.trim().toLowerCase());
      if (type !== "" && !READABLE.test(type)) {
        await res.body?.cancel();
        throw new InputError(`${url}: not HTML or text (${type})`, url);
      }
      const declared = Number(res.headers.get("content-length") ?? "0");
      if (declared > MAX_INPUT_BYTES && !res.headers.has("content-encoding")) {
        await res.body?.cancel();
        throw new InputError(`${url}: too large (${mib(declared)}; the limit is ${mib(MAX_INPUT_BYTES)})`, url);
      }
      const bytes = await readLimited(res, url);
      const charset = params.find((p) => p.startsWith("charset="))?.slice(8).replace(/"/g, "") ?? null;
      return { url: current, bytes, type, charset };
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${url}: ${networkReason(err, opts.timeout)}`, url);
  }
}

/** The body, read chunk by chunk and given up as soon as it passes the limit. */
async function readLimited(res: Response, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_INPUT_BYTES) {
      await reader.cancel();
      throw new InputError(`${url}: too large (over ${mib(MAX_INPUT_BYTES)}; the rest was not read)`, url);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function networkReason(err: unknown, timeout: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return `timed out after ${timeout} s`;
  const code = e.cause?.code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found (DNS)";
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "connection reset";
  if (code === "UND_ERR_CONNECT_TIMEOUT") return `timed out after ${timeout} s`;
  if (/CERT|SSL|TLS/i.test(code)) return `TLS error (${code})`;
  return `cannot fetch (${code || e.cause?.message || e.message || String(err)})`;
}

/** A fetched page as a Source: decoded by its declared charset, its final URL kept. */
export function sourceOf(f: Fetched, label: string): Source {
  const charset = f.charset ?? metaCharset(f.bytes);
  let source: Source;
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    const text = charset === "windows-1252" || charset === "iso-8859-1" || charset === "latin1" || charset === "us-ascii" ? decodeWindows1252(f.bytes) : decodeAs(f.bytes, charset, label);
    if (text.trim() === "") throw new InputError(`${label}: no text`, label);
    source = withRepairs({ file: label, text, encoding: charset, format: "text" });
  } else source = decodeSource(label, f.bytes);
  const format: Source["format"] = /html/.test(f.type) ? "html" : f.type === "text/markdown" ? "markdown" : source.format;
  return { ...source, format, url: f.url };
}

function decodeAs(bytes: Uint8Array, charset: string, label: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    throw new InputError(`${label}: unknown charset "${charset}"`, label);
  }
}

/** <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=..."> in the head. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Keeps a fetched body in `dir`, named after its URL. */
export function savePage(dir: string, f: Fetched): string {
  mkdirSync(dir, { recursive: true });
  const u = new URL(f.url);
  const slug = `${u.hostname}${u.pathname}${u.search}`.replace(/[^\w.-]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 150) || "page";
  const ext = /html/.test(f.type) ? ".html" : /xml/.test(f.type) ? ".xml" : ".txt";
  const path = join(dir, slug.endsWith(ext) ? slug : slug + ext);
  writeFileSync(path, f.bytes);
  return path;
}

export async function fetchSource(url: string, opts: WebOptions): Promise<Source> {
  const f = await fetchBytes(url, opts);
  if (opts.save) savePage(opts.save, f);
  return sourceOf(f, url);
}

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
