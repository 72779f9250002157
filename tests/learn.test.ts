// The learning module: Viterbi and span margins against brute force (property tests), the
// perceptron's determinism and what it learns from a tiny corpus of our own, and the file formats.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashString } from "../src/learn/hash.js";
import { decodeModel, encodeModel } from "../src/learn/model-file.js";
import { Lattice, allowedTransitions, bioMask, bioSpans, emissions, viterbi } from "../src/learn/sequence.js";
import { quantise, trainPerceptron, type SequenceExample } from "../src/learn/train.js";
import { buildWordTable, decodeWordTable, encodeWordTable, lookup } from "../src/learn/word-table.js";

const LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"];
const L = LABELS.length;
const moves = (transitions: Float32Array) => allowedTransitions(transitions, bioMask(LABELS));

/** Every label sequence of a length, with its score (-Infinity where BIO forbids it). */
function* sequences(scores: Float32Array, tokens: number, table: Float32Array): Generator<[number[], number]> {
  const seq = new Array<number>(tokens).fill(0);
  for (;;) {
    let s = 0;
    for (let t = 0; t < tokens; t++) s += scores[t * L + seq[t]!]! + table[(t === 0 ? 0 : seq[t - 1]! + 1) * L + seq[t]!]!;
    yield [[...seq], s];
    let t = tokens - 1;
    while (t >= 0 && seq[t] === L - 1) seq[t--] = 0;
    if (t < 0) return;
    seq[t]!++;
  }
}

const scoreArrays = (tokens: number) => fc.array(fc.integer({ min: -20, max: 20 }), { minLength: tokens * L, maxLength: tokens * L }).map((a) => Float32Array.from(a));
const transitionArrays = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: (L + 1) * L, maxLength: (L + 1) * L }).map((a) => Float32Array.from(a));

describe("Viterbi and span margins", () => {
  it("find the best BIO path and its score, as brute force does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(fc.constant(n), scoreArrays(n), transitionArrays)), ([n, scores, transitions]) => {
        const table = moves(transitions);
        let best = -Infinity;
        for (const [, s] of sequences(scores, n, table)) best = Math.max(best, s);
        const lattice = new Lattice(scores, n, L, table);
        expect(lattice.score).toBe(best);
        const path = [...viterbi(scores, n, L, table)];
        const pathScore = [...sequences(scores, n, table)].find(([seq]) => seq.join() === path.join())![1];
        expect(pathScore).toBe(best);
      }),
      { numRuns: 200 },
    );
  });

  it("measure a span's margin as the best score less the best score without that reading", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(fc.constant(n), scoreArrays(n), transitionArrays)), ([n, scores, transitions]) => {
        const table = moves(transitions);
        const lattice = new Lattice(scores, n, L, table);
        for (const sp of bioSpans(lattice.path, LABELS)) {
          const banned = (y: number) => LABELS[y]!.slice(2) === sp.type;
          let other = -Infinity;
          for (const [seq, s] of sequences(scores, n, table)) if (!seq.slice(sp.start, sp.end).some(banned)) other = Math.max(other, s);
          expect(lattice.margin(sp.start, sp.end, banned)).toBeCloseTo(lattice.score - other, 4);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("decode a stretch between tokens held outside as the whole sentence would", () => {
    fc.assert(
      fc.property(scoreArrays(5), transitionArrays, (scores, transitions) => {
        const table = moves(transitions);
        // tokens 0 and 4 held to O: the stretch 1..3 alone, entered from O and left into O
        for (const t of [0, 4]) for (let y = 1; y < L; y++) scores[t * L + y] = -Infinity;
        const whole = new Lattice(scores, 5, L, table);
        const stretch = new Lattice(scores.subarray(L, 4 * L), 3, L, table, 0, true);
        expect([...stretch.path]).toEqual([...whole.path].slice(1, 4));
      }),
      { numRuns: 200 },
    );
  });
});

