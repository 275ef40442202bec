import { numericError, inputError } from "../errors";
import { luKernel } from "./luKernel";
import { matrix, type Matrix } from "./matrix";
import {
  wasmInverse,
  wasmInverseFromFactors,
  wasmInverseInPlace,
  wasmIsResident,
  wasmLuAvailable,
  wasmLuFactor,
  wasmSolveMatrix,
  wasmSolveVector,
} from "./wasm/luWasm";

/**
 * LU factorisation with partial pivoting, PA = LU, stored compactly.
 *
 * `lu` holds L below the diagonal (unit diagonal implied) and U on and above it, row-major n x n;
 * row i of the factorisation is row `permutation[i]` of A. `norm1` is ‖A‖₁, kept for the condition
 * estimate.
 *
 * Factors made by the WebAssembly kernel keep `lu` as a view on the memory of their own instance (solves then run
 * there without copying); treat it as read-only, and transfer `lu.slice()`, not `lu.buffer`, to a worker.
 */
export interface LuDecomposition {
  readonly n: number;
  readonly lu: Float64Array;
  readonly permutation: Int32Array;
  readonly norm1: number;
}

/**
 * max |a_ij| (for the pivot tolerance) and the 1-norm max_j Σ_i |a_ij|, in one pass over A by rows (indexed
 * loops: two passes, one a `for…of` over the typed array, took about 3 % of the factorisation at n = 3,500).
 */
interface Magnitudes {
  readonly maxAbs: number;
  readonly norm1: number;
}

function magnitudes(a: Matrix): Magnitudes {
  const { rows, cols, data } = a;
  const sums = new Float64Array(cols);
  let maxAbs = 0;
  for (let i = 0; i < rows; i++) {
    const offset = i * cols;
    for (let j = 0; j < cols; j++) {
      const v = Math.abs(data[offset + j] as number);
      sums[j] = (sums[j] as number) + v;
      if (v > maxAbs) maxAbs = v;
    }
  }
  let norm1 = 0;
  for (let j = 0; j < cols; j++) if ((sums[j] as number) > norm1) norm1 = sums[j] as number;
  return { maxAbs, norm1 };
}

/** Below this order everything stays in TypeScript: the WebAssembly call and copies would cost more. */
const WASM_MIN_ORDER = 48;
/** Multi-RHS solves go to WebAssembly from this many right-hand sides (one RHS is O(n²), copy-bound). */
const WASM_MIN_COLUMNS = 4;

function singularError(column: number): Error {
  return numericError(
    `the system is singular (pivot ${String(column + 1)} is zero)`,
    `el sistema es singular (el pivote ${String(column + 1)} es cero)`,
  );
}

function checkSquare(a: Matrix): void {
  if (a.rows !== a.cols) {
    throw inputError(
      `matrix must be square (got ${String(a.rows)} x ${String(a.cols)})`,
      `la matriz debe ser cuadrada (se recibió ${String(a.rows)} x ${String(a.cols)})`,
    );
  }
}

/** Pivot tolerance: |pivot| ≤ n·ε·max|a_ij| counts as zero. */
function pivotTolerance(a: Matrix, maxAbs = magnitudes(a).maxAbs): number {
  return a.rows * Number.EPSILON * maxAbs;
}

/**
 * LU factorisation with partial pivoting (Golub & Van Loan, Matrix Computations, 4th ed., alg. 3.4.1), in the
 * recursive, cache-blocked form of Toledo (1997) with the trailing update as a matrix product (LAPACK getrf).
 *
 * From order 48 on it runs in the WebAssembly SIMD kernel (assembly/lu.ts) when the runtime has WebAssembly
 * with SIMD128; otherwise, and for small matrices, in the TypeScript kernel (`luKernel.ts`) with the same
 * algorithm. The input is not modified; memory: the input, one working copy and the returned factors.
 *
 * @param a square n x n matrix.
 * @throws {SelaError} `input` when A is not square; `numeric` when a pivot vanishes (A singular to
 *   working precision: |pivot| ≤ n·ε·max|a_ij|).
 * @example luDecompose(fromRows([[4, 3], [6, 3]])).permutation // => Int32Array [1, 0]
 */
export function luDecompose(a: Matrix): LuDecomposition {
  checkSquare(a);
  return factorise(a.rows, (target) => {
    target.set(a.data);
    return magnitudes(a);
  });
}

/**
 * LU factorisation with partial pivoting of I − A (the Leontief matrix, Miller & Blair 2022, ch. 2), without
 * forming I − A: it is written straight into the kernel's working memory in the same pass that measures it.
 * Same factors as `luDecompose(identityMinus(a))`, one n x n matrix less in memory and two passes fewer.
 *
 * @param a square n x n matrix A (not modified).
 * @throws {SelaError} as {@link luDecompose}.
 * @example luDecomposeIdentityMinus(fromRows([[0.5, 0], [0, 0.5]])).lu // => Float64Array [0.5, 0, 0, 0.5]
 */
export function luDecomposeIdentityMinus(a: Matrix): LuDecomposition {
  checkSquare(a);
  const n = a.rows;
  const { data } = a;
  return factorise(n, (target) => {
    const sums = new Float64Array(n);
    let maxAbs = 0;
    for (let i = 0; i < n; i++) {
      const row = i * n;
      for (let j = 0; j < n; j++) {
        const v = (i === j ? 1 : 0) - (data[row + j] as number);
        target[row + j] = v;
        const m = Math.abs(v);
        sums[j] = (sums[j] as number) + m;
        if (m > maxAbs) maxAbs = m;
      }
    }
    let norm1 = 0;
    for (let j = 0; j < n; j++) if ((sums[j] as number) > norm1) norm1 = sums[j] as number;
    return { maxAbs, norm1 };
  });
}

