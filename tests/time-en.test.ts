// English time expressions: one block per family of the timeline issue, plus things that are not
// time expressions at all. Example sentences are written for these tests.

import { describe, expect, it } from "vitest";
import { analyseText } from "../src/pipeline.js";
import type { TimeExpression } from "../src/model.js";
import { ymd } from "../src/extract/time/resolve.js";
import { easterSunday } from "../src/extract/time/calendars.js";

async function times(text: string, refDate: string | null = "2024-03-14"): Promise<TimeExpression[]> {
  const a = await analyseText(text, { lang: "en", refDate, headline: false, extract: ["time"] });
  return a.expressions;
}

/** "text | TYPE | value | mod" for each expression. */
async function rows(text: string, refDate: string | null = "2024-03-14"): Promise<string[]> {
  return (await times(text, refDate)).map((e) => [e.text, e.timex.type, e.timex.value, e.timex.mod ?? ""].join(" | ").replace(/ \| $/, ""));
}

// 2024-03-14 is a Thursday.

describe("absolute dates in news forms", () => {
  it("month day year, abbreviations, ordinals, ISO", async () => {
    expect(await rows("The plant opened on Dec. 28, 2014, closed on 2016-05-02 and reopened on 3 June 2019.")).toEqual([
      "Dec. 28, 2014 | DATE | 2014-12-28",
      "2016-05-02 | DATE | 2016-05-02",
      "3 June 2019 | DATE | 2019-06-03",
    ]);
    expect(await rows("The vote was held on March 3rd.")).toEqual(["March 3rd | DATE | 2024-03-03"]);
  });

  it("clock times, with a weekday after them", async () => {
    expect(await rows("The ferry left at 7.30 a.m. and the match was moved to 15:00 GMT Saturday.")).toEqual([
      "7.30 a.m. | TIME | 2024-03-14T07:30",
      "15:00 GMT Saturday | TIME | 2024-03-09T15:00",
    ]);
  });

  it("weekdays in the plural are sets; a weekday in a show's title is no date", async () => {
    expect(await rows("He works on Mondays and on Friday nights; the Phoenix Suns won.")).toEqual(["Mondays | SET | XXXX-WXX-1", "Friday nights | SET | XXXX-WXX-5TNI"]);
    expect(await rows("He was a fixture on ESPN's Sunday Night Baseball broadcasts, analysts said.")).toEqual([]);
    expect(await rows("Sunday Night Football Was Great")).toEqual(["Sunday Night | TIME | 2024-03-10TNI"]);
  });

  it("'the last day of' an event is its final day, no day counted back", async () => {
    expect(await rows("On the last day of the convention, in the last year of his presidency, she spoke.")).toEqual([]);
    expect(await rows("Profits rose in the last quarter.", "1989-10-30")).toEqual(["the last quarter | DATE | 1989-Q3"]);
  });

  it("a month the article has said is to come stays that month; 'This Morning' capitalised is a show", async () => {
    expect(await rows("Republicans hope Trump will win in November. Grassley is up for re-election in November.", "2016-06-08")).toEqual([
      "November | DATE | 2016-11",
      "November | DATE | 2016-11",
    ]);
    expect(await rows("He said so in an interview on CBS's “This Morning,” in which he doubled down.")).toEqual([]);
  });

  it("hoping, expecting, going to: the coming day", async () => {
    expect(await rows("She's hoping Saturday's Nevada caucuses help; he is going to vote Tuesday.", "2016-02-19")).toEqual(["Saturday | DATE | 2016-02-20", "Tuesday | DATE | 2016-02-23"]);
  });

  it("a future clitic written onto its word ('he'll') marks the future", async () => {
    expect(await rows("There is talk about whether he’ll drop out before Tuesday’s Florida primary.", "2016-03-10")).toEqual(["Tuesday | DATE | 2016-03-15"]);
  });

  it("'soon after' orders two past events: no future", async () => {
    expect(await rows("Soon after she was booed Monday during a breakfast, donations came.", "2016-07-26")).toEqual(["Monday | DATE | 2016-07-25"]);
  });

  it("a part of the day with early, mid or late: of the story's day", async () => {
    expect(await rows("He spoke on Tuesday. By late evening the talks ended.")).toEqual(["Tuesday | DATE | 2024-03-12", "late evening | TIME | 2024-03-12TEV | END"]);
    expect(await rows("By mid afternoon, officials said the heat had broken.")).toEqual(["mid afternoon | TIME | 2024-03-14TAF | MID"]);
  });

  it("the part of the day said in words after the hour", async () => {
    expect(await rows("He woke at 6 in the morning and called at 10 at night.")).toEqual(["6 in the morning | TIME | 2024-03-14T06:00", "10 at night | TIME | 2024-03-14T22:00"]);
  });

  it("a headline in title case keeps its capitalised units", async () => {
    expect(await rows("Stocks Fell Last Week In Heavy Trading")).toEqual(["Last Week | DATE | 2024-W10"]);
  });

  it("a clock reading before an amount is the amount", async () => {
    expect(await rows("Sales were little changed at 2.46 billion guilders.")).toEqual([]);
  });

  it("a month name that ends a sentence is not an abbreviation", async () => {
    expect(await rows("The program will run through June. Then it stops.")).toEqual(["June | DATE | 2024-06"]);
  });
});

