// What a rule finds: the tokens it covers and a draft of the expression. Values are computed later
// (resolve.ts), when the reference date and earlier dates are known.

import type { TimeModifier, TimexMod, TimexType } from "../../model.js";
import type { Feast } from "./calendars.js";

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
  /** The half of a year ("first half of 1990": 1). */
  half?: number;
  decade?: number; // 199 for "the 1990s"
  century?: number; // 19 for "the 20th century"
  /** Relative to the reference date: unit Y/Q/M/W/D and an offset in that unit. */
  relative?: { unit: string; offset: number };
  /** A holiday on the nth such weekday of its month (nth -1: the last): the day once the year is known. */
  nthWeekday?: { weekday: number; nth: number; after?: number };
  /** A feast of another reckoning (calendars.ts: "Good Friday" two days before Easter, "Idul Fitri"
   * 1 Syawal, "Imlek"): its month and day once the year is known (`month` holds a guess meanwhile). */
  feast?: Feast;
  /** The year written in the feast's own calendar ("Idul Fitri 1438 H"). */
  feastYear?: number;
  /** A weekday name, resolved against the reference date. */
  weekday?: number;
  /** The year (or month/day) comes from an earlier date in the text ("tahun yang sama", "that day"). */
  anaphoric?: string;
  /** A month or day written without its year: the year comes from context. */
  needsYear?: boolean;
  /** half: and a half more of the unit ("2 1/2 years", "a minute and a half"). */
  duration?: { n: number | null; unit: string; half?: boolean };
  /** A recurring time: every n units, or (slot) one calendar slot of each ("XXXX-WXX-4"). */
  set?: { unit: string; n: number; partOfDay?: PartOfDay; slot?: string };
  ref?: "PRESENT_REF" | "PAST_REF" | "FUTURE_REF";
  mod?: TimexMod;
  /** With `anaphoric`: how many units after (or before) the earlier date ("tahun berikutnya", "the day before"). */
  anaphoricOffset?: number;
  /** A duration without a number, written as its TimeML value ("sejenak" PXX). */
  vague?: string;
  /** The sentence speaks of the future ("akan", "will"): a weekday there is the coming one. */
  future?: boolean;
  /** Counted from the story's current time (the last date written, else the reference date):
   * "a year earlier" { unit: "Y", n: -1 }, "sebulan kemudian" { unit: "M", n: 1 }; `as` the unit
   * the result is named in ("the year-ago quarter": a quarter). */
  shift?: { unit: string; n: number; as?: string };
  /** "<n> <unit> ago": counted from the reference date, but in a story counting in quarters ("third-
   * quarter profit ... compared with a year ago") named as the quarter it compares with. */
  ago?: boolean;
  /** Read against the story's time without moving it: a look back ("a year earlier", "the
   * year-ago quarter") compares, the story stays where it was; a look ahead ("two weeks later")
   * carries it on. */
  aside?: boolean;
  /** The story's current period of a unit ("the quarter", "the latest quarter"), and its offset
   * from the reference date's when the text has not set one. */
  period?: { unit: string; offset: number };
  /** A season with a deictic word: "last fall" -1, "this summer" 0, "next spring" +1. */
  seasonShift?: number;
  /** A month with a deictic word: "last May"/"Mei lalu" -1, "this September" 0, "next March" +1. */
  monthShift?: number;
  /** A weekday with a deictic word: "Senin lalu"/"last Monday" -1, "Senin depan"/"next Monday" +1. */
  weekdayShift?: number;
  /** The shift counts from the story's current day, not the reference date: "the previous Friday". */
  weekdayFromStory?: boolean;
  /** A decade written with two digits or as a word ("the '80s", "the nineties"): its digit, the
   * century from the reference date. */
  decadeShort?: number;
  /** The quarter is the one the story reports, in the year the draft names: "the 1988 quarter",
   * "last year's quarter". */
  storyQuarter?: boolean;
  /** Days after (or before) the day the rest of the draft names: "the day before last Tuesday" -1. */
  dayShift?: number;
  /** An anaphoric day that falls back on the reference date when the text has named no day yet. */
  dayOrReference?: boolean;
  /** The week that holds the day: "the week of March 6". */
  weekOf?: boolean;
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
