// English time words, for the shared time-expression grammar (src/extract/time/).
import type { TimeLexicon } from "../types.js";

export const time: TimeLexicon = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
    nov: 11, december: 12, dec: 12,
  },
  weekdays: {
    monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
    friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
  },
  numbers: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
    several: -1, few: -1, "a few": -1, many: -1, some: -1, couple: 2, "a couple of": 2,
  },
  onePrefixes: [],
  units: {
    year: "Y", years: "Y", month: "M", months: "M", week: "W", weeks: "W", day: "D", days: "D", hour: "H",
    hours: "H", minute: "MI", minutes: "MI", second: "S", seconds: "S", decade: "DE", decades: "DE",
    century: "CE", centuries: "CE", quarter: "Q", quarters: "Q", weekend: "WE", night: "D", nights: "D",
  },
  yearCues: [
    "in", "since", "by", "until", "till", "through", "during", "early", "late", "mid", "before", "after",
    "from", "of", "around", "about", "between", "to", "year", "circa", "as", "summer", "winter", "spring",
    "fall", "autumn", "end", "beginning", "start", "middle", "fiscal", "and",
  ],
  yearWord: [],
  monthWord: [],
  anchors: {
    since: "since", "as of": "as-of", until: "until", till: "until", through: "until", "up to": "until",
    before: "before", after: "after", by: "until",
  },
  parts: {
    early: { modifier: "early", mod: "START" },
    "the beginning of": { modifier: "early", mod: "START" },
    "the start of": { modifier: "early", mod: "START" },
    "beginning of": { modifier: "early", mod: "START" },
    mid: { modifier: "mid", mod: "MID" },
    "the middle of": { modifier: "mid", mod: "MID" },
    "middle of": { modifier: "mid", mod: "MID" },
    late: { modifier: "late", mod: "END" },
    "the end of": { modifier: "late", mod: "END" },
    "end of": { modifier: "late", mod: "END" },
  },
  approx: { about: { inside: true }, around: { inside: true }, approximately: { inside: true }, roughly: { inside: true }, nearly: { inside: true } },
  deictic: {
    this: { offset: 0, position: "before" },
    last: { offset: -1, position: "before" },
    past: { offset: -1, position: "before" },
    previous: { offset: -1, position: "before" },
    next: { offset: 1, position: "before" },
    coming: { offset: 1, position: "before" },
  },
  relativeDays: { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 },
  ago: ["ago", "earlier", "before"],
  later: ["later", "from now", "hence"],
  sameBefore: ["the same", "that"],
  sameAfter: [],
  every: ["every", "each"],
  timeOfDay: {
    cues: ["at"],
    am: ["a.m.", "am", "morning"],
    pm: ["p.m.", "pm", "afternoon", "evening", "night"],
    zones: ["gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "bst", "cet"],
  },
  refs: { now: "PRESENT_REF", currently: "PRESENT_REF", "right now": "PRESENT_REF", "at present": "PRESENT_REF", recently: "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF", "in the future": "FUTURE_REF" },
  seasons: { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" },
  quarter: ["quarter"],
  rangeConnectors: ["to", "through", "until", "-", "–", "and"],
  numericOrder: "mdy",
};
