// Feasts whose Gregorian day moves from year to year: counted from Easter (the Gregorian computus), or
// fixed in the Islamic calendar (Idul Fitri: 1 Syawal; the Umm al-Qura reckoning ICU ships with node,
// found near the arithmetic calendar's day) or the Chinese one (Imlek: the first month's first day).
// Pure functions of the year; the Intl formatters are made at the first such feast a run meets.

/** A feast by its own calendar: days from Easter Sunday; a Hijri month and day (no day: the month,
 * "Ramadhan"); a day of the Chinese first month. */
export type Feast = { calendar: "easter"; days: number } | { calendar: "hijri"; month: number; day?: number } | { calendar: "chinese"; day: number };

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

function fromUtc(ms: number): CalendarDate {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

let islamic: Intl.DateTimeFormat | null = null;
let chinese: Intl.DateTimeFormat | null = null;

/** The month, day (and year) a formatter's calendar gives a UTC day. */
function partsOf(f: Intl.DateTimeFormat, ms: number): { year: number; month: number; day: number } {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const p of f.formatToParts(ms)) {
    if (p.type === "year" || (p.type as string) === "relatedYear") year = Number.parseInt(p.value, 10);
    // (a leap month reads "4bis": no plain month)
    else if (p.type === "month") month = /^\d+$/.test(p.value) ? Number(p.value) : 0;
    else if (p.type === "day") day = Number.parseInt(p.value, 10);
  }
  return { year, month, day };
}

/** Days from 1970-01-01 of a day of the arithmetic Islamic calendar (within two days of Umm al-Qura). */
function tabularHijri(year: number, month: number, day: number): number {
  const jdn = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439;
  return jdn - 2440588;
}

/** The Gregorian day of a Hijri date (Umm al-Qura), or null outside the years it can tell. */
export function hijriToGregorian(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || year < 1 || year > 3000) return null;
  islamic ??= new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
  const guess = tabularHijri(year, month, day) * DAY_MS;
  for (const k of [0, -1, 1, -2, 2, -3, 3]) {
    const ms = guess + k * DAY_MS;
    const p = partsOf(islamic, ms);
    if (p.year === year && p.month === month && p.day === day) return fromUtc(ms);
  }
  return null;
}

/** The first Gregorian day of a year that is the given Hijri month and day (a Hijri year is eleven
 * days shorter: once in about 33 years a feast falls twice in one Gregorian year). */
function hijriInYear(year: number, month: number, day: number): CalendarDate | null {
  const approx = Math.floor(((year - 622) * 33) / 32);
  for (let hy = approx - 1; hy <= approx + 2; hy++) {
    const d = hijriToGregorian(hy, month, day);
    if (d && d.year === year) return d;
  }
  return null;
}

/** The Gregorian day of a day of the Chinese first month in a Gregorian year (the Chinese new year
 * falls between 21 January and 20 February). */
function chineseInYear(year: number, day: number): CalendarDate | null {
  chinese ??= new Intl.DateTimeFormat("en-u-ca-chinese", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
  const from = Date.UTC(year, 0, 21);
  for (let k = 0; k < 31; k++) {
    const ms = from + k * DAY_MS;
    const p = partsOf(chinese, ms);
    if (p.month === 1 && p.day === 1) return fromUtc(ms + (day - 1) * DAY_MS);
  }
  return null;
}

/** A feast that names a whole month ("Ramadhan"): its value is that month's, no day. */
export function namesMonth(feast: Feast | undefined): boolean {
  return feast?.calendar === "hijri" && feast.day === undefined;
}

/**
 * The Gregorian day of a feast in a Gregorian year. A Hijri month without a day ("Ramadhan 2017")
 * gives its middle day: the month that holds most of it names it (`day` is then left to the caller).
 */
export function feastDate(feast: Feast, year: number): CalendarDate | null {
  // (a long text names the same feasts again and again: each year's day is looked up once)
  const key = `${feast.calendar}:${feast.calendar === "easter" ? feast.days : feast.calendar === "hijri" ? `${feast.month}-${feast.day ?? ""}` : feast.day}:${year}`;
  const known = FEASTS.get(key);
  if (known !== undefined) return known;
  const d = computeFeast(feast, year);
  if (FEASTS.size < MAX_FEASTS) FEASTS.set(key, d);
  return d;
}

/** Feast days remembered (a key a feast and year). */
const FEASTS = new Map<string, CalendarDate | null>();
const MAX_FEASTS = 4096;

function computeFeast(feast: Feast, year: number): CalendarDate | null {
  if (feast.calendar === "easter") {
    const e = easterSunday(year);
    return fromUtc(Date.UTC(e.year, e.month - 1, e.day + feast.days));
  }
  if (feast.calendar === "hijri") return hijriInYear(year, feast.month, feast.day ?? 15);
  return chineseInYear(year, feast.day);
}

/** A Hijri feast in a Hijri year ("Idul Fitri 1438 H"). */
export function hijriFeastDate(feast: Feast, hijriYear: number): CalendarDate | null {
  return feast.calendar === "hijri" ? hijriToGregorian(hijriYear, feast.month, feast.day ?? 15) : null;
}
