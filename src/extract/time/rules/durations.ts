// Lengths of time: dua jam, 48 jam, setahun, a decade, three-month, beberapa bulan, bertahun-tahun,
// the past several months, sepekan terakhir, for years.

import type { RawMatch } from "../draft.js";
import { YEAR, isAge, isPlural, mk, number, oneUnit, unitAt, type Scan } from "./common.js";

type Core = { n: number | null; unit: string; end: number; kind: "word" | "number" | "bare"; half?: boolean };

export function duration(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  let k = i;
  // "the past several months", "the next few months", "the last 10 years"
  if (g.articles.has(low[k] ?? "") && g.deictic.get(low[k + 1] ?? "")?.position === "before") k++;
  const lead = g.deictic.get(low[k] ?? "");
  if (lead && lead.position === "before" && lead.offset !== 0) k++;
  else k = i;
  const found = core(s, k);
  if (!found) return null;
  if (k > i && found.kind !== "number") return null;
  let j = found.end;
  if (found.unit === "WE") return null;
  // quarters counted are a length ("the past two quarters", "several quarters"); one quarter or
  // quarters of something are a share ("a quarter of the vote", "three quarters of voters")
  // ("several quarters of losses" is a length: only a share has a number)
  if (found.unit === "Q" && found.kind === "number" && (found.n === 1 || (found.n !== null && g.ofWords.has(low[j] ?? "")) || g.units.has(low[j] ?? ""))) return null;
  if (found.kind === "number" && isAge(s, k, j)) return null;
  // "a second term", "a second group": the ordinal, unless what follows is what a length takes
  if (found.unit === "S" && k === i && g.indefinites.has(low[k] ?? "") && /^\p{L}/u.test(low[j] ?? "") && !followsLength(s, j)) return null;
  if (found.kind === "number" && YEAR.test(low[j] ?? "")) return null; // "tahun 2021" is a year, not a count of years
  const suffix = g.durationSuffixes.at(low, j);
  if (suffix) j += suffix.length;
  return mk(i, j, { type: "DURATION", duration: { n: found.n, unit: found.unit, ...(found.half ? { half: true } : {}) } });
}

/** The count and unit of a duration at i, without the words around it. */
function core(s: Scan, i: number): Core | null {
  const { g, low } = s;
  const w = low[i] ?? "";
  // "three-month", "24-hour"
  const hy = /^(\p{L}+|\d+)-(\p{L}+)$/u.exec(w);
  if (hy) {
    const n = /^\d+$/.test(hy[1]!) ? Number(hy[1]) : g.numberWords.get(hy[1]!);
    const u = g.units.get(hy[2]!);
    // ("three-quarters of its food": a share; so are quarters joined to their number, "more than
    // three-quarters from donors", "a three-quarter stake")
    if (n !== undefined && u && u !== "Q" && !(isPlural(g, hy[2]!) && g.ofWords.has(low[i + 1] ?? ""))) return { n: n < 0 ? null : n, unit: u, end: i + 1, kind: "word" };
  }
  // "setahun", "sebulan"
  const one = oneUnit(s, i);
  if (one) return { n: 1, unit: one, end: i + 1, kind: "word" };
  // "bertahun-tahun", "berbulan-bulan"
  for (const p of g.reduplicationPrefixes) {
    const redup = w.startsWith(p) ? /^(\p{L}+)-(\p{L}+)$/u.exec(w.slice(p.length)) : null;
    if (redup && redup[1] === redup[2] && g.units.has(redup[1]!)) return { n: null, unit: g.units.get(redup[1]!)!, end: i + 1, kind: "word" };
  }
  // "for years", "over decades"
  const bare = g.units.get(w);
  // "for years", and "minutes after the blast", "hours later": some of that unit
  const counted = g.eventRelative.at(low, i + 1) !== null || g.anchoredShifts.at(low, i + 1) !== null;
  if (bare && isPlural(g, w) && (g.durationCues.has(low[i - 1] ?? "") || counted)) return { n: null, unit: bare, end: i + 1, kind: "bare" };
  const num = number(s, i);
  if (!num) return null;
  // "30-year", "24-hour" (digits, a hyphen and the unit: three tokens)
  if (num.length === 1 && low[i + 1] === "-" && /^\d+$/.test(w)) {
    const u = unitAt(s, i + 2);
    return u ? { n: num.n, unit: u, end: i + 3, kind: "number" } : null;
  }
  // "2 1/2 years", "dua setengah tahun": and a half
  const half = g.halves.at(low, i + num.length);
  // "two more weeks", "an additional year": still a count of the unit
  const extra = !half && g.countExtras.has(low[i + num.length] ?? "") ? 1 : 0;
  const at = i + num.length + (half ? half.length : 0) + extra;
  const u = unitAt(s, at);
  if (!u) return null;
  // "a minute and a half"
  const after = half ? null : g.halvesAfter.at(low, at + 1);
  return { n: num.n, unit: u, end: at + 1 + (after ? after.length : 0), kind: "number", ...(half || after ? { half: true } : {}) };
}

/** Words that may follow a length of time: "a second later", "a second or two", "a second ago". */
function followsLength({ g, low }: Scan, j: number): boolean {
  return g.conjunctions.has(low[j]!) || g.ofWords.has(low[j]!) || g.ago.at(low, j) !== null || g.anchoredShifts.at(low, j) !== null || g.eventRelative.at(low, j) !== null || g.durationSuffixes.at(low, j) !== null;
}
