// The source phrase before a cue ("Rep. Jim Clyburn (D-S.C.) said", "Federal and state officials
// said"): back to a clause boundary, with the person names and coordinations that extend it.

import type { Span } from "../../model.js";
import type { Ctx } from "./context.js";
import { abbreviationDot, isBoundary, isCap, isEnd, type Words } from "./words.js";

/** Longest source phrase looked for before a cue, in tokens. */
const MAX_SOURCE = 14;

/** The person mention whose name ends exactly at token end-1, with the start of its title run. */
function personEndingAt(ctx: Ctx, w: Words, end: number): { start: number } | null {
  const e = w.toks[end - 1]!.span[1];
  const p = ctx.sources.personEnding(e);
  if (!p) return null;
  let i = end - 1;
  while (i > 0 && w.toks[i]!.span[0] > p.span[0]) i--;
  // back over the title run: capitalised words, role words, abbreviation dots
  while (i > 0) {
    const prev = w.low[i - 1]!;
    if (ctx.roleWords.has(prev) || (isCap(w.toks[i - 1]) && !ctx.breaks.has(prev) && !ctx.stops.has(prev)) || abbreviationDot(ctx, w, i - 1)) i--;
    else break;
  }
  return { start: i };
}

/**
 * The source phrase ending before token `end`: back to a clause boundary, across abbreviation dots
 * and parentheses ("Rep. Jim Clyburn (D-S.C.)"); a relative pronoun or a personal pronoun alone;
 * a person named right after a preposition or subordinator ("In an interview Trump said") alone.
 */
export function sourceBefore(ctx: Ctx, w: Words, end: number): Span | null {
  if (end <= 0) return null;
  const last = w.low[end - 1]!;
  if (ctx.relatives.has(last) || ctx.pronouns.has(last)) return [end - 1, end];
  // "I've", "he's", "who's": a pronoun with an auxiliary's clitic (the clitic is cut off by the caller)
  const stem = cliticStem(ctx, last);
  if (stem !== null && (ctx.relatives.has(stem) || ctx.pronouns.has(stem))) return [end - 1, end];
  let i = end - 1;
  let cut = false;
  let relative = false;
  while (i >= 0) {
    const x = w.low[i]!;
    // "a 2014 study that appeared in the journal found", "surety companies that had insured ...
    // agreed": a relative clause after a source noun is part of the source (not a relative pronoun
    // right before the cue: "the program who said" has "who" for its source)
    if (!relative && i < end - 1 && i > 0 && ctx.relatives.has(x) && isNounHead(ctx, w.low[i - 1]!) && !ctx.cues.at(w.low, i - 1)) {
      relative = true;
      i--;
      continue;
    }
    if (x === ")") {
      let o = i - 1;
      while (o >= 0 && w.low[o] !== "(" && i - o < 12) o--;
      if (o < 0 || w.low[o] !== "(") break;
      i = o - 1;
      continue;
    }
    if (x === "." && abbreviationDot(ctx, w, i)) {
      i--;
      continue;
    }
    if (isBoundary(x) || isEnd(x) || ctx.breaks.has(x)) break;
    // "WASHINGTON -- President Obama said": a dateline's double hyphen; "when Clinton blasted": a
    // subordinator opens the clause the source stands in
    // ("Jakarta (ANTARA News) - Starbucks Corp menyatakan": a hyphen standing free is a dateline's dash)
    if ((x === "-" && (w.low[i - 1] === "-" || freeHyphen(ctx, w, i))) || (ctx.adjunctSubordinators.has(x) && !isCap(w.toks[i]))) break;
    // a reporting verb inside: the source is the subject after it ("He said [Obama] hopes")
    if (i < end - 1 && !ctx.pronouns.has(x)) {
      const c = ctx.cues.at(w.low, i);
      if (c && !c.value.noun && !c.value.naming && c.length === 1) break;
    }
    if (ctx.stops.has(x) && !isCap(w.toks[i])) {
      // "a spokeswoman for X", "advisers to X", "Secretary of State X": the role noun heads the source
      const head = i > 0 ? w.low[i - 1]! : "";
      if (i > 0 && (ctx.sourceHeads.has(head) || ctx.roleWords.has(head)) && !ctx.pronouns.has(last)) {
        i--;
        continue;
      }
      if (personEndingAt(ctx, w, end) || ctx.pronouns.has(last)) {
        cut = true;
        break;
      }
    }
    if (end - i > MAX_SOURCE) {
      cut = true;
      break;
    }
    i--;
  }
  // coordinated subjects: "RT and its defenders", "Federal and state officials", "Mr. King and Mr. Schultz"
  if (!cut && i > 0 && ctx.listWords.has(w.low[i]!)) {
    const l = conjunctStart(ctx, w, i);
    if (l >= 0) i = l - 1;
  }
  let start = i + 1;
  if (start >= end) return null;
  if (cut) {
    const p = personEndingAt(ctx, w, end);
    if (p) start = Math.max(start, p.start);
    else if (end - start > MAX_SOURCE) return null;
  } else if (start > 0 && ctx.stops.has(w.low[start]!) && isCap(w.toks[start])) {
    // a sentence-initial preposition ("In a Bloomberg interview Trump declared")
    const p = personEndingAt(ctx, w, end);
    if (p) start = p.start;
    else start++;
  } else if (start === 0 && ctx.stops.has(w.low[0]!)) {
    const p = personEndingAt(ctx, w, end);
    if (p) start = p.start;
  }
  // coordinated people: "Mr. Grassley and Mr. Leahy"
  while (start >= 2 && ctx.listWords.has(w.low[start - 1]!) && personEndingAt(ctx, w, start) === null && personEndingAt(ctx, w, start - 1)) {
    if (!personEndingAt(ctx, w, end)) break;
    start = personEndingAt(ctx, w, start - 1)!.start;
  }
  // an adverb opening the phrase belongs to the clause ("Then someone asked", "Even China said")
  while (start < end - 1 && ctx.auxiliaries.has(w.low[start]!) && !ctx.passiveAuxiliaries.has(w.low[start]!) && !ctx.finiteAuxiliaries.has(w.low[start]!)) start++;
  // "someone who had to reject": a verb chain after a relative or personal pronoun has it for subject
  if (start > 0 && (ctx.finiteAuxiliaries.has(w.low[start]!) || ctx.raisingVerbs.has(w.low[start]!)) && (ctx.relatives.has(w.low[start - 1]!) || ctx.pronouns.has(w.low[start - 1]!))) return [start - 1, start];
  return [start, verbChainStart(ctx, w, start, end)];
}

