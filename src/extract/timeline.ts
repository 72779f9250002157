// Extract: the dated events of an article. Each DATE or TIME expression anchors an event: its clause
// and the people in it; events are ordered by the start of their interval, coarser first.

import type { Document, Entity, Span, TimeExpression, TimelineEvent } from "../model.js";
import { sortKey } from "./time/resolve.js";

const MAX_EVENT_CHARS = 220;

export function buildEvents(doc: Document, expressions: TimeExpression[], people: Entity[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const x of expressions) {
    if (x.timex.type !== "DATE" && x.timex.type !== "TIME") continue;
    if (/_REF$/.test(x.timex.value)) continue; // "saat ini", "now": not a point on a timeline
    const s = doc.sentences[x.sentence]!;
    const clause = clauseAround(doc.text, s.span, x.span);
    const names = people.filter((p) => p.mentions.some((m) => m.span[0] >= clause[0] && m.span[1] <= clause[1])).map((p) => p.name);
    events.push({ date: x, sentence: doc.text.slice(clause[0], clause[1]).replace(/\s+/g, " "), sentenceSpan: clause, people: names });
  }
  return orderEvents(events);
}

/** Events in date order: by the start of their interval, coarser first, the unresolved last; events
 * of the same date keep the order they were given in (text order). */
export function orderEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const keyed = events.map((e, order) => ({ e, key: e.date.resolved ? sortKey(e.date.timex.value, e.date.timex.mod) : null, order }));
  keyed.sort((a, b) => {
    if (!a.key || !b.key) return (a.key ? 0 : 1) - (b.key ? 0 : 1) || a.order - b.order;
    return a.key.start < b.key.start ? -1 : a.key.start > b.key.start ? 1 : a.key.rank - b.key.rank || a.order - b.order;
  });
  return keyed.map((x) => x.e);
}

/** The sentence, or when it is long, the clause around the expression (split at ; and , boundaries),
 * looked for only near the expression so that a huge one-line input stays linear. */
function clauseAround(text: string, sentence: Span, at: Span): Span {
  if (sentence[1] - sentence[0] <= MAX_EVENT_CHARS) return sentence;
  const lo = Math.max(sentence[0], at[0] - MAX_EVENT_CHARS);
  const hi = Math.min(sentence[1], at[1] + MAX_EVENT_CHARS);
  const cuts = [lo];
  const re = /[;,]\s+/g;
  const part = text.slice(lo, hi);
  let m: RegExpExecArray | null;
  while ((m = re.exec(part))) cuts.push(lo + m.index + 1);
  cuts.push(hi);
  let i = cuts.findIndex((c, k) => k + 1 < cuts.length && c <= at[0] && cuts[k + 1]! >= at[1]);
  if (i < 0) i = 0;
  let s = cuts[i]!;
  let e = cuts[i + 1] ?? hi;
  let k = i + 1;
  // grow the clause to a readable size, never past the window
  while (e - s < 80 && k + 1 < cuts.length) e = cuts[++k]!;
  while (e - s < 80 && i > 0) s = cuts[--i]!;
  if (e - s > MAX_EVENT_CHARS) {
    s = Math.max(s, at[0] - MAX_EVENT_CHARS / 2);
    e = Math.min(e, at[1] + MAX_EVENT_CHARS / 2);
    while (s > lo && /\S/.test(text[s - 1]!)) s--;
    while (e < hi && /\S/.test(text[e]!)) e++;
  }
  while (s < e && /[\s,;]/.test(text[s]!)) s++;
  while (e > s && /[\s,;]/.test(text[e - 1]!)) e--;
  return [s, e];
}