describe("month and year, bare years only with evidence", () => {
  it("month with year, month alone after a cue", async () => {
    expect(await rows("Prices rose in January 2020 and fell by May.")).toEqual(["January 2020 | DATE | 2020-01", "May | DATE | 2020-05"]);
    expect(await rows("Prices are expected to fall by May.")).toEqual(["May | DATE | 2024-05"]);
  });

  it("a month five or more months after the reference month, with no future word, is last year's", async () => {
    // reference 2024-03-14: August is five months on, so a past event in August was in 2023
    expect(await rows("The doctor was shot in August at his home.")).toEqual(["August | DATE | 2023-08"]);
    expect(await rows("The plant will reopen in August.")).toEqual(["August | DATE | 2024-08"]);
    expect(await rows("Sales rose in June.")).toEqual(["June | DATE | 2024-06"]);
  });

  it("years after in, since, by, in lists, ranges and 'a <year> <noun>'", async () => {
    expect(await rows("Built in 2017 and expanded in 2015 and 2016, it has run since 2010 and may close by 2030.")).toEqual([
      "2017 | DATE | 2017",
      "2015 | DATE | 2015",
      "2016 | DATE | 2016",
      "2010 | DATE | 2010",
      "2030 | DATE | 2030",
    ]);
    expect(await rows("The crisis of 2008-2009 was studied in a 2011 report.")).toEqual(["2008 | DATE | 2008", "2009 | DATE | 2009", "2011 | DATE | 2011"]);
  });

  it("decades and centuries", async () => {
    expect(await rows("The style was popular in the 1990s and for much of the 20th century.")).toEqual([
      "1990s | DATE | 199",
      "20th century | DATE | 19",
    ]);
  });
});

describe("seasons and quarters", () => {
  it("quarters, seasons", async () => {
    expect(await rows("Profit rose in the third quarter of 2022 and in Q4 2022. Sales slow in winter.")).toEqual([
      "the third quarter of 2022 | DATE | 2022-Q3",
      "Q4 2022 | DATE | 2022-Q4",
      "winter | DATE | 2024-WI",
    ]);
  });
});

describe("weekdays against the reference date", () => {
  it("after a place name, AP style", async () => {
    expect(await rows("She spoke in Fort Pierce, Florida Friday, to a large crowd.")).toEqual(["Friday | DATE | 2024-03-08"]);
  });

  it("the past one by default, the coming one with a future cue", async () => {
    expect(await rows("The minister visited the site on Monday.")).toEqual(["Monday | DATE | 2024-03-11"]);
    expect(await rows("The minister will visit the site on Monday.")).toEqual(["Monday | DATE | 2024-03-18"]);
    expect(await rows("The hearing was postponed until Tuesday.")).toEqual(["Tuesday | DATE | 2024-03-19"]);
    expect(await rows("The peace process, set to resume Monday in Belfast, is fragile.")).toEqual(["Monday | DATE | 2024-03-18"]);
    // a future seen from the past is past: the cues of the verb chain after "had" do not count
    expect(await rows("The offer had previously been scheduled to expire Friday.")).toEqual(["Friday | DATE | 2024-03-08"]);
    expect(await rows("He had said they will meet Friday.")).toEqual(["Friday | DATE | 2024-03-15"]);
  });

  it("last and next", async () => {
    expect(await rows("The talks moved from last Thursday to next Thursday.")).toEqual([
      "last Thursday | DATE | 2024-03-07",
      "next Thursday | DATE | 2024-03-21",
    ]);
  });
});

describe("relative expressions", () => {
  it("yesterday, last year, next month, this week, ago", async () => {
    expect(await rows("Yesterday the council met; last year it met twice, and next month it meets again this week.")).toEqual([
      "Yesterday | DATE | 2024-03-13",
      "last year | DATE | 2023",
      "next month | DATE | 2024-04",
      "this week | DATE | 2024-W11",
    ]);
    expect(await rows("She moved three weeks ago and he left two years ago.")).toEqual([
      "three weeks ago | DATE | 2024-W08",
      "two years ago | DATE | 2022",
    ]);
    expect(await rows("A few days ago the road reopened.")).toEqual(["A few days ago | DATE | PAST_REF"]);
  });

  it("parts of a day", async () => {
    expect(await rows("Last night the power failed; this morning it was back, and tomorrow night it may fail again.")).toEqual([
      "Last night | TIME | 2024-03-13TNI",
      "this morning | TIME | 2024-03-14TMO",
      "tomorrow night | TIME | 2024-03-15TNI",
    ]);
    expect(await rows("Officials met Tuesday afternoon.")).toEqual(["Tuesday afternoon | TIME | 2024-03-12TAF"]);
  });
});

