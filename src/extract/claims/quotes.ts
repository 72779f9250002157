// Direct quotes: quote marks paired by type within a paragraph; a quote left open at a paragraph's end
// continues when the next paragraph opens with a quote mark (the news convention). Unbalanced marks
// are dropped, never fatal.

import type { Paragraph, Span } from "../../model.js";

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
 * (''...'') and two backticks opening (``...''), which some archives use for double quotes.
 */
function markAt(text: string, i: number): string {
  const c = text[i]!;
  if ((c === "'" || c === "`") && text[i + 1] === c && text[i + 2] !== c && text[i - 1] !== c) return c + c;
  return c;
}

export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const out: Quote[] = [];
  let carry: { open: number; close: string; paragraph: number } | null = null;
  paragraphs.forEach((p, pi) => {
    const [ps, pe] = p.span;
    let open: { at: number; close: string } | null = null;
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
    for (let i = start; i < pe; i++) {
      const c = markAt(text, i);
      const last = i + c.length - 1;
      if (open) {
        // a directional opener while a quote is open: the earlier mark was unbalanced; start again here
        if ((OPENERS.has(c) || c === "\"") && (c !== open.close || c === "\"") && isOpening(text, i, last, c) && !isClosing(text, i, last, c)) {
          open = { at: i, close: PAIRS[c]! };
          i = last;
          continue;
        }
        if (c === open.close && isClosing(text, i, last, c)) {
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

// Symmetric marks alternate open/close; spaces inside the marks are tolerated (token-spaced text).
function isOpening(text: string, i: number, last: number, c: string): boolean {
  const prev = text[i - 1];
  const next = text[last + 1];
  if (next === undefined) return false;
  if (c === "‘" || c === "``" || SYMMETRIC.has(c)) return prev === undefined || /[\s(\[:—–―-]/.test(prev);
  // token-spaced text ("“ Kami ...") keeps a space after an opener that stands free
  return !/\s/.test(next) || prev === undefined || /[\s(\[:—–―-]/.test(prev);
}

function isClosing(text: string, i: number, last: number, c: string): boolean {
  const prev = text[i - 1];
  const next = text[last + 1];
  if (prev === undefined) return false;
  if (SYMMETRIC.has(c)) return next === undefined || /[\s.,;:!?)\]—–―-]/.test(next);
  return !/\s/.test(prev);
}

function trim(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

function wordCount(text: string, [s, e]: Span): number {
  return (text.slice(s, e).match(/\S+/g) ?? []).length;
}
