// Cues whose source stands before them or right after the verb: "X said (that) ...", "said X",
// "X told Y that ...", ", saying ...", and the passive. The cue's verb group, source and content are
// read by the finders in verbs.ts, source-*.ts, appositions.ts, subjects.ts and reported-content.ts.

import type { Claim, ClaimSource, Span } from "../../model.js";
import type { CueEntry } from "../../lang/types.js";
import type { Quote } from "./quotes.js";
import type { Ctx } from "./context.js";
import { abbreviationDot, DASHES, isBoundary, isCap, isEnd, isQuoteMark, spanOf, tokenSpan, type Words } from "./words.js";
import { afterTimeAt, quoteClosingNear, quoteEndingAt, timeStartingAt, withoutLeadingTime } from "./spans.js";
import { lastAtOrBefore } from "../search.js";
import { cueTail, linkedBefore, skipAdverbsBack, verbGroup } from "./verbs.js";
import { cliticStem, opensVerbChain, possessorBefore, sourceBefore } from "./source-before.js";
import { sourceAfter } from "./source-after.js";
import { appositionBefore, dashAppositionBefore, leadingApposition } from "./appositions.js";
import { clauseSubject, conjunctSubject, participleSubject, subjectAt } from "./subjects.js";
import { adjunctAfter, clauseFollows, clauseStart, contentEnd } from "./reported-content.js";
import { agentlessPassive, passiveCue } from "./reported-passive.js";
import { makeClaim, squash, unknownSource } from "./make.js";

/** Words after the cue searched for a complementiser ("berbagi di Twitter bahwa", "told reporters Monday that"). */
const COMPLEMENT_WINDOW = 6;
/** Longest aside between commas before a complementiser ("insisted, in an interview on Monday, that"). */
const MAX_ASIDE = 16;
const ADDRESSEE_WINDOW = 8;
/** Longest name after a verb opening the sentence ('Said Rep. Jane Roe: "..."'). */
const MAX_OPENING_SPEAKER = 6;
/** Longest phrase after a reporting verb's preposition read as an adjunct ("said on Twitter"). */
const MAX_ADJUNCT_WORDS = 4;