describe("part-of-period modifiers and approximation", () => {
  it("early, mid, late, the end of → START, MID, END", async () => {
    const x = await times("Work began in early 2023, slowed in mid-2023? No: by the end of 2027 and late last year.");
    expect(x.filter((e) => e.timex.mod).map((e) => [e.text, e.timex.value, e.timex.mod, e.modifiers.join()])).toEqual([
      ["early 2023", "2023", "START", "early"],
      ["mid-2023", "2023", "MID", "mid"],
      ["the end of 2027", "2027", "END", "until,late"],
      ["late last year", "2023", "END", "late"],
    ]);
  });

  it("about, around → APPROX, the word outside the span as in TempEval-3", async () => {
    expect(await rows("It lasted about three years and ended around 2019.")).toEqual([
      "three years | DURATION | P3Y | APPROX",
      "2019 | DATE | 2019 | APPROX",
    ]);
    const [x] = await times("It lasted about three years.");
    expect(x).toMatchObject({ phrase: "about three years", modifiers: ["approx"] });
  });
});

describe("anchors: since, until, as of stay outside the span", () => {
  it("since, until, as of, in", async () => {
    const x = await times("Since 2010 and until June 2025, as of July 2022 there were 40 cases in 2021.");
    expect(x.map((e) => [e.text, e.phrase, e.modifiers.join()])).toEqual([
      ["2010", "Since 2010", "since"],
      ["June 2025", "until June 2025", "until"],
      ["July 2022", "as of July 2022", "as-of"],
      ["2021", "in 2021", ""],
    ]);
  });
});

describe("ranges", () => {
  it("from one month to another, days of one month", async () => {
    expect(await rows("The exhibition runs from March to May, and the fair on April 5-7.")).toEqual([
      "March | DATE | 2024-03",
      "May | DATE | 2024-05",
      "April 5 | DATE | 2024-04-05",
      "7 | DATE | 2024-04-07",
    ]);
  });
});

describe("holidays and parts written onto a period", () => {
  it("fixed days and the nth weekday of a month, the year from context or written", async () => {
    expect(await rows("The mill closed on Thanksgiving Day.", "1999-11-30")).toEqual(["Thanksgiving Day | DATE | 1999-11-25"]);
    expect(await rows("Shops opened late on Christmas Eve.", "2024-03-14")).toEqual(["Christmas Eve | DATE | 2023-12-24"]);
    expect(await rows("They married on Memorial Day, 2021.")).toEqual(["Memorial Day, 2021 | DATE | 2021-05-31"]);
  });

  it("letters written onto four digits make no year ('1900R', '2000mAh'); a decade opens a compound ('1930s-era')", async () => {
    expect(await rows("The 1900R monitor and the 2000mAh battery sold well in 2019, like a 1930s-era radio.", "2019-11-18")).toEqual(["2019 | DATE | 2019", "1930s | DATE | 193"]);
  });

  it("feasts counted from Easter, and named days that are no weekday of the week in hand", async () => {
    expect(await rows("Markets close on Good Friday and reopen on Easter Monday.", "2016-02-10")).toEqual([
      "Good Friday | DATE | 2016-03-25",
      "Easter Monday | DATE | 2016-03-28",
    ]);
    expect(await rows("Easter 2019 fell late; shops opened on Black Friday.", "2019-12-02")).toEqual(["Easter 2019 | DATE | 2019-04-21", "Black Friday | DATE | 2019-11-29"]);
    expect(await rows("Protesters prayed as Easter week began.", "2000-04-16")).toEqual(["Easter week | DATE | 2000-W16"]);
    // (the computus over known years, March and April alike)
    expect([2008, 2011, 2024, 2038].map((y) => ymd(easterSunday(y)))).toEqual(["2008-03-23", "2011-04-24", "2024-03-31", "2038-04-25"]);
  });

  it("feasts of the Hijri and Chinese calendars: Eid al-Fitr, Ramadan, Chinese New Year", async () => {
    expect(await rows("Muslims celebrate Eid al-Fitr as Chinese New Year 2019 nears; during Ramadan 2020 mosques closed.", "2018-06-14")).toEqual([
      "Eid al-Fitr | DATE | 2018-06-15",
      "Chinese New Year 2019 | DATE | 2019-02-05",
      "Ramadan 2020 | DATE | 2020-05",
    ]);
  });

  it("mid-, late- and early- joined to a month, a year or a decade", async () => {
    expect(await rows("Talks stalled in mid-November, resumed in late-1996 and echoed the mid-1990s.", "1999-11-30")).toEqual([
      "mid-November | DATE | 1999-11 | MID",
      "late-1996 | DATE | 1996 | END",
      "mid-1990s | DATE | 199 | MID",
    ]);
  });
});

