// Holidays: a fixed day ("Christmas", "Hari Kemerdekaan"), the nth weekday of a month ("Thanksgiving"),
// or a feast of another reckoning (calendars.ts: Easter's, the Hijri calendar's, the Chinese one's),
// with the year written after it or, like a month without its year, from context.

import type { Feast } from "../calendars.js";
import type { Draft, RawMatch } from "../draft.js";
import { YEAR, mk, type Scan } from "./common.js";
import { anaphoricUnit, relativeUnit } from "./relative.js";

/** "MM-DD", or "MM-W-N": weekday W (1 Monday) the Nth time in the month (-1 the last), "MM-W-N+D": D days
 * after it (the United States' Election Day: the Tuesday after the first Monday of November). */
const HOLIDAY = /^(\d{2})-(\d{1,2})(?:-(-?\d)(?:\+(\d))?)?$/;
/** "E+D"/"E-D": D days from Easter Sunday ("Good Friday" E-2); "HMM-DD" a Hijri day, "HMM" a Hijri
 * month; "CDD" a day of the Chinese first month. */
const FEAST = /^(?:E([+-]\d{1,2})|H(\d{2})(?:-(\d{2}))?|C(\d{2}))$/;
/** The Gregorian month a feast falls in most years, for guessing its year from the reference date
 * before the year is known (Hijri feasts move through every month: the guess is mid-year). */
const GUESS = { easter: 4, hijri: 6, chinese: 2 } as const;
/** Hijri years written with a feast: 1300 to 1600 (AD 1882 to 2174). */
const HIJRI_YEAR = /^1[3-5]\d\d$/;

function feastOf(value: string): Feast | null {
  const f = FEAST.exec(value);
  if (!f) return null;
  if (f[1] !== undefined) return { calendar: "easter", days: Number(f[1]) };
  if (f[2] !== undefined) return { calendar: "hijri", month: Number(f[2]), ...(f[3] !== undefined ? { day: Number(f[3]) } : {}) };
  return { calendar: "chinese", day: Number(f[4]) };
}

export function holiday(s: Scan, i: number): RawMatch | null {
  const { g, low, raw } = s;
  const h = g.holidays.at(low, i);
  // a name all in lower case is a common word ("natal" is also "of birth"; "malam Natal" is one)
  if (!h || !raw.slice(i, i + h.length).some((w) => /^\p{Lu}/u.test(w))) return null;
  const feast = feastOf(h.value);
  const m = feast ? null : HOLIDAY.exec(h.value);
  if (!feast && !m) return null;
  const month = feast ? GUESS[feast.calendar] : Number(m![1]);
  const day: Partial<Draft> = feast ? { feast } : m![3] === undefined ? { day: Number(m![2]) } : { nthWeekday: { weekday: Number(m![2]), nth: Number(m![3]), ...(m![4] ? { after: Number(m![4]) } : {}) } };
  let j = i + h.length;
  // "Easter week", "Thanksgiving week": the week that holds the day
  const week = g.units.get(low[j] ?? "") === "W" && low[j] === low[j]!.replace(/s$/, "") ? { weekOf: true } : {};
  if (week.weekOf) return mk(i, j + 1, { type: "DATE", month, ...day, ...week, needsYear: true });
  if (low[j] === "," && YEAR.test(low[j + 1] ?? "")) j++;
  // "Idul Fitri 1438 H": a year of the feast's own calendar
  if (feast?.calendar === "hijri" && HIJRI_YEAR.test(low[j] ?? "") && g.hijriYearMarks.has(low[j + 1] ?? "")) return mk(i, j + 2, { type: "DATE", month, ...day, feastYear: Number(low[j]) });
  if (YEAR.test(low[j] ?? "")) return mk(i, j + 1, { type: "DATE", year: Number(low[j]), month, ...day });
  // a relative or anaphoric year, as after a month: "Lebaran tahun depan", "Christmas last year"
  const year = relativeUnit(s, j) ?? anaphoricUnit(s, j);
  if (year && (year.draft.relative?.unit === "Y" || year.draft.anaphoric === "Y")) {
    const d = year.draft;
    return mk(i, year.end, { type: "DATE", month, ...day, relative: d.relative, anaphoric: d.anaphoric, anaphoricOffset: d.anaphoricOffset });
  }
  return mk(i, i + h.length, { type: "DATE", month, ...day, needsYear: true });
}
