// A news dateline opening the lead says where and when, not what: "PORT ALDEN, Nov. 4, 2025 — ",
// "JAKARTA (Pos Kota) – ", "Jakarta, CNN Indonesia - - ", "Liputan6.com, Jakarta - ", "Rimanews - ".
// A summary shows its sentences without it, claims start after it, and no one is named in it.

/** Up to seven words or bracketed parts, then a dash (or two) and a word that starts a sentence;
 * words hold no space, so every step of the scan is decided by one character (linear). */
const PREFIX = /^(?:[\p{Lu}\d][\p{L}\d.'’&]*|\([^()\n]{1,40}\))(?:,?[ \t\u00a0]{1,3}(?:[\p{Lu}\d][\p{L}\d.'’&]*|\([^()\n]{1,40}\))){0,6},?[ \t\u00a0]{1,3}[—–―-](?:[ \t]?[—–―-])?[ \t\u00a0]{1,3}(?=[\p{Lu}\d"“'‘])/u;

/** What marks a run of capitalised words as a dateline rather than a name: a comma, a bracket, a
 * site's name, a word in capitals, or a single word. */
const MARK = /[,(]|\.\p{L}|\p{Lu}{2,}/u;

export function datelineLength(sentence: string): number {
  const m = PREFIX.exec(sentence);
  if (!m) return 0;
  const prefix = m[0].replace(/[\s—–―-]+$/u, "");
  return MARK.test(prefix) || !/\s/u.test(prefix) ? m[0].length : 0;
}

export function withoutDateline(sentence: string): string {
  return sentence.slice(datelineLength(sentence));
}