/** A word that opens a verb chain: a finite or passive auxiliary, or a raising verb ("was", "went"). */
export function opensVerbChain(ctx: Ctx, x: string): boolean {
  return ctx.finiteAuxiliaries.has(x) || ctx.passiveAuxiliaries.has(x) || ctx.raisingVerbs.has(x);
}

/**
 * Where a verb chain between the subject and the cue's infinitive starts ("she [was just beginning
 * to] realize", "Ham [went on to] explain", "Cruz [has long] said"): a finite auxiliary, a raising verb
 * or an infinitive marker right before the cue, after the phrase's first word, ends the source
 * there. end when none.
 */
function verbChainStart(ctx: Ctx, w: Words, start: number, end: number): number {
  for (let t = start + 1; t < end; t++) {
    const x = w.low[t]!;
    if (!/^\p{Ll}/u.test(w.toks[t]!.text)) continue;
    // a relative clause kept in the source has verbs of its own ("a study that appeared in ...")
    if (ctx.relatives.has(x)) return end;
    // ("to" only right before the cue: elsewhere it is a preposition, "complaint to the Board")
    if (opensVerbChain(ctx, x) || (t === end - 1 && ctx.infinitiveMarkers.has(x))) return t;
  }
  return end;
}

/** A lower-case noun that heads a source: a source head, an evidence noun or a role word. */
function isNounHead(ctx: Ctx, x: string): boolean {
  if (ctx.sourceHeads.has(x) || ctx.evidenceNouns.has(x) || ctx.roleWords.has(x)) return true;
  // a plural noun ("companies", "groups"): not a function word
  return /^\p{Ll}{3,}s$/u.test(x) && !ctx.auxiliaries.has(x) && !ctx.breaks.has(x) && !ctx.stops.has(x) && !ctx.possessives.has(x) && !ctx.pronouns.has(x) && !ctx.determiners.has(x) && !ctx.nounMarkers.has(x);
}

/** The word without an auxiliary's clitic ("he’s" → "he", "I've" → "i"), or null when it has none. */
export function cliticStem(ctx: Ctx, word: string): string | null {
  for (const c of ctx.clitics) if (word.length > c.length && word.endsWith(c)) return word.slice(0, -c.length);
  return null;
}

/**
 * The start of a noun phrase ending before the list word at `and`, when it reaches back to a clause
 * boundary: capitalised words, determiners, role words and abbreviation dots only. -1 otherwise.
 */
