// Expressions counted from the reference date (tahun lalu, last year, dua hari lalu, kemarin, tadi
// malam) or from the last date mentioned (tahun yang sama, the following day, keesokan harinya).

import type { RawMatch } from "../draft.js";
import { YEAR, inName, isAge, isPlural, mk, number, namedYear, oneUnit, spokenYear, titleWord, unitAt, type Scan } from "./common.js";
import { dayMonth, deicticWeekday, monthDay, weekday } from "./dates.js";
import { holiday } from "./holidays.js";

/** keesokan harinya, the next day: a day counted from the last date mentioned; "the day before last
 * Tuesday", "the day after Christmas": from the day named right after it. */
export function anaphoricPhrase(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  const ap = g.anaphoricPhrases.at(low, i);
  if (!ap) return null;
  const j = i + ap.length;
  if (ap.value.unit === "D") {
    const day = deicticWeekday(s, j) ?? weekday(s, j) ?? monthDay(s, j) ?? dayMonth(s, j) ?? holiday(s, j);
    if (day && (day.draft.weekday !== undefined || day.draft.day !== undefined || day.draft.nthWeekday !== undefined)) return mk(i, day.end, { ...day.draft, dayShift: ap.value.offset });
  }
  return mk(i, j, { type: "DATE", anaphoric: ap.value.unit, anaphoricOffset: ap.value.offset });
}

/** tadi malam, semalam, last night, this morning: a part of a day counted from the reference date. */
export function relativeTime(s: Scan, i: number): RawMatch | null {
  const p = s.g.relativeTimes.at(s.low, i);
  if (!p) return null;
  // ("CBS's This Morning": capitalised after its first word, a show's title)
  for (let k = i + 1; k < i + p.length; k++) if (titleWord(s, k)) return null;
  return mk(i, i + p.length, { type: "TIME", relative: { unit: "D", offset: p.value.offset }, partOfDay: p.value.partOfDay });
}

/** tahun ini, bulan lalu, pekan depan, hari ini; this week, last year, next month, the last week;
 * "over the next decade" (a duration). */
export function relativeUnit(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  const u = unitAt(s, i);
  // ("berusia 42 tahun ini": a count of the unit, then "this", as in "this 42-year-old")
  if (u && !countedBefore(s, i)) {
    const after = g.deictic.get(low[i + 1] ?? "");
    if (after && after.position === "after") return mk(i, i + 2, { type: "DATE", relative: { unit: u, offset: after.offset } });
  }
  let k = i;
  if (g.articles.has(low[k] ?? "") && g.deictic.get(low[k + 1] ?? "")?.position === "before") k++;
  const before = g.deictic.get(low[k] ?? "");
  // "this fiscal year", "last fiscal year": a word that only qualifies the period
  const q = g.currentPeriod.has(low[k + 1] ?? "") && g.units.has(low[k + 2] ?? "") ? 1 : 0;
  const u2 = unitAt(s, k + 1 + q);
  // ("the last day of the convention", "the last week of June": the final one of something, no
  // period counted from the reference date)
  const within = (k > i || g.articles.has(low[i - 1] ?? "")) && before?.offset === -1 && g.ofWords.has(low[k + 2 + q] ?? "");
  if (before && before.position === "before" && u2 && !isPlural(g, low[k + 1 + q]!) && !within) {
    // "over the next decade" is a length; "for next year", with no article, the year itself
    if (before.offset !== 0 && k > i && g.durationCues.has(low[i - 1] ?? "") && u2 !== "WE") {
      return mk(i, k + 2 + q, { type: "DURATION", duration: { n: 1, unit: u2 } });
    }
    return mk(i, k + 2 + q, { type: "DATE", relative: { unit: u2, offset: before.offset } });
  }
  return null;
}