describe("durations", () => {
  it("and a half: the half in the next smaller unit", async () => {
    expect(await rows("He served 2 1/2 years. The flight took 5 1/2 hours; it lasted a minute and a half, then two and a half days.")).toEqual([
      "2 1/2 years | DURATION | P2Y6M",
      "5 1/2 hours | DURATION | PT5H30M",
      "a minute and a half | DURATION | PT1M30S",
      "two and a half days | DURATION | P2DT12H",
    ]);
  });

  it("numbers in words up to ninety-nine, in one token or two", async () => {
    expect(await rows("The strike lasted forty-five minutes, then twenty four hours, then eighteen months.")).toEqual([
      "forty-five minutes | DURATION | PT45M",
      "twenty four hours | DURATION | PT24H",
      "eighteen months | DURATION | P18M",
    ]);
  });

  it("a year read out in words is a year, a count before a noun is not", async () => {
    expect(await rows("Atlanta, nineteen ninety-six. Then January nineteen ninety-seven.")).toEqual([
      "nineteen ninety-six | DATE | 1996",
      "January nineteen ninety-seven | DATE | 1997-01",
    ]);
    expect(await rows("He paid with nineteen twenty-dollar bills.")).toEqual([]);
  });

  it("numbers and units, hyphenated, a decade, several, the past few", async () => {
    expect(await rows("The three-month course took two hours a day for a decade over the past several months.")).toEqual([
      "three-month | DURATION | P3M",
      "two hours | DURATION | PT2H",
      "a day | SET | P1D",
      "a decade | DURATION | P10Y",
      "the past several months | DURATION | PXM",
    ]);
  });

  it("'for years', 'over the next decade'", async () => {
    expect(await rows("They waited for years and will invest over the next decade.")).toEqual([
      "years | DURATION | PXY",
      "the next decade | DURATION | P10Y",
    ]);
  });

  it("'is set for', 'is to' speak of the future; 'set' alone is a past verb", async () => {
    // 2024-03-14 is a Thursday
    expect(await rows("The vote is set for Monday.")).toEqual(["Monday | DATE | 2024-03-18"]);
    expect(await rows("Trading is to resume Monday.")).toEqual(["Monday | DATE | 2024-03-18"]);
    expect(await rows("The agency had ruled on the case and set Monday as the deadline.")).toEqual(["Monday | DATE | 2024-03-11"]);
  });

  it("'for next year' with no article is the year itself, not a length", async () => {
    expect(await rows("He cut his estimate for next year and expects losses through next year.")).toEqual([
      "next year | DATE | 2025",
      "next year | DATE | 2025",
    ]);
  });

  it("counted from another event: only the length is marked", async () => {
    expect(await rows("The season began a month earlier than usual, an hour before the vote.")).toEqual([
      "a month | DURATION | P1M",
      "an hour | DURATION | PT1H",
    ]);
  });
});

describe("sets", () => {
  it("every, each, adverbs, rates", async () => {
    expect(await rows("She checks every morning, runs every week, is paid annually and earns $500 a month.")).toEqual([
      "every morning | SET | XXXX-XX-XXTMO",
      "every week | SET | P1W",
      "annually | SET | P1Y",
      "a month | SET | P1M",
    ]);
  });

  it("every weekday or month is that slot of each week or year", async () => {
    expect(await rows("Flights leave each Thursday and every Monday night, and the fair opens every July.")).toEqual([
      "each Thursday | SET | XXXX-WXX-4",
      "every Monday night | SET | XXXX-WXX-1TNI",
      "every July | SET | XXXX-07",
    ]);
  });
});

