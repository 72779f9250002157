// Segment: a long document into windows of whole paragraphs, each read on its own, so that the memory
// a run needs depends on the window, not on the input (a 16 MiB input is read as 64 windows of 256 KB).
// News articles are a few kilobytes: one window. A paragraph longer than a window (one endless line)
// is cut at a sentence end, else at a space, else anywhere.

import type { Span } from "../model.js";

/** Most characters of text read at once. */
export const WINDOW_CHARS = 128 * 1024;

/** The blocks (paragraph spans) of each window, in order; every block falls in one window whole, but
 * for those longer than `max`, which are cut first. */
export function windowsOf(text: string, blocks: readonly Span[], max = WINDOW_CHARS): Span[][] {
  const windows: Span[][] = [];
  let current: Span[] = [];
  let size = 0;
  for (const block of blocks) {
    for (const piece of cut(text, block, max)) {
      const n = piece[1] - piece[0];
      if (size + n > max && current.length > 0) {
        windows.push(current);
        current = [];
        size = 0;
      }
      current.push(piece);
      size += n;
    }
  }
  if (current.length > 0 || windows.length === 0) windows.push(current);
  return windows;
}

/** Sentence ends a cut prefers, then a space, looked for in the last eighth of the window. */
const SENTENCE_END = /[.!?…]["”’»)]?\s/g;

function cut(text: string, [start, end]: Span, max: number): Span[] {
  const out: Span[] = [];
  let s = start;
  while (end - s > max) {
    const lo = s + max - Math.floor(max / 8);
    const hi = s + max;
    // (in a slice: no search runs past the window, so an endless line stays linear)
    const tail = text.slice(lo, hi);
    let at = -1;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(tail); m; m = SENTENCE_END.exec(tail)) at = lo + m.index + m[0].length;
    if (at < 0) at = lo + tail.lastIndexOf(" ") + 1;
    if (at <= lo || at > hi) at = hi;
    // (never between the halves of a surrogate pair)
    if (at < end && (text.charCodeAt(at) & 0xfc00) === 0xdc00) at--;
    out.push([s, at]);
    s = at;
  }
  out.push([s, end]);
  return out;
}
