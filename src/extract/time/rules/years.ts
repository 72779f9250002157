// Years and the periods named by their number: tahun 2021, since 2019; the 1990s, tahun 1970-an;
// the 20th century, abad ke-20; kuartal III 2014, the third quarter, Q3 2014.

import type { RawMatch } from "../draft.js";
import { YEAR, isCount, mk, namedYear, spokenYear, stripOrdinal, type Scan } from "./common.js";

const DECADE = /^(1[89]\d0|20\d0)(\D{1,3})$/;
const SHORT_DECADE = /^([1-9])0(\D{1,3})$/;

/** A bare year, only with evidence: "tahun 2021", "pada 2022", "since 2019", "akhir 2022", in a list,
 * the first of a range of years ("2009-2010"), or after an indefinite article before a noun ("a 2009 analysis"). */
export function year(s: Scan, i: number, prev: RawMatch | undefined): RawMatch | null {
  const { g, low, raw } = s;
  const spoken = spokenYear(s, i);
  if (spoken) return mk(i, i + spoken.length, { type: "DATE", year: spoken.year });
  const named = namedYear(s, i);
  if (named) return mk(i, named.end, { type: "DATE", year: named.year });
  let j = i;
  if (g.yearWord.has(low[j] ?? "")) j++;
  if (!YEAR.test(low[j] ?? "")) return null;
  if (low[j + 1] && /^[.,]\d/.test(low[j + 1]!)) return null;
  const cued = j > i || g.yearCues.has(low[i - 1] ?? "") || g.anchors.before(low, i) !== null;
  const listed = prev !== undefined && prev.end >= i - 2 && prev.end < i && low.slice(prev.end, i).every((w) => g.connectors.has(w) || w === "," || g.conjunctions.has(w));
  const y = Number(low[j]);
  const rangeEnd = (low[j + 1] === "-" || low[j + 1] === "–" || low[j + 1] === "/") && YEAR.test(low[j + 2] ?? "") ? Number(low[j + 2]) : 0;
  const range = rangeEnd > y && rangeEnd - y <= 30 && !isCount(g, low[j + 3] ?? "");
  const determined = g.yearDeterminers.has(low[i - 1] ?? "") && /^\p{Ll}/u.test(raw[j + 1] ?? "");
  if (!cued && !listed && !range && !determined && !modifier({ g, low, raw }, j)) return null;
  if (isCount(g, low[j + 1] ?? "")) return null;
  // the year of a numbered act names it ("UU Nomor 30 Tahun 2002", "Law No. 5 of 1999"): a date, but
  // no time of the story, which later dates keep counting from
  const act = (k: number) => /^\d+$/.test(low[k] ?? "") && (g.numberLabels.has(low[k - 1] ?? "") || (low[k - 1] === "." && g.numberLabels.has(low[k - 2] ?? "")));
  const ofAct = (j > i && act(i - 1)) || (g.ofWords.has(low[i - 1] ?? "") && act(i - 2));
  return mk(i, j + 1, { type: "DATE", year: y, ...(ofAct ? { aside: true } : {}) });
}

/** A year used as a modifier of a noun, on the side the language puts it: "the 1996 campaign", "its
 * 1990 invasion", "a 1971 Convention" (English: the noun next); "APBN-P 2014", "produksi 2018"
 * (Indonesian: the noun before). A count ("1990 votes", "2000 orang") or a label ("nomor 2019",
 * "flight 1990") is not a year. */
function modifier({ g, low, raw }: Scan, j: number): boolean {
  const before = raw[j - 1] ?? "";
  const after = raw[j + 1] ?? "";
  if (!/^\p{L}/u.test(before) || g.numberLabels.has(low[j - 1]!) || isCount(g, low[j + 1] ?? "")) return false;
  if (g.months.has(low[j - 1]!) || g.months.has(low[j + 1] ?? "")) return false;
  return g.yearModifies === "next" ? /^\p{L}/u.test(after) : true;
}

/** the 1990s, 1970-an, tahun 1970-an. */
export function decade({ g, low }: Scan, i: number): RawMatch | null {
  const w = low[i] ?? "";
  const dec = DECADE.exec(w);
  if (dec && g.decadeSuffixes.has(dec[2]!)) return mk(i, i + 1, { type: "DATE", decade: Number(dec[1]!.slice(0, 3)) });
  const dec2 = g.yearWord.has(w) ? DECADE.exec(low[i + 1] ?? "") : null;
  if (dec2 && g.decadeSuffixes.has(dec2[2]!)) return mk(i, i + 2, { type: "DATE", decade: Number(dec2[1]!.slice(0, 3)) });
  // "the '80s", "the 80s", "tahun 90-an": two digits after a cue (alone, "80s" is as often an age or
  // a temperature); "the nineties"
  const short = SHORT_DECADE.exec(w);
  if (short && g.decadeSuffixes.has(short[2]!) && g.shortDecadeCues.has(low[i - 1] ?? "")) {
    // (the apostrophe and the year word belong to it: "'80s", "tahun 90-an")
    const inside = !/^\p{L}/u.test(low[i - 1]!) || g.yearWord.has(low[i - 1]!);
    return mk(inside ? i - 1 : i, i + 1, { type: "DATE", decadeShort: Number(short[1]) });
  }
  const named = g.articles.has(w) ? g.decadeWords.get(low[i + 1] ?? "") : undefined;
  if (named !== undefined) return mk(i, i + 2, { type: "DATE", decadeShort: named });
  return null;
}

