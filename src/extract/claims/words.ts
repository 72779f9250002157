// One sentence's words as the claims stage reads them (lower-case forms beside the tokens) and the
// token predicates every finder shares: punctuation classes, capitals, abbreviation dots, spans.

import type { Sentence, Span, Token } from "../../model.js";
import { isTitleCase } from "../../segment/tokens.js";
import type { Ctx } from "./context.js";

const PUNCT_BOUNDARY = new Set([",", ";", ":", "(", ")", "—", "–", "―", '"', "“", "”", "„", "«", "»"]);
const END_PUNCT = /^[.!?…]+$/;
const QUOTE_MARK = /^["“”„«»‘’']$/;
export const DASHES = new Set(["—", "–", "―", "--"]);

/** One sentence's tokens and their lower-case forms. */
export interface Words {
  s: Sentence;
  toks: Token[];
  low: string[];
  /** titleCase(), read once per sentence. */
  titled?: boolean;
}

/** Words read once per sentence: many quotes or cues in one long sentence share them. */
const read = new WeakMap<Sentence, Words>();

export function wordsOf(s: Sentence): Words {
  let w = read.get(s);
  if (!w) read.set(s, (w = readWords(s)));
  return w;
}

function readWords(s: Sentence): Words {
  const toks = s.tokens;
  // one apostrophe for the lexicons: "isn’t" is "isn't"
  const low = toks.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  // a possessive apostrophe after a plural ("veterans' families", "the Smiths' lawyer") is no quote
  // mark: it reads as the possessive ending
  for (let i = 1; i + 1 < toks.length; i++) {
    if ((low[i] === "'" || low[i] === "’") && toks[i - 1]!.span[1] === toks[i]!.span[0] && /s$/i.test(toks[i - 1]!.text) && toks[i + 1]!.span[0] > toks[i]!.span[1] && /^\p{L}/u.test(toks[i + 1]!.text)) low[i] = `s${low[i]}`;
  }
  return { s, toks, low };
}

export function isQuoteMark(w: string): boolean {
  return QUOTE_MARK.test(w);
}

export function isBoundary(w: string): boolean {
  return PUNCT_BOUNDARY.has(w) || isQuoteMark(w);
}

export function isEnd(w: string): boolean {
  return END_PUNCT.test(w);
}

export function isCap(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}/u.test(t.text);
}

/** Whether the sentence is set in title case (see isTitleCase), read once per sentence. */
export function titleCase(w: Words): boolean {
  w.titled ??= isTitleCase(w.toks);
  return w.titled;
}

/** A dot that closes an abbreviation or an initial ("Mr.", "J.", "U.S."), not the sentence; with
 * `inside`, only one that more words follow (a last dot closes the sentence too). */
export function abbreviationDot(ctx: Ctx, w: Words, i: number, inside = false): boolean {
  if (w.low[i] !== "." || i === 0 || (inside && i >= w.toks.length - 1)) return false;
  const prev = w.low[i - 1]!;
  return ctx.abbreviations.has(prev) || /^\p{L}$/u.test(prev) || /^(?:\p{L}\.)+\p{L}$/u.test(prev);
}

/** The text span of tokens a..b-1 without closing punctuation (an abbreviation's dot stays), or null. */
export function spanOf(ctx: Ctx, w: Words, a: number, b: number): Span | null {
  while (b > a && /^[.!?…,;:]$/.test(w.toks[b - 1]!.text) && !abbreviationDot(ctx, w, b - 1, true)) b--;
  if (b <= a) return null;
  return [w.toks[a]!.span[0], w.toks[b - 1]!.span[1]];
}

/** The text span of tokens a..b-1, punctuation included. */
export function tokenSpan(w: Words, [a, b]: Span): Span {
  return [w.toks[a]!.span[0], w.toks[b - 1]!.span[1]];
}

/** Whether token k opens a clause: the sentence's first word, or the first after a connective and
 * its comma ("Sementara itu, berdasarkan ...", "Namun, menurut ..."). */
export function opensClause(ctx: Ctx, w: Words, k: number): boolean {
  if (k === 0) return true;
  if (w.low[k - 1] !== ",") return false;
  return ctx.parentheticals.at(w.low, 0)?.length === k - 1 || k === 2;
}

/** Fewest words the clause must go on with after a source cut from it (sourceRunEnd). */
const MIN_CLAUSE_AFTER_SOURCE = 3;

/**
 * A source written with no comma after it, the clause going on ("menurut Agus masih akan dikaji oleh
 * BI", "kata Tito terjadi karena ...", "menurut mantan Kapolda itu hal tersebut ..."): where the source
 * ends inside the run [from, end) that was read as the source: after a pronoun opening it, after a word
 * that closes a noun phrase, or after its capitalised words where a lower-case word follows. -1 when
 * none, or when too little is left for a clause.
 */
export function sourceRunEnd(ctx: Ctx, w: Words, from: number, end: number): number {
  const { toks, low } = w;
  const left = (i: number) => {
    let n = 0;
    for (let t = i; t < end && n < MIN_CLAUSE_AFTER_SOURCE; t++) if (/^[\p{L}\p{N}]/u.test(toks[t]!.text)) n++;
    return n >= MIN_CLAUSE_AFTER_SOURCE;
  };
  // (only a run the sentence's end closed, with no comma inside: "Menurut Lavrov, Rusia dan ..." has its comma)
  if (low.slice(from, end).includes(",")) return -1;
  let cut = -1;
  if (ctx.pronouns.has(low[from]!)) cut = from + 1;
  else {
    // a description ("mantan Kapolda Papua Barat ini") ends with the word closing its phrase; a name
    // ("Agus", "Travel and Leisure") where a lower-case word follows its capitals, unless that word
    // joins on ("and Leisure", "nomor 1") or opens a relative clause describing it
    const described = /^\p{Ll}/u.test(toks[from]!.text);
    let capitals = false;
    for (let i = from; i < end; i++) {
      if (described && i > from && ctx.phraseClosers.has(low[i]!)) {
        cut = i + 1;
        break;
      }
      if (isCap(toks[i])) capitals = true;
      else if (capitals && /^\p{Ll}/u.test(toks[i]!.text) && !ctx.relatives.has(low[i]!) && !/^[\p{Lu}\p{N}]/u.test(toks[i + 1]?.text ?? "")) {
        cut = i;
        break;
      }
    }
  }
  return cut > from && cut < end && left(cut) ? cut : -1;
}
