// The time-expression grammar, shared by every language: the language's TimeLexicon compiled for
// look-up, and the scan that runs the rules (rules/) over a sentence's tokens. Each rule reads at
// token i and returns the tokens it covers and a draft; extend.ts adds the words around it.

import type { Token, TimeModifier, TimexMod } from "../../model.js";
import type { TimeLexicon } from "../../lang/types.js";
import type { PartOfDay, RawMatch } from "./draft.js";
import { PhraseSet } from "./phrases.js";
import { ruleTokens } from "./view.js";
import { YEAR } from "./rules/common.js";
import { extend } from "./extend.js";
import type { Rule, Scan } from "./rules/common.js";
import { dayMonth, deicticMonth, deicticWeekday, monthDay, monthYear, numericDate, weekday } from "./rules/dates.js";
import { listedDay, rangeHead } from "./rules/ranges.js";
import { clock } from "./rules/clock.js";
import { agoLater, anaphoricPhrase, periodEnd, relativeTime, relativeUnit, shiftedPeriod, single, storyPeriod } from "./rules/relative.js";
import { duration } from "./rules/durations.js";
import { set } from "./rules/sets.js";
import { century, decade, quarter, half, year } from "./rules/years.js";
import { holiday } from "./rules/holidays.js";

/** Every rule, in priority order: the longest match wins, and on equal length the earlier rule. */
const RULES: readonly Rule[] = [
  holiday, anaphoricPhrase, relativeTime, rangeHead, listedDay, numericDate, dayMonth, monthDay, monthYear, clock, weekday,
  deicticWeekday, deicticMonth, relativeUnit, agoLater, set, duration, year, single, decade, century, quarter, half, storyPeriod, shiftedPeriod, periodEnd,
];

type Deictic = { offset: number; position: "before" | "after" };

/** A compiled grammar for one language. */
export class TimeGrammar {
  readonly months: Map<string, number>;
  /** The length of each month's full (longest) name: "sept." is an abbreviation, "june." ends a sentence. */
  readonly fullMonth = new Map<number, number>();
  readonly ambiguousMonths: Set<string>;
  readonly weekdays: Map<string, number>;
  /** Weekday names that shorten a longer one ("sun", "wed", "tues"). */
  readonly weekdayAbbreviations = new Set<string>();
  readonly numbers: PhraseSet<number>;
  readonly holidays: PhraseSet<string>;
  readonly hijriYearMarks: ReadonlySet<string>;
  readonly halves: PhraseSet<true>;
  readonly halvesAfter: PhraseSet<true>;
  readonly numberWords: Map<string, number>;
  readonly units: Map<string, string>;
  readonly pluralSuffixes: string[];
  readonly reduplicationPrefixes: string[];
  readonly onePrefixes: string[];
  readonly ordinals: Set<string>;
  readonly ordinalPrefixes: string[];
  readonly numericOrder: "dmy" | "mdy";
  readonly yearModifies: "next" | "previous";
  readonly numberLabels: Set<string>;
  readonly yearCues: Set<string>;
  readonly yearWord: Set<string>;
  readonly monthWord: Set<string>;
  readonly ofWords: Set<string>;
  readonly articles: Set<string>;
  readonly conjunctions: Set<string>;
  readonly connectors: Set<string>;
  readonly anchors: PhraseSet<TimeModifier>;
  readonly phrasePrepositions: Set<string>;
  readonly parts: PhraseSet<{ modifier: TimeModifier; mod: TimexMod }>;
  readonly nearParts: PhraseSet<true>;
  readonly approx: PhraseSet<{ inside: boolean; mod?: "LESS_THAN" | "MORE_THAN" }>;
  readonly deictic: Map<string, Deictic>;
  readonly relativeDays: PhraseSet<number>;
  readonly relativeTimes: PhraseSet<{ offset: number; partOfDay: PartOfDay }>;
  readonly ago: PhraseSet<true>;
  readonly later: PhraseSet<true>;
  readonly eventRelative: PhraseSet<true>;
  readonly anchoredShifts: PhraseSet<number>;
  readonly comparisons: Set<string>;
  readonly sameBefore: PhraseSet<true>;
  readonly sameAfter: PhraseSet<true>;
  readonly anaphoricDeictic: Map<string, Deictic>;
  readonly anaphoricPhrases: PhraseSet<{ unit: string; offset: number }>;
  readonly currentPeriod: Map<string, number>;
  readonly reportedUnits: Set<string>;
  readonly closedSpans: { units: Set<string>; words: Set<string> };
  readonly periodNouns: Set<string>;
  readonly eventTimeCues: Set<string>;
  readonly eventTimes: PhraseSet<true>;
  readonly durationCues: Set<string>;
  readonly durationSuffixes: PhraseSet<true>;
  readonly vagueDurations: PhraseSet<string>;
  readonly ageBefore: Set<string>;
  readonly ageAfter: Set<string>;
  readonly countNouns: Set<string>;
  readonly yearDeterminers: Set<string>;
  readonly decadeSuffixes: Set<string>;
  readonly centuryWords: Set<string>;
  readonly quarterWords: Set<string>;
  readonly shortDecadeCues: Set<string>;
  readonly decadeWords: Map<string, number>;
  readonly periodEnds: PhraseSet<string>;
  readonly countExtras: Set<string>;
  readonly monthFutureCues: Set<string>;
  readonly weekdayWords: Set<string>;
  readonly lowerCaseUnits: boolean;
  readonly approxAfter: PhraseSet<true>;
  readonly quarterAfter: Map<string, number>;
  readonly quarterBefore: Map<string, number>;
  readonly quarterNames: Map<string, number>;
  readonly halfWords: Set<string>;
  readonly halfAfter: Map<string, number>;
  readonly halfBefore: Map<string, number>;
  readonly every: PhraseSet<true>;
  readonly setAdverbs: Map<string, string>;
  readonly perWords: Set<string>;
  readonly indefinites: Set<string>;
  readonly multipliers: string[];
  readonly clockCues: Set<string>;
  readonly clockPrepositions: Set<string>;
  readonly am: PhraseSet<true>;
  readonly pm: PhraseSet<number>;
  readonly zones: Set<string>;
  /** Times named by a word ("noon", "tengah malam"): hour and minute. */
  readonly namedTimes: PhraseSet<[number, number]>;
  readonly partOfDay: PhraseSet<PartOfDay>;
  readonly refs: PhraseSet<"PRESENT_REF" | "PAST_REF" | "FUTURE_REF">;
  readonly seasons: PhraseSet<string>;
  readonly seasonCues: Set<string>;
  readonly futureCues: Set<string>;
  readonly perfectLinks: Set<string>;
  readonly pastPerfect: Set<string>;
  /** Words that can begin an expression: most tokens are rejected here without trying every rule. */
  private readonly triggers: Set<string>;

