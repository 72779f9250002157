// Ranges whose unit or month is written once: "1-3 Januari", "2-3 menit", "March 5-7".

import type { RawMatch } from "../draft.js";
import { DAY, isAge, mk, number, unitAt, type Scan } from "./common.js";
import { dayMonth } from "./dates.js";

/** The first member of a range whose unit is written once, after the second: "1-3 Januari" (1 January),
 * "2-3 menit" (2 minutes), "dua hingga tiga hari"; "March 5-7" is listedDay's. */
export function rangeHead(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  const num = number(s, i);
  if (!num || num.n === null) return null;
  const c = i + num.length;
  // "5 and 7 days" is a list, not a range
  if (!g.connectors.has(low[c] ?? "") || g.conjunctions.has(low[c]!)) return null;
  const second = c + 1;
  if (/^\d+$/.test(low[i]!) && DAY.test(low[i]!)) {
    const dm = dayMonth(s, second);
    if (dm && Number(low[i]) < (dm.draft.day ?? 0)) return mk(i, c, { ...dm.draft, day: Number(low[i]) });
  }
  const num2 = number(s, second);
  if (num2 && num2.n !== null && num2.n > num.n) {
    const u = unitAt(s, second + num2.length);
    if (u && u !== "WE" && !isAge(s, i, second + num2.length + 1)) return mk(i, c, { type: "DURATION", duration: { n: num.n, unit: u } });
  }
  return null;
}

/** The second day of a range written once with its month: "March 5-7"; "5-7 March" is rangeHead's. */
export function listedDay({ g, low }: Scan, i: number, prev: RawMatch | undefined): RawMatch | null {
  if (!prev || prev.end !== i - 1 || !g.connectors.has(low[i - 1] ?? "")) return null;
  const d = prev.draft;
  if (d.day === undefined || d.month === undefined || d.hour !== undefined) return null;
  if (!DAY.test(low[i] ?? "") || Number(low[i]) <= d.day) return null;
  if (g.months.has(low[i + 1] ?? "") || /^[.,:]\d/.test(low[i + 1] ?? "")) return null;
  return mk(i, i + 1, { type: "DATE", year: d.year, month: d.month, day: Number(low[i]), needsYear: d.needsYear });
}