/** "X mengatakan (bahwa) ...", "X said (that) ...", "said X", "X told Y that ...", ", saying ..." */
export function beforeCue(ctx: Ctx, w: Words, k: number, cueEnd: number, cue: CueEntry, sentenceClaims: Claim[], usedQuotes: Set<Quote>): Claim | null {
  const { toks, low } = w;
  const group = verbGroup(ctx, w, k);
  const outside = skipAdverbsBack(ctx, w, group.start);
  const negated = group.negated || outside.negated;
  const j = outside.end; // the source ends here
  // an adjective before its noun holds no one's attitude ("White House hopeful Hillary Clinton")
  if (cue.predicative && group.start === k && k > 0 && low[k - 1] !== "," && !linkedBefore(ctx, w, k)) return null;
  // "He’s claiming that ...": a clitic auxiliary makes the participle a finite verb with its subject
  const participle = cue.participle && group.start === k && !(k > 0 && cliticStem(ctx, low[k - 1]!) !== null);
  // medium and preposition after the verb belong to the cue ("said in a statement"), a time does not
  const tail = cue.addressee || cue.infinitive ? { end: cueEnd, after: cueEnd } : cueTail(ctx, w, cueEnd);
  const end = tail.after;
  const cueSpan: Span = [toks[group.start]!.span[0], toks[tail.end - 1]!.span[1]];
  if (!participle && !cue.participle) {
    const passive = passiveCue(ctx, w, group.start, k, cueEnd, j, cue, negated);
    if (passive) return passive;
  }

  // the content: after the cue (past the hearer of "told"), past a complementiser within a few words
  let a = end;
  if (cue.addressee) {
    let t = cueEnd;
    // the hearer may be a quoted title: 'told MSNBC's "Morning Joe" that ...'
    while (t < toks.length && t - cueEnd < ADDRESSEE_WINDOW && !ctx.complementisers.has(low[t]!) && (!isBoundary(low[t]!) || isQuoteMark(low[t]!)) && !isEnd(low[t]!)) t++;
    if (!ctx.complementisers.has(low[t] ?? "")) {
      // with no "that", the hearer ends where a subject pronoun opens the content ("told POLITICO he
      // planned to stay neutral")
      t = cueEnd;
      while (t < toks.length && t - cueEnd < ADDRESSEE_WINDOW && !ctx.complementisers.has(low[t]!) && !isBoundary(low[t]!) && !isEnd(low[t]!) && !(t > cueEnd && ctx.pronouns.has(low[t]!))) t++;
    }
    a = t;
  }
  let comp = -1;
  // "wants to ...", "declined to comment", "vowed not to ...": the infinitive is the content
  let to = ctx.negations.has(low[cueEnd] ?? "") ? cueEnd + 1 : cueEnd;
  // "voters expect Clinton to win": an expectation may name who is to act before the infinitive
  if (cue.infinitive && cue.needsComplement && !ctx.infinitiveMarkers.has(low[to] ?? "")) {
    let t = to;
    while (t < toks.length && t - to < MAX_INFINITIVE_SUBJECT && !isBoundary(low[t]!) && !isEnd(low[t]!) && !ctx.infinitiveMarkers.has(low[t]!) && !ctx.complementisers.has(low[t]!)) t++;
    if (t > to && ctx.infinitiveMarkers.has(low[t] ?? "") && (isCap(toks[to]) || ctx.pronouns.has(low[to]!))) {
      a = to;
      to = t;
    }
  }
  const infinitive = !!cue.infinitive && ctx.infinitiveMarkers.has(low[to] ?? "");
  if (cue.infinitive && !infinitive && !cue.needsComplement) return null;
  for (let t = a; !infinitive && t < Math.min(toks.length, a + COMPLEMENT_WINDOW); t++) {
    if (ctx.complementisers.has(low[t]!)) {
      comp = t;
      break;
    }
    // a participle's clause in between: the "that" is its ('said, going on to say that ...')
    if (t > a && low[t - 1] === "," && ctx.cues.at(low, t)?.value.participle) break;
    if (isBoundary(low[t]!) && low[t] !== ":" && low[t] !== ",") break;
  }
  // "continues to insist, most recently in an interview, that ...": an aside between commas first
  if (comp < 0 && !infinitive && low[a] === ",") {
    const close = low.indexOf(",", a + 1);
    if (close > a && close - a <= MAX_ASIDE && ctx.complementisers.has(low[close + 1] ?? "")) comp = close + 1;
  }
  // "should know what ...", "shows how ...": a question word right after the cue opens its clause
  if (comp < 0 && cue.needsComplement && !infinitive && a < toks.length && ctx.questionWords.has(low[a]!)) comp = a;
  // "believes/shows/found" need "that", unless the source is evidence: "polls show Smith ahead"
  // ('He concluded: "..."': a quote after a colon is a complement too)
  const quoteNext = low[a] === ":" && toks[a + 1] !== undefined && ctx.quoteAt.has(toks[a + 1]!.span[0]);
  const needEvidence = !!cue.needsComplement && comp < 0 && !infinitive && !quoteNext;
  // "Clinton said she thinks ...": a verb of thinking inside the content of the sentence's reported
  // speech is part of what was said, not a claim of its own
  const at = toks[k]!.span[0];
  // so is an intention ("Stein said she plans to join ..."): what was said, not a claim of its own
  if ((cue.needsComplement || cue.infinitive) && sentenceClaims.some((c) => !c.quote && c.contentSpan[0] <= at && at < c.contentSpan[1])) return null;
  if (needEvidence && (participle || j === 0)) return null;
  if (comp >= 0) a = comp + 1;
  // "said Monday the victim was ...": a date right after the verb is when it was said, not what (a
  // date opens with a capital or a digit: not "said a second device", "claimed now allows")
  else if (!infinitive && a === end && a < toks.length && /^[\p{Lu}\p{N}]/u.test(toks[a]!.text)) {
    const b = afterTimeAt(ctx, w, a);
    if (b > a && b < toks.length && /^\p{Ll}/u.test(toks[b]!.text)) a = b;
  }
  // "As Ms. Simonyan put it in a statement to my colleague in July, RT is ...": a comment clause's
  // content is the clause after its comma
  if (cue.commentOnly && comp < 0) {
    let c = a;
    while (c < toks.length && low[c] !== "," && !(isEnd(low[c]!) && !abbreviationDot(ctx, w, c)) && c - a <= MAX_ASIDE) c++;
    if (low[c] === "," && c + 1 < toks.length) a = c + 1;
  }
  // "than Price suggests, but he ...": a comma and a coordinator right after the verb open the next
  // clause, which is none of its content
  const nextClause = comp < 0 && !infinitive && low[a] === "," && ctx.coordinators.has(low[a + 1] ?? "");
  while (a < toks.length && (low[a] === ":" || low[a] === ",")) a++;

  let source: ClaimSource | null = null;
  let contentSpan: Span | null = null;
  /** The parts of a content its reporting clause interrupts. */
  let around: [Span, Span] | null = null;
  let quote = false;
  const before = j > 0 ? low[j - 1]! : null;

  // 'Said Ellis: "..."': the verb opening the sentence, its speaker and a colon before the quote
  if (j === 0 && cue.source === "either" && !participle && !cue.addressee) {
    let e = cueEnd;
    const word = (x: string) => /^\p{L}/u.test(x) && !ctx.breaks.has(x) && !ctx.complementisers.has(x) && !ctx.auxiliaries.has(x);
    while (e < toks.length && e - cueEnd < MAX_OPENING_SPEAKER && (isCap(toks[e]) || abbreviationDot(ctx, w, e) || word(low[e]!))) e++;
    const q = e > cueEnd && (low[e] === ":" || low[e] === ",") && toks[e + 1] ? ctx.quoteAt.get(toks[e + 1]!.span[0]) : undefined;
    const speaker = q ? ctx.sources.resolve(tokenSpan(w, [cueEnd, e])) : null;
    if (q && speaker) {
      usedQuotes.add(q);
      return makeClaim(ctx, w.s, speaker, cueSpan, cue.stance, negated, q.span, true);
    }
  }
  // inverted: '"...," said Peskov' / "..., said the spokesman, a former ..."
  // not after "A lawyer for the family, Jane Roe," : that comma closes the subject
  // nor after "Jane Roe, director of the fund," opening the sentence: the verb follows its subject
  const app = before === "," ? appositionBefore(ctx, w, j - 1) : null;
  const opening = app !== null && (app[0] === 0 || isQuoteMark(low[app[0] - 1]!));
  const leading = opening || (before === "," && leadingApposition(ctx, w, sourceBefore(ctx, w, j - 1) ?? [j - 1, j - 1]) !== null);
  // ('Prices have risen, too, said Mary Lovely': a connective between commas skipped before the verb)
  const connective = j < group.start && low[group.start - 1] === ",";
  // (an inverted verb stands bare: "..., said X", never "..., have declared X")
  const finite = low.slice(group.start, k).some((x) => ctx.finiteAuxiliaries.has(x));
  if (cue.source === "either" && !participle && !cue.addressee && !needEvidence && !leading && !finite && (before === null || before === "," || isQuoteMark(before) || connective)) {
    const src = sourceAfter(ctx, w, cueEnd, true);
    if (src && (before !== null || quoteClosingNear(ctx, toks[k]!.span[0]))) {
      source = ctx.sources.resolve(tokenSpan(w, src));
      const q = quoteEndingAt(ctx, toks[group.start]!.span[0]);
      if (q) {
        usedQuotes.add(q);
        contentSpan = q.span;
        quote = true;
      } else {
        // (after a skipped connective the source's end is the comma opening it)
        const c = connective && before !== "," ? j : Math.max(0, j - 1);
        contentSpan = spanOf(ctx, w, clauseStart(ctx, w, c), c);
      }
      if (source && contentSpan) return makeClaim(ctx, w.s, source, [cueSpan[0], toks[cueEnd - 1]!.span[1]], cue.stance, negated, contentSpan, quote);
      source = null;
      contentSpan = null;
    }
  }

  // "Citing a theory, Trump repeated ...": a participle opening the sentence reports for the subject
  //   after its clause
  if (participle && k === 0) return openingParticiple(ctx, w, k, cueEnd, cueSpan, cue, negated);
  // "Asked about the bomb, Clinton said ...": a past participle opening the sentence (or a clause,
  // after a subordinator: "When asked whether ...") is a passive with no agent; its clause, to the
  // comma, is what was asked (PolNeAR: no source)
  const subordinated = k > 0 && ctx.adjunctSubordinators.has(low[k - 1]!) && (k === 1 || low[k - 2] === "," || (k === 2 && ctx.coordinators.has(low[0]!)));
  if ((k === 0 || subordinated) && cue.source === "either" && !cue.noun && ctx.participlePattern?.test(low[k]!) && !ctx.passiveSpeakers.has(low[k]!)) {
    const c = openingClauseEnd(low, end);
    const contentSpan = c > end ? spanOf(ctx, w, end, c) : null;
    return contentSpan ? makeClaim(ctx, w.s, unknownSource(), cueSpan, cue.stance, negated, contentSpan, false) : null;
  }

  let srcSpan: Span | null = null;
  if (participle) {
    // ", saying ...": the subject of the clause, or the source of the sentence's last claim
    if (sentenceClaims.length > 0) source = { ...sentenceClaims[sentenceClaims.length - 1]!.source };
    else {
      const subj = participleSubject(ctx, w, k);
      const p = ctx.sources.personsIn([w.s.span[0], toks[k]!.span[0]])[0];
      if (subj && !(p && ctx.sources.personsIn(tokenSpan(w, subj)).length === 0 && p.span[1] <= toks[subj[0]]!.span[0])) source = ctx.sources.resolve(tokenSpan(w, subj));
      else
      if (p) source = ctx.sources.resolve(p.span);
      else if (ctx.pronouns.has(low[0]!)) source = ctx.sources.resolve(toks[0]!.span);
    }
  } else {
    // "Cruz exhorted Republicans to ... and said ...": a coordinated verb shares the clause's subject
    const coordinated = before !== null && ctx.coordinators.has(before);
    if (coordinated) {
      // "I laughed and said": a pronoun or a name opening the conjunct's own clause comes first
      srcSpan = conjunctSubject(ctx, w, j - 1);
      const last = sentenceClaims[sentenceClaims.length - 1];
      if (!srcSpan && last?.source.span) source = { ...last.source };
      else if (!srcSpan) srcSpan = clauseSubject(ctx, w, j - 1);
    }
    if (!coordinated && before === ",") srcSpan = appositionBefore(ctx, w, j - 1) ?? sourceBefore(ctx, w, j - 1);
    if (!coordinated && before !== null && (DASHES.has(before) || before === "-")) srcSpan = dashAppositionBefore(ctx, w, j);
    // "Trump's claim about ...", "his infamous comment about ...": a cue noun's source is its
    // possessor; "the new claims of fraud" have none named
    const verbal = low.slice(group.start, k).some((x) => ctx.finiteAuxiliaries.has(x) || ctx.passiveAuxiliaries.has(x) || ctx.infinitiveMarkers.has(x));
    const owner = !coordinated && !srcSpan && cue.noun && !verbal ? possessorBefore(ctx, w, j, ctx.topicPrepositions.has(low[cueEnd] ?? "")) : undefined;
    if (owner === null) source = unknownSource();
    else if (owner) srcSpan = owner;
    if (!coordinated && !srcSpan && !source) srcSpan = sourceBefore(ctx, w, j);
    if (srcSpan && before === ",") srcSpan = leadingApposition(ctx, w, srcSpan) ?? srcSpan;
    // "The discovery made Vaughan believe": the one a causative makes think or speak (a bare verb)
    //   (a name or a pronoun of up to three words right before the cue: not "made up of", "has served")
    if (srcSpan && !cue.noun && !/(?:ed|s)$/.test(low[k]!)) {
      for (let i = srcSpan[1] - 2; i >= srcSpan[0] && i >= srcSpan[1] - 4; i--) {
        if (!ctx.causatives.has(low[i]!)) continue;
        if (isCap(toks[i + 1]) || ctx.objectPronouns.has(low[i + 1]!)) srcSpan = [i + 1, srcSpan[1]];
        break;
      }
    }
    // "..., the paper has learned.", "..., she believes.": the clause before is the content
    const inverted = srcSpan !== null && srcSpan[0] > 0 && low[srcSpan[0] - 1] === "," && (end >= toks.length || isEnd(low[end]!));
    if (needEvidence && !inverted && !(srcSpan && hasEvidenceNoun(ctx, w, srcSpan)) && !(cue.stance !== "reports" && clauseFollows(ctx, w, end))) return null;
    // "On Monday Mayor Helen Parr said", "Last week the mayor announced": a time phrase opening the
    // source tells when, not who
    if (srcSpan) srcSpan = withoutLeadingTime(ctx, w, srcSpan);
    if (srcSpan && !source) {
      let span = tokenSpan(w, srcSpan);
      // "I've suggested": the clitic is the auxiliary, part of the cue
      const stem = srcSpan[1] === group.start && srcSpan[1] - srcSpan[0] === 1 && !owner ? cliticStem(ctx, low[srcSpan[0]]!) : null;
      if (stem !== null) {
        span = [span[0], span[0] + stem.length];
        cueSpan[0] = span[1];
      }
      source = ctx.sources.resolve(span);
      // "she [was just beginning to] realize", "Cruz [has long] said": the verb chain the source
      // stops before belongs to the cue (where cues hold their verb group: a language whose cue is
      // the verb alone lists no auxiliaries, "telah menyatakan" → "menyatakan")
      if (!coordinated && ctx.auxiliaries.size > 0 && srcSpan[1] < group.start && chainBetween(ctx, w, srcSpan[1], group.start)) cueSpan[0] = toks[srcSpan[1]]!.span[0];
    }
    if (!source && sentenceClaims.length > 0) source = { ...sentenceClaims[sentenceClaims.length - 1]!.source };
  }
  if (!source) return null;
  // 'saying during the debate last week, "..."': an adjunct and a comma before the quote
  const q = toks[a] ? (ctx.quoteAt.get(toks[a]!.span[0]) ?? (comp < 0 && !infinitive ? quoteAfterAdjunct(ctx, w, a) : undefined)) : undefined;
  // '"A," X said, "B."': a quote interrupted by its reporting clause is one statement (see
  // joinInterruptedQuotes): the content runs from the first part to the second
  const qb = q && srcSpan && ctx.pack.claims.joinInterruptedQuotes ? quoteEndingAt(ctx, toks[srcSpan[0]]!.span[0]) : null;
  if (q && qb && !usedQuotes.has(qb)) {
    usedQuotes.add(q);
    usedQuotes.add(qb);
    const claim = makeClaim(ctx, w.s, source, cueSpan, cue.stance, negated, [qb.span[0], q.span[1]], true);
    claim.content = `${squash(ctx.text.slice(qb.span[0], qb.span[1]))} ${squash(ctx.text.slice(q.span[0], q.span[1]))}`;
    claim.sentenceSpan = [Math.min(claim.sentenceSpan[0], qb.outer[0]), claim.sentenceSpan[1]];
    return claim;
  }
  if (q) {
    usedQuotes.add(q);
    contentSpan = q.span;
    quote = true;
  } else {
    // the complementiser belongs to the content where the language's convention says so ("that ...")
    const from = comp >= 0 && comp === a - 1 && ctx.pack.claims.contentKeepsComplementiser ? comp : a;
    // (so does a relative clause between commas: "Scott's relatives, who asked ... video, watched it")
    const relative = srcSpan !== null && srcSpan[1] - srcSpan[0] === 1 && ctx.relatives.has(low[srcSpan[0]]!) && low[srcSpan[0] - 1] === ",";
    const subordinate = relative || (srcSpan !== null && srcSpan[0] > 0 && ctx.adjunctSubordinators.has(low[srcSpan[0] - 1]!));
    // "The park, Tompkins said, is usually full ...": a reporting clause set between commas inside the
    // clause it reports; the content runs from that clause's start (the cue and source inside it)
    const inner = srcSpan !== null && srcSpan[0] > 1 && low[srcSpan[0] - 1] === "," && comp < 0 && a > end && low[a - 1] === "," && ctx.finiteAuxiliaries.has(low[a]!);
    contentSpan = nextClause ? null : spanOf(ctx, w, inner ? clauseStart(ctx, w, srcSpan![0] - 1) : from, contentEnd(ctx, w, a, subordinate));
    // its words are the two parts joined, as for a quote its reporting clause interrupts
    if (inner && contentSpan) around = [[contentSpan[0], toks[srcSpan![0] - 2]!.span[1]], [toks[a]!.span[0], contentSpan[1]]];
    // only punctuation left ('... Mr. Burman said. "'): no content after the cue
    if (contentSpan && !/[\p{L}\p{N}]/u.test(ctx.text.slice(contentSpan[0], contentSpan[1]))) contentSpan = null;
    // '"...," X said on Twitter.' / '... said of RT.': a short phrase after the verb's preposition,
    // with a quote closing before the source, is an adjunct; the quote is the content
    if (contentSpan && srcSpan && end === cueEnd + 1 && ctx.cueParticles.has(low[cueEnd]!) && toks.length - end <= MAX_ADJUNCT_WORDS + 1 && quoteEndingAt(ctx, toks[srcSpan[0]]!.span[0])) contentSpan = null;
    // '"...," she said at a briefing Monday.': a prepositional phrase right after the verb, no
    // complementiser: an adjunct; the quote before is the content
    else if (contentSpan && srcSpan && comp < 0 && !cue.addressee && end < toks.length && adjunctAfter(ctx, w, end, a) && quoteEndingAt(ctx, toks[srcSpan[0]]!.span[0])) contentSpan = null;
    // "said Friday, as they left the court": a subordinate clause after the comma is no content
    else if (contentSpan && comp < 0 && a > end && low[a - 1] === "," && ctx.adjunctSubordinators.has(low[a]!)) contentSpan = null;
  }
  // "The governor added:" closing its paragraph: the next paragraph is what was said (a block quote
  // whose marks the page's layout carried)
  if (!contentSpan && srcSpan && !participle && a >= toks.length && low[toks.length - 1] === ":") contentSpan = blockBelow(ctx, toks[toks.length - 1]!.span[1]);
  if (!contentSpan && srcSpan && !participle) {
    // "..., officials said." / '"...," he said.': the content is what comes before the source; a
    // preposition after the verb then heads an adjunct ("said on Twitter", "said of RT"), not the
    // verb's own object, and stays out of the cue
    if (end === cueEnd + 1 && ctx.cueParticles.has(low[cueEnd]!)) cueSpan[1] = toks[cueEnd - 1]!.span[1];
    const s0 = srcSpan[0];
    // the quote may close the sentence before ('“... ?” Clinton said.' is split after the "?")
    const qb = quoteEndingAt(ctx, toks[s0]!.span[0]);
    if (qb) {
      usedQuotes.add(qb);
      contentSpan = qb.span;
      quote = true;
    } else if (s0 > 0 && low[s0 - 1] === ",") contentSpan = spanOf(ctx, w, clauseStart(ctx, w, s0 - 1), s0 - 1);
    // "..., as police have said.": a comment clause pointing back to the clause before it
    // ('... "lawful income," as a memo put it.': the comma may sit inside a closing quote)
    else if (s0 > 1 && ctx.commentMarkers.has(low[s0 - 1]!) && (end >= toks.length || isEnd(low[end]!))) {
      const comma = low[s0 - 2] === "," ? s0 - 2 : isQuoteMark(low[s0 - 2]!) && low[s0 - 3] === "," ? s0 - 3 : -1;
      if (comma > 0) contentSpan = spanOf(ctx, w, clauseStart(ctx, w, comma), comma);
    }
  }
  if (!contentSpan) return null;
  // "Mr. Quiros was accused of fraud": no source; the subject opens the content, which runs on
  // after the cue (the cue inside it, as in '"A," he said, "B."')
  if (srcSpan && !participle && contentSpan[0] >= cueSpan[1] && agentlessPassive(ctx, w, group.start, k, cueEnd, cue)) {
    return makeClaim(ctx, w.s, unknownSource(), cueSpan, cue.stance, negated, [tokenSpan(w, srcSpan)[0], contentSpan[1]], quote);
  }
  const claim = makeClaim(ctx, w.s, source, cueSpan, cue.stance, negated, contentSpan, quote);
  if (around) claim.content = around.map(([x, y]) => squash(ctx.text.slice(x, y))).join(" ");
  return claim;
}