  constructor(lex: TimeLexicon) {
    this.months = new Map(Object.entries(lex.months));
    for (const [name, m] of Object.entries(lex.months)) this.fullMonth.set(m, Math.max(this.fullMonth.get(m) ?? 0, name.length));
    this.ambiguousMonths = new Set(lex.ambiguousMonths);
    this.weekdays = new Map(Object.entries(lex.weekdays));
    for (const [name, d] of this.weekdays) {
      const longer = [...this.weekdays].find(([other, e]) => e === d && other.length > name.length && other.startsWith(name));
      if (longer) this.weekdayAbbreviations.add(name);
    }
    this.numbers = new PhraseSet(Object.entries(lex.numbers));
    this.holidays = new PhraseSet(Object.entries(lex.holidays ?? {}));
    this.hijriYearMarks = new Set(lex.hijriYearMarks ?? []);
    this.halves = new PhraseSet((lex.halves ?? []).map((h) => [h, true] as [string, true]));
    this.halvesAfter = new PhraseSet((lex.halvesAfter ?? []).map((h) => [h, true] as [string, true]));
    this.numberWords = new Map(Object.entries(lex.numbers));
    this.units = new Map(Object.entries(lex.units));
    this.pluralSuffixes = lex.pluralSuffixes;
    this.reduplicationPrefixes = lex.reduplicationPrefixes;
    this.onePrefixes = lex.onePrefixes;
    this.ordinals = new Set(lex.ordinalSuffixes);
    this.ordinalPrefixes = lex.ordinalPrefixes;
    this.numericOrder = lex.numericOrder;
    this.yearModifies = lex.yearModifies;
    this.numberLabels = new Set(lex.numberLabels);
    this.yearCues = new Set(lex.yearCues);
    this.yearWord = new Set(lex.yearWord);
    this.monthWord = new Set(lex.monthWord);
    this.ofWords = new Set(lex.ofWords);
    this.articles = new Set(lex.articles);
    this.conjunctions = new Set(lex.conjunctions);
    this.connectors = new Set(lex.rangeConnectors);
    this.anchors = new PhraseSet(Object.entries(lex.anchors));
    this.phrasePrepositions = new Set(lex.phrasePrepositions);
    this.parts = new PhraseSet(Object.entries(lex.parts));
    this.nearParts = PhraseSet.of(lex.nearParts ?? []);
    this.approx = new PhraseSet(Object.entries(lex.approx));
    this.deictic = new Map(Object.entries(lex.deictic));
    this.relativeDays = new PhraseSet(Object.entries(lex.relativeDays));
    this.relativeTimes = new PhraseSet(Object.entries(lex.relativeTimes));
    this.ago = PhraseSet.of(lex.ago);
    this.later = PhraseSet.of(lex.later);
    this.eventRelative = PhraseSet.of(lex.eventRelative);
    this.anchoredShifts = new PhraseSet(Object.entries(lex.anchoredShifts));
    this.comparisons = new Set(lex.comparisons);
    this.sameBefore = PhraseSet.of(lex.sameBefore);
    this.sameAfter = PhraseSet.of(lex.sameAfter);
    this.anaphoricDeictic = new Map(Object.entries(lex.anaphoricDeictic));
    this.anaphoricPhrases = new PhraseSet(Object.entries(lex.anaphoricPhrases));
    this.currentPeriod = new Map(Object.entries(lex.currentPeriod));
    this.reportedUnits = new Set(lex.reportedUnits ?? []);
    this.closedSpans = { units: new Set(lex.closedSpans?.units ?? []), words: new Set(lex.closedSpans?.words ?? []) };
    this.periodNouns = new Set(lex.periodNouns);
    this.eventTimeCues = new Set(lex.eventTime.cues);
    this.eventTimes = PhraseSet.of(lex.eventTime.phrases);
    this.durationCues = new Set(lex.durationCues);
    this.durationSuffixes = PhraseSet.of(lex.durationSuffixes);
    this.vagueDurations = new PhraseSet(Object.entries(lex.vagueDurations));
    this.ageBefore = new Set(lex.ageCues.before);
    this.ageAfter = new Set(lex.ageCues.after);
    this.countNouns = new Set(lex.countNouns);
    this.yearDeterminers = new Set(lex.yearDeterminers);
    this.decadeSuffixes = new Set(lex.decadeSuffixes);
    this.centuryWords = new Set(lex.centuryWords);
    this.quarterWords = new Set(lex.quarters.words);
    this.shortDecadeCues = new Set(lex.shortDecadeCues ?? []);
    this.decadeWords = new Map(Object.entries(lex.decadeWords ?? {}));
    this.periodEnds = new PhraseSet(Object.entries(lex.periodEnds ?? {}));
    this.countExtras = new Set(lex.countExtras ?? []);
    this.monthFutureCues = new Set(lex.monthFutureCues ?? []);
    this.weekdayWords = new Set(lex.weekdayWords ?? []);
    this.lowerCaseUnits = lex.lowerCaseUnits ?? false;
    this.approxAfter = PhraseSet.of(lex.approxAfter ?? []);
    this.quarterAfter = new Map(Object.entries(lex.quarters.after));
    this.quarterBefore = new Map(Object.entries(lex.quarters.before));
    this.quarterNames = new Map(Object.entries(lex.quarters.names));
    this.halfWords = new Set(lex.yearHalves?.words ?? []);
    this.halfAfter = new Map(Object.entries(lex.yearHalves?.after ?? {}));
    this.halfBefore = new Map(Object.entries(lex.yearHalves?.before ?? {}));
    this.every = PhraseSet.of(lex.every);
    this.setAdverbs = new Map(Object.entries(lex.setAdverbs));
    this.perWords = new Set(lex.perWords);
    this.indefinites = new Set(lex.indefinites);
    this.multipliers = lex.multipliers;
    this.clockCues = new Set(lex.timeOfDay.cues);
    this.clockPrepositions = new Set(lex.timeOfDay.prepositions);
    this.am = PhraseSet.of(lex.timeOfDay.am);
    this.pm = new PhraseSet(Object.entries(lex.timeOfDay.pm));
    this.zones = new Set(lex.timeOfDay.zones);
    this.namedTimes = new PhraseSet(Object.entries(lex.timeOfDay.named ?? {}));
    this.partOfDay = new PhraseSet(Object.entries(lex.partsOfDay));
    this.refs = new PhraseSet(Object.entries(lex.refs));
    this.seasons = new PhraseSet(Object.entries(lex.seasons));
    this.seasonCues = new Set(lex.seasonCues);
    this.futureCues = new Set(lex.futureCues);
    this.perfectLinks = new Set(lex.perfectLinks ?? []);
    this.pastPerfect = new Set(lex.pastPerfect);

    const first = (phrases: Iterable<string>) => [...phrases].map((p) => p.toLowerCase().split(/\s+/)[0]!);
    this.triggers = new Set([
      ...Object.keys(lex.months), ...Object.keys(lex.weekdays), ...first(Object.keys(lex.numbers)), ...Object.keys(lex.units),
      ...lex.yearWord, ...lex.monthWord, ...first(Object.keys(lex.deictic)), ...first(Object.keys(lex.relativeDays)),
      ...first(Object.keys(lex.refs)), ...first(lex.every), ...lex.timeOfDay.cues, ...first(Object.keys(lex.seasons)),
      ...lex.quarters.words, ...first(lex.sameBefore), ...first(lex.timeOfDay.am), ...first(Object.keys(lex.timeOfDay.pm)),
      ...first(Object.keys(lex.partsOfDay)), ...first(Object.keys(lex.relativeTimes)), ...first(Object.keys(lex.anaphoricPhrases)),
      ...first(Object.keys(lex.vagueDurations)), ...Object.keys(lex.anaphoricDeictic), ...lex.yearDeterminers,
      ...Object.keys(lex.setAdverbs), ...lex.perWords, ...lex.articles, ...lex.centuryWords,
      ...Object.keys(lex.quarters.names), ...Object.keys(lex.quarters.before), ...first(lex.eventTime.phrases),
      ...first(Object.keys(lex.holidays ?? {})), ...first(Object.keys(lex.timeOfDay.named ?? {})),
      ...(lex.yearHalves?.words ?? []), ...Object.keys(lex.yearHalves?.before ?? {}), ...first(Object.keys(lex.periodEnds ?? {})),
      ...Object.keys(lex.weekdays).flatMap((w) => lex.pluralSuffixes.map((p) => w + p)),
    ]);
  }

