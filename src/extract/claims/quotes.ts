// Direct quotes: quote marks paired by type within a paragraph; a quote left open at a paragraph's end
// continues when the next paragraph opens with a quote mark (the news convention). Unbalanced marks
// are dropped, never fatal.

import type { Paragraph, Span } from "../../model.js";
import { firstAtOrAfter } from "../search.js";

export interface Quote {
  /** The quoted words, marks excluded. */
  span: Span;
  /** Marks included. */
  outer: Span;
  paragraph: number;
}

// ” opening as well as closing is common in Indonesian news (and in PFSA-ID): treated like a straight mark.
const PAIRS: Record<string, string> = { "“": "”", "„": "“", "«": "»", "‘": "’", '"': '"', "”": "”", "''": "''", "``": "''" };
const SYMMETRIC = new Set(['"', "”", "’", "''"]);
const MIN_WORDS_SINGLE = 3;
/** Marks that only ever open (in the languages served): seeing one means a new quote starts. */
const OPENERS = new Set(["“", "«"]);

/**
 * The quote mark at offset i: one character, or the typewriter convention of two apostrophes
 * (''...'') and two backticks opening (``...''), which some archives use for double quotes. Three
 * apostrophes are a single mark beside a double one, the double outside: closing a quote inside a
 * quote ("''We are told, 'Kosovo is a special case,''' Mr. Putin said": ' then ''), or opening one
 * ('' then ').
 */
function markAt(text: string, i: number): string {
  const c = text[i]!;
  if (c !== "'" && c !== "`") return c;
  // the run of such marks around i (four or more are read one by one)
  let r = i;
  while (r > 0 && text[r - 1] === c && i - r < 3) r--;
  let n = i - r + 1;
  while (text[r + n] === c && n < 4) n++;
  if (n === 2) return i === r ? c + c : c;
  if (n !== 3 || c !== "'") return c;
  const closing = r > 0 && !/\s/.test(text[r - 1]!);
  return (closing ? i === r + 1 : i === r) ? "''" : "'";
}

/** Every character a quote mark may start with: the others are passed over without a look. */
const MARK_START = /["“”„«»‘’'`]/g;

export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const out: Quote[] = [];
  let carry: { open: number; close: string; paragraph: number } | null = null;
  // `nextMark(k)`: the first mark at or after k (k never goes back, so the text is searched once: the
  // last mark found stands until k passes it)
  let found = -1;
  const nextMark = (k: number): number => {
    if (found >= k) return found;
    MARK_START.lastIndex = k;
    found = MARK_START.exec(text)?.index ?? text.length;
    return found;
  };
  paragraphs.forEach((p, pi) => {
    const [ps, pe] = p.span;
    let open: { at: number; close: string } | null = null;
    let closers: Closers | undefined;
    let start = ps;
    if (carry) {
      // the quote goes on if this paragraph opens with a quote mark of its kind (an open straight mark
      // followed by a paragraph opening with a curly one was an unbalanced mark: dropped)
      const first = markAt(text, ps);
      if (PAIRS[first] === carry.close || first === carry.close) {
        open = { at: carry.open, close: carry.close };
        start = ps + first.length;
      }
      carry = null;
    }
    for (let i = nextMark(start); i < pe; i = nextMark(i + 1)) {
      const c = markAt(text, i);
      const last = i + c.length - 1;
      if (open) {
        // a quote of the other kind inside ('"... the question: “As you know ...?” Forty-three, yes."'):
        // nested, when it closes and the open quote closes after it (looked for a bounded way ahead)
        // (not an opener at a line's start: a quote left open at the end of a line is a paragraph's
        // quote going on, as in text with one line break between paragraphs; the opener starts anew)
        const nestedEnd = (OPENERS.has(c) || c === "\"") && c !== open.close && isOpening(text, i, last, c) && !atLineStart(text, i) ? nestedClose((closers ??= closersOf(text, ps, pe)), last + 1, PAIRS[c]!, open.close) : -1;
        if (nestedEnd > 0) {
          i = nestedEnd;
          continue;
        }
        // a directional opener while a quote is open: the earlier mark was unbalanced; start again here
        if ((OPENERS.has(c) || c === "\"") && (c !== open.close || c === "\"") && isOpening(text, i, last, c) && !isClosing(text, i, last, c)) {
          open = { at: i, close: PAIRS[c]! };
          i = last;
          continue;
        }
        if ((c === open.close || mixedClose(text, i, last, c, open.close)) && (isClosing(text, i, last, c) || closingUnspaced(text, i, last, c))) {
          const inner: Span = trim(text, open.at + markAt(text, open.at).length, i);
          if (inner[1] > inner[0] && (c !== "’" || wordCount(text, inner) >= MIN_WORDS_SINGLE)) {
            out.push({ span: inner, outer: [open.at, last + 1], paragraph: pi });
          }
          open = null;
        }
        i = last;
        continue;
      }
      const close = PAIRS[c];
      if (close !== undefined && isOpening(text, i, last, c)) open = { at: i, close };
      i = last;
    }
    if (open) carry = { open: open.at, close: open.close, paragraph: pi };
  });
  // a quote that never closed is dropped; a continued one keeps its paragraph breaks
  return out;
}