/** Words naming who is to act between an expectation and its infinitive ("expect Clinton to win"). */
const MAX_INFINITIVE_SUBJECT = 3;

/** Words of an opening participle clause, up to its comma. */
const MAX_OPENING_CLAUSE = 25;

/** The comma closing an opening clause that starts at `from`, or -1. */
function openingClauseEnd(low: readonly string[], from: number): number {
  let c = from;
  while (c < low.length && c - from < MAX_OPENING_CLAUSE && low[c] !== "," && !isEnd(low[c]!)) c++;
  return low[c] === "," ? c : -1;
}

function openingParticiple(ctx: Ctx, w: Words, k: number, cueEnd: number, cueSpan: Span, cue: CueEntry, negated: boolean): Claim | null {
  const { low, toks } = w;
  const c = openingClauseEnd(low, cueEnd);
  if (c < 0 || c === cueEnd) return null;
  // 'Bemoaning the "phony system," Trump ...': the quote the comma sits in closes after it
  let after = c + 1;
  while (after < toks.length && isQuoteMark(low[after]!)) after++;
  if (after >= toks.length) return null;
  const src = subjectAt(ctx, w, after);
  const source = src ? ctx.sources.resolve(tokenSpan(w, src)) : null;
  const contentSpan = spanOf(ctx, w, cueEnd, after);
  if (!source || !contentSpan) return null;
  void k;
  return makeClaim(ctx, w.s, source, cueSpan, cue.stance, negated, contentSpan, false);
}

