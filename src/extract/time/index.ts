// Extract: every time expression of a document, normalised to TimeML.

import type { Document, TimeExpression } from "../../model.js";
import type { LanguagePack } from "../../lang/types.js";
import { TimeGrammar } from "./grammar.js";
import { tokenize } from "../../segment/tokens.js";
import { noteWrittenDay, parseRefDate, remember, rememberDay, resolve, type Context } from "./resolve.js";

const grammars = new WeakMap<LanguagePack, TimeGrammar>();

function grammarFor(pack: LanguagePack): TimeGrammar {
  let g = grammars.get(pack);
  if (!g) grammars.set(pack, (g = new TimeGrammar(pack.time)));
  return g;
}

export function extractTimes(doc: Document, pack: LanguagePack, refDate: string | null): TimeExpression[] {
  const grammar = grammarFor(pack);
  const ctx: Context = { ref: parseRefDate(refDate) };
  const out: TimeExpression[] = [];
  for (const sentence of doc.sentences) {
    ctx.sentence = sentence.index;
    for (const m of grammar.scan(sentence.tokens)) {
      const r = resolve(m.draft, ctx);
      // only dates written out (or read from an earlier one) set the context: "last year" does not
      // make a later bare "March" last year's; a relative day still anchors later clock times
      if (r.resolved && (r.timex.type === "DATE" || r.timex.type === "TIME") && !m.draft.aside) {
        // a month written out ("March", "September last year") is a date of the text even when its year is inferred
        // (and so is a quarter: "third-quarter profit ... the quarter")
        // (but a year guessed from the reference date is no year of the text: "payable Jan. 2 to stock of
        // record Dec. 15" does not put December in the next year)
        const guessed = r.anchor === "relative" && m.draft.month !== undefined && m.draft.monthShift === undefined && m.draft.relative === undefined;
        if (r.anchor !== "relative" || m.draft.month !== undefined || m.draft.quarter !== undefined) remember(ctx, r.timex.value, !guessed);
        else rememberDay(ctx, r.timex.value);
        if (m.draft.month !== undefined && m.draft.day !== undefined) noteWrittenDay(ctx, r.timex.value);
      }
      const span = m.span!;
      const phraseSpan = m.phraseSpan!;
      out.push({
        text: doc.text.slice(span[0], span[1]),
        span,
        phrase: doc.text.slice(phraseSpan[0], phraseSpan[1]).replace(/\s+/g, " "),
        phraseSpan,
        timex: r.timex,
        modifiers: m.modifiers,
        resolved: r.resolved,
        anchor: r.anchor,
        sentence: sentence.index,
      });
    }
  }
  return out;
}

/** The article's own date, read from a dateline ("JAKARTA, Senin (29/12/2014)", "March 22, 2013") near
 * its top: the first full day-granularity date at the head of the first sentences, else a weekday with
 * its numeric date ("..., kata Menteri, Senin (29/12/2014).") anywhere in the first sentence. */
export function findArticleDate(doc: Document, pack: LanguagePack): string | null {
  const grammar = grammarFor(pack);
  const first = doc.sentences.slice(0, 2);
  const iso = (d: { year?: number; month?: number; day?: number }) =>
    `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  for (const s of first) {
    const head = s.tokens.slice(0, 14);
    for (const m of grammar.scan(head)) {
      const d = m.draft;
      if (d.year !== undefined && d.month !== undefined && d.day !== undefined && m.start <= 8) return iso(d);
    }
  }
  const lead = first[0]?.tokens.slice(0, 80) ?? [];
  for (const m of grammar.scan(lead)) {
    const d = m.draft;
    if (d.weekday !== undefined && d.year !== undefined && d.month !== undefined && d.day !== undefined) return iso(d);
  }
  // the page's own stamp, kept apart as debris ("PUBLISHED: 10:48, Tue, Nov 19, 2019", "Diperbarui:
  // Senin, 20 Nov 2019"): the first one with a whole date
  for (const line of doc.debris) {
    if (line.kind !== "credit") continue;
    for (const m of grammar.scan(tokenize(line.text).slice(0, 20))) {
      const d = m.draft;
      if (d.year !== undefined && d.month !== undefined && d.day !== undefined) return iso(d);
    }
  }
  return null;
}
