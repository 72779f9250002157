// Holidays: a fixed day ("Christmas", "Hari Kemerdekaan") or the nth weekday of a month
// ("Thanksgiving"), with the year written after it or, like a month without its year, from context.

import type { RawMatch } from "../draft.js";
import { YEAR, mk, type Scan } from "./common.js";

/** "MM-DD", or "MM-W-N": weekday W (1 Monday) the Nth time in the month (-1 the last), "MM-W-N+D": D days
 * after it (the United States' Election Day: the Tuesday after the first Monday of November); or
 * "E+D"/"E-D": D days from Easter Sunday ("Good Friday" E-2). */
const HOLIDAY = /^(\d{2})-(\d{1,2})(?:-(-?\d)(?:\+(\d))?)?$/;
const FROM_EASTER = /^E([+-]\d{1,2})$/;

export function holiday({ g, low, raw }: Scan, i: number): RawMatch | null {
  const h = g.holidays.at(low, i);
  // a name all in lower case is a common word ("natal" is also "of birth"; "malam Natal" is one)
  if (!h || !raw.slice(i, i + h.length).some((w) => /^\p{Lu}/u.test(w))) return null;
  const e = FROM_EASTER.exec(h.value);
  const m = e ? null : HOLIDAY.exec(h.value);
  if (!e && !m) return null;
  const month = m ? Number(m[1]) : 4;
  const day = e ? { easter: Number(e[1]) } : m![3] === undefined ? { day: Number(m![2]) } : { nthWeekday: { weekday: Number(m![2]), nth: Number(m![3]), ...(m![4] ? { after: Number(m![4]) } : {}) } };
  let j = i + h.length;
  // "Easter week", "Thanksgiving week": the week that holds the day
  const week = g.units.get(low[j] ?? "") === "W" && low[j] === low[j]!.replace(/s$/, "") ? { weekOf: true } : {};
  if (week.weekOf) return mk(i, j + 1, { type: "DATE", month, ...day, ...week, needsYear: true });
  if (low[j] === "," && YEAR.test(low[j + 1] ?? "")) j++;
  if (YEAR.test(low[j] ?? "")) return mk(i, j + 1, { type: "DATE", year: Number(low[j]), month, ...day });
  return mk(i, i + h.length, { type: "DATE", month, ...day, needsYear: true });
}
