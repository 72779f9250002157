// Linear-chain sequence labelling: per-token scores from hashed features, first-order transitions, and
// Viterbi decoding under a mask of allowed transitions (an I-X tag only after B-X or I-X).

/**
 * A linear model over hashed features: `weights[(bucket * labels) + label]`, with `bucket` a feature
 * hash masked to `bits` bits; `transitions[(prev + 1) * labels + label]`, row 0 for the sentence start.
 * Weights may be stored quantised (Int8Array, times `scale`).
 */
export interface SequenceModel {
  labels: readonly string[];
  bits: number;
  weights: Float32Array | Int8Array | Int16Array;
  scale: number;
  transitions: Float32Array;
}

/** Which label may follow which: -Infinity where not allowed. Row 0 is the sentence start. BIO tags
 * ("B-PER", "I-PER", "O"): I-X only after B-X or I-X. */
export function bioMask(labels: readonly string[]): Float32Array {
  const n = labels.length;
  const mask = new Float32Array((n + 1) * n);
  for (let prev = -1; prev < n; prev++) {
    for (let cur = 0; cur < n; cur++) {
      const c = labels[cur]!;
      if (!c.startsWith("I-")) continue;
      const type = c.slice(2);
      const p = prev < 0 ? "O" : labels[prev]!;
      if (p !== `B-${type}` && p !== `I-${type}`) mask[(prev + 1) * n + cur] = -Infinity;
    }
  }
  return mask;
}

/** Labels summed in local variables by emissions (up to BIO over four types and O). */
const MAX_UNROLLED = 9;

/**
 * Per-token label scores: out[t * labels + y] = sum over the token's features of their weights.
 * `features` holds every token's hashed features in a row; token t's are features[offsets[t]..offsets[t+1]).
 * Where `free` is 0 a token is held to label 0 (outside): every other label scores -Infinity.
 */
export function emissions(model: SequenceModel, features: ArrayLike<number>, offsets: ArrayLike<number>, tokens: number, out?: Float32Array, free?: Uint8Array): Float32Array {
  const n = model.labels.length;
  const scores = out && out.length >= tokens * n ? out : new Float32Array(tokens * n);
  scores.fill(0, 0, tokens * n);
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  for (let t = 0; t < tokens; t++) {
    const row = t * n;
    if (free && free[t] === 0) {
      // a token held outside: label 0 only
      for (let y = 1; y < n; y++) scores[row + y] = -Infinity;
      continue;
    }
    if (n > MAX_UNROLLED) {
      for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
        const base = (features[k]! & mask) * n;
        for (let y = 0; y < n; y++) scores[row + y]! += w[base + y]!;
      }
      continue;
    }
    // the common case summed in locals: one array read per weight, not three (this runs cold, once
    // per article, where every array access goes through an inline cache)
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = offsets[t]!, end = offsets[t + 1]!; k < end; k++) {
      const b = (features[k]! & mask) * n;
      s0 += w[b]!;
      if (n > 1) s1 += w[b + 1]!;
      if (n > 2) s2 += w[b + 2]!;
      if (n > 3) s3 += w[b + 3]!;
      if (n > 4) s4 += w[b + 4]!;
      if (n > 5) s5 += w[b + 5]!;
      if (n > 6) s6 += w[b + 6]!;
      if (n > 7) s7 += w[b + 7]!;
      if (n > 8) s8 += w[b + 8]!;
    }
    const sums = [s0, s1, s2, s3, s4, s5, s6, s7, s8];
    for (let y = 0; y < n; y++) scores[row + y] = sums[y]!;
  }
  if (model.scale !== 1) for (let i = 0; i < tokens * n; i++) scores[i]! *= model.scale; // (-Infinity stays)
  return scores;
}

/** Transitions with a mask added: the table the decoders read ((labels+1) x labels, row 0 the start). */
export function allowedTransitions(transitions: Float32Array, mask: Float32Array): Float32Array {
  const out = new Float32Array(transitions.length);
  for (let i = 0; i < out.length; i++) out[i] = transitions[i]! + mask[i]!;
  return out;
}

/** The best label sequence under emission scores and masked transitions (allowedTransitions). */
export function viterbi(scores: Float32Array, tokens: number, labels: number, moves: Float32Array): Uint8Array {
  return new Lattice(scores, tokens, labels, moves).path;
}

/**
 * Viterbi both ways over a stretch of tokens: `forward[t*L+y]` is the best score of a path over
 * tokens 0..t ending in y, the backward pass the best score of the rest given y at t. The stretch may
 * be part of a sentence whose other tokens are held to label 0 (see emissions): then `from` is the
 * label before it (-1: the sentence start) and `toOutside` says a token held to label 0 follows. The
 * best path reads off the forward pass; span margins combine both, each in time linear in the span.
 */
export class Lattice {
  readonly path: Uint8Array;
  readonly score: number;
  private readonly forward: Float64Array;
  private backwardScores: Float64Array | null = null;

