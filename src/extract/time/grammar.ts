// The time-expression grammar, shared by every language: rules over tokens, parametrised by the
// language's TimeLexicon. Each rule reads at token i and returns the tokens it covers and a draft;
// values are computed later (resolve.ts), when the reference date and earlier dates are known.

import type { Token, TimeModifier, TimexMod, TimexType } from "../../model.js";
import type { TimeLexicon } from "../../lang/types.js";
import { PhraseSet } from "./phrases.js";

export type PartOfDay = "MO" | "AF" | "EV" | "NI";

export interface Draft {
  type: TimexType;
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  partOfDay?: PartOfDay;
  season?: string;
  quarter?: number;
  decade?: number; // 199 for "the 1990s"
  century?: number; // 19 for "the 20th century"
  /** Relative to the reference date: unit Y/Q/M/W/D and an offset in that unit. */
  relative?: { unit: string; offset: number };
  /** A weekday name, resolved against the reference date. */
  weekday?: number;
  /** The year (or month/day) comes from an earlier date in the text ("tahun yang sama", "that day"). */
  anaphoric?: string;
  /** A month or day written without its year: the year comes from context. */
  needsYear?: boolean;
  duration?: { n: number | null; unit: string };
  set?: { unit: string; n: number; partOfDay?: PartOfDay };
  ref?: "PRESENT_REF" | "PAST_REF" | "FUTURE_REF";
  mod?: TimexMod;
}

export interface RawMatch {
  start: number; // token index, inclusive
  end: number; // token index, exclusive
  draft: Draft;
  modifiers: TimeModifier[];
  /** Token index where the phrase (anchors included) starts. */
  phraseStart: number;
}

const PART_OF_DAY: Record<string, PartOfDay> = {
  pagi: "MO", subuh: "MO", "dini hari": "MO", siang: "AF", sore: "AF", petang: "EV", malam: "NI",
  morning: "MO", afternoon: "AF", evening: "EV", night: "NI", tonight: "NI",
};

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const DAY = /^(0?[1-9]|[12]\d|3[01])$/;
const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/;
const CLOCK = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/;
const ORDINAL_CENTURY = /^(\d{1,2})(?:st|nd|rd|th)$/;
const DECADE = /^(1[89]\d0|20\d0)'?s$/;

/** A compiled grammar for one language. */
export class TimeGrammar {
  readonly months: Map<string, number>;
  readonly weekdays: Map<string, number>;
  readonly numbers: PhraseSet<number>;
  readonly units: Map<string, string>;
  readonly yearCues: Set<string>;
  readonly yearWord: Set<string>;
  readonly monthWord: Set<string>;
  readonly anchors: PhraseSet<TimeModifier>;
  readonly parts: PhraseSet<{ modifier: TimeModifier; mod: TimexMod }>;
  readonly approx: PhraseSet<{ inside: boolean }>;
  readonly deictic: Map<string, { offset: number; position: "before" | "after" }>;
  readonly relativeDays: PhraseSet<number>;
  readonly ago: PhraseSet<true>;
  readonly later: PhraseSet<true>;
  readonly durationSuffix: PhraseSet<true>;
  readonly sameBefore: PhraseSet<true>;
  readonly sameAfter: PhraseSet<true>;
  readonly every: PhraseSet<true>;
  readonly clockCues: Set<string>;
  readonly am: PhraseSet<true>;
  readonly pm: PhraseSet<true>;
  readonly zones: Set<string>;
  readonly refs: PhraseSet<"PRESENT_REF" | "PAST_REF" | "FUTURE_REF">;
  readonly seasons: PhraseSet<string>;
  readonly quarterWords: Set<string>;
  readonly connectors: Set<string>;
  readonly partOfDay: PhraseSet<PartOfDay>;
  readonly onePrefixes: string[];

