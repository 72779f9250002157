// A cue with the pronoun clitic for its speaker ("ujarnya", "menurutnya", "tulisnya"): which cue it
// is, and who the clitic stands for.

import type { Claim, ClaimSource, Token } from "../../model.js";
import type { CueEntry } from "../../lang/types.js";
import type { Ctx } from "./context.js";

/** The cue a word is with the speaker clitic on it ("ujarnya" is "ujar"), or null. Any single-word
 * cue takes it, and the pack's extra stems ("akunya"). */
export function cliticCueOf(cues: { at(low: readonly string[], i: number): { length: number; value: CueEntry } | null }, clitic: string | undefined, stems: ReadonlySet<string>, word: string): CueEntry | null {
  if (!clitic || word.length <= clitic.length + 1 || !word.endsWith(clitic)) return null;
  const stem = word.slice(0, -clitic.length);
  const hit = cues.at([stem], 0);
  if (hit && hit.length === 1) return hit.value;
  return stems.has(stem) ? { cue: stem, stance: "says", source: "either", quoteOnly: true } : null;
}

/**
 * Who the clitic of a cue at `at` stands for: the person named last before it (outside quotes), unless
 * named inside what the previous speaker said ("Yusri mengatakan, Rizieq tidak hadir. "...," ujarnya":
 * Yusri speaks again), or the previous claim's speaker was named after that person ('Suhup,
 * mengatakan, ...', a name the people stage did not know).
 */
export function cliticSpeaker(ctx: Ctx, at: number, prev: Claim | undefined, tok: Token): ClaimSource {
  const last = ctx.sources.lastPersonMentionBefore(at, ctx.quoteSpans, 0, true) ?? ctx.sources.lastPersonMentionBefore(at, ctx.quoteSpans);
  const speaking = prev !== undefined && prev.source.kind !== "unknown" && prev.source.kind !== "publication";
  const inContent = last && speaking && !prev.quote && last.span[0] >= prev.contentSpan[0] && last.span[1] <= prev.contentSpan[1];
  const newer = speaking && !prev.quote && prev.source.span && /^\p{Lu}/u.test(prev.source.text) && (!last || prev.source.span[0] >= last.span[1]);
  // (with no person named before it, the speaker going on: "..., tulis akun @X. "...," cuitnya")
  const going = inContent || newer || (!last && speaking);
  const name = going ? prev!.source.name : last?.entity.name;
  const kind = going ? prev!.source.kind : "person";
  return name ? { name, kind, text: tok.text, span: tok.span } : { name: "unknown", kind: "unknown", text: tok.text, span: tok.span };
}
