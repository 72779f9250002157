// Segment: paragraphs into sentences with offsets. A full stop ends a sentence only when what follows
// can start one and what precedes is not an abbreviation ("Tn.", "Dr.", "U.S.") or an initial ("J.").

import type { Paragraph, Sentence, Span, Token } from "../model.js";
import { isCapitalised, key, tokenize } from "./tokens.js";

const TERMINATORS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);

/** `commonWords`: words that start sentences; after "X." such a word starts a new sentence, while a
 * name after a capital letter and a dot ("A. Dale", "J. Smith") keeps the initial with its name. */
export function segment(text: string, blocks: Span[], abbreviations: ReadonlySet<string>, commonWords: ReadonlySet<string> = new Set()): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const tokens = tokenize(text, block[0], block[1]);
    if (tokens.length === 0) continue;
    const first = sentences.length;
    for (const group of splitTokens(tokens, abbreviations, commonWords)) {
      const span: Span = [group[0]!.span[0], group[group.length - 1]!.span[1]];
      sentences.push({ index: sentences.length, paragraph: paragraphs.length, span, text: text.slice(span[0], span[1]), tokens: group });
    }
    paragraphs.push({ span: block, firstSentence: first, sentenceCount: sentences.length - first });
  }
  return { paragraphs, sentences };
}

function splitTokens(tokens: Token[], abbreviations: ReadonlySet<string>, commonWords: ReadonlySet<string>): Token[][] {
  const out: Token[][] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (!TERMINATORS.has(t)) continue;
    let end = i;
    while (end + 1 < tokens.length && (TERMINATORS.has(tokens[end + 1]!.text) || isCloser(tokens, end + 1))) end++;
    const next = tokens[end + 1];
    if (!next) break;
    if (!canStartSentence(next.text)) continue;
    if (t === "." && end === i && (isAbbreviation(tokens, i, abbreviations, commonWords) || inInitials(tokens, i))) continue;
    out.push(tokens.slice(start, end + 1));
    start = end + 1;
    i = end;
  }
  if (start < tokens.length) out.push(tokens.slice(start));
  return out;
}

/** A closing mark after a full stop; a straight quote (or a pair of apostrophes) touching the next
 * word opens the next sentence. */
function isCloser(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!CLOSERS.has(t.text)) return false;
  if (t.text !== '"' && t.text !== "'") return true;
  let next = tokens[i + 1];
  // two apostrophes are one typewriter quote mark (''...''): the word after the pair decides
  let last = t;
  if (t.text === "'" && next?.text === "'" && next.span[0] === t.span[1]) {
    last = next;
    next = tokens[i + 2];
  }
  return !next || next.span[0] > last.span[1] || !/^[\p{L}\p{N}]/u.test(next.text);
}

/** Letters of initials on either side of a dot: up to three, a hyphenated prefix allowed ("D-N"). */
const INITIALS = /^(?:\p{L}{1,3}-)?\p{L}{1,3}$/u;

/** A dot written between two such short words with no space on either side, as initials whose last
 * dot is missing are ("Rep. Steve Israel (D-N.Y) said", "D.C"): no sentence ends there. */
function inInitials(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const dot = tokens[i]!;
  const next = tokens[i + 1];
  if (!prev || !next || prev.span[1] !== dot.span[0] || next.span[0] !== dot.span[1]) return false;
  return INITIALS.test(prev.text) && INITIALS.test(next.text);
}

function canStartSentence(word: string): boolean {
  return isCapitalised(word) || /^[\p{N}"“‘'(\[«—-]/u.test(word);
}

function isAbbreviation(tokens: Token[], i: number, abbreviations: ReadonlySet<string>, commonWords: ReadonlySet<string>): boolean {
  const prev = tokens[i - 1];
  const dot = tokens[i]!;
  if (!prev || prev.span[1] !== dot.span[0]) return false; // "word ." is a real stop
  const w = prev.text;
  if (/^\p{Lu}$/u.test(w)) {
    // an initial ("J. K. Rowling", "George W. Bush", "A. Dale"), not a one-letter name ending a
    // sentence ("media sosial X. Dalam ...")
    const next = tokens[i + 1];
    const before = tokens[i - 2];
    if (before !== undefined && isCapitalised(before.text) && before.span[1] < prev.span[0]) return true;
    return next !== undefined && !commonWords.has(next.text.toLowerCase());
  }
  return abbreviations.has(key(w));
}
