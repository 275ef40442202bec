import { numericError, inputError } from "../errors";
import { matrix, type Matrix } from "./matrix";

/**
 * LU factorisation with partial pivoting, PA = LU, stored compactly.
 *
 * `lu` holds L below the diagonal (unit diagonal implied) and U on and above it, row-major n x n;
 * row i of the factorisation is row `permutation[i]` of A. `norm1` is ‖A‖₁, kept for the condition
 * estimate.
 */
export interface LuDecomposition {
  readonly n: number;
  readonly lu: Float64Array;
  readonly permutation: Int32Array;
  readonly norm1: number;
}

function matrixNorm1(a: Matrix): number {
  const sums = new Float64Array(a.cols);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) sums[j] = (sums[j] as number) + Math.abs(a.data[i * a.cols + j] as number);
  }
  let max = 0;
  for (const s of sums) if (s > max) max = s;
  return max;
}

/**
 * LU factorisation with partial pivoting (Golub & Van Loan, Matrix Computations, 4th ed., alg. 3.4.1).
 *
 * Right-looking, row-oriented: every update walks contiguous memory of the row-major array. The input
 * is not modified.
 *
 * @param a square n x n matrix.
 * @throws {SelaError} `input` when A is not square; `numeric` when a pivot vanishes (A singular to
 *   working precision: |pivot| ≤ n·ε·max|a_ij|).
 * @example luDecompose(fromRows([[4, 3], [6, 3]])).permutation // => Int32Array [1, 0]
 */
export function luDecompose(a: Matrix): LuDecomposition {
  if (a.rows !== a.cols) {
    throw inputError(
      `matrix must be square (got ${String(a.rows)} x ${String(a.cols)})`,
      `la matriz debe ser cuadrada (se recibió ${String(a.rows)} x ${String(a.cols)})`,
    );
  }
  const n = a.rows;
  const lu = Float64Array.from(a.data);
  const permutation = new Int32Array(n);
  for (let i = 0; i < n; i++) permutation[i] = i;
  let maxAbs = 0;
  for (const v of lu) if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
  const tiny = n * Number.EPSILON * maxAbs;

  for (let k = 0; k < n; k++) {
    let pivotRow = k;
    let pivotAbs = Math.abs(lu[k * n + k] as number);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(lu[i * n + k] as number);
      if (v > pivotAbs) {
        pivotAbs = v;
        pivotRow = i;
      }
    }
    if (!(pivotAbs > tiny)) {
      throw numericError(
        `the system is singular (pivot ${String(k + 1)} is zero)`,
        `el sistema es singular (el pivote ${String(k + 1)} es cero)`,
      );
    }
    if (pivotRow !== k) {
      const rowK = lu.slice(k * n, (k + 1) * n);
      lu.copyWithin(k * n, pivotRow * n, (pivotRow + 1) * n);
      lu.set(rowK, pivotRow * n);
      const p = permutation[k] as number;
      permutation[k] = permutation[pivotRow] as number;
      permutation[pivotRow] = p;
    }
    const pivot = lu[k * n + k] as number;
    const rowK = k * n;
    for (let i = k + 1; i < n; i++) {
      const rowI = i * n;
      const factor = (lu[rowI + k] as number) / pivot;
      lu[rowI + k] = factor;
      if (factor === 0) continue;
      for (let j = k + 1; j < n; j++) lu[rowI + j] = (lu[rowI + j] as number) - factor * (lu[rowK + j] as number);
    }
  }
  return { n, lu, permutation, norm1: matrixNorm1(a) };
}

function checkLength(n: number, length: number): void {
  if (length !== n) {
    throw inputError(
      `right-hand side has ${String(length)} values, expected ${String(n)}`,
      `el lado derecho tiene ${String(length)} valores, se esperaban ${String(n)}`,
    );
  }
}

/**
 * Solves A x = b from a factorisation PA = LU (forward then back substitution).
 *
 * @param factor from {@link luDecompose}.
 * @param b right-hand side, length n.
 * @example luSolve(luDecompose(fromRows([[2, 0], [0, 4]])), Float64Array.of(2, 4)) // => Float64Array [1, 1]
 */
export function luSolve(factor: LuDecomposition, b: ArrayLike<number>): Float64Array {
  const { n, lu, permutation } = factor;
  checkLength(n, b.length);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = b[permutation[i] as number] as number;
  for (let i = 0; i < n; i++) {
    let s = x[i] as number;
    const row = i * n;
    for (let k = 0; k < i; k++) s -= (lu[row + k] as number) * (x[k] as number);
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i] as number;
    const row = i * n;
    for (let k = i + 1; k < n; k++) s -= (lu[row + k] as number) * (x[k] as number);
    x[i] = s / (lu[row + i] as number);
  }
  return x;
}

