// Render: TimeML values read aloud ("2022" with mod END → "late 2022"; since → "since late 2022").

import type { TimeExpression, Timex } from "../model.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const PARTS: Record<string, string> = { MO: "morning", AF: "afternoon", EV: "evening", NI: "night" };
const SEASONS: Record<string, string> = { SP: "spring", SU: "summer", FA: "autumn", WI: "winter" };
const UNITS: Record<string, string> = { Y: "year", M: "month", W: "week", D: "day", H: "hour", S: "second" };

export function describeValue(t: Timex): string {
  const v = t.value;
  if (t.type === "DURATION") return describeDuration(v);
  if (t.type === "SET") return `every ${describeDuration(v).replace(/^1 /, "")}`;
  if (v === "PRESENT_REF") return "now";
  if (v === "PAST_REF") return "the past";
  if (v === "FUTURE_REF") return "the future";
  let m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI))?$/.exec(v);
  if (m) {
    const base = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1] === "XXXX" ? "(year?)" : m[1]}`;
    if (m[4]) return `${base}, ${m[4]}:${m[5]}`;
    if (m[6]) return `${base}, ${PARTS[m[6]]}`;
    return base;
  }
  m = /^(\d{4}|XXXX)-(\d{2})$/.exec(v);
  if (m) return `${MONTHS[Number(m[2]) - 1]} ${m[1] === "XXXX" ? "(year?)" : m[1]}`;
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v);
  if (m) return `${m[3] ? "weekend of " : ""}week ${Number(m[2])} of ${m[1]}`;
  m = /^(\d{4})-Q(\d)$/.exec(v);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-H(\d)$/.exec(v);
  if (m) return `${m[2] === "1" ? "first" : "second"} half of ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) return `${SEASONS[m[2]!]} ${m[1]}`;
  if (/^\d{3}$/.test(v)) return `the ${v}0s`;
  if (/^\d{2}$/.test(v)) return `the ${Number(v) + 1}th century`;
  return v;
}

function describeDuration(v: string): string {
  const m = /^PT?(\d+|X)(Y|M|W|D|H|S)$/.exec(v);
  if (!m) return v;
  const unit = v.startsWith("PT") && m[2] === "M" ? "minute" : UNITS[m[2]!]!;
  if (m[1] === "X") return `some ${unit}s`;
  return `${m[1]} ${unit}${m[1] === "1" ? "" : "s"}`;
}

const MOD_WORDS: Record<string, string> = { START: "early", MID: "mid", END: "late", APPROX: "about", MORE_THAN: "more than", LESS_THAN: "less than" };
const MODIFIER_WORDS: Record<string, string> = { since: "since", until: "until", "as-of": "as of", before: "before", after: "after" };

export function describe(x: Pick<TimeExpression, "resolved" | "timex" | "modifiers">): string {
  if (!x.resolved) return "needs --ref-date";
  let s = describeValue(x.timex);
  if (x.timex.mod && MOD_WORDS[x.timex.mod]) s = `${MOD_WORDS[x.timex.mod]} ${s}`;
  const anchor = x.modifiers.find((m) => MODIFIER_WORDS[m]);
  if (anchor) s = `${MODIFIER_WORDS[anchor]} ${s}`;
  return s;
}
