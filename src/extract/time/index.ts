// Extract: every time expression of a document, normalised to TimeML.

import type { Document, TimeExpression } from "../../model.js";
import type { LanguagePack } from "../../lang/types.js";
import { TimeGrammar } from "./grammar.js";
import { parseRefDate, remember, resolve, type Context } from "./resolve.js";

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
    const toks = sentence.tokens;
    for (const m of grammar.scan(toks)) {
      const r = resolve(m.draft, ctx);
      // only dates written out (or read from an earlier one) set the context: "last year" does not
      // make a later bare "March" last year's
      if (r.resolved && r.anchor !== "relative" && (r.timex.type === "DATE" || r.timex.type === "TIME")) remember(ctx, r.timex.value);
      const span: [number, number] = [toks[m.start]!.span[0], toks[m.end - 1]!.span[1]];
      const phraseSpan: [number, number] = [toks[m.phraseStart]!.span[0], span[1]];
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
 * its top: the first full day-granularity date in the first sentences. */
export function findArticleDate(doc: Document, pack: LanguagePack): string | null {
  const grammar = grammarFor(pack);
  const first = doc.sentences.slice(0, 2);
  for (const s of first) {
    const head = s.tokens.slice(0, 14);
    for (const m of grammar.scan(head)) {
      const d = m.draft;
      if (d.year !== undefined && d.month !== undefined && d.day !== undefined && m.start <= 8) {
        return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
      }
    }
  }
  return null;
}