/** Whether a source phrase is headed by evidence ("polls", "a 2014 study by ...", "video of the
 * incident"): the head is the last word, or the word before "of"/"by"/"from"/"in". */
function hasEvidenceNoun(ctx: Ctx, w: Words, [a, b]: Span): boolean {
  for (let i = a; i < b; i++) {
    if (!ctx.evidenceNouns.has(w.low[i]!)) continue;
    // "research conducted by ...", "a poll released Friday"
    if (i === b - 1 || ctx.stops.has(w.low[i + 1]!) || (ctx.participlePattern !== null && ctx.participlePattern.test(w.low[i + 1]!))) return true;
  }
  return false;
}

/** Longest verb chain joined to a cue's infinitive ("used particularly blunt language to"). */
const MAX_CHAIN = 6;

/** Whether the words from `a` to `b` are a verb chain, an auxiliary or raising verb first: lower-case
 * words up to an infinitive marker ("was just beginning to", "had to"), or auxiliaries and adverbs
 * with at most one other word ("has long", "had only"). */
function chainBetween(ctx: Ctx, w: Words, a: number, b: number): boolean {
  const { low, toks } = w;
  if (!opensVerbChain(ctx, low[a]!) || b - a > MAX_CHAIN) return false;
  for (let t = a; t < b; t++) if (!/^\p{Ll}/u.test(toks[t]!.text) || isBoundary(low[t]!) || isEnd(low[t]!)) return false;
  if (ctx.infinitiveMarkers.has(low[b - 1]!)) return true;
  let other = 0;
  for (let t = a; t < b; t++) if (!ctx.auxiliaries.has(low[t]!) && !ctx.negations.has(low[t]!) && !(ctx.adverbPattern?.test(toks[t]!.text) ?? false)) other++;
  return other <= 1;
}