describe("anaphora (HeidelTime style)", () => {
  it("the same month, that day, the following year, the next day", async () => {
    const r = await rows("The company was founded on May 5, 2019. That day it hired ten people. The next day it opened. The following year it grew, and in March the same year it moved.");
    expect(r).toEqual([
      "May 5, 2019 | DATE | 2019-05-05",
      "That day | DATE | 2019-05-05",
      "The next day | DATE | 2019-05-06",
      "The following year | DATE | 2020",
      "March the same year | DATE | 2020-03",
    ]);
  });

  it("a month without a year in a later paragraph is the reference year's", async () => {
    const r = await rows("In 2011 the plant was planned.\n\nOn Feb. 28, a bank released a note.", "2013-03-21");
    expect(r).toEqual(["2011 | DATE | 2011", "Feb. 28 | DATE | 2013-02-28"]);
  });

  it("a month without a year takes a year of its own sentence only", async () => {
    expect(await rows("The chain has grown since 1980, and in September it bought a bakery.", "1989-10-30")).toEqual(["1980 | DATE | 1980", "September | DATE | 1980-09"]);
    expect(await rows("The chain has grown since 1980. In September it bought a bakery.", "1989-10-30")).toEqual(["1980 | DATE | 1980", "September | DATE | 1989-09"]);
  });

  it("a month without a year in a sentence about the future is the coming one", async () => {
    expect(await rows("The dividend is payable Jan. 2 to holders of record Dec. 15.", "1989-11-02")).toEqual(["Jan. 2 | DATE | 1990-01-02", "Dec. 15 | DATE | 1989-12-15"]);
    expect(await rows("She will command a mission in December.", "1998-03-04")).toEqual(["December | DATE | 1998-12"]);
    expect(await rows("The rights expire Nov. 21.", "1989-11-02")).toEqual(["Nov. 21 | DATE | 1989-11-21"]);
    // so is a weekday: "as early as Tuesday" is the coming Tuesday (2000-04-03 is a Monday)
    expect(await rows("The father could arrive as early as Tuesday.", "2000-04-03")).toEqual(["Tuesday | DATE | 2000-04-04"]);
  });
});

describe("reference date", () => {
  it("from the dateline when none is given", async () => {
    const a = await analyseText("WASHINGTON (AP) — March 22, 2013 — Lawmakers met on Tuesday.", { lang: "en", headline: false });
    expect(a.referenceDate).toBe("2013-03-22");
    expect(a.expressions.find((e) => e.text === "Tuesday")?.timex.value).toBe("2013-03-19");
  });

  it("from the page's stamp kept apart as debris: 'PUBLISHED: 10:48, Tue, Nov 19, 2019'", async () => {
    const a = await analyseText("Storm hits port\n\nPUBLISHED: 10:48, Tue, Nov 19, 2019\n| UPDATED: 11:05, Wed, Nov 20, 2019\n\nThe port closed on Monday, the mayor said.", { lang: "en" });
    expect(a.referenceDate).toBe("2019-11-19");
    expect(a.expressions.find((e) => e.text === "Monday")?.timex.value).toBe("2019-11-18");
  });

  it("none: relative expressions stay unresolved", async () => {
    const x = await times("Yesterday prices rose and next year they may fall.", null);
    expect(x.map((e) => [e.text, e.timex.value, e.resolved])).toEqual([
      ["Yesterday", "XXXX-XX-XX", false],
      ["next year", "XXXX", false],
    ]);
  });
});

