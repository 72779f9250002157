// Tokens with offsets. Linear regex: each alternative consumes at least one character and the
// repeated groups start with a mandatory separator, so no input makes the engine backtrack.

import type { Span, Token } from "../model.js";

const TOKEN = new RegExp(
  [
    String.raw`(?:\p{L}{1,3}-)?(?:\p{L}{1,3}\.){2,}`, // U.S., a.m., Ph.D., M.Si., D-N.C.
    String.raw`\p{N}+(?:[.,:/\-]\p{N}+)*`, // 15.000, 1,8, 28/12/2014, 06.14, 3-1
    // a site's name: Kompas.com, Detik.com, brilio.net, example.co.id
    String.raw`[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:\.(?:com|net|org|id|co|go|ac|or|info|news|tv|io|uk|au|de|fr|my|sg|us))+(?![\p{L}\p{N}])`,
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*`, // words, isu-isu, O'Brien, Musk's
    String.raw`\S`,
  ].join("|"),
  "gu",
);

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < end) {
    const e = Math.min(m.index + m[0].length, end);
    out.push({ text: text.slice(m.index, e), span: [m.index, e] });
  }
  return out;
}

/** True when a token begins with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  // (ASCII at a glance: this runs for nearly every token)
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when a token begins with a lower-case letter. */
export function isLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const c = word.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

export function isWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_START.test(word);
}

const WORD_START = /^[\p{L}\p{N}]/u;

/** Lower case, typographic apostrophes folded, a final dot dropped: the key for lexicon look-ups. */
export function key(word: string): string {
  let k = word.toLowerCase();
  // (most words have neither: no regex for them, as this runs for every word the lexicons look up)
  if (k.includes("’")) k = k.replace(/’/g, "'");
  return k.endsWith(".") ? k.slice(0, -1) : k;
}

/** The text span covered by tokens a (inclusive) to b (exclusive). */
export function tokenSpan(toks: readonly Token[], a: number, b: number): Span {
  return [toks[a]!.span[0], toks[b - 1]!.span[1]];
}

/** Words of four letters or more a title-case sentence needs. */
const TITLE_MIN_WORDS = 3;

/** Whether tokens are set in title case, as headlines are ("Former White House Doctor Says"): their
 * longer words (four letters or more) all capitalised, at least three of them. Names cannot be told
 * from other words there. */
export function isTitleCase(toks: readonly Token[]): boolean {
  let n = 0;
  for (const t of toks) {
    if (!/^\p{L}{4,}/u.test(t.text)) continue;
    if (!/^\p{Lu}/u.test(t.text)) return false;
    n++;
  }
  return n >= TITLE_MIN_WORDS;
}
