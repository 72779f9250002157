// Clock times: pukul 06.14 [WIB]; 7.30 a.m.; 10 a.m.; 15:00 GMT; noon, tengah malam.

import type { RawMatch } from "../draft.js";
import { mk, type Scan } from "./common.js";

const CLOCK = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/;

export function clock({ g, low, raw }: Scan, i: number): RawMatch | null {
  let j = i;
  const cue = g.clockCues.has(low[j] ?? "");
  const preposition = cue && g.clockPrepositions.has(low[j]!);
  if (cue) j++;
  let hour: number, minute = 0;
  // a time named by a word: "at noon", "midnight Friday", "pukul tengah malam"
  // (capitalised inside a sentence it names something: "the Midnight Express")
  const named = j > 0 && /^\p{Lu}/u.test(raw[j] ?? "") ? null : g.namedTimes.at(low, j);
  if (named) {
    [hour, minute] = named.value;
    j += named.length;
    if (g.zones.has(low[j] ?? "")) j++;
    return mk(preposition ? i + 1 : i, j, { type: "TIME", hour, minute });
  }
  const c = CLOCK.exec(low[j] ?? "");
  if (c) {
    hour = Number(c[1]);
    minute = Number(c[2]);
  } else if (/^\d{1,2}$/.test(low[j] ?? "") && Number(low[j]) <= 24) {
    hour = Number(low[j]);
  } else return null;
  j++;
  let hasSuffix = false;
  const pm = g.pm.at(low, j);
  const am = pm ? null : g.am.at(low, j);
  if (pm) {
    if (hour < pm.value) hour += 12;
    j += pm.length;
    hasSuffix = true;
  } else if (am) {
    if (hour === 12) hour = 0;
    j += am.length;
    hasSuffix = true;
  }
  if (g.zones.has(low[j] ?? "")) {
    j++;
    hasSuffix = true;
  }
  // a bare number is a time only after a cue, and after a preposition ("at") only with a suffix
  if (!c && !hasSuffix && !(cue && !preposition)) return null;
  if (c && !cue && !hasSuffix) return null; // "06.14" alone may be a score or a decimal
  // "at 2.46 billion guilders", "pada 10.30 persen": an amount
  if (!hasSuffix && g.countNouns.has(low[j] ?? "")) return null;
  // the preposition stays outside, like other prepositions
  return mk(preposition ? i + 1 : i, j, { type: "TIME", hour, minute });
}