describe("issue 13: plain expressions seen in news at large", () => {
  it("a year used as a modifier dates its noun; a count does not", async () => {
    expect(await rows("The senator lost his 2006 campaign over the 1998 treaty.")).toEqual(["2006 | DATE | 2006", "1998 | DATE | 1998"]);
    expect(await rows("The rally drew 1990 votes.")).toEqual([]);
  });

  it("last, this and next <month>: the nearest such month before or after the reference date", async () => {
    expect(await rows("The ferry sank last May; the pier reopened last February.")).toEqual(["last May | DATE | 2023-05", "last February | DATE | 2024-02"]);
    expect(await rows("Elections are due this September and the count ends next January.")).toEqual(["this September | DATE | 2024-09", "next January | DATE | 2025-01"]);
  });

  it("last, this and next <season>; this fiscal year", async () => {
    expect(await rows("Sales fell last fall and will rise next spring, as they did this winter.", "2024-01-20")).toEqual([
      "last fall | DATE | 2023-FA",
      "next spring | DATE | 2024-SP",
      "this winter | DATE | 2023-WI",
    ]);
    expect(await rows("Profit will grow this fiscal year.")).toEqual(["this fiscal year | DATE | 2024"]);
  });

  it("'at the time' is the time of the events told; 'the time it takes' is none", async () => {
    expect(await rows("At the time, he was mayor; it took the time it takes.")).toEqual(["the time | DATE | PAST_REF"]);
  });

  it("bare units counted from an event, and the decade after a year", async () => {
    expect(await rows("Minutes after the blast, police arrived; hours later the fire was out.")).toEqual(["Minutes | DURATION | PTXM", "hours | DURATION | PTXH"]);
    expect(await rows("The war began in 1990, and the following decade was calm.")).toEqual(["1990 | DATE | 1990", "the following decade | DATE | 200"]);
    expect(await rows("Over the following decade, prices fell.")).toEqual(["the following decade | DURATION | P10Y"]);
  });

  it("a time word's possessive: the word is the expression", async () => {
    expect(await rows("Friday's storm and last month's floods hit the coast, as did last year's drought.")).toEqual([
      "Friday | DATE | 2024-03-08",
      "last month | DATE | 2024-02",
      "last year | DATE | 2023",
    ]);
  });

  it("'<n> <unit> earlier/later' count from the story's current time, as precise as it was written", async () => {
    expect(await rows("Profit rose in the third quarter of 2019 from a year earlier. The plant opened on May 2, 2018; two weeks later it closed.")).toEqual([
      "the third quarter of 2019 | DATE | 2019-Q3",
      "a year earlier | DATE | 2018-Q3",
      "May 2, 2018 | DATE | 2018-05-02",
      "two weeks later | DATE | 2018-05-16",
    ]);
    // a comparison keeps the amount: "a month earlier than usual"
    expect(await rows("The season started a month earlier than usual.")).toEqual(["a month | DURATION | P1M"]);
  });

  it("a round year read out: 'by the year two thousand'", async () => {
    expect(await rows("His promise to halve unemployment by the year two thousand was abandoned.", "1998-02-05")).toEqual(["the year two thousand | DATE | 2000"]);
    // (a count stays a count)
    expect(await rows("About two thousand people came in the year.", "1998-02-05")).toEqual(["the year | DATE | 1998"]);
  });

  it("'the quarter', 'the latest quarter', 'the week': the story's current period", async () => {
    expect(await rows("Third-quarter profit rose 5%. In the quarter, sales fell.", "2019-10-24")).toEqual([
      "Third-quarter | DATE | 2019-Q3",
      "the quarter | DATE | 2019-Q3",
    ]);
    // with no period named: the reference date's, or the last whole one for "latest"
    expect(await rows("Sales in the latest quarter fell, and the week was calm.", "2019-10-24")).toEqual([
      "the latest quarter | DATE | 2019-Q3",
      "the week | DATE | 2019-W43",
    ]);
    // a bare "the quarter" is the one just reported when none was named; "the current quarter" is not
    expect(await rows("Net income for the quarter rose. The current quarter looks weak.", "2019-11-02")).toEqual([
      "the quarter | DATE | 2019-Q3",
      "The current quarter | DATE | 2019-Q4",
    ]);
    expect(await rows("The 30-year bonds fell over recent weeks.")).toEqual(["30-year | DURATION | P30Y", "recent weeks | DURATION | PXW"]);
    expect(await rows("The economy will slow in coming months.")).toEqual(["coming months | DURATION | PXM"]);
    // noon and midnight are clock times, with a day or alone; a capitalised one inside a sentence names something
    expect(await rows("Trading halted at noon Thursday, and the offer will expire midnight Friday.")).toEqual(["noon Thursday | TIME | 2024-03-14T12:00", "midnight Friday | TIME | 2024-03-15T24:00"]);
    expect(await rows("The talks resumed at midday. The Midnight Express ran late.")).toEqual(["midday | TIME | 2024-03-14T12:00"]);
    // a year written before a quarter's ordinal is its year
    expect(await rows("Profit rose from the 1988 second quarter.", "1989-11-02")).toEqual(["the 1988 second quarter | DATE | 1988-Q2"]);
    // "earlier"/"later" before a date belong to it, its value unchanged
    expect(await rows("Earlier this year the bank sold bonds, and it will buy them back later Saturday.", "2024-03-14")).toEqual(["Earlier this year | DATE | 2024", "later Saturday | DATE | 2024-03-16"]);
    // "nearly", "more than", "less than" inside the span, a bound its mod; "about" outside
    const a = await analyseText("The talks lasted more than four hours, about three years after he left nearly two years ago.", { lang: "en", headline: false, refDate: "2024-03-14" });
    expect(a.expressions.map((e) => `${e.text} | ${e.timex.value} | ${e.timex.mod ?? ""}`)).toEqual(["more than four hours | PT4H | MORE_THAN", "three years | P3Y | APPROX", "nearly two years ago | 2022 | APPROX"]);
    // a half of a year with its year; without one it is as often a match's half
    expect(await rows("Sales rose in the first half of 1990 and fell in the last half of 1989. He scored in the second half.")).toEqual(["the first half of 1990 | DATE | 1990-H1", "the last half of 1989 | DATE | 1989-H2"]);
    // a reporting year that ends on a date is a span of a year; a quarter so written stays the quarter
    expect(await rows("For the year ended March 31, revenue rose.", "1989-11-02")).toEqual(["the year | DURATION | P1Y", "March 31 | DATE | 1989-03-31"]);
    expect(await rows("For the quarter ended Sept. 30, revenue fell.", "1989-11-02")).toEqual(["the quarter | DATE | 1989-Q3", "Sept. 30 | DATE | 1989-09-30"]);
  });

  it("'year-earlier', 'the year-ago quarter' look back from the story's period without moving it", async () => {
    expect(await rows("Third-quarter profit rose from the year-ago quarter; year-earlier sales were flat and revenue fell from a year earlier.", "2019-10-24")).toEqual([
      "Third-quarter | DATE | 2019-Q3",
      "the year-ago quarter | DATE | 2018-Q3",
      "year-earlier | DATE | 2018-Q3",
      "a year earlier | DATE | 2018-Q3",
    ]);
    // "a year ago" counts from the reference date, named as the quarter when the story counts in quarters
    expect(await rows("Third-quarter profit rose from a year ago.", "2019-10-24")).toEqual(["Third-quarter | DATE | 2019-Q3", "a year ago | DATE | 2018-Q3"]);
    expect(await rows("The plant closed a year ago.", "2019-10-24")).toEqual(["a year ago | DATE | 2018"]);
  });

  it("'by the end of year' (no article) is the story's year, as 'the end of the year' is", async () => {
    expect(await rows("The season began in early December and cases peaked by the end of year.", "2013-03-22")).toEqual([
      "early December | DATE | 2012-12 | START",
      "the end of year | DATE | 2012 | END",
    ]);
  });

  it("an abbreviated weekday only before its date", async () => {
    expect(await rows("Sun Microsystems and Wed Group were sold.")).toEqual([]);
    expect(await rows("Sun, a maker of workstations, and Sun, Hewlett-Packard and others reported.")).toEqual([]);
    // a colon after the date ends a clause ("on Saturday, April 25: The court ..."); the weekday says
    // which year (October 26 was a Monday in 1998, not in 1997, the year a past October would take)
    expect(await rows("The Times said in an editorial on Saturday, April 25: The court took a step. On Monday, Oct. 26 it wrote again.", "1998-04-24")).toEqual([
      "Saturday, April 25 | DATE | 1998-04-25",
      "Monday, Oct. 26 | DATE | 1998-10-26",
    ]);
    // (a weekday and its date are one expression, the date saying which one)
    expect(await rows("The ship left on Sun, March 10, and returns Saturday, April 25.")).toEqual(["Sun, March 10 | DATE | 2024-03-10", "Saturday, April 25 | DATE | 2024-04-25"]);
  });
});