/** Longest adjunct between a reporting verb and its quote ("said at the rally on Tuesday, "..."). */
const MAX_LEAD_ADJUNCT = 10;

/** The quote after an adjunct of time or place opening at `a` and closed by a comma. */
function quoteAfterAdjunct(ctx: Ctx, w: Words, a: number): Quote | undefined {
  const { low, toks } = w;
  if (!ctx.stops.has(low[a]!) && !timeStartingAt(ctx, toks[a]!.span[0])) return undefined;
  for (let t = a + 1; t + 1 < toks.length && t - a <= MAX_LEAD_ADJUNCT; t++) {
    if (low[t] === ",") return ctx.quoteAt.get(toks[t + 1]!.span[0]);
    if (isBoundary(low[t]!) || isEnd(low[t]!) || ctx.breaks.has(low[t]!)) return undefined;
  }
  return undefined;
}

/** The paragraph right after the one ending at `at` (nothing but white space between), trimmed; null
 * when `at` does not end a paragraph or a quote opens the next one. */
function blockBelow(ctx: Ctx, at: number): Span | null {
  const i = lastAtOrBefore(ctx.paragraphs, (p) => p[0], at);
  const here = ctx.paragraphs[i];
  const next = ctx.paragraphs[i + 1];
  if (!here || !next || ctx.text.slice(at, here[1]).trim() !== "") return null;
  let [a, b] = next;
  while (a < b && /\s/.test(ctx.text[a]!)) a++;
  while (b > a && /\s/.test(ctx.text[b - 1]!)) b--;
  // a quote set off below is read as a quote (its speaker from this line: direct.ts)
  if (ctx.quoteAt.has(a)) return null;
  return b > a ? [a, b] : null;
}