  constructor(readonly lex: TimeLexicon) {
    this.months = new Map(Object.entries(lex.months));
    this.weekdays = new Map(Object.entries(lex.weekdays));
    this.numbers = new PhraseSet(Object.entries(lex.numbers));
    this.units = new Map(Object.entries(lex.units));
    this.yearCues = new Set(lex.yearCues);
    this.yearWord = new Set(lex.yearWord);
    this.monthWord = new Set(lex.monthWord);
    this.anchors = new PhraseSet(Object.entries(lex.anchors));
    this.parts = new PhraseSet(Object.entries(lex.parts));
    this.approx = new PhraseSet(Object.entries(lex.approx));
    this.deictic = new Map(Object.entries(lex.deictic));
    this.relativeDays = new PhraseSet(Object.entries(lex.relativeDays));
    this.ago = PhraseSet.of(lex.ago);
    this.later = PhraseSet.of(lex.later);
    this.durationSuffix = PhraseSet.of(["ke depan", "terakhir", "belakangan", "lamanya", "long"]);
    this.sameBefore = PhraseSet.of(lex.sameBefore);
    this.sameAfter = PhraseSet.of(lex.sameAfter);
    this.every = PhraseSet.of(lex.every);
    this.clockCues = new Set(lex.timeOfDay.cues);
    this.am = PhraseSet.of(lex.timeOfDay.am);
    this.pm = PhraseSet.of(lex.timeOfDay.pm);
    this.zones = new Set(lex.timeOfDay.zones);
    this.refs = new PhraseSet(Object.entries(lex.refs));
    this.seasons = new PhraseSet(Object.entries(lex.seasons));
    this.quarterWords = new Set(lex.quarter);
    this.connectors = new Set(lex.rangeConnectors);
    this.partOfDay = new PhraseSet(Object.entries(PART_OF_DAY).filter(([w]) => lex.timeOfDay.am.includes(w) || lex.timeOfDay.pm.includes(w) || w === "tonight" && "tonight" in lex.relativeDays));
    this.onePrefixes = lex.onePrefixes;
  }