/** tahun yang sama, hari itu, tahun berikutnya; the same month, that year, the following day. */
export function anaphoricUnit(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  const u = unitAt(s, i);
  if (u && !countedBefore(s, i)) {
    const same = g.sameAfter.at(low, i + 1);
    if (same) return mk(i, i + 1 + same.length, { type: "DATE", anaphoric: u });
    const next = g.anaphoricDeictic.get(low[i + 1] ?? "");
    if (next && next.position === "after") return mk(i, i + 2, { type: "DATE", anaphoric: u, anaphoricOffset: next.offset });
  }
  const same = g.sameBefore.at(low, i);
  if (same) {
    const u2 = unitAt(s, i + same.length);
    if (u2 && !isPlural(g, low[i + same.length]!)) return mk(i, i + same.length + 1, { type: "DATE", anaphoric: u2 });
  }
  const k = g.articles.has(low[i] ?? "") ? i + 1 : i;
  const prior = g.anaphoricDeictic.get(low[k] ?? "");
  const u3 = unitAt(s, k + 1);
  if (prior && prior.position === "before" && u3 && !isPlural(g, low[k + 1]!)) {
    // "over the following decade": its length, as "over the next decade"
    if (g.durationCues.has(low[i - 1] ?? "")) return mk(i, k + 2, { type: "DURATION", duration: { n: 1, unit: u3 } });
    return mk(i, k + 2, { type: "DATE", anaphoric: u3, anaphoricOffset: prior.offset });
  }
  return null;
}

/** dua hari lalu, three weeks ago, tiga tahun silam, two years from now (dates); "a month earlier",
 * "dua hari kemudian" (dates counted from the story's current time); "two days before the vote"
 * counts from an event named next: only "<n> <unit>" is marked, as a duration. */
export function agoLater(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  // "three weeks", or one unit in one word ("sebulan")
  const one = oneUnit(s, i);
  const num = one ? { n: 1, length: 0 } : number(s, i);
  if (!num) return null;
  const u = one ?? unitAt(s, i + num.length);
  if (!u) return null;
  if (isAge(s, i, i + num.length + 1)) return null;
  // "a week or so ago": about that long ago
  const loose = g.approxAfter.at(low, i + num.length + 1);
  const j = i + num.length + 1 + (loose ? loose.length : 0);
  const ago = g.ago.at(low, j);
  const later = ago ? null : g.later.at(low, j);
  if (!ago && !later) {
    if (u === "WE" || loose) return null;
    // "a year earlier", "sebulan kemudian": counted from the story's current time
    const shift = g.anchoredShifts.at(low, j);
    if (shift && num.n !== null && !g.comparisons.has(low[j + shift.length] ?? "")) return mk(i, j + shift.length, { type: "DATE", shift: { unit: u, n: shift.value * num.n }, aside: shift.value < 0 });
    if (shift || g.eventRelative.at(low, j)) return mk(i, j, { type: "DURATION", duration: { n: num.n, unit: u } });
    return null;
  }
  // "a few days ago", "many years ago": a vague past (or future)
  if (num.n === null) return mk(i, j + (ago ?? later)!.length, { type: "DATE", ref: ago ? "PAST_REF" : "FUTURE_REF" });
  const sign = ago ? -1 : 1;
  return mk(i, j + (ago ?? later)!.length, { type: "DATE", relative: { unit: u, offset: sign * num.n }, ...(ago ? { ago: true, aside: true } : {}), ...(loose ? { mod: "APPROX" as const } : {}) });
}

/** Single words and fixed phrases: kemarin, hari ini, yesterday, saat ini, now, musim hujan, sejenak,
 * tahun yang sama, pagi ini. */