/**
 * Solves Aᵀ y = c from a factorisation PA = LU: Aᵀ = Uᵀ Lᵀ P, so Uᵀ z = c, Lᵀ w = z, y = Pᵀ w.
 *
 * Column sums of A⁻¹ are the solution of Aᵀ y = 1: this is how output multipliers are computed
 * without forming the inverse.
 *
 * @example luSolveTransposed(luDecompose(fromRows([[2, 0], [1, 4]])), Float64Array.of(1, 1)) // => [0.375, 0.25]
 */
export function luSolveTransposed(factor: LuDecomposition, c: ArrayLike<number>): Float64Array {
  const { n, lu, permutation } = factor;
  checkLength(n, c.length);
  const w = Float64Array.from(c as ArrayLike<number>);
  // Uᵀ z = c: column-oriented forward substitution so the inner loop walks a row of U.
  for (let i = 0; i < n; i++) {
    const zi = (w[i] as number) / (lu[i * n + i] as number);
    w[i] = zi;
    if (zi === 0) continue;
    const row = i * n;
    for (let j = i + 1; j < n; j++) w[j] = (w[j] as number) - (lu[row + j] as number) * zi;
  }
  // Lᵀ w = z: backward, again walking rows of L.
  for (let i = n - 1; i >= 0; i--) {
    const wi = w[i] as number;
    if (wi === 0) continue;
    const row = i * n;
    for (let j = 0; j < i; j++) w[j] = (w[j] as number) - (lu[row + j] as number) * wi;
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[permutation[i] as number] = w[i] as number;
  return y;
}

/**
 * Solves A X = B for a matrix of right-hand sides (n x k), row operations on contiguous rows.
 *
 * @example toRows(luSolveMatrix(luDecompose(fromRows([[2, 0], [0, 4]])), identity(2))) // => [[0.5, 0], [0, 0.25]]
 */
export function luSolveMatrix(factor: LuDecomposition, b: Matrix): Matrix {
  const { n, lu, permutation } = factor;
  checkLength(n, b.rows);
  const k = b.cols;
  const x = matrix(n, k);
  const out = x.data;
  for (let i = 0; i < n; i++) out.set(b.data.subarray((permutation[i] as number) * k, ((permutation[i] as number) + 1) * k), i * k);
  for (let i = 0; i < n; i++) {
    const rowI = i * k;
    for (let m = 0; m < i; m++) {
      const l = lu[i * n + m] as number;
      if (l === 0) continue;
      const rowM = m * k;
      for (let j = 0; j < k; j++) out[rowI + j] = (out[rowI + j] as number) - l * (out[rowM + j] as number);
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const rowI = i * k;
    for (let m = i + 1; m < n; m++) {
      const u = lu[i * n + m] as number;
      if (u === 0) continue;
      const rowM = m * k;
      for (let j = 0; j < k; j++) out[rowI + j] = (out[rowI + j] as number) - u * (out[rowM + j] as number);
    }
    const d = lu[i * n + i] as number;
    for (let j = 0; j < k; j++) out[rowI + j] = (out[rowI + j] as number) / d;
  }
  return x;
}

/**
 * Estimate of the 1-norm condition number κ₁(A) = ‖A‖₁‖A⁻¹‖₁ (Hager 1984, Higham 1988 alg. 4.1),
 * from a few solves with the existing factorisation: O(n²) after the LU.
 *
 * A large value (say above 1e12) means results carry few correct digits; the callers report it
 * instead of returning garbage.
 *
 * @example conditionEstimate(luDecompose(identity(3))) // => 1
 */
export function conditionEstimate(factor: LuDecomposition): number {
  const { n } = factor;
  if (n === 0) return 0;
  let x = new Float64Array(n).fill(1 / n);
  let estimate = 0;
  for (let iteration = 0; iteration < 5; iteration++) {
    const y = luSolve(factor, x);
    let norm = 0;
    for (const v of y) norm += Math.abs(v);
    if (iteration > 0 && norm <= estimate) break;
    estimate = norm;
    const signs = y.map((v) => (v >= 0 ? 1 : -1));
    const z = luSolveTransposed(factor, signs);
    let best = 0;
    let bestAbs = -1;
    for (let i = 0; i < n; i++) {
      const v = Math.abs(z[i] as number);
      if (v > bestAbs) {
        bestAbs = v;
        best = i;
      }
    }
    let zx = 0;
    for (let i = 0; i < n; i++) zx += (z[i] as number) * (x[i] as number);
    if (bestAbs <= zx) break;
    x = new Float64Array(n);
    x[best] = 1;
  }
  return estimate * factor.norm1;
}

/**
 * Inverse A⁻¹ through the LU factorisation (solving A X = I), as ml-matrix and LAPACK do; never by
 * cofactors or Gauss–Jordan.
 *
 * @throws {SelaError} `input` when A is not square, `numeric` when it is singular.
 * @example toRows(inverse(fromRows([[2, 0], [0, 4]]))) // => [[0.5, 0], [0, 0.25]]
 */
export function inverse(a: Matrix): Matrix {
  const factor = luDecompose(a);
  const n = a.rows;
  const eye = matrix(n, n);
  for (let i = 0; i < n; i++) eye.data[i * n + i] = 1;
  return luSolveMatrix(factor, eye);
}
