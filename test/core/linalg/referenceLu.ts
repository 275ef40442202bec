/**
 * The plain textbook LU (right-looking k-i-j, partial pivoting) the fast kernels are checked against: the code
 * src/core/linalg/lu.ts had before the blocked kernels, kept deliberately simple.
 */
export interface ReferenceLu {
  n: number;
  lu: Float64Array;
  permutation: Int32Array;
}

/** PA = LU of a row-major n x n matrix; throws on |pivot| ≤ n·ε·max|a|. */
export function referenceLu(data: Float64Array, n: number): ReferenceLu {
  const lu = Float64Array.from(data);
  const permutation = new Int32Array(n);
  for (let i = 0; i < n; i++) permutation[i] = i;
  let maxAbs = 0;
  for (const v of lu) maxAbs = Math.max(maxAbs, Math.abs(v));
  const tiny = n * Number.EPSILON * maxAbs;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(lu[i * n + k]!) > Math.abs(lu[p * n + k]!)) p = i;
    if (!(Math.abs(lu[p * n + k]!) > tiny)) throw new Error(`singular at ${String(k + 1)}`);
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = lu[k * n + j]!;
        lu[k * n + j] = lu[p * n + j]!;
        lu[p * n + j] = t;
      }
      const t = permutation[k]!;
      permutation[k] = permutation[p]!;
      permutation[p] = t;
    }
    for (let i = k + 1; i < n; i++) {
      const f = lu[i * n + k]! / lu[k * n + k]!;
      lu[i * n + k] = f;
      for (let j = k + 1; j < n; j++) lu[i * n + j] = lu[i * n + j]! - f * lu[k * n + j]!;
    }
  }
  return { n, lu, permutation };
}

/** x = A⁻¹b from the reference factors. */
export function referenceSolve(f: ReferenceLu, b: ArrayLike<number>): Float64Array {
  const { n, lu, permutation } = f;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = b[permutation[i]!]!;
  for (let i = 0; i < n; i++) for (let k = 0; k < i; k++) x[i] = x[i]! - lu[i * n + k]! * x[k]!;
  for (let i = n - 1; i >= 0; i--) {
    for (let k = i + 1; k < n; k++) x[i] = x[i]! - lu[i * n + k]! * x[k]!;
    x[i] = x[i]! / lu[i * n + i]!;
  }
  return x;
}

/** Row-major transpose. */
export function transposeData(data: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = data[i * cols + j]!;
  return out;
}

/** Deterministic uniform numbers in [0, 1) (Park–Miller). */
export function randomSource(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
}