describe("not time expressions", () => {
  it.each([
    ["money", "The deal was worth $1,800 million and 15.000 euros."],
    ["counts", "About 2017 people and 2,000 soldiers attended."],
    ["ages", "The victim, aged 45, had a son 3 years old; children ages 6 months and older can attend."],
    ["phone numbers", "Call 555-0123 or 020 7946 0958."],
    ["scores", "United won 3-1 after leading 2-0 at half time."],
    ["versions", "Version 2.1.0 replaces 10.4."],
    ["names", "She told USA Today and Breitbart News Daily about it."],
    ["may", "The court may rule soon."],
    ["shows", "Baker said on ABC's \"This Week With David Brinkley\" that the talks were useful, and CBS's 60 Minutes agreed."],
  ])("%s", async (_label, text) => {
    expect(await rows(text)).toEqual([]);
  });
});

describe("quarters, decades and the story's own periods (TempEval-3 training corpus forms)", () => {
  it("quarters counted are a length; one quarter or quarters of something a share", async () => {
    expect(await rows("Profit fell in the past two quarters and may fall for several quarters; losses are spread over the next three quarters.")).toEqual([
      "the past two quarters | DURATION | P6M",
      "several quarters | DURATION | PXQ",
      "the next three quarters | DURATION | P9M",
    ]);
    expect(await rows("He won three quarters of the vote; a quarter of the staff left and rates rose a quarter point.")).toEqual([]);
    expect(await rows("She raised $2.3 million, more than three-quarters from donors, and holds a three-quarter stake.")).toEqual([]);
    expect(await rows("It earned after several quarters of losses and will cut taxes in future quarters.")).toEqual(["several quarters | DURATION | PXQ", "future quarters | DATE | FUTURE_REF"]);
  });

  it("a quarter that begins long after the reference month is last year's; a year's quarter", async () => {
    expect(await rows("Profits fell in the fourth quarter.", "1998-01-26")).toEqual(["the fourth quarter | DATE | 1997-Q4"]);
    expect(await rows("It could start as early as next year's first quarter, after 1988's third quarter.", "1989-10-30")).toEqual([
      "next year's first quarter | DATE | 1990-Q1",
      "1988's third quarter | DATE | 1988-Q3",
    ]);
    // "that quarter": the quarter the story has reached
    expect(await rows("Profit rose in the third quarter. Results for that quarter included a gain.", "1989-10-30")).toEqual([
      "the third quarter | DATE | 1989-Q3",
      "that quarter | DATE | 1989-Q3",
    ]);
  });

  it("the quarter the story reports, in another year", async () => {
    expect(await rows("It lost money in the third quarter. It earned $376,000 in the 1988 quarter and $3 million in last year's quarter.", "1989-11-01")).toEqual([
      "the third quarter | DATE | 1989-Q3",
      "the 1988 quarter | DATE | 1988-Q3",
      "last year's quarter | DATE | 1988-Q3",
    ]);
  });

  it("decades in two digits or words, their century from the reference date", async () => {
    expect(await rows("Numbers fell through the nineties and in the late '70s.", "1989-10-30")).toEqual([
      "the nineties | DATE | 199",
      "late '70s | DATE | 197 | END",
    ]);
    expect(await rows("Rents rose in the '90s and again in the '20s.", "2026-01-01")).toEqual(["'90s | DATE | 199", "'20s | DATE | 202"]);
    // without the apostrophe, an age or a poll figure as often
    expect(await rows("She is in her early 80s; his approval dipped into the 30s.")).toEqual([]);
  });

  it("year-end, the current fiscal year, the near future", async () => {
    expect(await rows("It will close by year-end, or by year's end, in the near future.", "1989-10-30")).toEqual([
      "year-end | DATE | 1989 | END",
      "year's end | DATE | 1989 | END",
      "in the near future | DATE | FUTURE_REF",
    ]);
    expect(await rows("Sales in the current fiscal year beat the latest fiscal year.", "1989-10-30")).toEqual([
      "the current fiscal year | DATE | 1989",
      "the latest fiscal year | DATE | 1988",
    ]);
  });

  it("counts with more, additional, a couple of", async () => {
    expect(await rows("The base stays for at least 20 more years, two more weeks or an additional year; over the next couple of years.")).toEqual([
      "20 more years | DURATION | P20Y",
      "two more weeks | DURATION | P2W",
      "an additional year | DURATION | P1Y",
      "the next couple of years | DURATION | P2Y",
    ]);
  });

  it("a season of a year; days counted in trading or business days", async () => {
    expect(await rows("Prices fell since the winter of nineteen ninety-four and in the spring of last year.", "1998-02-23")).toEqual([
      "winter of nineteen ninety-four | DATE | 1994-WI",
      "spring of last year | DATE | 1997-SP",
    ]);
    expect(await rows("Eight trading days later, within five business days, it paid.")).toEqual(["Eight trading days | DURATION | P8D", "five business days | DURATION | P5D"]);
  });

  it("the weeks ahead are a vague length; the weeks ahead of an event are not", async () => {
    expect(await rows("Pressure will rise in the weeks ahead.")).toEqual(["the weeks ahead | DURATION | PXW"]);
    expect(await rows("Polls narrowed in the weeks ahead of the vote.")).toEqual([]);
  });

  it("'a week or so ago' is about then; 'these days' is now", async () => {
    expect(await rows("Then, a week or so ago, prices rose, as they do these days.", "1991-02-25")).toEqual([
      "a week or so ago | DATE | 1991-W08 | APPROX",
      "these days | DATE | PRESENT_REF",
    ]);
  });

  it("'a second' before a noun is the ordinal", async () => {
    expect(await rows("It would be a second betrayal, said a second group.")).toEqual([]);
    expect(await rows("It lasted a second. A second later it exploded.")).toEqual(["a second | DURATION | PT1S", "A second later | DATE | 2024-03-14"]);
  });
});

