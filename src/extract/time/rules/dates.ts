// Calendar dates: numeric (28/12/2014), day-month (28 Desember 2014), month-day (Dec. 28, 2014),
// month-year (Oktober 2022, September tahun yang sama) and weekdays (Senin (29/12/2014), last Monday).

import type { RawMatch } from "../draft.js";
import { DAY, inName, mk, month, NUMERIC_DATE, spokenYear, stripOrdinal, titleWord, YEAR, type Scan } from "./common.js";
import { anaphoricUnit, relativeUnit } from "./relative.js";

/** 28/12/2014, 2014-12-28, 30/12 (with a weekday before: "Selasa (30/12)"). */
export function numericDate({ g, low }: Scan, i: number): RawMatch | null {
  return numericDraft(g, low, i, low[i] ?? "");
}

/** The numeric date `written` (a token, or tokens joined) standing at token i. */
function numericDraft(g: Scan["g"], low: readonly string[], i: number, written: string, length = 1): RawMatch | null {
  const m = NUMERIC_DATE.exec(written);
  if (!m) return null;
  let y: number | undefined, mo: number, d: number;
  const a = Number(m[1]), b = Number(m[2]), c = m[3] ? Number(m[3]) : undefined;
  if (m[1]!.length === 4) {
    if (!m[3] || !written.includes("-")) return null; // ISO form only: 2014-12-28
    y = a; mo = b; d = c!;
  } else {
    // ("30/12" alone may be a score; after a weekday, "Selasa (30/12)", "Senin, (20/11)", a date)
    if (c === undefined && !(low[i - 1] === "(" && (g.weekdays.has(low[i - 2] ?? "") || (low[i - 2] === "," && g.weekdays.has(low[i - 3] ?? ""))))) return null;
    const dmy = g.numericOrder === "dmy";
    d = dmy ? a : b;
    mo = dmy ? b : a;
    if (c !== undefined) y = c < 100 ? 2000 + c : c;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || (y !== undefined && (y < 1800 || y > 2199))) return null;
  return mk(i, i + length, { type: "DATE", year: y, month: mo, day: d, needsYear: y === undefined });
}

/** 28 Desember 2014, 28 Dec 2014, 28 Desember, 28th of December. */
export function dayMonth(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  if (!DAY.test(low[i] ?? "")) return null;
  let j = i + 1;
  const of = g.ofWords.has(low[j] ?? "");
  if (of) j++;
  const mon = month(s, j);
  if (!mon) return null;
  j += mon.length;
  if (low[j] === ",") j++;
  if (YEAR.test(low[j] ?? "")) return mk(i, j + 1, { type: "DATE", year: Number(low[j]), month: mon.month, day: Number(low[i]) });
  return mk(i, i + 1 + (of ? 1 : 0) + mon.length, { type: "DATE", month: mon.month, day: Number(low[i]), needsYear: true });
}

/** Dec. 28, 2014; March 22; Feb. 28. */
export function monthDay(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  const mon = month(s, i);
  if (!mon) return null;
  let j = i + mon.length;
  const dayTok = low[j] === undefined ? undefined : stripOrdinal(g, low[j]!);
  if (!dayTok || !DAY.test(dayTok)) return null;
  // (a score or a clock, "April 25:30"; "on Saturday, April 25: The court ..." is a date)
  if ((low[j + 1] === ":" && /^\d/.test(low[j + 2] ?? "")) || /^[.,]\d/.test(low[j + 1] ?? "")) return null;
  const day = Number(dayTok);
  j++;
  let k = j;
  if (low[k] === ",") k++;
  if (YEAR.test(low[k] ?? "")) return mk(i, k + 1, { type: "DATE", year: Number(low[k]), month: mon.month, day });
  return mk(i, j, { type: "DATE", month: mon.month, day, needsYear: true });
}

/** [bulan] Oktober [tahun] 2022; October 2022; September tahun yang sama; March of last year; June. */
export function monthYear(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  let j = i;
  if (g.monthWord.has(low[j] ?? "")) j++;
  const mon = month(s, j);
  if (!mon) return null;
  j += mon.length;
  let k = j;
  if (g.ofWords.has(low[k] ?? "") || low[k] === ",") k++;
  if (g.yearWord.has(low[k] ?? "") && YEAR.test(low[k + 1] ?? "")) k++;
  if (YEAR.test(low[k] ?? "")) return mk(i, k + 1, { type: "DATE", year: Number(low[k]), month: mon.month });
  const spoken = spokenYear(s, k);
  if (spoken) return mk(i, k + spoken.length, { type: "DATE", year: spoken.year, month: mon.month });
  // month + a relative or anaphoric year: "September tahun yang sama", "March last year"
  const yearPhrase = relativeUnit(s, k) ?? anaphoricUnit(s, k);
  if (yearPhrase && (yearPhrase.draft.relative?.unit === "Y" || yearPhrase.draft.anaphoric === "Y")) {
    const d = yearPhrase.draft;
    return mk(i, yearPhrase.end, { type: "DATE", month: mon.month, relative: d.relative, anaphoric: d.anaphoric, anaphoricOffset: d.anaphoricOffset });
  }
  // a month alone needs its full name and a cue or the month word ("pada bulan September", "in June")
  const full = low[j - 1]!.length >= 3 && mon.length === 1;
  const cue = j - mon.length > i || g.yearCues.has(low[i - 1] ?? "") || g.anchors.before(low, i) !== null;
  // without a cue, a full name that cannot be a word or a given name, among small words ("pengiriman
  // Januari", "January deliveries"; not "June Carter" or "Pasar Juni")
  const alone = full && low[j - 1]!.length === g.fullMonth.get(mon.month) && !g.ambiguousMonths.has(low[j - 1]!) && !inName(s, j - 1) && !/^\p{Lu}/u.test(s.raw[j] ?? "");
  if (!full || !(cue || alone)) return null;
  if (g.ambiguousMonths.has(low[j - 1]!) && !g.yearCues.has(low[i - 1] ?? "")) return null;
  return mk(i, j, { type: "DATE", month: mon.month, needsYear: true });
}

