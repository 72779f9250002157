// What every time rule shares: its input, the shapes of numbers, and small readers over tokens.

import type { Draft, RawMatch } from "../draft.js";
import type { TimeGrammar } from "../grammar.js";

/** One sentence as the rules read it: the compiled grammar, its tokens lower-cased and as written. */
export interface Scan {
  readonly g: TimeGrammar;
  readonly low: readonly string[];
  readonly raw: readonly string[];
  /** Most words of the sentence are capitalised (a headline in title case). */
  readonly titled?: boolean;
}

/** A rule reads at token i (after `prev`, the last match of the sentence) and returns what it covers. */
export type Rule = (s: Scan, i: number, prev: RawMatch | undefined) => RawMatch | null;

export const YEAR = /^(1[89]\d\d|20\d\d)$/;
export const DAY = /^(0?[1-9]|[12]\d|3[01])$/;
export const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/;

export function mk(start: number, end: number, draft: Draft): RawMatch {
  return { start, end, draft, modifiers: [], phraseStart: start };
}

/** A month name at i, capitalised as in both languages, with its abbreviation dot ("Dec."). */
export function month({ g, low, raw }: Scan, i: number): { month: number; length: number } | null {
  const w = low[i];
  if (w === undefined) return null;
  const m = g.months.get(w);
  if (m === undefined) return null;
  if (!/^\p{Lu}/u.test(raw[i]!)) return null;
  let length = 1;
  if (low[i + 1] === "." && w.length < g.fullMonth.get(m)!) length = 2; // "Dec.", but "June." ends a sentence
  // an abbreviation without its dot before a capitalised word is a name: "Jan Kavan"
  else if (w.length < g.fullMonth.get(m)! && /^\p{Lu}\p{Ll}/u.test(raw[i + 1] ?? "")) return null;
  return { month: m, length };
}

/** A count at i: digits or number words ("dua belas"); n is null for "beberapa", "several". */
export function number({ g, low }: Scan, i: number): { n: number | null; length: number } | null {
  const w = low[i];
  if (w === undefined) return null;
  if (/^\d{1,3}$/.test(w)) return { n: Number(w), length: 1 };
  const p = g.numbers.at(low, i);
  if (p) {
    // tens, then a unit: "twenty four", "dua puluh lima"
    const u = tens(p.value) ? g.numbers.at(low, i + p.length) : null;
    if (u && unit(u.value) && !g.indefinites.has(low[i + p.length]!)) return { n: p.value + u.value, length: p.length + u.length };
    return { n: p.value < 0 ? null : p.value, length: p.length };
  }
  // "twenty-four": one token
  const dash = w.indexOf("-");
  if (dash > 0) {
    const a = g.numbers.at([w.slice(0, dash)], 0);
    const b = g.numbers.at([w.slice(dash + 1)], 0);
    if (a && b && tens(a.value) && unit(b.value)) return { n: a.value + b.value, length: 1 };
  }
  return null;
}

/** A year read out in words, as broadcast transcripts write it: "nineteen ninety-six" (the hundreds,
 * then two digits' worth), not a count ("nineteen twenty-dollar bills" has a noun after it). */
export function spokenYear(s: Scan, i: number): { year: number; length: number } | null {
  if (/\d/.test(s.low[i] ?? "")) return null;
  const a = number(s, i);
  if (!a || a.n === null || a.n < 11 || a.n > 20) return null;
  const j = i + a.length;
  if (/\d/.test(s.low[j] ?? "")) return null;
  const b = number(s, j);
  if (!b || b.n === null || b.n < 10 || b.n > 99 || isCount(s.g, s.low[j + b.length] ?? "")) return null;
  return { year: a.n * 100 + b.n, length: a.length + b.length };
}

/** "the year two thousand", "tahun dua ribu": a round year in words after the word "year" (broadcast
 * transcripts read years out). */
export function namedYear(s: Scan, i: number): { year: number; end: number } | null {
  const { g, low } = s;
  let k = i;
  if (g.articles.has(low[k] ?? "")) k++;
  if (!(g.yearWord.has(low[k] ?? "") || (g.units.get(low[k] ?? "") === "Y" && !isPlural(g, low[k]!)))) return null;
  const n = number(s, k + 1);
  if (!n || n.n === null || n.n < 1000 || n.n > 2100 || /\d/.test(low[k + 1]!)) return null;
  return { year: n.n, end: k + 1 + n.length };
}

const tens = (n: number) => n >= 20 && n < 100 && n % 10 === 0;
const unit = (n: number) => n >= 1 && n <= 9;

/** "sebulan", "setahun": one unit written as one word (not "semalam" when it means last night). */
export function oneUnit({ g, low }: Scan, i: number): string | null {
  const w = low[i] ?? "";
  if (g.relativeTimes.at(low, i)) return null;
  for (const p of g.onePrefixes) if (w.startsWith(p) && g.units.has(w.slice(p.length))) return g.units.get(w.slice(p.length))!;
  return null;
}

export function unitAt(s: Scan, i: number): string | null {
  const w = s.low[i];
  const u = w === undefined ? undefined : s.g.units.get(w);
  if (u === undefined) return null;
  // ("ABC's This Week", "CBS's 60 Minutes": after a word, not opening the sentence)
  if (i > 0 && titleWord(s, i) && /^[\p{L}\p{N}]/u.test(s.raw[i - 1]!)) return null;
  return u;
}

/** A time word written with a capital inside a sentence, where the language writes such words in lower
 * case, names a show or a work ("ABC's This Week", "Sunday Night Baseball"); a headline in title case
 * aside. */
export function titleWord({ g, raw, titled }: Scan, k: number): boolean {
  return g.lowerCaseUnits && !titled && /^\p{Lu}/u.test(raw[k] ?? "");
}

export function isPlural(g: TimeGrammar, w: string): boolean {
  return g.pluralSuffixes.some((p) => w.endsWith(p));
}

/** The word without its ordinal suffix ("22nd" → "22"). */
export function stripOrdinal(g: TimeGrammar, w: string): string {
  for (const o of g.ordinals) if (w.endsWith(o)) return w.slice(0, -o.length);
  return w;
}

/** "berusia 45 tahun", "45 years old", "aged 45", "ages 6 months and older": ages are not time expressions. */
export function isAge({ g, low }: Scan, i: number, j: number): boolean {
  if (g.ageBefore.has(low[i - 1] ?? "")) return true;
  if (g.ageAfter.has(low[j] ?? "") || (low[j] === "-" && g.ageAfter.has(low[j + 1] ?? ""))) return true;
  return false;
}

/** A unit or a counted noun: the number before it is an amount, not a year. */
export function isCount(g: TimeGrammar, w: string): boolean {
  return g.units.has(w) || g.countNouns.has(w);
}

/** A capitalised word right after another capitalised word inside a sentence: part of a name
 * ("USA Today", "Breitbart News Daily"), not a time word. */
export function inName({ g, raw }: Scan, i: number): boolean {
  if (i < 2) return false;
  const prev = raw[i - 1]!.toLowerCase();
  if (g.zones.has(prev) || g.months.has(prev) || g.weekdays.has(prev)) return false;
  return /^\p{Lu}/u.test(raw[i]!) && /^\p{Lu}/u.test(raw[i - 1]!);
}