  /** All expressions in one sentence's tokens, longest match first, left to right. Matches carry
   * character spans; their token indices refer to the grammar's own view of the tokens, where "20"+"th"
   * is one token and "2-3" before a unit is three. */
  scan(tokens: readonly Token[]): RawMatch[] {
    const view = ruleTokens(this, tokens);
    const raw = view.map((t) => t.text);
    // (a headline in title case leaves only short words in lower case: "Last Week's Vote Was Close")
    const titled = raw.filter((w) => /^\p{Ll}{4}/u.test(w)).length < 2;
    const s: Scan = { g: this, low: view.map((t) => t.text.toLowerCase().replace(/’/g, "'")), raw, titled };
    const out: RawMatch[] = [];
    let i = 0;
    while (i < view.length) {
      const m = this.matchAt(s, i, out[out.length - 1]);
      if (m) {
        const full = extend(s, m);
        const d = full.draft;
        // a weekday, or a month without its year, is the coming one in a sentence about the future
        if ((d.weekday !== undefined && d.weekdayShift === undefined) || (d.month !== undefined && d.year === undefined && d.monthShift === undefined)) d.future = this.futureBefore(s.low, full.phraseStart, d.weekday === undefined && d.day === undefined);
        full.span = [view[full.start]!.span[0], view[full.end - 1]!.span[1]];
        full.phraseSpan = [view[full.phraseStart]!.span[0], full.span[1]];
        out.push(full);
        i = full.end;
      } else i++;
    }
    return out;
  }

