// Render: colour and width. Colour only on a terminal, never with NO_COLOR or --no-color; chalk is
// loaded only then, so piped output does not pay for it.

import { lazyImport } from "../lazy.js";

/** The colours the views use. */
export interface Colours {
  bold(s: string): string;
  dim(s: string): string;
  cyan(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
  green(s: string): string;
  magenta(s: string): string;
}

export interface Style {
  c: Colours;
  width: number;
  /** JSON indentation: 2 for one article (read by people), none for a line per article. */
  indent?: number;
}

const plain = (s: string) => s;
const PLAIN: Colours = { bold: plain, dim: plain, cyan: plain, yellow: plain, red: plain, green: plain, magenta: plain };

/** What a style is made from: decided once where the terminal is known, rebuilt where output is made
 * (a worker thread renders with its caller's style). */
export interface StyleSpec {
  colour: boolean;
  width: number;
  indent?: number;
}

export function styleSpec(opts: { color?: boolean; stream?: NodeJS.WriteStream; env?: NodeJS.ProcessEnv; width?: number }): StyleSpec {
  const env = opts.env ?? process.env;
  const stream = opts.stream ?? process.stdout;
  const noColor = opts.color === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== "") || !stream.isTTY || env.TERM === "dumb";
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && opts.color !== false && !env.NO_COLOR;
  const cols = opts.width ?? (stream.isTTY ? stream.columns : undefined) ?? (Number(env.COLUMNS) || 80);
  return { colour: !noColor || forced, width: Math.max(40, Math.min(cols, 160)) };
}

export async function styleFrom(spec: StyleSpec): Promise<Style> {
  const base = { width: spec.width, ...(spec.indent !== undefined ? { indent: spec.indent } : {}) };
  if (!spec.colour) return { c: PLAIN, ...base };
  const { Chalk } = await lazyImport<typeof import("chalk")>("chalk");
  return { c: new Chalk({ level: 1 }), ...base };
}

export async function makeStyle(opts: { color?: boolean; stream?: NodeJS.WriteStream; env?: NodeJS.ProcessEnv; width?: number }): Promise<Style> {
  return styleFrom(styleSpec(opts));
}

const ANSI = /\x1b\[[0-9;]*m/g;
export const visibleLength = (s: string) => s.replace(ANSI, "").length;

/** Wrap text to a width; words may carry colour codes. Continuation lines get `indent`. */
export function wrap(text: string, width: number, indent = "", firstIndent = indent): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = firstIndent;
  let len = visibleLength(firstIndent);
  let empty = true;
  for (const w of words) {
    const wl = visibleLength(w);
    if (!empty && len + 1 + wl > width) {
      lines.push(line);
      line = indent;
      len = visibleLength(indent);
      empty = true;
    }
    if (!empty) {
      line += " ";
      len++;
    }
    if (wl > width - len && empty && wl > 0) {
      // a word longer than the line (a URL): cut it
      let rest = w;
      while (visibleLength(rest) > width - len && width - len > 10) {
        lines.push(line + rest.slice(0, width - len));
        rest = rest.slice(width - len);
        line = indent;
        len = visibleLength(indent);
      }
      line += rest;
      len += visibleLength(rest);
    } else {
      line += w;
      len += wl;
    }
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}

export function truncate(s: string, max: number): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : t.slice(0, Math.max(1, max - 1)).replace(/\s+\S*$/, "") + "…";
}