  constructor(
    private readonly scores: Float32Array,
    private readonly tokens: number,
    private readonly labels: number,
    private readonly moves: Float32Array,
    private readonly from = -1,
    private readonly toOutside = false,
  ) {
    const L = labels;
    this.path = new Uint8Array(tokens);
    this.forward = new Float64Array(tokens * L);
    if (tokens === 0) {
      this.score = 0;
      return;
    }
    const back = new Uint8Array(tokens * L);
    const f = this.forward;
    for (let y = 0; y < L; y++) f[y] = scores[y]! + moves[(from + 1) * L + y]!;
    for (let t = 1; t < tokens; t++) {
      for (let y = 0; y < L; y++) {
        const e = scores[t * L + y]!;
        if (e === -Infinity) {
          f[t * L + y] = -Infinity;
          continue;
        }
        let top = -Infinity;
        let arg = 0;
        for (let p = 0; p < L; p++) {
          const s = f[(t - 1) * L + p]! + moves[(p + 1) * L + y]!;
          if (s > top) {
            top = s;
            arg = p;
          }
        }
        f[t * L + y] = top + e;
        back[t * L + y] = arg;
      }
    }
    let arg = 0;
    let best = -Infinity;
    for (let y = 0; y < L; y++) {
      const s = f[(tokens - 1) * L + y]! + this.exit(y);
      if (s > best) {
        best = s;
        arg = y;
      }
    }
    this.score = best;
    for (let t = tokens - 1; t >= 0; t--) {
      this.path[t] = arg;
      arg = back[t * L + arg]!;
    }
  }

  /** What leaving the stretch in label y costs: into a token held to label 0, or nothing at the end. */
  private exit(y: number): number {
    return this.toOutside ? this.moves[(y + 1) * this.labels]! : 0;
  }

  /** The backward pass, computed when a margin first needs it (most stretches ask none). */
  private get backward(): Float64Array {
    if (this.backwardScores) return this.backwardScores;
    const L = this.labels;
    const { scores, moves } = this;
    const b = (this.backwardScores = new Float64Array(this.tokens * L));
    for (let y = 0; y < L; y++) b[(this.tokens - 1) * L + y] = this.exit(y);
    for (let t = this.tokens - 2; t >= 0; t--) {
      for (let y = 0; y < L; y++) {
        let top = -Infinity;
        for (let n = 0; n < L; n++) {
          const e = scores[(t + 1) * L + n]!;
          if (e === -Infinity) continue;
          const s = moves[(y + 1) * L + n]! + e + b[(t + 1) * L + n]!;
          if (s > top) top = s;
        }
        b[t * L + y] = top;
      }
    }
    return b;
  }

  /**
   * How much the best path prefers its reading of tokens [start, end): the best score less the best
   * score of a path whose labels there are none of `banned`. A margin, not a probability (the
   * perceptron's scores are not calibrated), but a larger margin is a surer span.
   */
  margin(start: number, end: number, banned: (label: number) => boolean): number {
    return this.score - this.bestWith(start, end, (_, y) => !banned(y));
  }

  /** The best score of a path whose labels on tokens [start, end) are allowed ones. */
  bestWith(start: number, end: number, allowed: (token: number, label: number) => boolean): number {
    const L = this.labels;
    const { scores, moves } = this;
    let cur = new Float64Array(L);
    let next = new Float64Array(L);
    for (let y = 0; y < L; y++) {
      if (!allowed(start, y)) {
        cur[y] = -Infinity;
        continue;
      }
      let top = start === 0 ? moves[(this.from + 1) * L + y]! : -Infinity;
      if (start > 0) for (let p = 0; p < L; p++) top = Math.max(top, this.forward[(start - 1) * L + p]! + moves[(p + 1) * L + y]!);
      cur[y] = top + scores[start * L + y]!;
    }
    for (let t = start + 1; t < end; t++) {
      for (let y = 0; y < L; y++) {
        if (!allowed(t, y)) {
          next[y] = -Infinity;
          continue;
        }
        let top = -Infinity;
        for (let p = 0; p < L; p++) top = Math.max(top, cur[p]! + moves[(p + 1) * L + y]!);
        next[y] = top + scores[t * L + y]!;
      }
      [cur, next] = [next, cur];
    }
    const back = this.backward;
    let other = -Infinity;
    for (let y = 0; y < L; y++) other = Math.max(other, cur[y]! + back[(end - 1) * L + y]!);
    return other;
  }
}

/** Labelled spans [start, end) of a BIO path: a B opens, I continues the same type. */
export function bioSpans(path: ArrayLike<number>, labels: readonly string[]): { type: string; start: number; end: number }[] {
  const out: { type: string; start: number; end: number }[] = [];
  for (let t = 0; t < path.length; t++) {
    const l = labels[path[t]!]!;
    if (l === "O") continue;
    const type = l.slice(2);
    const last = out[out.length - 1];
    if (l.startsWith("I-") && last && last.end === t && last.type === type) last.end = t + 1;
    else out.push({ type, start: t, end: t + 1 });
  }
  return out;
}