// A tiny corpus of our own: a capitalised word after "mr" or before "said" is a person, after "at" an
// organisation. Features: the word, and the words either side.
function example(words: string[], gold: string[]): SequenceExample {
  const features: number[] = [];
  const offsets = [0];
  words.forEach((w, t) => {
    features.push(hashString(`w=${w}`), hashString(`prev=${words[t - 1] ?? "^"}`), hashString(`next=${words[t + 1] ?? "$"}`));
    offsets.push(features.length);
  });
  return { features: Uint32Array.from(features), offsets: Uint32Array.from(offsets), gold: Uint8Array.from(gold.map((g) => LABELS.indexOf(g))) };
}
const CORPUS = [
  example(["mr", "Smith", "said", "today"], ["O", "B-PER", "O", "O"]),
  example(["Jones", "said", "the", "Acme", "today"], ["B-PER", "O", "O", "B-ORG", "O"]),
  example(["the", "met", "at", "Bolt"], ["O", "O", "O", "B-ORG"]),
  example(["mr", "Jones", "met", "mr", "Smith", "at", "Acme"], ["O", "B-PER", "O", "O", "B-PER", "O", "B-ORG"]),
];
const OPTIONS = { labels: LABELS, bits: 10, epochs: 5, seed: 7 };

describe("the averaged perceptron", () => {
  it("is deterministic: the same corpus, options and seed give the same weights, bit for bit", () => {
    const a = encodeModel(trainPerceptron(CORPUS, OPTIONS), {});
    const b = encodeModel(trainPerceptron(CORPUS, OPTIONS), {});
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("bagged: the weights are the mean of perceptrons trained on the following seeds", () => {
    const bagged = trainPerceptron(CORPUS, { ...OPTIONS, bag: 2 });
    const a = trainPerceptron(CORPUS, OPTIONS);
    const b = trainPerceptron(CORPUS, { ...OPTIONS, seed: OPTIONS.seed + 1 });
    for (let i = 0; i < a.weights.length; i++) expect(bagged.weights[i]).toBeCloseTo((a.weights[i]! + b.weights[i]!) / 2, 5);
    for (let i = 0; i < a.transitions.length; i++) expect(bagged.transitions[i]).toBeCloseTo((a.transitions[i]! + b.transitions[i]!) / 2, 5);
  });

  it("learns the corpus and tags an unseen arrangement of its cues", () => {
    const model = quantise(trainPerceptron(CORPUS, OPTIONS), 8);
    const test = example(["mr", "Bolt", "said", "at", "Smith"], ["O", "B-PER", "O", "O", "B-ORG"]);
    const path = viterbi(emissions(model, test.features, test.offsets, 5), 5, L, moves(model.transitions));
    expect([...path].map((y) => LABELS[y])).toEqual(["O", "B-PER", "O", "O", "B-ORG"]);
  });

  it("holds a token outside every entity where asked", () => {
    const model = trainPerceptron(CORPUS, OPTIONS);
    const test = example(["mr", "Smith"], ["O", "O"]);
    const scores = emissions(model, test.features, test.offsets, 2, undefined, Uint8Array.from([1, 0]));
    expect([...viterbi(scores, 2, L, moves(model.transitions))]).toEqual([0, 0]);
  });
});

describe("model and word-table files", () => {
  it("read back what was written, weights as typed arrays", () => {
    const model = quantise(trainPerceptron(CORPUS, OPTIONS), 8);
    const back = decodeModel(encodeModel(model, { data: "tiny" }));
    expect(back.labels).toEqual(LABELS);
    expect(back.weights).toBeInstanceOf(Int8Array);
    expect([...back.weights]).toEqual([...model.weights]);
    expect([...back.transitions]).toEqual([...model.transitions]);
    expect(back.meta).toEqual({ data: "tiny" });
    expect(() => decodeModel(new Uint8Array(16))).toThrow(/not an article-cli model/);
  });

  it("look words up by hash, no text stored", () => {
    const table = decodeWordTable(encodeWordTable(buildWordTable([["elon", "FirstName"], ["musk", "LastName"], ["said", "PastTense"]], { source: "test" })));
    expect(table.classes[lookup(table, "musk") - 1]).toBe("LastName");
    expect(table.classes[lookup(table, "said") - 1]).toBe("PastTense");
    expect(lookup(table, "kremlin")).toBe(0);
    expect(Buffer.from(encodeWordTable(table)).includes("musk")).toBe(false);
  });
});
