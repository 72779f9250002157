// Memory kept near what is live while a long document is read window by window: V8 lets the heap grow
// to several times what is live before it collects (a 5 MB input peaked at 246 MB with 43 MB live).
// Between windows, a full collection runs when the heap has grown past a bound; the collector is
// exposed once, on first need, and nothing happens where it cannot be.

import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Heap in use past which a collection runs between windows. */
const COLLECT_ABOVE_BYTES = 96 * 1024 * 1024;

let collect: (() => void) | null | undefined;

export function keepMemoryDown(): void {
  if (getHeapStatistics().used_heap_size < COLLECT_ABOVE_BYTES) return;
  if (collect === undefined) {
    collect = null;
    try {
      const g = (globalThis as { gc?: () => void }).gc;
      if (typeof g === "function") collect = g;
      else {
        // (the launcher loads node:v8 and node:vm already: importing them costs nothing at start-up)
        setFlagsFromString("--expose-gc");
        collect = runInNewContext("gc") as () => void;
      }
    } catch {
      collect = null;
    }
  }
  collect?.();
}