/** the 20th century, abad ke-20. */
export function century({ g, low }: Scan, i: number): RawMatch | null {
  const w = low[i] ?? "";
  const n = stripOrdinal(g, w);
  if (n !== w && /^\d{1,2}$/.test(n) && g.centuryWords.has(low[i + 1] ?? "")) return mk(i, i + 2, { type: "DATE", century: Number(n) - 1 });
  if (!g.centuryWords.has(w)) return null;
  const next = low[i + 1] ?? "";
  for (const p of g.ordinalPrefixes) {
    const digits = next.slice(p.length);
    if (next.startsWith(p) && /^\d{1,2}$/.test(digits)) return mk(i, i + 2, { type: "DATE", century: Number(digits) - 1 });
  }
  return null;
}

/** The first half of 1990, the second half of 2014; paruh pertama 2014, semester I-2015, semester
 * II tahun 2014: a half of a year, only with its year written. */
export function half({ g, low }: Scan, i: number): RawMatch | null {
  const w = low[i] ?? "";
  let n: number | undefined;
  let j: number;
  let s = i;
  if (g.halfWords.has(w)) {
    // "semester I-2015": the half and its year in one token
    const joined = /^([^-]+)-(\d{4})$/.exec(low[i + 1] ?? "");
    if (joined && g.halfAfter.has(joined[1]!) && YEAR.test(joined[2]!)) return mk(i, i + 2, { type: "DATE", year: Number(joined[2]), half: g.halfAfter.get(joined[1]!)! });
    n = g.halfAfter.get(low[i + 1] ?? "");
    j = i + 2;
  } else {
    n = g.halfBefore.get(w);
    if (n === undefined || !g.halfWords.has(low[i + 1] ?? "")) return null;
    if (g.articles.has(low[i - 1] ?? "")) s = i - 1;
    j = i + 2;
  }
  if (n === undefined) return null;
  if (g.ofWords.has(low[j] ?? "")) j++;
  if (g.yearWord.has(low[j] ?? "")) j++;
  if (!YEAR.test(low[j] ?? "")) return null;
  return mk(s, j + 1, { type: "DATE", year: Number(low[j]), half: n });
}

/** Q3 2014; kuartal III 2014, kuartal pertama; the third quarter [of 2014]. */
export function quarter({ g, low }: Scan, i: number): RawMatch | null {
  const w = low[i] ?? "";
  // "the 1988 second quarter": the year written before the ordinal
  const y = g.articles.has(w) ? i + 1 : i;
  if (YEAR.test(low[y] ?? "") && g.quarterBefore.has(low[y + 1] ?? "") && g.quarterWords.has(low[y + 2] ?? "")) {
    return mk(i, y + 3, { type: "DATE", year: Number(low[y]), quarter: g.quarterBefore.get(low[y + 1]!)! });
  }
  // "the 1988 quarter": that year's quarter of the one the story reports
  if (y > i && YEAR.test(low[y] ?? "") && g.quarterWords.has(low[y + 1] ?? "")) return mk(i, y + 2, { type: "DATE", year: Number(low[y]), storyQuarter: true });
  const named = g.quarterNames.get(w);
  if (named && YEAR.test(low[i + 1] ?? "")) return mk(i, i + 2, { type: "DATE", year: Number(low[i + 1]), quarter: named });
  if (g.quarterWords.has(w)) {
    // "kuartal III-2014", "triwulan I-2015": the quarter and its year in one token
    const joined = /^([^-]+)-(\d{4})$/.exec(low[i + 1] ?? "");
    const q = joined ? g.quarterAfter.get(joined[1]!) : undefined;
    if (q && YEAR.test(joined![2]!)) return mk(i, i + 2, { type: "DATE", year: Number(joined![2]), quarter: q });
    const n = g.quarterAfter.get(low[i + 1] ?? "");
    if (n) {
      if (YEAR.test(low[i + 2] ?? "")) return mk(i, i + 3, { type: "DATE", year: Number(low[i + 2]), quarter: n });
      return mk(i, i + 2, { type: "DATE", quarter: n, needsYear: true });
    }
  }
  // "third-quarter profit", "the fourth-quarter results": one token
  const hy = /^(\p{L}+)-(\p{L}+)$/u.exec(w);
  if (hy && g.quarterBefore.has(hy[1]!) && g.quarterWords.has(hy[2]!)) {
    const s = g.articles.has(low[i - 1] ?? "") ? i - 1 : i;
    return mk(s, i + 1, { type: "DATE", quarter: g.quarterBefore.get(hy[1]!)!, needsYear: true });
  }
  const ord = g.quarterBefore.get(w);
  if (ord && g.quarterWords.has(low[i + 1] ?? "")) {
    const s = g.articles.has(low[i - 1] ?? "") ? i - 1 : i;
    if (g.ofWords.has(low[i + 2] ?? "") && YEAR.test(low[i + 3] ?? "")) return mk(s, i + 4, { type: "DATE", year: Number(low[i + 3]), quarter: ord });
    return mk(s, i + 2, { type: "DATE", quarter: ord, needsYear: true });
  }
  return null;
}
