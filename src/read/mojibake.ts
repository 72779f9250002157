// Read: text that was UTF-8 read as Windows-1252 (once or twice) and saved again, as scraped pages
// often are: "FranÃ§ois" for "François", "â€™" for "’". Such a run is a valid UTF-8 byte sequence when
// its characters are taken back to the bytes they came from; real text almost never is (a letter such
// as "Ã" or "â" followed by one to three of the symbols "¡"-"¿" or Windows-1252's "€"-"Ÿ"). One pass
// undoes one wrong decoding; a text decoded wrongly twice takes two.

import type { Source } from "../model.js";

/** The characters Windows-1252 gives bytes 0x80-0x9F (Latin-1 control codes where it has none). */
export const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

const BYTE_OF = new Map<number, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(b, b);
for (let i = 0; i < CP1252_HIGH.length; i++) BYTE_OF.set(CP1252_HIGH.charCodeAt(i), 0x80 + i);

/** A lead byte's character before a continuation byte's: the only place a repair can begin. */
const SUSPECT = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]/;

const COMBINING = /[\u0300-\u036f]/;

/** How many passes at most: a text wrongly decoded three times is rare, and each pass is linear. */
const MAX_PASSES = 3;

/** The byte a character stands for under Windows-1252 (or Latin-1), or -1 for any other character. */
function byteOf(code: number): number {
  return BYTE_OF.get(code) ?? -1;
}

/** How many continuation bytes a lead byte wants (0: not a lead byte). */
function followers(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return 1;
  if (b >= 0xe0 && b <= 0xef) return 2;
  if (b >= 0xf0 && b <= 0xf4) return 3;
  return 0;
}

/** The code point of a lead byte and its continuation bytes, or -1 for an overlong form or a
 * surrogate (not what a wrong decoding makes). */
function codePoint(lead: number, cont: readonly number[]): number {
  const n = cont.length;
  let cp = lead & (n === 1 ? 0x1f : n === 2 ? 0x0f : 0x07);
  for (const b of cont) cp = (cp << 6) | (b & 0x3f);
  const min = n === 1 ? 0x80 : n === 2 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  return cp;
}

function onePass(text: string): string {
  const parts: string[] = [];
  let last = 0;
  const cont: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const lead = text.charCodeAt(i); // a lead byte's character is its Latin-1 one, "Â" to "ô"
    if (lead < 0xc2 || lead > 0xf4) continue;
    const n = followers(lead);
    if (i + n >= text.length) continue;
    cont.length = 0;
    for (let k = 1; k <= n; k++) {
      const b = byteOf(text.charCodeAt(i + k));
      if (b < 0x80 || b > 0xbf) break;
      cont.push(b);
    }
    if (cont.length !== n) continue;
    const cp = codePoint(lead, cont);
    if (cp < 0) continue;
    parts.push(text.slice(last, i), String.fromCodePoint(cp));
    last = i + n + 1;
    i += n;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join("");
}

/** The text with UTF-8 read as Windows-1252 undone; the same string when there is none. */
export function repairMojibake(text: string): string {
  let t = text;
  if (!SUSPECT.test(t)) {
    // some pages were decomposed after the wrong decoding ("A" + U+0303 for "Ã"): composed, they show it
    if (!COMBINING.test(t)) return text;
    t = t.normalize("NFC");
    if (!SUSPECT.test(t)) return text;
  }
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = onePass(t);
    if (next === t) break;
    t = next;
  }
  return t;
}

export const REPAIR_NOTE = 'characters of UTF-8 text once read as Windows-1252 were repaired ("FranÃ§ois" is "François"); spans index the repaired text';

/** A decoded source with its mis-decoded characters repaired (part of decoding: spans index the result). */
export function withRepairs(source: Source): Source {
  const text = repairMojibake(source.text);
  return text === source.text ? source : { ...source, text, repaired: true };
}
