// The words around a core expression: approximation and part words (inside the span), anchors
// (outside: "sejak", "since", "per"), a part of day, a clock time or a trailing deictic word.

import type { TimeModifier } from "../../model.js";
import type { RawMatch } from "./draft.js";
import type { Scan } from "./rules/common.js";
import { clock } from "./rules/clock.js";
import { dayMonth, monthDay, weekday } from "./rules/dates.js";
import { quarter } from "./rules/years.js";

export function extend(s: Scan, m: RawMatch): RawMatch {
  const { g, low } = s;
  let { start, end } = m;
  const draft = { ...m.draft };
  const modifiers: TimeModifier[] = [...m.modifiers];
  // trailing: part of day ("Selasa sore", "Minggu (28/12/2014) pagi"), then "kemarin"/"lalu"/"ini"/"itu"
  if (draft.type === "DATE" && (draft.weekday !== undefined || draft.day !== undefined || draft.relative?.unit === "D")) {
    const pod = g.partOfDay.at(low, end);
    if (pod) {
      draft.type = "TIME";
      draft.partOfDay = pod.value;
      end += pod.length;
    }
  }
  // a clock time right after a day ("Minggu pukul 07.55", "Senin (29/12/2014) pukul 10.00 WIB")
  const dayLike = draft.weekday !== undefined || draft.day !== undefined || draft.relative?.unit === "D" || draft.anaphoric === "D";
  if ((draft.type === "DATE" || draft.type === "TIME") && dayLike && draft.hour === undefined) {
    const c = clock(s, end);
    if (c && c.start === end) {
      draft.type = "TIME";
      draft.hour = c.draft.hour;
      draft.minute = c.draft.minute;
      delete draft.partOfDay;
      end = c.end;
    }
  }
  // a weekday right after a clock time ("15:00 GMT Saturday"), or after a comma with its date
  // ("pukul 7:55 WIB, Jumat (5/12/2014)")
  if (draft.type === "TIME" && draft.hour !== undefined && !dayLike) {
    const comma = low[end] === ",";
    const wd = weekday(s, comma ? end + 1 : end);
    if (wd && wd.draft.weekday !== undefined && (comma ? wd.draft.day !== undefined : true)) {
      draft.weekday = wd.draft.weekday;
      if (wd.draft.day !== undefined) {
        draft.month = wd.draft.month;
        draft.day = wd.draft.day;
        if (wd.draft.year !== undefined) draft.year = wd.draft.year;
      }
      end = wd.end;
    } else {
      // or its date, after a comma or not ("5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6")
      const at = low[end] === "," ? end + 1 : end;
      const date = monthDay(s, at) ?? dayMonth(s, at);
      if (date && date.draft.day !== undefined) {
        draft.month = date.draft.month;
        draft.day = date.draft.day;
        if (date.draft.year !== undefined) draft.year = date.draft.year;
        end = date.end;
      }
    }
  }
  // "next year's first quarter", "1988's third quarter": that year's quarter
  const yearOnly = draft.month === undefined && draft.quarter === undefined && draft.day === undefined && draft.weekday === undefined && draft.decade === undefined;
  // (the possessive one token, or two after digits: "1988" "'" "s")
  const possessive = /^['’]s$/.test(low[end] ?? "") ? 1 : /^['’]$/.test(low[end] ?? "") && low[end + 1] === "s" ? 2 : 0;
  if (draft.type === "DATE" && yearOnly && (draft.year !== undefined || draft.relative?.unit === "Y") && possessive > 0) {
    const q = quarter(s, end + possessive);
    if (q && q.draft.quarter !== undefined && q.draft.year === undefined) {
      draft.quarter = q.draft.quarter;
      end = q.end;
    } else if (g.quarterWords.has(low[end + possessive] ?? "")) {
      // "last year's quarter": the story's quarter, that year
      draft.storyQuarter = true;
      end += possessive + 1;
    }
  }
  if (draft.type === "DATE" || draft.type === "TIME") {
    const d = g.deictic.get(low[end] ?? "");
    if (d && d.position === "after" && draft.relative === undefined && draft.anaphoric === undefined) {
      end++;
      if (draft.weekday !== undefined && draft.day === undefined) draft.weekdayShift = Math.sign(d.offset); // "Senin lalu", "Jumat depan"
    } else if (draft.weekday !== undefined) {
      const same = g.sameAfter.at(low, end); // "Minggu pagi itu": a day already told, never a coming one
      if (same) {
        end += same.length;
        draft.weekdayShift = draft.weekdayShift ?? 0;
      }
    }
    if (g.zones.has(low[end] ?? "") && draft.type === "TIME") end++;
  }
  // leading: approximation and parts, in any order, then anchors
  for (let guard = 0; guard < 4; guard++) {
    const approx = g.approx.before(low, start);
    if (approx && approx.value.inside) {
      start -= approx.length;
      draft.mod ??= approx.value.mod ?? "APPROX";
      if (!approx.value.mod) modifiers.unshift("approx");
      continue;
    }
    const part = g.parts.before(low, start);
    if (part && draft.type !== "DURATION" && draft.type !== "SET") {
      start -= part.length;
      draft.mod = part.value.mod;
      modifiers.unshift(part.value.modifier);
      continue;
    }
    // "earlier this year", "later Saturday": inside the span, the value unchanged
    const near = g.nearParts.before(low, start);
    if (near && draft.type !== "DURATION" && draft.type !== "SET") {
      start -= near.length;
      continue;
    }
    break;
  }
  let phraseStart = start;
  // approximation kept outside the span where the language's gold convention does (TempEval-3's
  // "about three years"), inside elsewhere (IndoTimex's "sekitar pukul 06.14"); APPROX either way
  const outside = g.approx.before(low, start);
  if (outside && !outside.value.inside) {
    phraseStart -= outside.length;
    draft.mod ??= "APPROX";
    modifiers.unshift("approx");
  }
  const anchor = g.anchors.before(low, phraseStart);
  if (anchor && draft.type !== "DURATION" && draft.type !== "SET") {
    phraseStart -= anchor.length;
    modifiers.unshift(anchor.value);
  } else if (g.phrasePrepositions.has(low[start - 1] ?? "")) {
    phraseStart -= 1;
  }
  return { start, end, draft, modifiers, phraseStart };
}