/** Double quote marks: scraped and retyped news mixes them within one quote ('"...,” he said',
 * '“...," she said', '“Apparently not,“ he said'). */
const DOUBLE = new Set(['"', "“", "”"]);

/** A double mark of another kind closing an open double quote, where it stands as a closer (after a
 * word or punctuation, before a space, punctuation or the end) and could open nothing. */
function mixedClose(text: string, i: number, last: number, c: string, close: string): boolean {
  if (!DOUBLE.has(c) || !DOUBLE.has(close) || c === close) return false;
  const prev = text[i - 1];
  const next = text[last + 1];
  return prev !== undefined && !/\s/.test(prev) && (next === undefined || /[\s.,;:!?)\]—–―-]/.test(next));
}

// Symmetric marks alternate open/close; spaces inside the marks are tolerated (token-spaced text).
function isOpening(text: string, i: number, last: number, c: string): boolean {
  const prev = text[i - 1];
  const next = text[last + 1];
  if (next === undefined) return false;
  // "in ‘08", "the ‘90s": a year's elided digits, the apostrophe typed as an opening mark
  if (c === "‘" && isDigit(text, last + 1) && isDigit(text, last + 2) && !isDigit(text, last + 3)) return false;
  if (c === "‘" || c === "``" || SYMMETRIC.has(c)) return prev === undefined || /[\s(\[:—–―-]/.test(prev);
  // token-spaced text ("“ Kami ...") keeps a space after an opener that stands free
  return !/\s/.test(next) || prev === undefined || /[\s(\[:—–―-]/.test(prev);
}

function isDigit(text: string, i: number): boolean {
  const d = text.charCodeAt(i);
  return d >= 48 && d <= 57;
}

function isClosing(text: string, i: number, last: number, c: string): boolean {
  const prev = text[i - 1];
  const next = text[last + 1];
  if (prev === undefined) return false;
  if (SYMMETRIC.has(c)) return next === undefined || /[\s.,;:!?)\]—–―-]/.test(next);
  return !/\s/.test(prev);
}

/** A double mark closing an open quote with the space after it missing ('paranoia,”Clinton said'):
 * after the quote's closing punctuation, before a letter. */
function closingUnspaced(text: string, i: number, last: number, c: string): boolean {
  return DOUBLE.has(c) && /[,.!?]/.test(text[i - 1] ?? "") && /\p{L}/u.test(text[last + 1] ?? "");
}

/** Whether only white space including a line break stands before offset i on its line. */
function atLineStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /[^\S\n]/.test(text[j]!)) j--;
  return j >= 0 && text[j] === "\n";
}

function trim(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

function wordCount(text: string, [s, e]: Span): number {
  return (text.slice(s, e).match(/\S+/g) ?? []).length;
}

const CLOSING_MARKS = new Set(Object.values(PAIRS));

/** Closing marks of a paragraph by kind, in text order, for the nesting look-ahead. */
type Closers = Map<string, number[]>;

function closersOf(text: string, ps: number, pe: number): Closers {
  const out: Closers = new Map();
  for (let j = ps; j < pe; j++) {
    const m = markAt(text, j);
    if (PAIRS[m] === undefined && !CLOSING_MARKS.has(m)) continue;
    if (!isClosing(text, j, j + m.length - 1, m)) continue;
    let list = out.get(m);
    if (!list) out.set(m, (list = []));
    list.push(j);
    j += m.length - 1;
  }
  return out;
}

/** The offset of the last character of a nested quote's closing mark `inner` when one follows `from`
 * before the outer quote's closing mark `outer`, and `outer` follows it; -1 else. Binary searches. */
function nestedClose(closers: Closers, from: number, inner: string, outer: string): number {
  const ins = closers.get(inner) ?? [];
  const outs = closers.get(outer) ?? [];
  const a = ins[firstAtOrAfter(ins, (x) => x, from)];
  if (a === undefined) return -1;
  const firstOuter = outs[firstAtOrAfter(outs, (x) => x, from)];
  if (firstOuter === undefined || (firstOuter < a && outer !== inner)) return -1;
  const after = outs[firstAtOrAfter(outs, (x) => x, a + inner.length)];
  return after === undefined ? -1 : a + inner.length - 1;
}
