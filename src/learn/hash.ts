// Feature hashing: a feature is a template number and one or two value hashes, mixed into one
// 32-bit integer without building strings, so that scoring a token costs a few integer operations.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** FNV-1a over s[from, to), the same value as hashString(s.slice(from, to)) without the slice. */
export function hashRange(s: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Combines two 32-bit values (murmur3's finaliser over a rotated sum): order matters. */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a, 0xcc9e2d51) ^ ((b << 15) | (b >>> 17))) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A template's feature from one value. The values are hashes already (or small numbers), so one
 * multiply and a shift spread them enough; models index by the low bits (learn/sequence.ts). */
export function feature(template: number, value: number): number {
  const h = Math.imul(value ^ Math.imul(template + 1, 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}

/** A template's feature from two values (order matters). */
export function feature2(template: number, a: number, b: number): number {
  const h = Math.imul(a ^ Math.imul(template + 1, 0x9e3779b1), 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35);
  return (h ^ (h >>> 15)) >>> 0;
}
