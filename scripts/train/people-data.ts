// Training data for the name tagger: each NER gold document laid out as prose (as the evaluation
// does), read by the pipeline (segmentation, word lists, the rules), and every pipeline token given
// the BIO label of the gold entity it lies in. Features are computed once per document; training and
// cross-validation then only decode and update.

import type { Span } from "../../src/model.js";
import { buildDocument } from "../../src/pipeline.js";
import { loadPack } from "../../src/lang/index.js";
import { articleSets, lowerCaseWords, peopleSets } from "../../src/extract/people/lexicon.js";
import { readByRules } from "../../src/extract/people/index.js";
import { documentFeatures } from "../../src/extract/people/tagger.js";
import type { WordClasses } from "../../src/extract/people/features.js";
import type { SequenceExample } from "../../src/learn/train.js";
import type { NerDocument } from "../eval/ner.js";

export function labelsFor(lang: string): string[] {
  const types = lang === "en" ? ["PER", "ORG", "LOC", "MISC"] : ["PER", "ORG", "LOC"];
  return ["O", ...types.flatMap((t) => [`B-${t}`, `I-${t}`])];
}

export interface Prepared {
  doc: NerDocument;
  /** One example per pipeline sentence. */
  examples: SequenceExample[];
  /** Gold entity spans whose edges fall inside a pipeline token (cannot be learned exactly). */
  misaligned: number;
  /** Gold entity tokens held outside (lower case, beyond the rules' runs). */
  heldOut: number;
}

export async function prepare(doc: NerDocument, lang: string, labels: readonly string[], classes: WordClasses | null): Promise<Prepared> {
  const d = await buildDocument({ file: doc.id, text: doc.text, encoding: "utf-8", format: "text" }, { lang, headline: false });
  const pack = await loadPack(lang);
  const lower = lowerCaseWords(d);
  const sets = articleSets(peopleSets(pack), lower);
  const feats = documentFeatures(d, sets, readByRules(d, sets), lower, classes);
  const index = new Map(labels.map((l, i) => [l, i]));
  let misaligned = 0;
  let heldOut = 0;
  const examples = d.sentences.map((s, i) => {
    const gold = new Uint8Array(s.tokens.length);
    for (const e of doc.entities) {
      if (e.span[1] <= s.span[0] || e.span[0] >= s.span[1]) continue;
      // (a possessive is one token here, "Starmer's", and the name's: the rules read it so too)
      const inside = trimmed(s.tokens.map((t, k) => [t, k] as const).filter(([t]) => t.span[0] >= e.span[0] && t.span[1] - (/['’]s$/.test(t.text) ? 2 : 0) <= e.span[1]));
      if (inside.length === 0 || !aligned(s.tokens.map((t) => t.span), e.span)) misaligned++;
      inside.forEach(([, k], j) => (gold[k] = index.get(`${j === 0 ? "B" : "I"}-${e.label}`) ?? 0));
    }
    // a token held outside every name is outside in the gold too, so that the perceptron is never
    // asked for a path it cannot take (a name's next word then opens it anew)
    const free = feats[i]!.free;
    for (let t = 0; t < gold.length; t++) {
      if (free[t] === 0 && gold[t] !== 0) {
        gold[t] = 0;
        heldOut++;
      }
      const label = labels[gold[t]!]!;
      if (label.startsWith("I-") && (t === 0 || labels[gold[t - 1]!] === "O")) gold[t] = index.get(`B-${label.slice(2)}`)!;
    }
    return { features: feats[i]!.features, offsets: feats[i]!.offsets, free, gold };
  });
  return { doc, examples, misaligned, heldOut };
}

/** A gold span's tokens without brackets or quotes at its edges: IDNer keeps "(Jokowi)" whole at
 * times; names are the words. */
function trimmed<T extends readonly [{ text: string }, number]>(tokens: T[]): T[] {
  let a = 0;
  let b = tokens.length;
  const mark = (k: number) => /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"',]$/u.test(tokens[k]![0].text);
  while (a < b && mark(a)) a++;
  while (b > a && mark(b - 1)) b--;
  return tokens.slice(a, b);
}

function aligned(tokens: Span[], span: Span): boolean {
  return tokens.some((t) => t[0] === span[0]) && tokens.some((t) => t[1] === span[1] || t[1] === span[1] + 2);
}
