import { inputError } from "../errors";

/**
 * A dense row-major matrix of doubles: element (i, j) is `data[i * cols + j]`.
 *
 * Vectors are plain `Float64Array`s. Every numeric kernel of the engine works on these two shapes so
 * that large tables cost one allocation and no per-element objects.
 */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/**
 * A new rows x cols matrix, zero-filled or wrapping `data` (not copied).
 *
 * @throws {SelaError} when `data` does not hold rows·cols values.
 * @example matrix(2, 2, Float64Array.of(1, 2, 3, 4)).data[2] // => 3
 */
export function matrix(rows: number, cols: number, data?: Float64Array): Matrix {
  const values = data ?? new Float64Array(rows * cols);
  if (values.length !== rows * cols) {
    throw inputError(
      `matrix data has ${String(values.length)} values, expected ${String(rows * cols)}`,
      `la matriz tiene ${String(values.length)} valores, se esperaban ${String(rows * cols)}`,
    );
  }
  return { rows, cols, data: values };
}

/**
 * The n x n identity matrix.
 *
 * @example identity(2).data // => Float64Array [1, 0, 0, 1]
 */
export function identity(n: number): Matrix {
  const result = matrix(n, n);
  for (let i = 0; i < n; i++) result.data[i * n + i] = 1;
  return result;
}

/**
 * A matrix from nested arrays (rows of equal length). Used by tests and examples; the custom
 * functions parse Excel ranges with their own validation.
 *
 * @throws {SelaError} for ragged rows.
 * @example fromRows([[1, 2], [3, 4]]).cols // => 2
 */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const m = rows.length;
  const n = m === 0 ? 0 : (rows[0]?.length ?? 0);
  const result = matrix(m, n);
  rows.forEach((row, i) => {
    if (row.length !== n) {
      throw inputError(
        `row ${String(i + 1)} has ${String(row.length)} values, expected ${String(n)}`,
        `la fila ${String(i + 1)} tiene ${String(row.length)} valores, se esperaban ${String(n)}`,
      );
    }
    result.data.set(row, i * n);
  });
  return result;
}

/**
 * Nested arrays from a matrix (row-major).
 *
 * @example toRows(identity(2)) // => [[1, 0], [0, 1]]
 */
export function toRows(a: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < a.rows; i++) out.push(Array.from(a.data.subarray(i * a.cols, (i + 1) * a.cols)));
  return out;
}

/**
 * The transpose Aᵀ (cols x rows).
 *
 * @example toRows(transpose(fromRows([[1, 2]]))) // => [[1], [2]]
 */
export function transpose(a: Matrix): Matrix {
  const result = matrix(a.cols, a.rows);
  const { data: src } = a;
  const dst = result.data;
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) dst[j * a.rows + i] = src[i * a.cols + j] as number;
  }
  return result;
}

/**
 * Column sums 1′A (length cols).
 *
 * @example columnSums(fromRows([[1, 2], [3, 4]])) // => Float64Array [4, 6]
 */
export function columnSums(a: Matrix): Float64Array {
  const sums = new Float64Array(a.cols);
  for (let i = 0; i < a.rows; i++) {
    const offset = i * a.cols;
    for (let j = 0; j < a.cols; j++) sums[j] = (sums[j] as number) + (a.data[offset + j] as number);
  }
  return sums;
}

/**
 * Row sums A1 (length rows).
 *
 * @example rowSums(fromRows([[1, 2], [3, 4]])) // => Float64Array [3, 7]
 */
export function rowSums(a: Matrix): Float64Array {
  const sums = new Float64Array(a.rows);
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    const offset = i * a.cols;
    for (let j = 0; j < a.cols; j++) s += a.data[offset + j] as number;
    sums[i] = s;
  }
  return sums;
}

/**
 * Sum of a vector (pairwise-free, plain loop; the tables we meet are far from cancellation trouble).
 *
 * @example sum(Float64Array.of(1, 2, 3)) // => 6
 */
export function sum(values: ArrayLike<number>): number {
  let s = 0;
  // Index loop: ArrayLike (typed arrays, plain arrays, arguments) is not iterable.
  // eslint-disable-next-line @typescript-eslint/prefer-for-of
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return s;
}

/**
 * Matrix product A·B.
 *
 * Row-oriented i-k-j loop so the inner loop walks both B and the result contiguously.
 *
 * @throws {SelaError} when A's columns differ from B's rows.
 * @example toRows(multiply(identity(2), fromRows([[1, 2], [3, 4]]))) // => [[1, 2], [3, 4]]
 */
export function multiply(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) {
    throw inputError(
      `cannot multiply ${String(a.rows)} x ${String(a.cols)} by ${String(b.rows)} x ${String(b.cols)}`,
      `no se puede multiplicar ${String(a.rows)} x ${String(a.cols)} por ${String(b.rows)} x ${String(b.cols)}`,
    );
  }
  const result = matrix(a.rows, b.cols);
  const n = b.cols;
  const out = result.data;
  for (let i = 0; i < a.rows; i++) {
    const outRow = i * n;
    for (let k = 0; k < a.cols; k++) {
      const aik = a.data[i * a.cols + k] as number;
      if (aik === 0) continue;
      const bRow = k * n;
      for (let j = 0; j < n; j++) out[outRow + j] = (out[outRow + j] as number) + aik * (b.data[bRow + j] as number);
    }
  }
  return result;
}

/**
 * Matrix-vector product A·v.
 *
 * @throws {SelaError} when the lengths differ.
 * @example multiplyVector(identity(2), Float64Array.of(5, 6)) // => Float64Array [5, 6]
 */
export function multiplyVector(a: Matrix, v: ArrayLike<number>): Float64Array {
  if (a.cols !== v.length) {
    throw inputError(
      `cannot multiply ${String(a.rows)} x ${String(a.cols)} by a vector of ${String(v.length)}`,
      `no se puede multiplicar ${String(a.rows)} x ${String(a.cols)} por un vector de ${String(v.length)}`,
    );
  }
  const out = new Float64Array(a.rows);
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    const offset = i * a.cols;
    for (let j = 0; j < a.cols; j++) s += (a.data[offset + j] as number) * (v[j] as number);
    out[i] = s;
  }
  return out;
}

/**
 * Row vector times matrix v′A (length cols).
 *
 * @throws {SelaError} when the lengths differ.
 * @example vectorMultiply(Float64Array.of(1, 1), fromRows([[1, 2], [3, 4]])) // => Float64Array [4, 6]
 */
export function vectorMultiply(v: ArrayLike<number>, a: Matrix): Float64Array {
  if (a.rows !== v.length) {
    throw inputError(
      `cannot multiply a vector of ${String(v.length)} by ${String(a.rows)} x ${String(a.cols)}`,
      `no se puede multiplicar un vector de ${String(v.length)} por ${String(a.rows)} x ${String(a.cols)}`,
    );
  }
  const out = new Float64Array(a.cols);
  for (let i = 0; i < a.rows; i++) {
    const vi = v[i] as number;
    if (vi === 0) continue;
    const offset = i * a.cols;
    for (let j = 0; j < a.cols; j++) out[j] = (out[j] as number) + vi * (a.data[offset + j] as number);
  }
  return out;
}