export function single(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  const rd = g.relativeDays.at(low, i);
  if (rd && !inName(s, i)) return mk(i, i + rd.length, { type: "DATE", relative: { unit: "D", offset: rd.value } });
  const ref = g.refs.at(low, i);
  if (ref) return mk(i, i + ref.length, { type: "DATE", ref: ref.value });
  const then = g.eventTimeCues.has(low[i - 1] ?? "") ? g.eventTimes.at(low, i) : null;
  if (then) return mk(i, i + then.length, { type: "DATE", ref: "PAST_REF" });
  const vague = g.vagueDurations.at(low, i);
  if (vague && !g.ofWords.has(low[i + vague.length] ?? "")) return mk(i, i + vague.length, { type: "DURATION", vague: vague.value });
  const ana = anaphoricUnit(s, i);
  if (ana) return ana;
  // "last fall", "this summer", "next spring": the nearest such season on that side
  const lead = g.deictic.get(low[i] ?? "");
  const shifted = lead?.position === "before" ? g.seasons.at(low, i + 1) : null;
  if (lead && shifted) return mk(i, i + 1 + shifted.length, { type: "DATE", season: shifted.value, seasonShift: Math.sign(lead.offset) });
  const season = g.seasons.at(low, i);
  // a one-word season ("fall", "spring") is also a verb or a noun: only after a cue ("in", "this", "last")
  if (season && (season.length > 1 || g.seasonCues.has(low[i - 1] ?? "") || g.deictic.has(low[i - 1] ?? ""))) {
    // "the winter of 1994", "musim kemarau tahun 2015", "the spring of last year": that year's
    let k = i + season.length;
    if (g.ofWords.has(low[k] ?? "")) k++;
    if (g.yearWord.has(low[k] ?? "") && YEAR.test(low[k + 1] ?? "")) k++;
    if (YEAR.test(low[k] ?? "")) return mk(i, k + 1, { type: "DATE", season: season.value, year: Number(low[k]) });
    const spoken = spokenYear(s, k);
    if (spoken) return mk(i, k + spoken.length, { type: "DATE", season: season.value, year: spoken.year });
    const rel = k > i + season.length ? relativeUnit(s, k) : null;
    if (rel && rel.draft.relative?.unit === "Y") return mk(i, rel.end, { type: "DATE", season: season.value, relative: rel.draft.relative });
    return mk(i, i + season.length, { type: "DATE", season: season.value, needsYear: true });
  }
  const pod = g.partOfDay.at(low, i);
  if (pod) {
    const d = g.deictic.get(low[i + pod.length] ?? "");
    if (d && d.position === "after" && d.offset === 0) return mk(i, i + pod.length + 1, { type: "TIME", relative: { unit: "D", offset: 0 }, partOfDay: pod.value });
    // "sore hari ini", "pagi hari ini": the part of a day named after it
    const day = g.relativeDays.at(low, i + pod.length);
    if (day) return mk(i, i + pod.length + day.length, { type: "TIME", relative: { unit: "D", offset: day.value }, partOfDay: pod.value });
    const unit = relativeUnit(s, i + pod.length);
    if (unit && unit.draft.relative?.unit === "D") return mk(i, unit.end, { type: "TIME", relative: unit.draft.relative, partOfDay: pod.value });
    // "by late afternoon", "early morning": that part of the day the story is on (written in lower case:
    // "Late Night" names a show)
    if (g.parts.before(low, i) && /^\p{Ll}/u.test(s.raw[i]!)) return mk(i, i + pod.length, { type: "TIME", anaphoric: "D", partOfDay: pod.value, dayOrReference: true });
  }
  return null;
}

/** Units a "the <unit>" can name as the story's current period (not "the day", "the hour": those
 * mostly name an event's own time, "the day the plant closed"). */
const PERIODS = new Set(["Y", "Q", "M", "W", "WE"]);

/** the quarter, the latest quarter, the current year, the week, the weekend: the story's current
 * period (the last date read, else the reference date's). */
