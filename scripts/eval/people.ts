// Person-name recognition against CoNLL-style NER gold: exact-span P/R/F1 on person mentions.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis, Span } from "../../src/model.js";
import { emptyAnalysis, personEntity } from "./fake.js";
import { countsOf, matchExact, uniqueSpans, zeroCounts, addCounts } from "./metrics.js";
import { SetRun, excerpt, limited, wantSet } from "./run.js";
import { charSpan, decodeTags, layOut, type TaggedToken } from "./tags.js";
import type { EvalContext, SetReport, Task } from "./types.js";

interface PeopleSet {
  name: string;
  file: string;
  lang: "id" | "en";
  /** Tag label of the person class in this file. */
  personLabel: string;
  /** Splits a non-blank line into token and tag. */
  columns: (line: string) => TaggedToken;
  /** CoNLL-2003 groups sentences into articles with -DOCSTART- lines; the others are sentence lists. */
  documents: "docstart" | "sentence";
  /** The tokeniser split hyphenated words ("co - pendiri", "Mega - Mega"): join them back. */
  joinHyphens: boolean;
}

// Token first, tag last: holds for all three layouts (space-separated with POS/chunk columns, or tab).
const firstAndLast = (sep: RegExp) => (line: string): TaggedToken => {
  const cols = line.split(sep);
  return { token: cols[0], tag: cols[cols.length - 1] };
};

const SETS: PeopleSet[] = [
  {
    name: "idner-news-2k",
    file: "idner-news-2k.dev.txt",
    lang: "id",
    personLabel: "PER",
    columns: firstAndLast(/ +/),
    documents: "sentence",
    joinHyphens: true,
  },
  { name: "nergrit", file: "nergrit.dev.txt", lang: "id", personLabel: "PERSON", columns: firstAndLast(/\t/), documents: "sentence", joinHyphens: true },
  { name: "conllpp", file: "conllpp.dev.txt", lang: "en", personLabel: "PER", columns: firstAndLast(/ +/), documents: "docstart", joinHyphens: false },
];

// Every CoNLL sentence becomes its own paragraph: the gold sentence breaks then cannot be merged by
// the segmenter (headlines and datelines have no final stop), and the whole article stays one text,
// which alias merging needs.
const SENTENCE_SEPARATOR = "\n\n";

interface PeopleDoc {
  id: string;
  text: string;
  gold: Span[];
}

/** Reads a CoNLL-style file into sentences of tagged tokens, grouped into documents. */
function readConll(path: string, set: PeopleSet): TaggedToken[][][] {
  const docs: TaggedToken[][][] = [];
  let doc: TaggedToken[][] = [];
  let sentence: TaggedToken[] = [];
  const endSentence = (): void => {
    if (sentence.length > 0) doc.push(sentence);
    sentence = [];
  };
  const endDoc = (): void => {
    endSentence();
    if (doc.length > 0) docs.push(doc);
    doc = [];
  };
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.replace(/\r$/, ""); // idner-news-2k has CRLF line ends
    if (line.trim() === "") {
      if (set.documents === "sentence") endDoc();
      else endSentence();
      continue;
    }
    if (line.startsWith("-DOCSTART-")) {
      endDoc();
      continue;
    }
    sentence.push(set.columns(line));
  }
  endDoc();
  return docs;
}

function toDocument(set: PeopleSet, sentences: TaggedToken[][], index: number): PeopleDoc {
  const { text, tokenSpans } = layOut(
    sentences.map((s) => s.map((t) => t.token)),
    SENTENCE_SEPARATOR,
    set.joinHyphens,
  );
  // Decoded per sentence so that a name cannot run on across a sentence break.
  const gold: Span[] = [];
  let first = 0;
  for (const s of sentences) {
    for (const span of decodeTags(s.map((t) => t.tag))) {
      if (span.label === set.personLabel) gold.push(charSpan(tokenSpans, first + span.start, first + span.end));
    }
    first += s.length;
  }
  return { id: `${set.name}#${index + 1}`, text, gold };
}

/** Character spans of the person names the pipeline found (names and aliases, not pronouns or descriptions). */
export function predictedPeople(analysis: Analysis): Span[] {
  return uniqueSpans(
    analysis.people.flatMap((e) => e.mentions.filter((m) => m.via === "name" || m.via === "alias").map((m) => m.span)),
  );
}

async function runSet(ctx: EvalContext, set: PeopleSet): Promise<SetReport> {
  const docs = limited(ctx, readConll(join(ctx.dataDir, "people", set.file), set)).map((d, i) => toDocument(set, d, i));
  const run = new SetRun(ctx, "people", set.name, docs.length);
  const total = zeroCounts();
  for (const doc of docs) {
    const analysis = await run.analyse(doc.id, doc.text, { lang: set.lang, headline: false }, () => {
      const a = emptyAnalysis(doc.text, set.lang);
      a.people = [personEntity(doc.text, doc.gold)];
      return a;
    });
    const pred = analysis ? predictedPeople(analysis) : [];
    const m = matchExact(doc.gold, pred);
    addCounts(total, countsOf(m));
    for (const i of m.unmatchedPred) run.example("false positives", excerpt(doc.text, pred[i][0], pred[i][1]));
    for (const i of m.unmatchedGold) run.example("false negatives", excerpt(doc.text, doc.gold[i][0], doc.gold[i][1]));
  }
  const unit = set.documents === "docstart" ? "documents" : "sentences";
  return run.finish(`${docs.length} ${unit}`, [{ kind: "prf", label: "person mentions (exact)", counts: total }]);
}

async function runTask(ctx: EvalContext, report: (r: SetReport) => void): Promise<void> {
  for (const set of SETS) if (wantSet(ctx, set.name)) report(await runSet(ctx, set));
}

export const peopleTask: Task = { name: "people", sets: SETS.map((s) => s.name), run: runTask };
