// Training a sequence model: the averaged structured perceptron (Collins 2002). Each epoch visits the
// examples in a seeded shuffled order, decodes each with the current weights and moves the weights of
// the features and transitions where the decoded path and the gold path differ; the model returned is
// the average of the weights over all steps, which generalises far better than the last ones.
// Deterministic: the same examples, options and seed give the same weights, bit for bit.

import { allowedTransitions, bioMask, emissions, viterbi, type SequenceModel } from "./sequence.js";

export interface SequenceExample {
  /** Hashed features of every token in a row; token t's are features[offsets[t]..offsets[t+1]). */
  features: Uint32Array;
  offsets: Uint32Array;
  /** Gold label index per token. */
  gold: Uint8Array;
  /** Where 0, the token is held to label 0 (see emissions). */
  free?: Uint8Array;
}

export interface TrainOptions {
  labels: readonly string[];
  bits: number;
  epochs: number;
  seed: number;
  /** Perceptrons trained, each on its own shuffles (seeds seed, seed+1, ...), whose weights are
   * averaged into the one model returned (default 1): as small a model, less at the mercy of one
   * order of the examples. */
  bag?: number;
  /** Called after each epoch with the share of tokens decoded wrongly during it. */
  onEpoch?: (epoch: number, tokenErrorRate: number) => void;
}

/** A small seeded generator (mulberry32): the shuffles are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function trainPerceptron(examples: readonly SequenceExample[], opts: TrainOptions): SequenceModel {
  const bag = Math.max(1, opts.bag ?? 1);
  const first = trainOne(examples, opts);
  for (let k = 1; k < bag; k++) {
    const m = trainOne(examples, { ...opts, seed: opts.seed + k, onEpoch: undefined });
    for (let i = 0; i < m.weights.length; i++) first.weights[i]! += m.weights[i]!;
    for (let i = 0; i < m.transitions.length; i++) first.transitions[i]! += m.transitions[i]!;
  }
  if (bag > 1) {
    for (let i = 0; i < first.weights.length; i++) first.weights[i]! /= bag;
    for (let i = 0; i < first.transitions.length; i++) first.transitions[i]! /= bag;
  }
  return first;
}

function trainOne(examples: readonly SequenceExample[], opts: TrainOptions): SequenceModel {
  const n = opts.labels.length;
  const size = (1 << opts.bits) * n;
  const mask = (1 << opts.bits) - 1;
  // current weights, and the running sum of (step x update) for the average: avg = w - u / steps
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const tw = new Float32Array((n + 1) * n);
  const tu = new Float64Array((n + 1) * n);
  const allowed = bioMask(opts.labels);
  const model: SequenceModel = { labels: opts.labels, bits: opts.bits, weights: w, scale: 1, transitions: tw };
  const random = seededRandom(opts.seed);
  let step = 1;
  let scores: Float32Array = new Float32Array(0);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    let wrong = 0;
    let total = 0;
    for (const ex of shuffled(examples, random)) {
      const T = ex.gold.length;
      scores = emissions(model, ex.features, ex.offsets, T, scores, ex.free);
      const pred = viterbi(scores, T, n, allowedTransitions(tw, allowed));
      total += T;
      let differs = false;
      for (let t = 0; t < T; t++) if (pred[t] !== ex.gold[t]) differs = true;
      if (differs) {
        for (let t = 0; t < T; t++) {
          const g = ex.gold[t]!;
          const p = pred[t]!;
          if (g !== p) {
            wrong++;
            for (let k = ex.offsets[t]!; k < ex.offsets[t + 1]!; k++) {
              const base = (ex.features[k]! & mask) * n;
              w[base + g]! += 1;
              u[base + g]! += step;
              w[base + p]! -= 1;
              u[base + p]! -= step;
            }
          }
          const gi = (t === 0 ? 0 : ex.gold[t - 1]! + 1) * n + g;
          const pi = (t === 0 ? 0 : pred[t - 1]! + 1) * n + p;
          if (gi !== pi) {
            tw[gi]! += 1;
            tu[gi]! += step;
            tw[pi]! -= 1;
            tu[pi]! -= step;
          }
        }
      }
      step++;
    }
    opts.onEpoch?.(epoch, total === 0 ? 0 : wrong / total);
  }
  for (let i = 0; i < size; i++) w[i] = w[i]! - u[i]! / step;
  for (let i = 0; i < tw.length; i++) tw[i] = tw[i]! - tu[i]! / step;
  return model;
}

/** Weights rounded to 8 or 16 signed bits with one scale: a quarter or half the size, and the
 * ranking of labels barely moves (measured in the people evaluation). */
export function quantise(model: SequenceModel, bitsPerWeight: 8 | 16): SequenceModel {
  const top = bitsPerWeight === 8 ? 127 : 32767;
  let max = 0;
  for (let i = 0; i < model.weights.length; i++) max = Math.max(max, Math.abs(model.weights[i]! * model.scale));
  const scale = max === 0 ? 1 : max / top;
  const q = bitsPerWeight === 8 ? new Int8Array(model.weights.length) : new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((model.weights[i]! * model.scale) / scale);
  return { ...model, weights: q, scale };
}
