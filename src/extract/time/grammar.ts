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
  /** With `anaphoric`: how many units after (or before) the earlier date ("tahun berikutnya", "the day before"). */
  anaphoricOffset?: number;
  /** A duration without a number, written as its TimeML value ("sejenak" PXX). */
  vague?: string;
  /** The sentence speaks of the future ("akan", "will"): a weekday there is the coming one. */
  future?: boolean;
  /** A weekday with a deictic word: "Senin lalu"/"last Monday" -1, "Senin depan"/"next Monday" +1. */
  weekdayShift?: number;
}

export interface RawMatch {
  start: number; // token index, inclusive
  end: number; // token index, exclusive
  draft: Draft;
  modifiers: TimeModifier[];
  /** Token index where the phrase (anchors included) starts. */
  phraseStart: number;
  /** Character offsets of the expression and of its phrase (anchors included), set by scan(). */
  span?: [number, number];
  phraseSpan?: [number, number];
}

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const DAY = /^(0?[1-9]|[12]\d|3[01])$/;
const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/;
const CLOCK = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/;
const ORDINAL_CENTURY = /^(\d{1,2})(?:st|nd|rd|th)$/;
const DECADE = /^(1[89]\d0|20\d0)(\D{1,3})$/;

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
  readonly ordinals: Set<string>;
  readonly relativeTimes: PhraseSet<{ offset: number; partOfDay: PartOfDay }>;
  readonly eventRelative: PhraseSet<true>;
  readonly anaphoricDeictic: Map<string, { offset: number; position: "before" | "after" }>;
  readonly anaphoricPhrases: PhraseSet<{ unit: string; offset: number }>;
  readonly durationCues: Set<string>;
  readonly vagueDurations: PhraseSet<string>;
  readonly ageBefore: Set<string>;
  readonly ageAfter: Set<string>;
  readonly countNouns: Set<string>;
  readonly yearDeterminers: Set<string>;
  readonly futureCues: Set<string>;
  readonly setAdverbs: Map<string, string>;
  readonly decadeSuffixes: Set<string>;
  readonly seasonCues: Set<string>;
  readonly perWords: Set<string>;
  readonly indefinites: Set<string>;
  /** The full (longest) name of each month: "sept." is an abbreviation, "june." ends a sentence. */
  private readonly fullMonth = new Map<number, number>();

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
    this.ordinals = new Set(lex.ordinalSuffixes);
    this.relativeTimes = new PhraseSet(Object.entries(lex.relativeTimes));
    this.eventRelative = PhraseSet.of(lex.eventRelative);
    this.anaphoricDeictic = new Map(Object.entries(lex.anaphoricDeictic));
    this.anaphoricPhrases = new PhraseSet(Object.entries(lex.anaphoricPhrases));
    this.durationCues = new Set(lex.durationCues);
    this.vagueDurations = new PhraseSet(Object.entries(lex.vagueDurations));
    this.ageBefore = new Set(lex.ageCues.before);
    this.ageAfter = new Set(lex.ageCues.after);
    this.countNouns = new Set(lex.countNouns);
    this.yearDeterminers = new Set(lex.yearDeterminers);
    this.futureCues = new Set(lex.futureCues);
    this.setAdverbs = new Map(Object.entries(lex.setAdverbs));
    this.decadeSuffixes = new Set(lex.decadeSuffixes);
    this.seasonCues = new Set(lex.seasonCues);
    this.perWords = new Set(lex.perWords);
    this.indefinites = new Set(lex.indefinites);
    for (const [name, m] of Object.entries(lex.months)) this.fullMonth.set(m, Math.max(this.fullMonth.get(m) ?? 0, name.length));
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
    this.partOfDay = new PhraseSet(Object.entries(lex.partsOfDay));
    this.onePrefixes = lex.onePrefixes;
  }

  /** All expressions in one sentence's tokens, longest match first, left to right. Matches carry
   * character spans; their token indices refer to the grammar's own view of the tokens, where "20"+"th"
   * is one token and "2-3" before a unit is three. */
  scan(tokens: readonly Token[]): RawMatch[] {
    const view = this.view(tokens);
    const low = view.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
    const raw = view.map((t) => t.text);
    const out: RawMatch[] = [];
    let i = 0;
    while (i < view.length) {
      const m = this.matchAt(low, raw, i, out[out.length - 1]);
      if (m) {
        const full = this.extend(low, raw, m);
        if (full.draft.weekday !== undefined && full.draft.weekdayShift === undefined) full.draft.future = this.futureBefore(low, full.phraseStart);
        full.span = [view[full.start]!.span[0], view[full.end - 1]!.span[1]];
        full.phraseSpan = [view[full.phraseStart]!.span[0], full.span[1]];
        out.push(full);
        i = full.end;
      } else i++;
    }
    return out;
  }

  /** A word marking the future ("akan", "will", "postponed") among the few words before token i. */
  private futureBefore(low: string[], i: number): boolean {
    for (let k = Math.max(0, i - 8); k < i; k++) if (this.futureCues.has(low[k]!)) return true;
    return false;
  }

  /** Tokens as the rules read them: a number and its ordinal suffix joined ("20th"), a range of two
   * numbers split before a unit or month ("2-3 menit", "1-3 Januari") or when both are years. */
  private view(tokens: readonly Token[]): Token[] {
    const out: Token[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const next = tokens[k + 1];
      if (next && next.span[0] === t.span[1] && /^\d{1,4}$/.test(t.text) && this.ordinals.has(next.text.toLowerCase())) {
        out.push({ text: t.text + next.text, span: [t.span[0], next.span[1]] });
        k++;
        continue;
      }
      // "1990s", "1990's", "1970-an": a decade, one token
      if (next && next.span[0] === t.span[1] && /^\d{3}0$/.test(t.text)) {
        const two = tokens[k + 2];
        const joined2 = two && two.span[0] === next.span[1] ? (next.text + two.text).toLowerCase() : "";
        if (joined2 && this.decadeSuffixes.has(joined2)) {
          out.push({ text: t.text + next.text + two!.text, span: [t.span[0], two!.span[1]] });
          k += 2;
          continue;
        }
        if (this.decadeSuffixes.has(next.text.toLowerCase())) {
          out.push({ text: t.text + next.text, span: [t.span[0], next.span[1]] });
          k++;
          continue;
        }
      }
      const r = /^(\d{1,4})([-–])(\d{1,4})$/.exec(t.text);
      if (r) {
        const after = next?.text.toLowerCase() ?? "";
        const years = YEAR.test(r[1]!) && YEAR.test(r[3]!);
        const before = out.length > 0 ? out[out.length - 1]!.text.toLowerCase().replace(/\.$/, "") : "";
        if (years || this.units.has(after) || this.months.has(after) || (this.months.has(before) && Number(r[1]) < Number(r[3]))) {
          const a = t.span[0];
          const b = a + r[1]!.length;
          out.push({ text: r[1]!, span: [a, b] }, { text: r[2]!, span: [b, b + 1] }, { text: r[3]!, span: [b + 1, t.span[1]] });
          continue;
        }
      }
      out.push(t);
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
        ...lex.quarter, ...first(lex.sameBefore), ...first(lex.timeOfDay.am), ...first(lex.timeOfDay.pm), ...first(Object.keys(lex.partsOfDay)),
        ...first(Object.keys(lex.relativeTimes)), ...first(Object.keys(lex.anaphoricPhrases)), ...first(Object.keys(lex.vagueDurations)),
        ...Object.keys(lex.anaphoricDeictic), ...lex.yearDeterminers,
        ...Object.keys(lex.setAdverbs), ...lex.perWords,
        "the", "abad", "q1", "q2", "q3", "q4", "first", "second", "third", "fourth",
      ]);
    }
    if (this.triggers.has(w) || /^\d/.test(w) || w.includes("-")) return true;
    return this.onePrefixes.some((p) => w.startsWith(p) && this.units.has(w.slice(p.length)));
  }

  private matchAt(low: string[], raw: string[], i: number, prev: RawMatch | undefined): RawMatch | null {
    if (!this.mayStart(low[i]!)) return null;
    const candidates = [
      this.anaphoricPhrase(low, i),
      this.relativeTime(low, i),
      this.rangeHead(low, raw, i),
      this.listedDay(low, i, prev),
      this.numericDate(low, raw, i),
      this.dayMonth(low, raw, i),
      this.monthDay(low, raw, i),
      this.monthYear(low, raw, i),
      this.clock(low, raw, i),
      this.weekday(low, raw, i),
      this.deicticWeekday(low, raw, i),
      this.relativeUnit(low, i),
      this.agoLater(low, i),
      this.set(low, raw, i),
      this.duration(low, i),
      this.year(low, raw, i, prev),
      this.single(low, raw, i),
      this.quarterOrDecade(low, raw, i),
    ].filter((m): m is RawMatch => m !== null);
    if (candidates.length === 0) return null;
    candidates.sort((a, b) => b.end - a.end); // stable: on equal length, the earlier rule wins
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
    if (low[i + 1] === "." && w.length < this.fullMonth.get(m)!) length = 2; // "Dec.", but "June." ends a sentence
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

  /** keesokan harinya, the next day: a day counted from the last date mentioned. */
  private anaphoricPhrase(low: string[], i: number): RawMatch | null {
    const ap = this.anaphoricPhrases.at(low, i);
    if (!ap) return null;
    return this.mk(i, i + ap.length, { type: "DATE", anaphoric: ap.value.unit, anaphoricOffset: ap.value.offset });
  }

  /** tadi malam, semalam, last night, this morning: a part of a day counted from the reference date. */
  private relativeTime(low: string[], i: number): RawMatch | null {
    const p = this.relativeTimes.at(low, i);
    if (!p) return null;
    return this.mk(i, i + p.length, { type: "TIME", relative: { unit: "D", offset: p.value.offset }, partOfDay: p.value.partOfDay });
  }

  /** The first member of a range whose unit is written once, after the second: "1-3 Januari" (1 January),
   * "2-3 menit" (2 minutes), "dua hingga tiga hari"; "March 5-7" is listedDay's. */
  private rangeHead(low: string[], raw: string[], i: number): RawMatch | null {
    const num = this.number(low, i);
    if (!num || num.n === null) return null;
    const c = i + num.length;
    if (!this.connectors.has(low[c] ?? "") || low[c] === "and") return null;
    const second = c + 1;
    if (/^\d+$/.test(low[i]!) && DAY.test(low[i]!)) {
      const dm = this.dayMonth(low, raw, second);
      if (dm && Number(low[i]) < (dm.draft.day ?? 0)) return this.mk(i, c, { ...dm.draft, day: Number(low[i]) });
    }
    const num2 = this.number(low, second);
    if (num2 && num2.n !== null && num2.n > num.n) {
      const u = this.unitAt(low, second + num2.length);
      if (u && u !== "WE" && !this.isAge(low, i, second + num2.length + 1)) return this.mk(i, c, { type: "DURATION", duration: { n: num.n, unit: u } });
    }
    return null;
  }

  /** The second day of a range written once with its month: "March 5-7"; "5-7 March" is rangeHead's. */
  private listedDay(low: string[], i: number, prev: RawMatch | undefined): RawMatch | null {
    if (!prev || prev.end !== i - 1 || !this.connectors.has(low[i - 1] ?? "")) return null;
    const d = prev.draft;
    if (d.day === undefined || d.month === undefined || d.hour !== undefined) return null;
    if (!DAY.test(low[i] ?? "") || Number(low[i]) <= d.day) return null;
    if (this.months.has(low[i + 1] ?? "") || /^[.,:]\d/.test(low[i + 1] ?? "")) return null;
    return this.mk(i, i + 1, { type: "DATE", year: d.year, month: d.month, day: Number(low[i]), needsYear: d.needsYear });
  }

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
      return this.mk(s, yearPhrase.end, { type: "DATE", month: mon.month, relative: d.relative, anaphoric: d.anaphoric, anaphoricOffset: d.anaphoricOffset });
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
    if (this.units.has(low[i]!) && this.deictic.has(low[i + 1] ?? "")) return null; // "Minggu lalu": last week
    // inside a name that goes on ("Jalan Pasar Minggu Raya", "Pasar Minggu 14"); "in Florida Friday," stays a date
    if (this.inName(raw, i) && /^[\p{Lu}\d]/u.test(raw[i + 1] ?? "")) return null;
    if (low[i + 1] === "." && low[i]!.length <= 4) return null;
    let j = i + 1;
    // "Senin (29/12/2014)"
    if (low[j] === "(" && NUMERIC_DATE.test(low[j + 1] ?? "") && low[j + 2] === ")") {
      const inner = this.numericDate(low, raw, j + 1);
      if (inner) {
        j += 3;
        const d = { ...inner.draft, weekday: wd };
        return this.mk(i, j, d);
      }
    }
    return this.mk(i, j, { type: "DATE", weekday: wd });
  }

  /** last Monday, next Friday, this Tuesday. */
  private deicticWeekday(low: string[], raw: string[], i: number): RawMatch | null {
    const d = this.deictic.get(low[i] ?? "");
    if (!d || d.position !== "before") return null;
    const w = this.weekday(low, raw, i + 1);
    if (!w || w.draft.weekday === undefined) return null;
    return this.mk(i, w.end, { ...w.draft, weekdayShift: Math.sign(d.offset) });
  }

  /** tahun ini, bulan lalu, pekan depan, hari ini; this week, last year, next month, the last week;
   * "over the next decade" (a duration). */
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
      if (before.offset !== 0 && this.durationCues.has(low[i - 1] ?? "") && u2 !== "WE") {
        return this.mk(i, s + 2, { type: "DURATION", duration: { n: 1, unit: u2 } });
      }
      return this.mk(i, s + 2, { type: "DATE", relative: { unit: u2, offset: before.offset } });
    }
    return null;
  }

  /** tahun yang sama, hari itu, tahun berikutnya; the same month, that year, the following day. */
  private anaphoricUnit(low: string[], i: number): RawMatch | null {
    const u = this.unitAt(low, i);
    if (u) {
      const same = this.sameAfter.at(low, i + 1);
      if (same) return this.mk(i, i + 1 + same.length, { type: "DATE", anaphoric: u });
      const next = this.anaphoricDeictic.get(low[i + 1] ?? "");
      if (next && next.position === "after") return this.mk(i, i + 2, { type: "DATE", anaphoric: u, anaphoricOffset: next.offset });
    }
    const same = this.sameBefore.at(low, i);
    if (same) {
      const u2 = this.unitAt(low, i + same.length);
      if (u2 && !/s$/.test(low[i + same.length]!)) return this.mk(i, i + same.length + 1, { type: "DATE", anaphoric: u2 });
    }
    const s = low[i] === "the" ? i + 1 : i;
    const prior = this.anaphoricDeictic.get(low[s] ?? "");
    const u3 = this.unitAt(low, s + 1);
    if (prior && prior.position === "before" && u3 && !/s$/.test(low[s + 1]!)) {
      return this.mk(i, s + 2, { type: "DATE", anaphoric: u3, anaphoricOffset: prior.offset });
    }
    return null;
  }

  /** dua hari lalu, three weeks ago, tiga tahun silam, two years from now (dates); "a month earlier",
   * "dua hari kemudian" count from another event: only "<n> <unit>" is marked, as a duration. */
  private agoLater(low: string[], i: number): RawMatch | null {
    const num = this.number(low, i);
    if (!num) return null;
    const u = this.unitAt(low, i + num.length);
    if (!u) return null;
    const j = i + num.length + 1;
    if (this.isAge(low, i, j)) return null;
    const ago = this.ago.at(low, j);
    const later = ago ? null : this.later.at(low, j);
    if (!ago && !later) {
      if (this.eventRelative.at(low, j) && u !== "WE") return this.mk(i, j, { type: "DURATION", duration: { n: num.n, unit: u } });
      return null;
    }
    // "a few days ago", "many years ago": a vague past (or future)
    if (num.n === null) return this.mk(i, j + (ago ?? later)!.length, { type: "DATE", ref: ago ? "PAST_REF" : "FUTURE_REF" });
    const sign = ago ? -1 : 1;
    return this.mk(i, j + (ago ?? later)!.length, { type: "DATE", relative: { unit: u, offset: sign * num.n } });
  }

  /** dua jam, 48 jam, setahun, a decade, three-month, beberapa bulan, bertahun-tahun, the past several
   * months, sepekan terakhir; "for years" (a bare plural unit after a duration cue). */
  private duration(low: string[], i: number): RawMatch | null {
    let k = i;
    // "the past several months", "the next few months", "the last 10 years"
    if (low[k] === "the" && this.deictic.get(low[k + 1] ?? "")?.position === "before") k++;
    const lead = this.deictic.get(low[k] ?? "");
    if (lead && lead.position === "before" && lead.offset !== 0) k++;
    else k = i;
    const found = this.durationCore(low, k);
    if (!found) return null;
    if (k > i && found.kind !== "number") return null;
    let j = found.end;
    if (found.unit === "WE" || (found.unit === "Q" && found.kind === "number")) return null;
    if (found.kind === "number" && this.isAge(low, k, j)) return null;
    if (found.kind === "number" && YEAR.test(low[j] ?? "")) return null; // "tahun 2021" is a year, not a count of years
    const suffix = this.durationSuffix.at(low, j);
    if (suffix) j += suffix.length;
    return this.mk(i, j, { type: "DURATION", duration: { n: found.n, unit: found.unit } });
  }

  private durationCore(low: string[], i: number): { n: number | null; unit: string; end: number; kind: "word" | "number" | "bare" } | null {
    const w = low[i] ?? "";
    // "three-month", "24-hour"
    const hy = /^(\p{L}+|\d+)-(\p{L}+)$/u.exec(w);
    if (hy) {
      const n = /^\d+$/.test(hy[1]!) ? Number(hy[1]) : this.lex.numbers[hy[1]!];
      const u = this.units.get(hy[2]!);
      if (n !== undefined && u) return { n: n < 0 ? null : n, unit: u, end: i + 1, kind: "word" };
    }
    // "setahun", "sebulan" (not "semalam" when it means last night)
    if (!this.relativeTimes.at(low, i)) {
      for (const p of this.onePrefixes) {
        if (w.startsWith(p) && this.units.has(w.slice(p.length))) return { n: 1, unit: this.units.get(w.slice(p.length))!, end: i + 1, kind: "word" };
      }
    }
    // "bertahun-tahun", "berbulan-bulan"
    const redup = /^ber(\p{L}+)-(\p{L}+)$/u.exec(w);
    if (redup && redup[1] === redup[2] && this.units.has(redup[1]!)) return { n: null, unit: this.units.get(redup[1]!)!, end: i + 1, kind: "word" };
    // "for years", "over decades"
    const bare = this.units.get(w);
    if (bare && /s$/.test(w) && this.durationCues.has(low[i - 1] ?? "")) return { n: null, unit: bare, end: i + 1, kind: "bare" };
    const num = this.number(low, i);
    if (!num) return null;
    const u = this.unitAt(low, i + num.length);
    if (!u) return null;
    return { n: num.n, unit: u, end: i + num.length + 1, kind: "number" };
  }

  /** "berusia 45 tahun", "45 years old", "aged 45", "ages 6 months and older": ages are not time expressions. */
  private isAge(low: string[], i: number, j: number): boolean {
    if (this.ageBefore.has(low[i - 1] ?? "")) return true;
    if (this.ageAfter.has(low[j] ?? "") || (low[j] === "-" && this.ageAfter.has(low[j + 1] ?? ""))) return true;
    return false;
  }

  /** setiap hari, every week, each season, daily, annually, every morning. */
  private set(low: string[], raw: string[], i: number): RawMatch | null {
    const adverb = this.setAdverbs.get(low[i] ?? "");
    if (adverb && !this.inName(raw, i)) return this.mk(i, i + 1, { type: "SET", set: { unit: adverb, n: 1 } });
    // "per tahun", "per year"
    if (this.perWords.has(low[i] ?? "")) {
      const u = this.unitAt(low, i + 1);
      if (u && u !== "WE" && !/s$/.test(low[i + 1]!)) return this.mk(i, i + 2, { type: "SET", set: { unit: u, n: 1 } });
    }
    // "$25,000 a year", "60 hours a week": a rate after an amount
    if (this.indefinites.has(low[i] ?? "") && (/\d|times$/.test(low[i - 1] ?? "") || this.units.has(low[i - 1] ?? ""))) {
      const u = this.unitAt(low, i + 1);
      if (u && u !== "WE" && !/s$/.test(low[i + 1]!)) return this.mk(i, i + 2, { type: "SET", set: { unit: u, n: 1 } });
    }
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

  /** A bare year, only with evidence: "tahun 2021", "pada 2022", "since 2019", "akhir 2022", in a list,
   * the first of a range of years ("2009-2010"), or after an indefinite article before a noun ("a 2009 analysis"). */
  private year(low: string[], raw: string[], i: number, prev: RawMatch | undefined): RawMatch | null {
    const s = i;
    let j = i;
    if (this.yearWord.has(low[j] ?? "")) j++;
    if (!YEAR.test(low[j] ?? "")) return null;
    if (low[j + 1] && /^[.,]\d/.test(low[j + 1]!)) return null;
    const cued = j > s || this.yearCues.has(low[s - 1] ?? "") || this.anchors.before(low, s) !== null;
    const listed = prev !== undefined && prev.end >= s - 2 && prev.end < s && low.slice(prev.end, s).every((w) => this.connectors.has(w) || w === "," || w === "dan" || w === "and" || w === "atau" || w === "or");
    const y = Number(low[j]);
    const rangeEnd = (low[j + 1] === "-" || low[j + 1] === "–" || low[j + 1] === "/") && YEAR.test(low[j + 2] ?? "") ? Number(low[j + 2]) : 0;
    const range = rangeEnd > y && rangeEnd - y <= 30 && !this.isCount(low[j + 3] ?? "");
    const determined = this.yearDeterminers.has(low[s - 1] ?? "") && /^\p{Ll}/u.test(raw[j + 1] ?? "");
    if (!cued && !listed && !range && !determined) return null;
    if (this.isCount(low[j + 1] ?? "")) return null;
    return this.mk(s, j + 1, { type: "DATE", year: y });
  }

  private isCount(w: string): boolean {
    return this.units.has(w) || this.countNouns.has(w);
  }

  /** A capitalised word right after another capitalised word inside a sentence: part of a name
   * ("USA Today", "Breitbart News Daily"), not a time word. */
  private inName(raw: string[], i: number): boolean {
    if (i < 2) return false;
    const prev = raw[i - 1]!.toLowerCase();
    if (this.zones.has(prev) || this.months.has(prev) || this.weekdays.has(prev)) return false;
    return /^\p{Lu}/u.test(raw[i]!) && /^\p{Lu}/u.test(raw[i - 1]!);
  }

  /** Single words and fixed phrases: kemarin, hari ini, yesterday, saat ini, now, musim hujan, sejenak,
   * keesokan harinya, the next day. */
  private single(low: string[], raw: string[], i: number): RawMatch | null {
    const rd = this.relativeDays.at(low, i);
    if (rd && !this.inName(raw, i)) return this.mk(i, i + rd.length, { type: "DATE", relative: { unit: "D", offset: rd.value } });
    const ref = this.refs.at(low, i);
    if (ref) return this.mk(i, i + ref.length, { type: "DATE", ref: ref.value });
    const vague = this.vagueDurations.at(low, i);
    if (vague) return this.mk(i, i + vague.length, { type: "DURATION", vague: vague.value });
    const ana = this.anaphoricUnit(low, i);
    if (ana) return ana;
    const season = this.seasons.at(low, i);
    // a one-word season ("fall", "spring") is also a verb or a noun: only after a cue ("in", "this", "last")
    if (season && (season.length > 1 || this.seasonCues.has(low[i - 1] ?? "") || this.deictic.has(low[i - 1] ?? ""))) {
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
    if (dec && this.decadeSuffixes.has(dec[2]!)) return this.mk(i, i + 1, { type: "DATE", decade: Number(dec[1]!.slice(0, 3)) });
    const dec2 = this.yearWord.has(w) ? DECADE.exec(low[i + 1] ?? "") : null; // "tahun 1970-an"
    if (dec2 && this.decadeSuffixes.has(dec2[2]!)) return this.mk(i, i + 2, { type: "DATE", decade: Number(dec2[1]!.slice(0, 3)) });
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
    // a clock time right after a day ("Minggu pukul 07.55", "Senin (29/12/2014) pukul 10.00 WIB")
    const dayLike = draft.weekday !== undefined || draft.day !== undefined || draft.relative?.unit === "D" || draft.anaphoric === "D";
    if ((draft.type === "DATE" || draft.type === "TIME") && dayLike && draft.hour === undefined) {
      const c = this.clock(low, raw, end);
      if (c && c.start === end) {
        draft.type = "TIME";
        draft.hour = c.draft.hour;
        draft.minute = c.draft.minute;
        delete draft.partOfDay;
        end = c.end;
      }
    }
    // a weekday right after a clock time ("15:00 GMT Saturday")
    if (draft.type === "TIME" && draft.hour !== undefined && !dayLike) {
      const wd = this.weekday(low, raw, end);
      if (wd && wd.draft.weekday !== undefined && wd.end === end + 1) {
        draft.weekday = wd.draft.weekday;
        end = wd.end;
      }
    }
    if (draft.type === "DATE" || draft.type === "TIME") {
      const w = low[end] ?? "";
      const d = this.deictic.get(w);
      if (d && d.position === "after" && draft.relative === undefined && draft.anaphoric === undefined) {
        end++;
        if (draft.weekday !== undefined && draft.day === undefined) draft.weekdayShift = Math.sign(d.offset); // "Senin lalu", "Jumat depan"
      } else if (draft.weekday !== undefined) {
        const same = this.sameAfter.at(low, end); // "Minggu pagi itu": a day already told, never a coming one
        if (same) {
          end += same.length;
          draft.weekdayShift = draft.weekdayShift ?? 0;
        }
      }
      if (this.zones.has(low[end] ?? "") && draft.type === "TIME") end++;
    }
    // leading: approximation and parts, in any order, then anchors
    for (let guard = 0; guard < 4; guard++) {
      const approx = this.approx.before(low, start);
      if (approx && approx.value.inside) {
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
    // approximation kept outside the span where the language's gold convention does (TempEval-3's
    // "about three years"), inside elsewhere (IndoTimex's "sekitar pukul 06.14"); APPROX either way
    const outside = this.approx.before(low, start);
    if (outside && !outside.value.inside) {
      phraseStart -= outside.length;
      draft.mod ??= "APPROX";
      modifiers.unshift("approx");
    }
    const anchor = this.anchors.before(low, phraseStart);
    if (anchor && draft.type !== "DURATION" && draft.type !== "SET") {
      phraseStart -= anchor.length;
      modifiers.unshift(anchor.value);
    } else if (this.yearCues.has(low[start - 1] ?? "") && /^(pada|in|on|during|di|dalam)$/.test(low[start - 1]!)) {
      phraseStart -= 1;
    }
    return { start, end, draft, modifiers, phraseStart };
  }
}
