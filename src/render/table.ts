// Render: a plain table whose cells wrap inside their columns, sized to the terminal width.

import { visibleLength, wrap, type Style } from "./style.js";

export interface Column {
  header: string;
  /** Share of the free width this column may take when it needs it (fixed columns use min = max). */
  min: number;
  max: number;
}

export function table(style: Style, columns: Column[], rows: string[][]): string[] {
  const gap = 2;
  const natural = columns.map((col, i) => Math.max(visibleLength(col.header), ...rows.map((r) => Math.max(...(r[i] ?? "").split("\n").map(visibleLength)))));
  const widths = columns.map((col, i) => Math.max(col.min, Math.min(col.max, natural[i]!)));
  // give the last column what is left of the width
  const used = widths.slice(0, -1).reduce((a, b) => a + b + gap, 0);
  const lastNeed = natural[natural.length - 1]!;
  widths[widths.length - 1] = Math.max(columns[columns.length - 1]!.min, Math.min(lastNeed, style.width - used));
  // still too wide: shrink the widest columns down to their minimum
  let total = widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
  while (total > style.width) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i]! <= columns[i]!.min) break;
    widths[i]!--;
    total--;
  }
  const out: string[] = [];
  const line = (cells: string[][]) => {
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      out.push(
        cells
          .map((c, i) => {
            const v = c[k] ?? "";
            return i === cells.length - 1 ? v : v + " ".repeat(Math.max(0, widths[i]! - visibleLength(v)));
          })
          .join(" ".repeat(gap))
          .trimEnd(),
      );
    }
  };
  line(columns.map((col) => [style.c.bold(col.header)]));
  for (const r of rows) line(r.map((cell, i) => cell.split("\n").flatMap((part) => wrap(part, widths[i]!))));
  return out;
}
