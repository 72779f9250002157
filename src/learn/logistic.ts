// A linear scorer for a handful of dense features: L2-regularised logistic regression fitted by
// Newton's method (each step solves the regularised Hessian system exactly). With twenty-odd features
// and tens of thousands of rows it converges in a few steps, needs no learning rate, and is
// deterministic: the rows are summed in their given order in doubles.

export interface LinearModel {
  /** Feature names, in the order the weights read them (the first is usually a constant 1). */
  features: readonly string[];
  weights: Float32Array;
}

export interface LogisticOptions {
  /** L2 penalty on every weight but the first (the bias). */
  l2: number;
  /** Newton steps at most; stops earlier once no weight moves by more than 1e-7. */
  steps?: number;
}

/** Fits weights to rows (row i's features at rows[i*k .. i*k+k)) and targets: 0/1 labels, or
 * probabilities between. */
export function fitLogistic(features: readonly string[], rows: Float64Array, labels: ArrayLike<number>, opts: LogisticOptions): LinearModel {
  const k = features.length;
  const n = labels.length;
  const w = new Float64Array(k);
  for (let step = 0; step < (opts.steps ?? 25); step++) {
    const grad = new Float64Array(k);
    const hess = new Float64Array(k * k);
    for (let i = 0; i < n; i++) {
      const x = rows.subarray(i * k, i * k + k);
      const p = sigmoid(dot(w, x));
      const r = labels[i]! - p;
      const v = p * (1 - p);
      for (let a = 0; a < k; a++) {
        grad[a]! += r * x[a]!;
        const va = v * x[a]!;
        if (va !== 0) for (let b = a; b < k; b++) hess[a * k + b]! += va * x[b]!;
      }
    }
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < a; b++) hess[a * k + b] = hess[b * k + a]!;
      const penalty = a === 0 ? 1e-9 : opts.l2;
      grad[a]! -= penalty * w[a]!;
      hess[a * k + a]! += penalty;
    }
    const delta = solve(hess, grad, k);
    let moved = 0;
    for (let a = 0; a < k; a++) {
      w[a]! += delta[a]!;
      moved = Math.max(moved, Math.abs(delta[a]!));
    }
    if (moved < 1e-7) break;
  }
  return { features: [...features], weights: Float32Array.from(w) };
}

export function linearScore(model: LinearModel, x: ArrayLike<number>): number {
  let s = 0;
  for (let a = 0; a < model.weights.length; a++) s += model.weights[a]! * x[a]!;
  return s;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function dot(w: Float64Array, x: Float64Array): number {
  let s = 0;
  for (let a = 0; a < w.length; a++) s += w[a]! * x[a]!;
  return s;
}

/** Solves the symmetric positive definite system A x = b (Cholesky); A and b are left unchanged. */
function solve(A: Float64Array, b: Float64Array, k: number): Float64Array {
  const L = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * k + j]!;
      for (let m = 0; m < j; m++) s -= L[i * k + m]! * L[j * k + m]!;
      L[i * k + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / L[j * k + j]!;
    }
  }
  const y = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s = b[i]!;
    for (let m = 0; m < i; m++) s -= L[i * k + m]! * y[m]!;
    y[i] = s / L[i * k + i]!;
  }
  const x = new Float64Array(k);
  for (let i = k - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let m = i + 1; m < k; m++) s -= L[m * k + i]! * x[m]!;
    x[i] = s / L[i * k + i]!;
  }
  return x;
}