export function storyPeriod(s: Scan, i: number): RawMatch | null {
  const { g, low, raw } = s;
  // (no article after a part of a period: "by the end of year", "at the start of month"; a language
  // without "of" puts the part right before the unit: "hingga akhir tahun", "di penghujung tahun")
  const bare = !g.articles.has(low[i] ?? "") && (g.ofWords.has(low[i - 1] ?? "") || g.ofWords.size === 0) && g.parts.before(low, i) !== null;
  if (!g.articles.has(low[i] ?? "") && !bare) return null;
  let k = bare ? i : i + 1;
  const offset = g.currentPeriod.get(low[k] ?? "");
  if (offset !== undefined) k++;
  // "the current fiscal year", "the latest fiscal year": the first qualifier counts
  if (offset !== undefined && g.currentPeriod.has(low[k] ?? "")) k++;
  // "the latest period": whatever period the story counts in (only with a qualifier: "the period"
  // alone is as often a span of its own)
  const u = offset !== undefined && g.periodNouns.has(low[k] ?? "") ? "P" : unitAt(s, k);
  if (!u || !(PERIODS.has(u) || u === "P") || isPlural(g, low[k]!) || !/^\p{Ll}/u.test(raw[k]!)) return null;
  // "the year 2000", "the week of March 6", "the year-ago quarter": other rules read those
  const next = low[k + 1] ?? "";
  // "the week of March 6": the week that holds the day
  if (u === "W" && offset === undefined && g.ofWords.has(next)) {
    const day = monthDay(s, k + 2) ?? dayMonth(s, k + 2);
    if (day && day.draft.day !== undefined) return mk(i, day.end, { ...day.draft, weekOf: true });
  }
  if (/^\d/.test(next) || next === "-" || g.ofWords.has(next) || namedYear(s, i)) return null;
  // "the year ended March 31": a span of one year, not the year under way
  if (g.closedSpans.units.has(u) && g.closedSpans.words.has(next)) return mk(i, k + 1, { type: "DURATION", duration: { n: 1, unit: u } });
  // ("for the year", "over the weekend": TimeML's annotators read these as the period too, mostly)
  // (a bare "the quarter" with no quarter named before it: the last one ended, as reported)
  return mk(i, k + 1, { type: "DATE", period: { unit: u, offset: offset ?? (g.reportedUnits.has(u) ? -1 : 0) } });
}

/** year-end, year's end: the end of the period under way (the story's, else the reference date's). */
export function periodEnd({ g, low }: Scan, i: number): RawMatch | null {
  const e = g.periodEnds.at(low, i);
  if (!e) return null;
  return { ...mk(i, i + e.length, { type: "DATE", period: { unit: e.value, offset: 0 }, mod: "END" }), modifiers: ["late"] };
}

/** year-earlier, year-ago (as modifiers: "the year-earlier quarter", "the year-ago period",
 * "year-earlier profit"): the story's current period, one unit before. */
export function shiftedPeriod(s: Scan, i: number): RawMatch | null {
  const { g, low } = s;
  const start = i;
  if (g.articles.has(low[i] ?? "")) i++;
  const hy = /^(\p{L}+)-(\p{L}+)$/u.exec(low[i] ?? "");
  if (!hy) return null;
  const u = g.units.get(hy[1]!);
  const back = g.anchoredShifts.at([hy[2]!], 0)?.value ?? (g.ago.at([hy[2]!], 0) ? -1 : undefined);
  if (!u || back === undefined) return null;
  // the noun it qualifies, when that names a period: "quarter", "period"
  const named = g.units.get(low[i + 1] ?? "");
  const noun = named !== undefined || g.periodNouns.has(low[i + 1] ?? "") ? 1 : 0;
  const shift = named !== undefined && PERIODS.has(named) ? { unit: u, n: back, as: named } : { unit: u, n: back };
  return mk(noun || start === i ? start : i, i + 1 + noun, { type: "DATE", shift, aside: true });
}

/** A number stands right before the unit at i ("42 tahun itu"): the unit is counted, not named. */
function countedBefore({ g, low }: Scan, i: number): boolean {
  const w = low[i - 1] ?? "";
  return /^\d+(?:[.,]\d+)?$/.test(w) || g.numberWords.has(w);
}
