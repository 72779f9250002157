// Token-tagged gold (CoNLL columns, BILOU): decoding tags into spans and laying tokens out as text.

import type { Span } from "../../src/model.js";

export interface TaggedToken {
  token: string;
  tag: string;
}

/** A labelled run of tokens, [start, end) in token indices. */
export interface TokenSpan {
  label: string;
  start: number;
  end: number;
}

/**
 * Decodes IOB1, IOB2, IOBES and BILOU alike: B/U/S always open a span; I/L/E continue the open span
 * of the same label or, after O or another label, open one (IOB1 style); L/U/E/S close it.
 */
export function decodeTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const m = /^([BIOLUES])-(.+)$/.exec(tag);
    if (!m) {
      open = null; // "O" or anything unknown ends a span
      return;
    }
    const [, prefix, label] = m;
    if (prefix === "B" || prefix === "U" || prefix === "S" || open === null || open.label !== label) {
      open = { label, start: i, end: i + 1 };
      spans.push(open);
    } else {
      open.end = i + 1;
    }
    if (prefix === "L" || prefix === "U" || prefix === "E" || prefix === "S") open = null;
  });
  return spans;
}

/** Text laid out from tokens, with each token's character span. */
export interface LaidOut {
  text: string;
  tokenSpans: Span[];
}

// Tokenised gold splits "C. Noer", "O'Neil", "Zeta-Jones" and "(Audy)" into tokens; the tool reads
// prose, so tokens are laid out as a writer would type them: no space before closing punctuation, none
// inside brackets or straight double quotes (paired per sentence), none around the apostrophe of
// "O'Neil"/"D'Souza", and, for tokenisers that split hyphenated words (`joinHyphens`), none around a
// hyphen between two words (the gold's "Prabowo Subianto - Hatta Rajasa" is then written "Prabowo
// Subianto-Hatta Rajasa", as Indonesian news writes a ticket). CoNLL keeps "Ata-ur-Rehman" whole, so
// its spaced hyphens ("Romania - Cosmin Contra") were spaced in the source.
const CLOSES = /^(?:[.,;:!?%)\]}]|'s|'ve|'re|'ll|'d|'m|n't|\.\.\.)$/i;
const OPENS = /^[(\[{]$/;
const LONE_CAPITAL = /^\p{Lu}$/u;
const CAPITALISED = /^\p{Lu}/u;

/** Whether a space goes between `prev` and `token` (index `i` in `tokens`), given open double quotes. */
function spaceBefore(tokens: readonly string[], i: number, quoteOpen: boolean, joinHyphens: boolean): boolean {
  const prev = tokens[i - 1];
  const token = tokens[i];
  if (OPENS.test(prev) || CLOSES.test(token)) return false;
  if (token === '"') return !quoteOpen; // a closing quote hugs the word before it
  if (prev === '"') return !quoteOpen; // after an opening quote, none
  const apostropheName = (a: string, b: string | undefined): boolean => LONE_CAPITAL.test(a) && b !== undefined && CAPITALISED.test(b);
  if (token === "'" && apostropheName(prev, tokens[i + 1])) return false;
  // "Zeta - Jones", "Mega - Mega", "co - pendiri": a hyphen between two words joins them
  const letterEnd = /\p{L}$/u;
  const letterStart = /^[\p{L}\p{N}]/u; // "Covid - 19" too
  if (!joinHyphens) return true;
  // (not after a dateline: "KOMPAS.com - Bupati ...", "JAKARTA - ...")
  const dateline = (w: string) => w.includes(".") || /^\p{Lu}{2,}$/u.test(w);
  if (token === "-" && letterEnd.test(prev) && !dateline(prev) && letterStart.test(tokens[i + 1] ?? "")) return false;
  if (prev === "-" && i >= 2 && letterEnd.test(tokens[i - 2]!) && !dateline(tokens[i - 2]!) && letterStart.test(token)) return false;
  if (prev === "'" && i >= 2 && apostropheName(tokens[i - 2], token)) return false;
  return true;
}

/**
 * Lays tokens out as prose (see above) and sentences apart with `sentenceSeparator`, remembering where
 * each token landed so token-level gold can be turned into character spans.
 */
export function layOut(sentences: readonly (readonly string[])[], sentenceSeparator: string, joinHyphens = false): LaidOut {
  let text = "";
  const tokenSpans: Span[] = [];
  sentences.forEach((tokens, si) => {
    if (si > 0) text += sentenceSeparator;
    let quoteOpen = false;
    tokens.forEach((token, ti) => {
      if (ti > 0 && spaceBefore(tokens, ti, quoteOpen, joinHyphens)) text += " ";
      if (token === '"') quoteOpen = !quoteOpen;
      tokenSpans.push([text.length, text.length + token.length]);
      text += token;
    });
  });
  return { text, tokenSpans };
}

/** Character span of a token run [start, end). */
export function charSpan(tokenSpans: readonly Span[], start: number, end: number): Span {
  return [tokenSpans[start][0], tokenSpans[end - 1][1]];
}
