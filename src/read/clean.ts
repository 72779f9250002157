// Clean: keep web debris (captions, ads, "Baca juga", comment counters, share lines) and Markdown markup
// apart from the article body. The body text keeps the input's offsets: removed characters become spaces.

import type { Debris, DebrisKind, Source, Span } from "../model.js";
import type { DebrisRule } from "../lang/types.js";

export interface CleanText {
  /** Same length as the source text; debris and markup blanked to spaces. */
  text: string;
  title: string | null;
  titleSpan: Span | null;
  url: string | null;
  debris: Debris[];
  /** Body blocks (paragraphs) in order, as spans of `text`. */
  blocks: Span[];
}

export interface CleanOptions {
  /** Treat the first line as the headline (default true). */
  headline?: boolean;
  debrisRules: DebrisRule[];
}

interface Line {
  span: Span; // without the line break
  text: string;
}

const URL_ONLY = /^<?(https?:\/\/\S+?)>?$/i;
const SOURCE_LINE = /^(?:sumber|source|via)\s*:\s*<?(https?:\/\/\S+?)>?\s*$/i;

export function cleanSource(source: Source, options: CleanOptions): CleanText {
  // what to blank, marked per character and written once at the end (no array of characters)
  const blanked = new Uint8Array(source.text.length);
  const debris: Debris[] = [];
  let url: string | null = null;
  const blank = (s: number, e: number) => blanked.fill(1, s, e);
  const addDebris = (kind: DebrisKind, line: Line) => {
    debris.push({ kind, span: line.span, text: line.text });
    blank(line.span[0], line.span[1]);
  };

  const markdown = source.format === "markdown";
  const captions = new Set(source.captions ?? []);
  const lines = splitLines(source.text);
  let inFence = false;
  let headingTitle: Line | null = null;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === "") continue;
    if (markdown && /^(```|~~~)/.test(trimmed)) {
      inFence = !inFence;
      addDebris("markup", line);
      continue;
    }
    if (inFence) {
      addDebris("markup", line);
      continue;
    }
    const src = SOURCE_LINE.exec(trimmed) ?? URL_ONLY.exec(trimmed);
    if (src) {
      url ??= src[1]!;
      addDebris("source", line);
      continue;
    }
    if (captions.size > 0 && captions.has(trimmed.replace(/\s+/g, " "))) {
      addDebris("caption", line);
      continue;
    }
    const rule = options.debrisRules.find((r) => r.pattern.test(trimmed));
    if (rule) {
      addDebris(rule.kind, line);
      continue;
    }
    if (markdown) {
      if (/^(?:[-*_]\s*){3,}$/.test(trimmed) || /^!\[[^\]]*\]\([^)]*\)$/.test(trimmed)) {
        addDebris("markup", line);
        continue;
      }
      const heading = /^#{1,6}\s+/.exec(line.text);
      if (heading) {
        blank(line.span[0], line.span[0] + heading[0].length);
        if (!headingTitle) headingTitle = line;
      }
      blankInlineMarkdown(line, blank);
    }
  }

  const text = blankedText(source.text, blanked);
  let blocks = splitBlocks(text, /\n[ \t\r]*\n/.test(source.text.trim()));
  let title: string | null = null;
  let titleSpan: Span | null = null;
  if (options.headline !== false && blocks.length > 0) {
    const first = headingTitle ? blocks.find((b) => b[0] <= headingTitle!.span[1] && b[1] >= headingTitle!.span[0]) ?? blocks[0]! : blocks[0]!;
    titleSpan = trimSpan(text, first);
    // (a first block of a whole book on one line is no title: cut, so that squashing stays cheap)
    const long = titleSpan[1] - titleSpan[0] > MAX_TITLE_CHARS;
    title = squash(text.slice(titleSpan[0], long ? titleSpan[0] + MAX_TITLE_CHARS : titleSpan[1])) + (long ? "…" : "");
    // A headline proper (short, no closing full stop) is not part of the body; a first paragraph is both.
    if (headingTitle || isHeadline(title)) blocks = blocks.filter((b) => b !== first);
  }
  return { text, title, titleSpan, url, debris, blocks };
}

/** The text with the marked characters turned to spaces, line breaks kept (offsets unchanged). */
function blankedText(text: string, blanked: Uint8Array): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = blanked.indexOf(1); i >= 0 && i < text.length; ) {
    let e = i;
    while (e < text.length && blanked[e] === 1) e++;
    parts.push(text.slice(from, i), text.slice(i, e).replace(/[^\r\n]/g, " "));
    from = e;
    i = blanked.indexOf(1, e);
  }
  parts.push(text.slice(from));
  return parts.join("");
}

/** Longest title kept: a first paragraph is the title when there is no headline, but not a book. */
const MAX_TITLE_CHARS = 10_000;

/** Most words of a headline. */
const MAX_HEADLINE_WORDS = 25;

function isHeadline(line: string): boolean {
  // (words counted up to the limit only: a first block may be a whole book on one line)
  let words = 1;
  const space = /\s+/g;
  while (words <= MAX_HEADLINE_WORDS && space.exec(line)) words++;
  return words <= MAX_HEADLINE_WORDS && !/[.!?…]["”’)]?$/.test(line);
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0] !== "") {
    let end = m.index + m[0].length;
    if (text[end - 1] === "\n") end--;
    if (text[end - 1] === "\r") end--;
    out.push({ span: [m.index, end], text: text.slice(m.index, end) });
    if (re.lastIndex >= text.length) break;
  }
  return out;
}

/** Longer than any hard-wrapped line. */
const MIN_PARAGRAPH_LINE = 100;

function paragraphLine(line: string): boolean {
  const t = line.trimEnd();
  return t.length > MIN_PARAGRAPH_LINE && /[.!?…]["”’»)]?$/.test(t);
}

/** Blocks are separated by blank lines; when the text has none, every line is a block (web paste). */
function splitBlocks(text: string, hasBlankSeparators: boolean): Span[] {
  const lines = splitLines(text).filter((l) => l.text.trim() !== "");
  if (lines.length === 0) return [];
  if (!hasBlankSeparators) return lines.map((l) => trimSpan(text, l.span));
  const blocks: Span[] = [];
  let start = lines[0]!.span[0];
  let end = lines[0]!.span[1];
  for (let i = 1; i < lines.length; i++) {
    const between = text.slice(end, lines[i]!.span[0]);
    // a long line closing a sentence is a paragraph of its own even without a blank line after it
    // (web text pasted with one line break between paragraphs; hard-wrapped lines are short)
    if (/\n[ \t\r]*\n/.test(between) || paragraphLine(lines[i - 1]!.text)) {
      blocks.push(trimSpan(text, [start, end]));
      start = lines[i]!.span[0];
    }
    end = lines[i]!.span[1];
  }
  blocks.push(trimSpan(text, [start, end]));
  return blocks.filter((b) => b[1] > b[0]);
}

function trimSpan(text: string, [s, e]: Span): Span {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Blank Markdown inline markup on one line: list bullets, quote marks, emphasis, link targets. */
function blankInlineMarkdown(line: Line, blank: (from: number, to: number) => void): void {
  const [s] = line.span;
  const t = line.text;
  const bullet = /^\s*(?:[-*+]|\d{1,3}[.)]|>+)\s+/.exec(t);
  const blankAt = (from: number, to: number) => blank(s + from, s + to);
  if (bullet) blankAt(0, bullet[0].length);
  // [text](url) → text; ![alt](url) → blank
  const link = /(!?)\[([^\]\n]{0,500})\]\(([^)\s]{0,2000})(?:\s+"[^"\n]{0,200}")?\)/g;
  let m: RegExpExecArray | null;
  while ((m = link.exec(t))) {
    if (m[1]) {
      blankAt(m.index, m.index + m[0].length);
    } else {
      blankAt(m.index, m.index + 1);
      blankAt(m.index + 1 + m[2]!.length, m.index + m[0].length);
    }
  }
  // Emphasis markers: runs of * or _ touching a word, and inline code ticks.
  const emph = /(\*{1,3}|_{1,3}|`)(?=\S)|(?<=\S)(\*{1,3}|_{1,3}|`)/g;
  while ((m = emph.exec(t))) {
    const prev = t[m.index - 1];
    const next = t[m.index + m[0].length];
    // keep snake_case and 2*3: only blank markers at a word edge
    if (prev && /[\p{L}\p{N}]/u.test(prev) && next && /[\p{L}\p{N}]/u.test(next)) continue;
    blankAt(m.index, m.index + m[0].length);
  }
}
