// Render: the timeline to scale, as a model both drawings read (the HTML report's SVG and the
// terminal's `timeline --chart`): each resolved event at a point of a continuous axis (fractional
// years), and the axis's unit (years, or months for a short story) with its ticks.

import { sortKey } from "../extract/time/resolve.js";
import type { eventOut } from "./json.js";
import { describe } from "./labels.js";
import { truncate, visibleLength, type Style } from "./style.js";

type EventJson = ReturnType<typeof eventOut>;

export interface ChartEvent {
  /** Position on the axis, in years (2022.75 is October 2022). */
  at: number;
  /** The date in words ("October 2022"). */
  when: string;
  sentence: string;
  people: string[];
}

export interface Chart {
  events: ChartEvent[];
  unit: "year" | "month";
  from: number;
  to: number;
}

/** A TimeML value's start as fractional years, or null when it has none (unresolved, a duration). */
export function position(value: string, mod?: string): number | null {
  const key = sortKey(value, mod);
  if (!key) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(key.start);
  if (!m) return null;
  const month = Math.max(1, Number(m[2]));
  const day = Math.max(1, Number(m[3]));
  return Number(m[1]) + (month - 1) / 12 + (day - 1) / 365;
}

export function chartOf(events: readonly EventJson[]): Chart | null {
  const placed: ChartEvent[] = [];
  for (const e of events) {
    if (!e.date.resolved) continue;
    const at = position(e.date.timex.value, e.date.timex.mod);
    if (at === null) continue;
    placed.push({ at, when: describe(e.date), sentence: e.sentence, people: e.people });
  }
  if (placed.length === 0) return null;
  placed.sort((a, b) => a.at - b.at);
  const first = placed[0]!.at;
  const last = placed.at(-1)!.at;
  const unit = last - first < 3 ? "month" : "year";
  const from = unit === "year" ? Math.floor(first) : Math.floor(first * 12) / 12;
  const to = unit === "year" ? Math.floor(last) + 1 : Math.floor(last * 12 + 1) / 12;
  return { events: placed, unit, from, to };
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A tick's label: the year, or the month and year. */
export function tickLabel(at: number, unit: Chart["unit"]): string {
  const year = Math.floor(at + 1e-9);
  if (unit === "year") return String(year);
  const month = Math.round((at - year) * 12);
  return `${MONTH_NAMES[month] ?? "Jan"} ${year}`;
}

/** The ticks of the axis: every year (or month) from `from` to `to`. */
export function ticks(c: Chart): number[] {
  const step = c.unit === "year" ? 1 : 1 / 12;
  const n = Math.round((c.to - c.from) / step);
  return Array.from({ length: n + 1 }, (_, i) => c.from + i * step);
}

/** Longest run of empty units drawn one row each; a longer one is one marked gap. */
const MAX_EMPTY_ROWS = 3;

/**
 * The terminal drawing: a vertical axis, one row a year (or a month), each event beside its unit,
 * fitted to the width; long empty stretches are one row saying how long they are. Box characters,
 * or ASCII.
 */
export function chartLines(c: Chart, st: Style, ascii: boolean): string[] {
  const g = ascii ? { line: "|", tick: "+", event: "*", branch: "-", gap: ":" } : { line: "│", tick: "┼", event: "●", branch: "─", gap: "┊" };
  const labels = ticks(c).map((t) => tickLabel(t, c.unit));
  const pad = Math.max(...labels.map((l) => l.length));
  const step = c.unit === "year" ? 1 : 1 / 12;
  const out: string[] = [];
  let empty = 0;
  const flushEmpty = () => {
    if (empty === 0) return;
    if (empty <= MAX_EMPTY_ROWS) for (let i = 0; i < empty; i++) out.push(`${" ".repeat(pad)} ${g.line}`);
    else out.push(`${" ".repeat(pad)} ${g.gap} ${st.c.dim(`${empty} ${c.unit === "year" ? "years" : "months"}`)}`);
    empty = 0;
  };
  const units = ticks(c).slice(0, -1);
  for (const [i, t] of units.entries()) {
    const inside = c.events.filter((e) => e.at >= t - 1e-9 && e.at < t + step - 1e-9);
    if (inside.length === 0) {
      empty++;
      continue;
    }
    flushEmpty();
    out.push(`${st.c.yellow(labels[i]!.padStart(pad))} ${g.tick}`);
    for (const e of inside) {
      const head = `${" ".repeat(pad)} ${g.line}${g.branch}${g.event} `;
      const text = `${e.when}  ${e.sentence}${e.people.length ? ` (${e.people.join(", ")})` : ""}`;
      out.push(head + truncate(text, Math.max(20, st.width - visibleLength(head))));
    }
  }
  flushEmpty();
  out.push(`${st.c.yellow(labels.at(-1)!.padStart(pad))} ${g.tick}`);
  return out;
}