describe("Election Day", () => {
  it("the Tuesday after the first Monday of November", async () => {
    expect(await rows("Voters go to the polls on Election Day; on Election Day 2016 turnout rose.", "1998-10-26")).toEqual([
      "Election Day | DATE | 1998-11-03",
      "Election Day 2016 | DATE | 2016-11-08",
    ]);
  });
});

describe("days named from other days", () => {
  it("the day before or after a day named next", async () => {
    expect(await rows("The day before last Tuesday's hearing he went home; he left the day after Christmas.", "2000-02-24")).toEqual([
      "The day before last Tuesday | DATE | 2000-02-21",
      "the day after Christmas | DATE | 1999-12-26",
    ]);
  });

  it("last Oct. 23, the previous Friday, the week of March 6, a clock time and its date", async () => {
    expect(await rows("He was shot last Oct. 23 at home.", "1999-04-19")).toEqual(["last Oct. 23 | DATE | 1998-10-23"]);
    expect(await rows("He was shot last Oct. 23 at home.", "1998-10-30")).toEqual(["last Oct. 23 | DATE | 1998-10-23"]);
    expect(await rows("Stocks fell on Oct. 27. They had risen the previous Friday.", "1989-10-30")).toEqual([
      "Oct. 27 | DATE | 1989-10-27",
      "the previous Friday | DATE | 1989-10-20",
    ]);
    expect(await rows("It is due the week of March 6.", "2000-02-24")).toEqual(["the week of March 6 | DATE | 2000-W10"]);
    expect(await rows("The offer expires at 5 p.m. EST, Nov. 6, unless extended.", "1989-10-30")).toEqual(["5 p.m. EST, Nov. 6 | TIME | 1989-11-06T17:00"]);
  });
});
