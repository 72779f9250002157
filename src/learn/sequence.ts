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

/**
 * Per-token label scores: out[t * labels + y] = sum over the token's features of their weights.
 * `features` holds every token's hashed features in a row; token t's are features[offsets[t]..offsets[t+1]).
 */
export function emissions(model: SequenceModel, features: ArrayLike<number>, offsets: ArrayLike<number>, tokens: number, out?: Float32Array): Float32Array {
  const n = model.labels.length;
  const scores = out && out.length >= tokens * n ? out : new Float32Array(tokens * n);
  scores.fill(0, 0, tokens * n);
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  for (let t = 0; t < tokens; t++) {
    const row = t * n;
    for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
      const base = (features[k]! & mask) * n;
      for (let y = 0; y < n; y++) scores[row + y]! += w[base + y]!;
    }
  }
  if (model.scale !== 1) for (let i = 0; i < tokens * n; i++) scores[i]! *= model.scale;
  return scores;
}

/** The best label sequence under emission scores, transitions and a mask (both (labels+1) x labels). */
export function viterbi(scores: Float32Array, tokens: number, labels: number, transitions: Float32Array, mask: Float32Array): Uint8Array {
  return new Lattice(scores, tokens, labels, transitions, mask).path;
}

/**
 * Viterbi both ways over one sentence: `forward[t*L+y]` is the best score of a path over tokens 0..t
 * ending in y, `backward[t*L+y]` the best score of the rest of the sentence after t given y at t. The
 * best path reads off the forward pass; span margins combine both, each in time linear in the span.
 */
export class Lattice {
  readonly path: Uint8Array;
  readonly score: number;
  private readonly forward: Float64Array;
  private readonly backward: Float64Array;

  constructor(
    private readonly scores: Float32Array,
    private readonly tokens: number,
    private readonly labels: number,
    private readonly transitions: Float32Array,
    private readonly mask: Float32Array,
  ) {
    const L = labels;
    this.path = new Uint8Array(tokens);
    this.forward = new Float64Array(tokens * L);
    this.backward = new Float64Array(tokens * L);
    if (tokens === 0) {
      this.score = 0;
      return;
    }
    const back = new Uint8Array(tokens * L);
    const f = this.forward;
    for (let y = 0; y < L; y++) f[y] = scores[y]! + transitions[y]! + mask[y]!;
    for (let t = 1; t < tokens; t++) {
      for (let y = 0; y < L; y++) {
        let top = -Infinity;
        let arg = 0;
        for (let p = 0; p < L; p++) {
          const i = (p + 1) * L + y;
          const s = f[(t - 1) * L + p]! + transitions[i]! + mask[i]!;
          if (s > top) {
            top = s;
            arg = p;
          }
        }
        f[t * L + y] = top + scores[t * L + y]!;
        back[t * L + y] = arg;
      }
    }
    const b = this.backward;
    for (let t = tokens - 2; t >= 0; t--) {
      for (let y = 0; y < L; y++) {
        let top = -Infinity;
        for (let n = 0; n < L; n++) {
          const i = (y + 1) * L + n;
          const s = transitions[i]! + mask[i]! + scores[(t + 1) * L + n]! + b[(t + 1) * L + n]!;
          if (s > top) top = s;
        }
        b[t * L + y] = top;
      }
    }
    let arg = 0;
    for (let y = 1; y < L; y++) if (f[(tokens - 1) * L + y]! > f[(tokens - 1) * L + arg]!) arg = y;
    this.score = f[(tokens - 1) * L + arg]!;
    for (let t = tokens - 1; t >= 0; t--) {
      this.path[t] = arg;
      arg = back[t * L + arg]!;
    }
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
    const { scores, transitions, mask } = this;
    let cur = new Float64Array(L);
    let next = new Float64Array(L);
    for (let y = 0; y < L; y++) {
      if (!allowed(start, y)) {
        cur[y] = -Infinity;
        continue;
      }
      let top = start === 0 ? transitions[y]! + mask[y]! : -Infinity;
      if (start > 0) {
        for (let p = 0; p < L; p++) {
          const i = (p + 1) * L + y;
          top = Math.max(top, this.forward[(start - 1) * L + p]! + transitions[i]! + mask[i]!);
        }
      }
      cur[y] = top + scores[start * L + y]!;
    }
    for (let t = start + 1; t < end; t++) {
      for (let y = 0; y < L; y++) {
        if (!allowed(t, y)) {
          next[y] = -Infinity;
          continue;
        }
        let top = -Infinity;
        for (let p = 0; p < L; p++) {
          const i = (p + 1) * L + y;
          top = Math.max(top, cur[p]! + transitions[i]! + mask[i]!);
        }
        next[y] = top + scores[t * L + y]!;
      }
      [cur, next] = [next, cur];
    }
    let other = -Infinity;
    for (let y = 0; y < L; y++) other = Math.max(other, cur[y]! + (end - 1 < this.tokens - 1 ? this.backward[(end - 1) * L + y]! : 0));
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
