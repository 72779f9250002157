// Sets (recurring times): setiap hari, every week, each season, daily, per tahun, $500 a year, every morning.

import type { RawMatch } from "../draft.js";
import { inName, isPlural, mk, number, unitAt, type Scan } from "./common.js";

export function set(s: Scan, i: number): RawMatch | null {
  const { g, low, raw } = s;
  // "on Mondays", "on Monday nights": that slot of every week
  const plural = g.pluralSuffixes.find((p) => low[i]!.endsWith(p));
  // (a full name only: "the Phoenix Suns" are a team)
  const day = plural && low[i]!.length - plural.length >= MIN_WEEKDAY_NAME ? g.weekdays.get(low[i]!.slice(0, -plural.length)) : undefined;
  if (day !== undefined && /^\p{Lu}/u.test(raw[i]!)) return mk(i, i + 1, { type: "SET", set: { unit: "W", n: 1, slot: `XXXX-WXX-${day}` } });
  const nights = g.weekdays.has(low[i] ?? "") && /^\p{Lu}/u.test(raw[i]!) ? g.pluralSuffixes.find((p) => (low[i + 1] ?? "").endsWith(p)) : undefined;
  const partOfDays = nights ? g.partOfDay.at([low[i + 1]!.slice(0, -nights.length)], 0) : null;
  if (partOfDays && /^\p{Ll}/u.test(raw[i + 1]!)) return mk(i, i + 2, { type: "SET", set: { unit: "W", n: 1, slot: `XXXX-WXX-${g.weekdays.get(low[i]!)}T${partOfDays.value}` } });
  const adverb = g.setAdverbs.get(low[i] ?? "");
  if (adverb && !inName(s, i)) return mk(i, i + 1, { type: "SET", set: { unit: adverb, n: 1 } });
  // "per tahun", "per year"
  if (g.perWords.has(low[i] ?? "")) {
    const u = unitAt(s, i + 1);
    if (u && u !== "WE" && !isPlural(g, low[i + 1]!)) return mk(i, i + 2, { type: "SET", set: { unit: u, n: 1 } });
  }
  // "$25,000 a year", "60 hours a week", "three times a week": a rate after an amount
  if (g.indefinites.has(low[i] ?? "") && afterAmount(s, i)) {
    const u = unitAt(s, i + 1);
    if (u && u !== "WE" && !isPlural(g, low[i + 1]!)) return mk(i, i + 2, { type: "SET", set: { unit: u, n: 1 } });
  }
  const every = g.every.at(low, i);
  if (!every) return null;
  let j = i + every.length;
  const num = number(s, j);
  let n = 1;
  if (num && num.n !== null && unitAt(s, j + num.length)) {
    n = num.n;
    j += num.length;
  }
  const u = unitAt(s, j);
  // "setiap hari Kamis": the day word before a weekday names that weekday
  const named = g.weekdayWords.has(low[j] ?? "") && n === 1 ? g.weekdays.get(low[j + 1] ?? "") : undefined;
  if (named !== undefined && /^\p{Lu}/u.test(s.raw[j + 1] ?? "")) {
    const at = g.partOfDay.at(low, j + 2);
    return mk(i, j + 2 + (at ? at.length : 0), { type: "SET", set: { unit: "W", n: 1, slot: `XXXX-WXX-${named}${at ? `T${at.value}` : ""}` } });
  }
  if (u) {
    const pod = g.partOfDay.at(low, j + 1);
    if (pod) return mk(i, j + 1 + pod.length, { type: "SET", set: { unit: u, n, partOfDay: pod.value } });
    return mk(i, j + 1, { type: "SET", set: { unit: u, n } });
  }
  const pod = g.partOfDay.at(low, j);
  if (pod) return mk(i, j + pod.length, { type: "SET", set: { unit: "D", n: 1, partOfDay: pod.value } });
  // "every Thursday", "setiap Senin malam", "each July": that slot of every week or year (TimeML's
  // XXXX-WXX-4, XXXX-WXX-1TNI, XXXX-07)
  const wd = g.weekdays.get(low[j] ?? "");
  if (wd !== undefined) {
    const at = g.partOfDay.at(low, j + 1);
    return mk(i, j + 1 + (at ? at.length : 0), { type: "SET", set: { unit: "W", n: 1, slot: `XXXX-WXX-${wd}${at ? `T${at.value}` : ""}` } });
  }
  const month = g.months.get(low[j] ?? "");
  if (month !== undefined && n === 1) return mk(i, j + 1, { type: "SET", set: { unit: "Y", n: 1, slot: `XXXX-${String(month).padStart(2, "0")}` } });
  return null;
}

/** The word before i is an amount: it has a digit, ends with a multiplier ("times") or is a unit. */
function afterAmount({ g, low }: Scan, i: number): boolean {
  const w = low[i - 1] ?? "";
  return /\d/.test(w) || g.multipliers.some((m) => w.endsWith(m)) || g.units.has(w);
}

/** Shortest weekday name written out in full ("Monday", "Senin"), not an abbreviation ("Sun", "Wed"). */
const MIN_WEEKDAY_NAME = 5;