function conjunctStart(ctx: Ctx, w: Words, and: number): number {
  // "..., he and Mr. Allen said", "she and another reporter said": a subject pronoun is a conjunct
  const before = w.low[and - 2];
  if (and > 0 && ctx.pronouns.has(w.low[and - 1]!) && (before === undefined || isBoundary(before) || isEnd(before) || ctx.breaks.has(before))) return and - 1;
  let k = and - 1;
  // lower-case modifiers only before a conjunct that ends in a role or a name ("The former first lady
  // and ..."; not "The tide rose and residents said")
  const modifiable = and > 0 && (ctx.roleWords.has(w.low[and - 1]!) || isCap(w.toks[and - 1]));
  const npWord = (x: number) => {
    const low = w.low[x]!;
    if (ctx.breaks.has(low) || ctx.cues.at(w.low, x)) return false;
    // a preposition inside the conjunct, before a noun phrase ("Experts on North Korea and ...")
    if (ctx.stops.has(low)) return x > 0 && x + 1 < and && (isCap(w.toks[x + 1]) || ctx.nounMarkers.has(w.low[x + 1]!));
    if (isCap(w.toks[x]) || ctx.nounMarkers.has(low) || ctx.roleWords.has(low) || /^\p{N}+$/u.test(low) || abbreviationDot(ctx, w, x)) return true;
    // a lower-case modifier of the conjunct ("The former first lady and ..."), no verb's word
    return modifiable && /^\p{Ll}/u.test(w.toks[x]!.text) && !ctx.auxiliaries.has(low) && !ctx.complementisers.has(low) && !ctx.negations.has(low) && !ctx.pronouns.has(low) && !ctx.relatives.has(low) && !ctx.adverbs.has(low);
  };
  while (k >= 0 && and - k <= 8 && npWord(k)) k--;
  if (k + 1 >= and || ctx.stops.has(w.low[k + 1]!)) return -1;
  if (k >= 0 && !isBoundary(w.low[k]!) && !isEnd(w.low[k]!) && !ctx.breaks.has(w.low[k]!)) return -1;
  return k + 1;
}

/** A word with a possessive ending ("Trump's", "police’s"). */
export function possessiveEnding(ctx: Ctx, x: string): boolean {
  return ctx.possessiveSuffixes.some((p) => x.length > p.length && x.endsWith(p));
}

/** Lower-case modifiers looked past between a possessor and its noun ("his infamous comment"). */
const MAX_NOUN_MODIFIERS = 3;

/**
 * The possessor of a cue noun ending before token `end` ("Trump's claim", "Tulsa police's earlier
 * claim", "his infamous comment"): the possessive pronoun, or the noun phrase with the possessive
 * ending (capitalised words and determiners before it). Null when a determiner stands right before
 * the noun instead ("the claims of fraud": no one named); undefined when no such noun phrase is there
 * (the cue is a verb after its subject: "the survey shows"). Modifiers between possessor and noun
 * are looked past only when `modifiers` ("his infamous comment about", not "Trump's campaign plans").
 */
export function possessorBefore(ctx: Ctx, w: Words, end: number, modifiers: boolean): Span | null | undefined {
  const { low, toks } = w;
  let t = end - 1;
  // "the claims of ...": a determiner right before the noun
  if (t >= 0 && ctx.nounMarkers.has(low[t]!) && !ctx.possessives.has(low[t]!)) return null;
  if (!modifiers) {
    const x = t >= 0 ? low[t]! : "";
    return ctx.possessives.has(x) || possessiveEnding(ctx, x) ? possessorBefore(ctx, w, end, true) : undefined;
  }
  const modifier = (i: number) =>
    /^\p{Ll}+$/u.test(toks[i]!.text) && !ctx.stops.has(low[i]!) && !ctx.breaks.has(low[i]!) && !ctx.auxiliaries.has(low[i]!) && !ctx.nounMarkers.has(low[i]!) && !ctx.possessives.has(low[i]!) && !ctx.pronouns.has(low[i]!);
  while (t >= 0 && end - 1 - t < MAX_NOUN_MODIFIERS && modifier(t)) t--;
  if (t < 0) return undefined;
  const x = low[t]!;
  if (ctx.possessives.has(x)) return [t, t + 1];
  if (possessiveEnding(ctx, x)) {
    let s = t;
    while (s > 0 && (isCap(toks[s - 1]) || ctx.nounMarkers.has(low[s - 1]!) || abbreviationDot(ctx, w, s - 1))) s--;
    // a sentence-initial preposition or adverb is no part of it ("In Trump's claim")
    while (s < t && ctx.stops.has(low[s]!)) s++;
    return [s, t + 1];
  }
  return undefined;
}

/** A hyphen with white space on both sides ("Jakarta (ANTARA News) - Starbucks"), not one joining words. */
function freeHyphen(ctx: Ctx, w: Words, i: number): boolean {
  const [a, b] = w.toks[i]!.span;
  return /\s/.test(ctx.text[a - 1] ?? "") && /\s/.test(ctx.text[b] ?? "");
}