  /** A word marking the future ("akan", "will", "postponed") among the few words before token i. */
  private futureBefore(low: readonly string[], i: number, monthAlone = false): boolean {
    // a word that marks only a month as to come, right before it ("untuk pengiriman Januari")
    if (monthAlone && this.monthFutureCues.has(low[i - 1] ?? "")) return true;
    // (a cue of two words, "is set", is read at its second: "set" alone is as often a past verb)
    // (a future seen from the past is past: in "had been due to expire Friday", "had previously been
    // scheduled to expire at midnight Friday" the cues of the verb chain after a past perfect do not count)
    let chain = false;
    for (let k = Math.max(0, i - 8); k < i; k++) {
      const w = low[k]!;
      // ("soon after he was booed": a cue before "after" or "before" tells the order of two past events)
      // (a clitic cue is read on the word it is written onto too: "he'll", "they'll")
      const clitic = w.includes("'") && this.futureCues.has(w.slice(w.indexOf("'")));
      const cue = (this.futureCues.has(w) || clitic || (k > 0 && this.futureCues.has(`${low[k - 1]} ${w}`))) && this.eventRelative.at(low, k + 1) === null;
      if (this.pastPerfect.has(w)) chain = true;
      else if (!(chain && (cue || this.perfectLinks.has(w)))) chain = false;
      if (cue && !chain) return true;
    }
    return false;
  }

  /** A word a time expression may end on or be made of: a possessive after it belongs to the
   * sentence, not to the word ("Friday's", "last year's", "1989's"). */
  isTimeWord(w: string): boolean {
    return this.triggers.has(w) || this.units.has(w) || YEAR.test(w);
  }

  private mayStart(w: string): boolean {
    if (this.triggers.has(w) || /^\d/.test(w) || w.includes("-")) return true;
    return this.onePrefixes.some((p) => w.startsWith(p) && this.units.has(w.slice(p.length)));
  }

  private matchAt(s: Scan, i: number, prev: RawMatch | undefined): RawMatch | null {
    if (!this.mayStart(s.low[i]!)) return null;
    let best: RawMatch | null = null;
    for (const rule of RULES) {
      const m = rule(s, i, prev);
      if (m && (!best || m.end > best.end)) best = m;
    }
    return best;
  }
}
