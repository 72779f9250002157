// Tokens as the time rules read them: a number and its ordinal suffix joined ("20th"), a decade one
// token ("1990s", "1970-an"), a range of two numbers split before a unit or month ("2-3 menit",
// "1-3 Januari") or when both are years, and a time word's possessive split off ("Friday's",
// "last month's": the expression is the word, as TimeML marks it).

import type { Token } from "../../model.js";
import type { TimeGrammar } from "./grammar.js";
import { YEAR } from "./rules/common.js";

export function ruleTokens(g: TimeGrammar, tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (next && next.span[0] === t.span[1] && /^\d{1,4}$/.test(t.text) && g.ordinals.has(next.text.toLowerCase())) {
      out.push({ text: t.text + next.text, span: [t.span[0], next.span[1]] });
      k++;
      continue;
    }
    if (next && next.span[0] === t.span[1] && /^(?:\d{3}0|[1-9]0)$/.test(t.text)) {
      const two = tokens[k + 2];
      const joined2 = two && two.span[0] === next.span[1] ? (next.text + two.text).toLowerCase() : "";
      if (joined2 && g.decadeSuffixes.has(joined2)) {
        out.push({ text: t.text + next.text + two!.text, span: [t.span[0], two!.span[1]] });
        k += 2;
        continue;
      }
      if (g.decadeSuffixes.has(next.text.toLowerCase())) {
        out.push({ text: t.text + next.text, span: [t.span[0], next.span[1]] });
        k++;
        continue;
      }
      // "the 1930s-era cathedral": the decade, then the rest of the compound
      const compound = /^(\p{L}{1,2})(-\p{L}+)$/u.exec(next.text);
      if (compound && g.decadeSuffixes.has(compound[1]!.toLowerCase())) {
        const at = next.span[0] + compound[1]!.length;
        out.push({ text: t.text + compound[1], span: [t.span[0], at] }, { text: compound[2]!, span: [at, next.span[1]] });
        k++;
        continue;
      }
    }
    // "1900R", "2000mAh": letters written onto four digits make a model or a quantity, no year
    if (next && next.span[0] === t.span[1] && /^\d{4}$/.test(t.text) && /^\p{L}/u.test(next.text) && !g.am.starts(next.text.toLowerCase()) && !g.pm.starts(next.text.toLowerCase())) {
      out.push({ text: t.text + next.text, span: [t.span[0], next.span[1]] });
      k++;
      continue;
    }
    const r = /^(\d{1,4})([-–])(\d{1,4})$/.exec(t.text);
    if (r) {
      const after = next?.text.toLowerCase() ?? "";
      const years = YEAR.test(r[1]!) && YEAR.test(r[3]!);
      const before = out.length > 0 ? out[out.length - 1]!.text.toLowerCase().replace(/\.$/, "") : "";
      if (years || g.units.has(after) || g.months.has(after) || (g.months.has(before) && Number(r[1]) < Number(r[3]))) {
        const a = t.span[0];
        const b = a + r[1]!.length;
        out.push({ text: r[1]!, span: [a, b] }, { text: r[2]!, span: [b, b + 1] }, { text: r[3]!, span: [b + 1, t.span[1]] });
        continue;
      }
    }
    // "mid-November", "late-1990s", "early-2000": a part of a period written onto it
    const part = PART_JOINED.exec(t.text);
    if (part && g.parts.at([part[1]!.toLowerCase()], 0)) {
      const rest = part[2]!.toLowerCase();
      if (g.months.has(rest) || YEAR.test(rest) || DECADE_WORD.test(rest)) {
        const b = t.span[0] + part[1]!.length;
        out.push({ text: part[1]!, span: [t.span[0], b] }, { text: part[2]!, span: [b + 1, t.span[1]] });
        continue;
      }
    }
    const possessive = POSSESSIVE.exec(t.text);
    if (possessive && g.isTimeWord(possessive[1]!.toLowerCase())) {
      const b = t.span[0] + possessive[1]!.length;
      out.push({ text: possessive[1]!, span: [t.span[0], b] }, { text: t.text.slice(possessive[1]!.length), span: [b, t.span[1]] });
      continue;
    }
    out.push(t);
  }
  return out;
}

/** A word, a hyphen, and the rest of the token. */
const PART_JOINED = /^(\p{L}+)-(\S+)$/u;
const DECADE_WORD = /^\d{3}0s$/;

/** A word and its possessive ending, either apostrophe. */
const POSSESSIVE = /^(\S+?)['’]s$/;