  /** All expressions in one sentence's tokens, longest match first, left to right. */
  scan(tokens: readonly Token[]): RawMatch[] {
    const low = tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
    const raw = tokens.map((t) => t.text);
    const out: RawMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const m = this.matchAt(low, raw, i, out[out.length - 1]);
      if (m) {
        const full = this.extend(low, raw, m);
        out.push(full);
        i = full.end;
      } else i++;
    }
    return out;
  }

  /** Words that can begin an expression: most tokens are rejected here without trying every rule. */
  private triggers: Set<string> | null = null;

  private mayStart(w: string): boolean {
    if (!this.triggers) {
      const first = (phrases: Iterable<string>) => [...phrases].map((p) => p.toLowerCase().split(/\s+/)[0]!);
      const lex = this.lex;
      this.triggers = new Set([
        ...Object.keys(lex.months), ...Object.keys(lex.weekdays), ...first(Object.keys(lex.numbers)), ...Object.keys(lex.units),
        ...lex.yearWord, ...lex.monthWord, ...first(Object.keys(lex.deictic)), ...first(Object.keys(lex.relativeDays)),
        ...first(Object.keys(lex.refs)), ...first(lex.every), ...lex.timeOfDay.cues, ...first(Object.keys(lex.seasons)),
        ...lex.quarter, ...first(lex.sameBefore), ...first(lex.timeOfDay.am), ...first(lex.timeOfDay.pm), ...Object.keys(PART_OF_DAY),
        "the", "abad", "q1", "q2", "q3", "q4", "first", "second", "third", "fourth", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
      ]);
    }
    if (this.triggers.has(w) || /^\d/.test(w) || w.includes("-")) return true;
    return this.onePrefixes.some((p) => w.startsWith(p) && this.units.has(w.slice(p.length)));
  }

  private matchAt(low: string[], raw: string[], i: number, prev: RawMatch | undefined): RawMatch | null {
    if (!this.mayStart(low[i]!)) return null;
    const candidates = [
      this.numericDate(low, raw, i),
      this.dayMonth(low, raw, i),
      this.monthDay(low, raw, i),
      this.monthYear(low, raw, i),
      this.clock(low, raw, i),
      this.weekday(low, raw, i),
      this.relativeUnit(low, i),
      this.agoLater(low, i),
      this.duration(low, i),
      this.set(low, i),
      this.year(low, raw, i, prev),
      this.single(low, i),
      this.quarterOrDecade(low, raw, i),
    ].filter((m): m is RawMatch => m !== null);
    if (candidates.length === 0) return null;
    candidates.sort((a, b) => b.end - a.end);
    return candidates[0]!;
  }

  // ---- helpers ----

  private month(low: string[], raw: string[], i: number): { month: number; length: number } | null {
    const w = low[i];
    if (w === undefined) return null;
    const m = this.months.get(w);
    if (m === undefined) return null;
    if (!/^\p{Lu}/u.test(raw[i]!)) return null; // month names are capitalised in both languages
    let length = 1;
    if (low[i + 1] === "." && w.length <= 4) length = 2; // "Dec."
    return { month: m, length };
  }

  private number(low: string[], i: number): { n: number | null; length: number } | null {
    const w = low[i];
    if (w === undefined) return null;
    if (/^\d{1,3}$/.test(w)) return { n: Number(w), length: 1 };
    const p = this.numbers.at(low, i);
    if (p) return { n: p.value < 0 ? null : p.value, length: p.length };
    return null;
  }

  private unitAt(low: string[], i: number): string | null {
    const w = low[i];
    return w === undefined ? null : this.units.get(w) ?? null;
  }

  private mk(start: number, end: number, draft: Draft): RawMatch {
    return { start, end, draft, modifiers: [], phraseStart: start };
  }

  // ---- rules ----

  /** 28/12/2014, 2014-12-28, 30/12 (with a weekday before: "Selasa (30/12)"). */
  private numericDate(low: string[], raw: string[], i: number): RawMatch | null {
    const m = NUMERIC_DATE.exec(low[i] ?? "");
    if (!m) return null;
    let y: number | undefined, mo: number, d: number;
    const a = Number(m[1]), b = Number(m[2]), c = m[3] ? Number(m[3]) : undefined;
    if (m[1]!.length === 4) {
      if (!m[3] || !low[i]!.includes("-")) return null; // ISO form only: 2014-12-28
      y = a; mo = b; d = c!;
    } else {
      if (c === undefined && !this.weekdayBefore(low, i)) return null; // "30/12" alone may be a score
      const dmy = this.lex.numericOrder === "dmy";
      d = dmy ? a : b;
      mo = dmy ? b : a;
      if (c !== undefined) y = c < 100 ? 2000 + c : c;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || (y !== undefined && (y < 1800 || y > 2199))) return null;
    return this.mk(i, i + 1, { type: "DATE", year: y, month: mo, day: d, needsYear: y === undefined });
  }

  private weekdayBefore(low: string[], i: number): boolean {
    return low[i - 1] === "(" && this.weekdays.has(low[i - 2] ?? "");
  }

  /** 28 Desember 2014, 28 Dec 2014, 28 Desember. */
  private dayMonth(low: string[], raw: string[], i: number): RawMatch | null {
    if (!DAY.test(low[i] ?? "")) return null;
    let j = i + 1;
    if (low[j] === "of") j++;
    const mon = this.month(low, raw, j);
    if (!mon) return null;
    j += mon.length;
    if (low[j] === ",") j++;
    if (YEAR.test(low[j] ?? "")) return this.mk(i, j + 1, { type: "DATE", year: Number(low[j]), month: mon.month, day: Number(low[i]) });
    return this.mk(i, i + 1 + (low[i + 1] === "of" ? 1 : 0) + mon.length, { type: "DATE", month: mon.month, day: Number(low[i]), needsYear: true });
  }

  /** Dec. 28, 2014; March 22; Feb. 28. */
  private monthDay(low: string[], raw: string[], i: number): RawMatch | null {
    const mon = this.month(low, raw, i);
    if (!mon) return null;
    let j = i + mon.length;
    const dayTok = low[j]?.replace(/(st|nd|rd|th)$/, "");
    if (!dayTok || !DAY.test(dayTok)) return null;
    if (low[j + 1] === ":" || /^[.,]\d/.test(low[j + 1] ?? "")) return null;
    const day = Number(dayTok);
    j++;
    let k = j;
    if (low[k] === ",") k++;
    if (YEAR.test(low[k] ?? "")) return this.mk(i, k + 1, { type: "DATE", year: Number(low[k]), month: mon.month, day });
    return this.mk(i, j, { type: "DATE", month: mon.month, day, needsYear: true });
  }

  /** [bulan] Oktober [tahun] 2022; October 2022; September tahun yang sama; March of last year; June. */
  private monthYear(low: string[], raw: string[], i: number): RawMatch | null {
    let s = i;
    let j = i;
    if (this.monthWord.has(low[j] ?? "")) j++;
    const mon = this.month(low, raw, j);
    if (!mon) return null;
    j += mon.length;
    let k = j;
    if (low[k] === "of" || low[k] === ",") k++;
    if (this.yearWord.has(low[k] ?? "") && YEAR.test(low[k + 1] ?? "")) k++;
    if (YEAR.test(low[k] ?? "")) return this.mk(s, k + 1, { type: "DATE", year: Number(low[k]), month: mon.month });
    // month + a relative or anaphoric year: "September tahun yang sama", "March last year"
    const yearPhrase = this.relativeUnit(low, k) ?? this.anaphoricUnit(low, k);
    if (yearPhrase && (yearPhrase.draft.relative?.unit === "Y" || yearPhrase.draft.anaphoric === "Y")) {
      const d = yearPhrase.draft;
      return this.mk(s, yearPhrase.end, { type: "DATE", month: mon.month, relative: d.relative, anaphoric: d.anaphoric });
    }
    // a month alone needs its full name and a cue or the month word ("pada bulan September", "in June")
    const full = low[j - 1]!.length >= 3 && mon.length === 1;
    const cue = j - mon.length > s || this.yearCues.has(low[s - 1] ?? "") || this.anchors.before(low, s) !== null;
    if (!full || !cue) return null;
    if (low[j - 1] === "may" && !this.yearCues.has(low[s - 1] ?? "")) return null;
    return this.mk(s, j, { type: "DATE", month: mon.month, needsYear: true });
  }

  /** pukul 06.14 [WIB]; 7.30 a.m.; 10 a.m.; 15:00 GMT. */
  private clock(low: string[], raw: string[], i: number): RawMatch | null {
    let s = i;
    let j = i;
    const cue = this.clockCues.has(low[j] ?? "");
    if (cue) j++;
    let hour: number, minute = 0;
    const c = CLOCK.exec(low[j] ?? "");
    if (c) {
      hour = Number(c[1]);
      minute = Number(c[2]);
    } else if (/^\d{1,2}$/.test(low[j] ?? "") && Number(low[j]) <= 24) {
      hour = Number(low[j]);
    } else return null;
    j++;
    let hasSuffix = false;
    const pm = this.pm.at(low, j);
    const am = this.am.at(low, j);
    if (pm && (low[j] === "p.m." || low[j] === "pm" || /^(sore|malam|siang|petang)$/.test(low[j]!))) {
      if (hour < 12 && !(low[j] === "siang" && hour >= 10)) hour += 12;
      j += pm.length;
      hasSuffix = true;
    } else if (am && (low[j] === "a.m." || low[j] === "am" || /^(pagi|subuh)$/.test(low[j]!))) {
      if (hour === 12) hour = 0;
      j += am.length;
      hasSuffix = true;
    }
    if (this.zones.has(low[j] ?? "")) {
      j++;
      hasSuffix = true;
    }
    // a bare number is a time only with "pukul"/"at" before and (for "at") a suffix after
    if (!c && !hasSuffix && !(cue && low[s] !== "at")) return null;
    if (c && !cue && !hasSuffix) return null; // "06.14" alone may be a score or a decimal
    if (cue && low[s] === "at") s++; // "at" stays outside, like other prepositions
    return this.mk(s, j, { type: "TIME", hour, minute });
  }

  /** Senin (29/12/2014); Selasa sore; on Tuesday; Minggu pagi itu. */
  private weekday(low: string[], raw: string[], i: number): RawMatch | null {
    const wd = this.weekdays.get(low[i] ?? "");
    if (wd === undefined || !/^\p{Lu}/u.test(raw[i]!)) return null;
    if (low[i] === "minggu" && this.deictic.has(low[i + 1] ?? "")) return null; // "Minggu lalu": last week
    if (low[i + 1] === "." && low[i]!.length <= 4) return null;
    let j = i + 1;
    // "Senin (29/12/2014)"
    if (low[j] === "(" && NUMERIC_DATE.test(low[j + 1] ?? "") && low[j + 2] === ")") {
      const inner = this.numericDate(low, raw, j + 1);
      if (inner) {
        j += 3;
        const d = { ...inner.draft };
        return this.mk(i, j, d);
      }
    }
    return this.mk(i, j, { type: "DATE", weekday: wd });
  }

  /** tahun ini, bulan lalu, pekan depan, hari ini; this week, last year, next month, the last week. */
  private relativeUnit(low: string[], i: number): RawMatch | null {
    const u = this.unitAt(low, i);
    if (u) {
      const after = this.deictic.get(low[i + 1] ?? "");
      if (after && after.position === "after") return this.mk(i, i + 2, { type: "DATE", relative: { unit: u, offset: after.offset } });
    }
    let s = i;
    if (low[s] === "the" && this.deictic.get(low[s + 1] ?? "")?.position === "before") s++;
    const before = this.deictic.get(low[s] ?? "");
    const u2 = this.unitAt(low, s + 1);
    if (before && before.position === "before" && u2 && !/s$/.test(low[s + 1]!)) {
      return this.mk(i, s + 2, { type: "DATE", relative: { unit: u2, offset: before.offset } });
    }
    return null;
  }

  /** tahun yang sama, hari itu; the same month, that year. */
  private anaphoricUnit(low: string[], i: number): RawMatch | null {
    const u = this.unitAt(low, i);
    if (u) {
      const same = this.sameAfter.at(low, i + 1);
      if (same) return this.mk(i, i + 1 + same.length, { type: "DATE", anaphoric: u });
    }
    const same = this.sameBefore.at(low, i);
    if (same) {
      const u2 = this.unitAt(low, i + same.length);
      if (u2 && !/s$/.test(low[i + same.length]!)) return this.mk(i, i + same.length + 1, { type: "DATE", anaphoric: u2 });
    }
    return null;
  }

  /** dua hari lalu, three weeks ago, two days later, tiga tahun silam. */
  private agoLater(low: string[], i: number): RawMatch | null {
    const num = this.number(low, i);
    if (!num) return null;
    const u = this.unitAt(low, i + num.length);
    if (!u) return null;
    const j = i + num.length + 1;
    const ago = this.ago.at(low, j);
    const later = ago ? null : this.later.at(low, j);
    if (!ago && !later) return null;
    if (num.n === null) return null;
    const sign = ago ? -1 : 1;
    return this.mk(i, j + (ago ?? later)!.length, { type: "DATE", relative: { unit: u, offset: sign * num.n } });
  }

  /** dua jam, 48 jam, setahun, a decade, three-month, beberapa bulan, bertahun-tahun. */
  private duration(low: string[], i: number): RawMatch | null {
    const w = low[i] ?? "";
    // "three-month", "24-hour"
    const hy = /^(\p{L}+|\d+)-(\p{L}+)$/u.exec(w);
    if (hy) {
      const n = /^\d+$/.test(hy[1]!) ? Number(hy[1]) : this.lex.numbers[hy[1]!];
      const u = this.units.get(hy[2]!);
      if (n !== undefined && u) return this.mk(i, i + 1, { type: "DURATION", duration: { n: n < 0 ? null : n, unit: u } });
    }
    // "setahun", "sebulan"
    for (const p of this.onePrefixes) {
      if (w.startsWith(p) && this.units.has(w.slice(p.length))) return this.mk(i, i + 1, { type: "DURATION", duration: { n: 1, unit: this.units.get(w.slice(p.length))! } });
    }
    // "bertahun-tahun", "berbulan-bulan"
    const redup = /^ber(\p{L}+)-(\p{L}+)$/u.exec(w);
    if (redup && redup[1] === redup[2] && this.units.has(redup[1]!)) return this.mk(i, i + 1, { type: "DURATION", duration: { n: null, unit: this.units.get(redup[1]!)! } });
    const num = this.number(low, i);
    if (!num) return null;
    const u = this.unitAt(low, i + num.length);
    if (!u || u === "Q") return null;
    let j = i + num.length + 1;
    if (this.isAge(low, i, j)) return null;
    if (YEAR.test(low[j] ?? "")) return null; // "tahun 2021" is a year, not a count of years
    const suffix = this.durationSuffix.at(low, j);
    if (suffix) j += suffix.length;
    // "the past several months", "the next few months"
    let s = i;
    const before = this.deictic.get(low[i - 1] ?? "");
    if (before && before.position === "before" && before.offset !== 0) {
      s = i - 1;
      if (low[s - 1] === "the") s--;
    }
    if (u === "WE") return null;
    return this.mk(s, j, { type: "DURATION", duration: { n: num.n, unit: u } });
  }

  /** "berusia 45 tahun", "45 years old", "aged 45": ages are not time expressions. */
  private isAge(low: string[], i: number, j: number): boolean {
    const prev = low[i - 1] ?? "";
    if (/^(berusia|berumur|usia|umur|usianya|umurnya|aged|age)$/.test(prev)) return true;
    if (low[j] === "old" || (low[j] === "-" && low[j + 1] === "old")) return true;
    return false;
  }

  /** setiap hari, every week, each season, daily, annually, every morning. */
  private set(low: string[], i: number): RawMatch | null {
    const adverb: Record<string, string> = { daily: "D", weekly: "W", monthly: "M", annually: "Y", yearly: "Y", hourly: "H" };
    if (adverb[low[i] ?? ""] && low[i] !== undefined) return this.mk(i, i + 1, { type: "SET", set: { unit: adverb[low[i]!]!, n: 1 } });
    const every = this.every.at(low, i);
    if (!every) return null;
    let j = i + every.length;
    const num = this.number(low, j);
    let n = 1;
    if (num && num.n !== null && this.unitAt(low, j + num.length)) {
      n = num.n;
      j += num.length;
    }
    const u = this.unitAt(low, j);
    if (u) {
      const pod = this.partOfDay.at(low, j + 1);
      if (pod) return this.mk(i, j + 1 + pod.length, { type: "SET", set: { unit: u, n, partOfDay: pod.value } });
      return this.mk(i, j + 1, { type: "SET", set: { unit: u, n } });
    }
    const pod = this.partOfDay.at(low, j);
    if (pod) return this.mk(i, j + pod.length, { type: "SET", set: { unit: "D", n: 1, partOfDay: pod.value } });
    const wd = this.weekdays.get(low[j] ?? "");
    if (wd !== undefined) return this.mk(i, j + 1, { type: "SET", set: { unit: "W", n: 1 } });
    return null;
  }

  /** A bare year, only with evidence: "tahun 2021", "pada 2022", "since 2019", "akhir 2022", or in a list. */
  private year(low: string[], raw: string[], i: number, prev: RawMatch | undefined): RawMatch | null {
    let s = i;
    let j = i;
    if (this.yearWord.has(low[j] ?? "")) j++;
    if (!YEAR.test(low[j] ?? "")) return null;
    if (low[j + 1] && /^[.,]\d/.test(low[j + 1]!)) return null;
    const cued = j > s || this.yearCues.has(low[s - 1] ?? "") || this.anchors.before(low, s) !== null;
    const listed = prev !== undefined && prev.end >= s - 2 && prev.end < s && low.slice(prev.end, s).every((w) => this.connectors.has(w) || w === "," || w === "dan" || w === "and" || w === "atau" || w === "or");
    if (!cued && !listed) return null;
    const next = low[j + 1] ?? "";
    if (this.units.has(next) || /^(orang|unit|people|persen|percent|%|dolar|dollars|rupiah|kg|km|meter|ton|buah|ekor|jiwa)$/.test(next)) return null;
    return this.mk(s, j + 1, { type: "DATE", year: Number(low[j]) });
  }

  /** Single words and fixed phrases: kemarin, hari ini, yesterday, saat ini, now, musim hujan. */
  private single(low: string[], i: number): RawMatch | null {
    const rd = this.relativeDays.at(low, i);
    if (rd) return this.mk(i, i + rd.length, { type: "DATE", relative: { unit: "D", offset: rd.value } });
    const ref = this.refs.at(low, i);
    if (ref) return this.mk(i, i + ref.length, { type: "DATE", ref: ref.value });
    const ana = this.anaphoricUnit(low, i);
    if (ana) return ana;
    const season = this.seasons.at(low, i);
    if (season && (low[i]!.startsWith("musim") || this.yearCues.has(low[i - 1] ?? "") || this.deictic.has(low[i - 1] ?? ""))) {
      return this.mk(i, i + season.length, { type: "DATE", season: season.value, needsYear: true });
    }
    const pod = this.partOfDay.at(low, i);
    if (pod) {
      const d = this.deictic.get(low[i + pod.length] ?? "");
      if (d && d.position === "after" && d.offset === 0) return this.mk(i, i + pod.length + 1, { type: "TIME", relative: { unit: "D", offset: 0 }, partOfDay: pod.value });
    }
    return null;
  }

  /** kuartal III 2014, the third quarter, Q3 2014; the 1990s; the 20th century, abad ke-20. */
  private quarterOrDecade(low: string[], raw: string[], i: number): RawMatch | null {
    const w = low[i] ?? "";
    const dec = DECADE.exec(w);
    if (dec) return this.mk(i, i + 1, { type: "DATE", decade: Number(dec[1]!.slice(0, 3)) });
    const cent = ORDINAL_CENTURY.exec(w);
    if (cent && (low[i + 1] === "century" || low[i + 1] === "abad")) return this.mk(i, i + 2, { type: "DATE", century: Number(cent[1]) - 1 });
    if (w === "abad" && /^ke-?\d{1,2}$/.test(low[i + 1] ?? "")) return this.mk(i, i + 2, { type: "DATE", century: Number(low[i + 1]!.replace(/\D/g, "")) - 1 });
    const q = /^q([1-4])$/.exec(w);
    if (q && YEAR.test(low[i + 1] ?? "")) return this.mk(i, i + 2, { type: "DATE", year: Number(low[i + 1]), quarter: Number(q[1]) });
    if (this.quarterWords.has(w)) {
      const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4, pertama: 1, kedua: 2, ketiga: 3, keempat: 4 };
      const n = roman[low[i + 1] ?? ""];
      if (n) {
        if (YEAR.test(low[i + 2] ?? "")) return this.mk(i, i + 3, { type: "DATE", year: Number(low[i + 2]), quarter: n });
        return this.mk(i, i + 2, { type: "DATE", quarter: n, needsYear: true });
      }
    }
    const ordQ: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
    if (ordQ[w] && this.quarterWords.has(low[i + 1] ?? "")) {
      const s = low[i - 1] === "the" ? i - 1 : i;
      if (low[i + 2] === "of" && YEAR.test(low[i + 3] ?? "")) return this.mk(s, i + 4, { type: "DATE", year: Number(low[i + 3]), quarter: ordQ[w] });
      return this.mk(s, i + 2, { type: "DATE", quarter: ordQ[w], needsYear: true });
    }
    return null;
  }

  /** Add what stands around a core expression: approximation and part words (inside the span),
   * anchors (outside: "sejak", "since", "per"), a part of day or a trailing deictic word. */
  private extend(low: string[], raw: string[], m: RawMatch): RawMatch {
    let { start, end } = m;
    const draft = { ...m.draft };
    const modifiers: TimeModifier[] = [];
    // trailing: part of day ("Selasa sore", "Minggu (28/12/2014) pagi"), then "kemarin"/"lalu"/"ini"/"itu"
    if (draft.type === "DATE" && (draft.weekday !== undefined || draft.day !== undefined || draft.relative?.unit === "D")) {
      const pod = this.partOfDay.at(low, end);
      if (pod) {
        draft.type = "TIME";
        draft.partOfDay = pod.value;
        end += pod.length;
      }
    }
    if (draft.type === "DATE" || draft.type === "TIME") {
      const w = low[end] ?? "";
      const d = this.deictic.get(w);
      if ((d && d.position === "after" && draft.relative === undefined && draft.anaphoric === undefined) || (w === "itu" && draft.weekday !== undefined)) end++;
      if (this.zones.has(low[end] ?? "") && draft.type === "TIME") end++;
    }
    // leading: approximation and parts, in any order, then anchors
    for (let guard = 0; guard < 4; guard++) {
      const approx = this.approx.before(low, start);
      if (approx) {
        start -= approx.length;
        draft.mod ??= "APPROX";
        modifiers.unshift("approx");
        continue;
      }
      const part = this.parts.before(low, start);
      if (part && draft.type !== "DURATION" && draft.type !== "SET") {
        start -= part.length;
        draft.mod = part.value.mod;
        modifiers.unshift(part.value.modifier);
        continue;
      }
      break;
    }
    let phraseStart = start;
    const anchor = this.anchors.before(low, start);
    if (anchor && draft.type !== "DURATION" && draft.type !== "SET") {
      phraseStart -= anchor.length;
      modifiers.unshift(anchor.value);
    } else if (this.yearCues.has(low[start - 1] ?? "") && /^(pada|in|on|during|di|dalam)$/.test(low[start - 1]!)) {
      phraseStart -= 1;
    }
    return { start, end, draft, modifiers, phraseStart };
  }
}
