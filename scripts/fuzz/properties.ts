// What must hold for any input at all, checked on random text: the pipeline never throws, every span
// lies inside the text and slices to the words it claims, and every view renders (JSON that parses
// back). Shared by the quick run in `npm test` and the long one in `npm run fuzz`.

import fc from "fast-check";
import { analyseBytes, analyseText } from "../../src/pipeline.js";
import type { Analysis, Span } from "../../src/model.js";
import { articleJson, claimsJson, entitiesJson, timelineJson } from "../../src/render/json.js";
import { claimsText, fullText, peopleText, showText, timelineText } from "../../src/render/text.js";
import { claimsMd, peopleMd, showMd, timelineMd } from "../../src/render/markdown.js";
import type { Style } from "../../src/render/style.js";

/** The grammar's own material, in both languages: what makes the rules work hardest. */
const PIECES = [
  // quotes and brackets
  '"', "“", "”", "'", "‘", "’", "«", "»", "(", ")", "[", "]", ",", ".", ":", ";", "-", "—", "?", "!", "…", "/",
  // cues
  "kata", "katanya", "mengatakan", "menurut", "ujar", "membantah", "said", "says", "according to", "told", "denied", "claimed", "saying",
  // names, titles, roles
  "Joko Widodo", "Elon Musk", "Musk", "Bapak", "Tn.", "Presiden", "Presiden Rusia", "juru bicara", "Dr.", "Mr.", "Sen.", "Putin", "dia", "he", "she", "ia",
  // dates
  "12 Januari 2020", "Senin", "Monday", "last year", "tahun lalu", "2019", "akhir 2022", "September", "pukul 10.00", "3 p.m.", "kemarin", "sebulan kemudian", "two weeks ago", "the 1990s", "mid-November",
  // debris and markup
  "[iklan_2]", "Baca juga:", "Sumber: https://x.id/a", "Komentar (0)", "# ", "**", "> ", "- ", "`",
  // UTF-8 once or twice read as Windows-1252, and decomposed (repaired while decoding bytes)
  "FranÃ§ois", "itâ€™s", "Ã\u0083Â©", "A\u0303\u00a9", "Ã", "â€",
  // spacing
  " ", " ", " ", "\n", "\n\n", "\t",
];

/** Random text: any Unicode, the grammar's own pieces, or a mix of both. */
export const articleText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join("")),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 100 }).map((a) => a.join("")),
);

/** Random bytes, or random text as UTF-8 (so that decoding and its repairs are exercised too). */
export const articleBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  articleText.map((t) => new TextEncoder().encode(t)),
);

export const options = fc.record({
  lang: fc.constantFrom(undefined, "id", "en"),
  refDate: fc.constantFrom(null, "2024-03-14", "1999-12-31"),
  headline: fc.boolean(),
});

const PLAIN: Style = { c: { bold: (s) => s, dim: (s) => s, cyan: (s) => s, yellow: (s) => s, red: (s) => s, green: (s) => s, magenta: (s) => s }, width: 60 };

function inside(a: Analysis, span: Span | null | undefined, what: string): void {
  if (!span) return;
  const n = a.document.text.length;
  if (!(span[0] >= 0 && span[0] <= span[1] && span[1] <= n)) throw new Error(`${what} span [${span}] outside the text (length ${n})`);
}

/** The span holds the text given for it; `squashed`: up to white space (a name across a line break is
 * given with one space). */
function slices(a: Analysis, span: Span, text: string, what: string, squashed = false): void {
  inside(a, span, what);
  const at = a.document.text.slice(span[0], span[1]);
  const same = squashed ? at.replace(/\s+/g, " ") === text.replace(/\s+/g, " ") : at === text;
  if (!same) throw new Error(`${what} text "${text}" is not the text at [${span}]`);
}

/** Every promise an analysis makes about its spans, and every view of it. Throws on the first broken one. */
export function checkAnalysis(a: Analysis): void {
  const doc = a.document;
  if (doc.text.length !== doc.source.text.length) throw new Error("the cleaned text changed length");
  for (const s of doc.sentences) {
    slices(a, s.span, s.text, "sentence");
    for (const t of s.tokens) slices(a, t.span, t.text, "token");
  }
  for (const p of doc.paragraphs) inside(a, p.span, "paragraph");
  for (const e of [...a.people, ...a.organisations, ...a.places]) for (const m of e.mentions) slices(a, m.span, m.text, "mention", true);
  for (const x of a.expressions) {
    slices(a, x.span, x.text, "time expression", true);
    inside(a, x.phraseSpan, "time phrase");
  }
  for (const ev of a.events) inside(a, ev.sentenceSpan, "event sentence");
  for (const c of a.claims) {
    inside(a, c.cueSpan, "cue");
    inside(a, c.contentSpan, "content");
    inside(a, c.source.span, "source");
    inside(a, c.sentenceSpan, "claim sentence");
  }
  const json = [articleJson(a, 200), entitiesJson(a, "person"), entitiesJson(a, "organisation"), timelineJson(a), claimsJson(a, undefined), claimsJson(a, "a")];
  for (const j of json) JSON.parse(JSON.stringify(j));
  for (const lines of [showText(a, PLAIN), fullText(a, PLAIN), peopleText(a, PLAIN, "person"), timelineText(a, PLAIN), claimsText(a, PLAIN, undefined), showMd(a, true), peopleMd(a, "place"), timelineMd(a), claimsMd(a, undefined)]) {
    if (lines.some((l) => typeof l !== "string")) throw new Error("a view printed something other than text");
  }
}

/** One case: the analysis of a text, checked; the time it took (ms). */
export async function checkText(text: string, opts: { lang?: string; refDate: string | null; headline: boolean }): Promise<number> {
  const t0 = performance.now();
  checkAnalysis(await analyseText(text, opts));
  return performance.now() - t0;
}

export async function checkBytes(bytes: Uint8Array, opts: { lang?: string; refDate: string | null; headline: boolean }): Promise<number> {
  const t0 = performance.now();
  try {
    checkAnalysis(await analyseBytes("fuzz.bin", bytes, opts));
  } catch (err) {
    // bytes that are no text are refused with a clear message, which is no failure
    if ((err as Error).name !== "InputError") throw err;
  }
  return performance.now() - t0;
}