/** Senin (29/12/2014); Selasa sore; on Tuesday; Minggu pagi itu. */
export function weekday(s: Scan, i: number): RawMatch | null {
  const { g, low, raw } = s;
  const wd = g.weekdays.get(low[i] ?? "");
  if (wd === undefined || !/^\p{Lu}/u.test(raw[i]!)) return null;
  if (g.units.has(low[i]!) && g.deictic.has(low[i + 1] ?? "")) return null; // "Minggu lalu": last week
  // "Monday Night Football": a part of the day capitalised inside a sentence makes a title, where the
  // language writes those words in lower case
  if (titleWord(s, i + 1) && g.partOfDay.at(low, i + 1)) return null;
  // inside a name that goes on ("Jalan Pasar Minggu Raya", "Pasar Minggu 14"); "in Florida Friday," stays a date
  if (inName(s, i) && /^[\p{Lu}\d]/u.test(raw[i + 1] ?? "")) return null;
  // "Wed." (an abbreviation's dot) is not read as a date alone; "pada Rabu." ends a sentence
  if (low[i + 1] === "." && g.weekdayAbbreviations.has(low[i]!)) return null;
  // "Saturday, April 25", "Senin, 29 Desember 2014": the date says which one
  // ("Friday Oct. 13", "Friday 13 October": the comma may be left out)
  const at = low[i + 1] === "," ? i + 2 : i + 1;
  const dated = monthDay(s, at) ?? dayMonth(s, at);
  // an abbreviated name ("Sun", "Wed") only before its date: "Sun Microsystems", "Sun, a maker of
  // workstations" is a firm
  if (g.weekdayAbbreviations.has(low[i]!) && !(dated || DAY.test(low[i + 1] ?? "") || g.months.has(low[i + 1] ?? ""))) return null;
  // "Senin (29/12/2014)", and as pre-tokenised text writes it, "Kamis (22 / 6 / 2017)", a comma between
  // at times ("Senin, (20 / 11)")
  const open = low[i + 1] === "(" ? i + 1 : low[i + 1] === "," && low[i + 2] === "(" ? i + 2 : -1;
  if (open > 0) {
    let close = open + 1;
    while (close < open + 7 && close < low.length && low[close] !== ")" && /^(?:\d{1,4}(?:[/-]\d{1,4}){0,2}|[/-])$/.test(low[close]!)) close++;
    const written = low.slice(open + 1, close).join("");
    const inner = low[close] === ")" && close > open + 1 ? numericDraft(s.g, low, open + 1, written, close - open - 1) : null;
    if (inner) return mk(i, close + 1, { ...inner.draft, weekday: wd });
  }
  if (dated) return mk(i, dated.end, { ...dated.draft, weekday: wd });
  return mk(i, i + 1, { type: "DATE", weekday: wd });
}

/** last May, this September, next March; Mei lalu, Juni mendatang, September ini: the month nearest
 * the reference date on that side (this: the reference year's). */
export function deicticMonth(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  const before = g.deictic.get(low[i] ?? "");
  if (before?.position === "before") {
    const mon = month(s, i + 1);
    if (!mon) return null;
    // "last Oct. 23": that day of the nearest such month
    const dated = monthDay(s, i + 1);
    if (dated && dated.draft.year === undefined) return mk(i, dated.end, { type: "DATE", month: mon.month, day: dated.draft.day, monthShift: Math.sign(before.offset) });
    if (mon.length > 1 || low[i + 1]!.length >= 3) return mk(i, i + 1 + mon.length, { type: "DATE", month: mon.month, monthShift: Math.sign(before.offset) });
    return null;
  }
  let j = i;
  if (g.monthWord.has(low[j] ?? "")) j++;
  const mon = month(s, j);
  if (!mon) return null;
  const after = g.deictic.get(low[j + mon.length] ?? "");
  if (after?.position !== "after") return null;
  return mk(i, j + mon.length + 1, { type: "DATE", month: mon.month, monthShift: Math.sign(after.offset) });
}

/** last Monday, next Friday, this Tuesday; the previous Friday, the following Monday (counted from
 * the story's day). */
export function deicticWeekday(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  const k = g.articles.has(low[i] ?? "") ? i + 1 : i;
  const story = k > i ? g.anaphoricDeictic.get(low[k] ?? "") : undefined;
  const d = story ?? g.deictic.get(low[i] ?? "");
  if (!d || d.position !== "before") return null;
  const w = weekday(s, k + 1);
  if (!w || w.draft.weekday === undefined) return null;
  return mk(i, w.end, { ...w.draft, weekdayShift: Math.sign(d.offset), ...(story ? { weekdayFromStory: true } : {}) });
}
