// Binary search over items sorted by a numeric key (offsets): keeps look-ups logarithmic, so that
// long inputs stay linear overall.

/** Index of the last item whose key is <= at, or -1. */
export function lastAtOrBefore<T>(items: readonly T[], key: (x: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/** Index of the first item whose key is >= at (items.length when none). */
export function firstAtOrAfter<T>(items: readonly T[], key: (x: T) => number, at: number): number {
  return lastAtOrBefore(items, key, at - 1e-9) + 1;
}