/**
 * Factors the n x n matrix that `write` puts into the working array it is given (returning its magnitudes), in
 * the WebAssembly kernel's memory from order 48 on, else in a TypeScript array.
 */
function factorise(n: number, write: (target: Float64Array) => Magnitudes): LuDecomposition {
  let norm1 = 0;
  const tolerance = (target: Float64Array): number => {
    const measured = write(target);
    norm1 = measured.norm1;
    return n * Number.EPSILON * measured.maxAbs;
  };
  if (n >= WASM_MIN_ORDER && wasmLuAvailable()) {
    const result = wasmLuFactor(n, tolerance);
    if (result.failedColumn >= 0) throw singularError(result.failedColumn);
    return { n, lu: result.lu, permutation: result.permutation, norm1 };
  }
  const lu = new Float64Array(n * n);
  const { permutation, failedColumn } = luKernel.factorInPlace(lu, n, tolerance(lu));
  if (failedColumn >= 0) throw singularError(failedColumn);
  return { n, lu, permutation, norm1 };
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
  if (wasmIsResident(lu)) return wasmSolveVector(lu, permutation, n, b, false);
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
  if (wasmIsResident(lu)) return wasmSolveVector(lu, permutation, n, c, true);
  const w = Float64Array.from(c);
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
 * Solves A X = B for a matrix of right-hand sides (n x k): X = U⁻¹L⁻¹PB by blocked triangular solves whose
 * updates are matrix products (LAPACK getrs). From order 48 and 4 right-hand sides on it runs in the
 * WebAssembly kernel (256 columns at a time), else in the TypeScript kernel.
 *
 * @example toRows(luSolveMatrix(luDecompose(fromRows([[2, 0], [0, 4]])), identity(2))) // => [[0.5, 0], [0, 0.25]]
 */
export function luSolveMatrix(factor: LuDecomposition, b: Matrix): Matrix {
  const { n, lu, permutation } = factor;
  checkLength(n, b.rows);
  const k = b.cols;
  if (k === n && isIdentity(b)) return luInverse(factor);
  if (wasmIsResident(lu) || (n >= WASM_MIN_ORDER && k >= WASM_MIN_COLUMNS && wasmLuAvailable())) {
    return matrix(n, k, wasmSolveMatrix(lu, permutation, n, b.data, k));
  }
  return matrix(n, k, luKernel.solveMatrix(lu, permutation, n, b.data, k));
}

function isIdentity(b: Matrix): boolean {
  const { rows: n, data } = b;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (data[i * n + j] !== (i === j ? 1 : 0)) return false;
  }
  return true;
}

/**
 * Inverse A⁻¹ = U⁻¹L⁻¹P from an existing factorisation PA = LU (LAPACK getri's result, by solving the identity a
 * block of columns at a time and skipping the zero rows above each block of L⁻¹: 4n³/3 flops instead of the 2n³
 * of a general solve). `luSolveMatrix` with an identity right-hand side comes here.
 *
 * @example toRows(luInverse(luDecompose(fromRows([[2, 0], [0, 4]])))) // => [[0.5, 0], [0, 0.25]]
 */
export function luInverse(factor: LuDecomposition): Matrix {
  const { n, lu, permutation } = factor;
  if (wasmIsResident(lu) || (n >= WASM_MIN_ORDER && wasmLuAvailable())) {
    return matrix(n, n, wasmInverseFromFactors(lu, permutation, n));
  }
  return matrix(n, n, luKernel.inverseFromFactors(lu, permutation, n));
}

/**
 * A⁻¹ from a factorisation that is no longer needed: factors made by the WebAssembly kernel are inverted in
 * their own memory (LAPACK getri: U⁻¹, then X·L = U⁻¹ a block of columns at a time from the right, then the
 * column interchanges; no second matrix) and are consumed — `factor` must not be used again, and the result's
 * data is a view on the kernel's memory (read-only; transfer a copy). Other factors are inverted as by
 * {@link luInverse}.
 *
 * @example luInverseInPlace(luDecompose(fromRows([[2, 0], [0, 4]]))).data // => Float64Array [0.5, 0, 0, 0.25]
 */
export function luInverseInPlace(factor: LuDecomposition): Matrix {
  const inPlace = wasmInverseInPlace(factor.lu, factor.n);
  return inPlace ? matrix(factor.n, factor.n, inPlace) : luInverse(factor);
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
 * Inverse A⁻¹ through the LU factorisation, A⁻¹ = U⁻¹L⁻¹P, never by cofactors or Gauss–Jordan. The identity is
 * solved a block of columns at a time, skipping the zero rows above each block of L⁻¹: 2n³ flops in all.
 * From order 48 on the factorisation and the solves run in the WebAssembly kernel without leaving its memory,
 * so the peak is three matrices (input, factors, result); {@link luInverseInPlace} needs two.
 *
 * @throws {SelaError} `input` when A is not square, `numeric` when it is singular.
 * @example toRows(inverse(fromRows([[2, 0], [0, 4]]))) // => [[0.5, 0], [0, 0.25]]
 */
export function inverse(a: Matrix): Matrix {
  checkSquare(a);
  const n = a.rows;
  const tiny = pivotTolerance(a);
  if (n >= WASM_MIN_ORDER && wasmLuAvailable()) {
    const result = wasmInverse(a.data, n, tiny);
    if (result.failedColumn >= 0) throw singularError(result.failedColumn);
    return matrix(n, n, result.inverse);
  }
  const lu = Float64Array.from(a.data);
  const { permutation, failedColumn } = luKernel.factorInPlace(lu, n, tiny);
  if (failedColumn >= 0) throw singularError(failedColumn);
  return matrix(n, n, luKernel.inverseFromFactors(lu, permutation, n));
}
