/**
 * The plain TypeScript dense kernel: recursive LU with partial pivoting, blocked triangular solves and a
 * packed, register-blocked GEMM on row-major `Float64Array`s. Same algorithm as the WebAssembly SIMD kernel
 * (assembly/lu.ts); used where WebAssembly is unavailable and for sizes too small to amortise the call.
 *
 * Algorithm (Toledo 1997, "Locality of reference in LU decomposition with partial pivoting"; LAPACK getrf
 * conventions): the column range is split in halves; the left half is factored, the right half gets
 * U₁₂ = L₁₁⁻¹A₁₂ and A₂₂ ← A₂₂ − L₂₁U₁₂; the recursion ends in unblocked panels of ≤ 8 columns. Pivot rows
 * are swapped over the full row, so PA = LU with `ipiv[j]` the row exchanged with row j at step j.
 */

const KC = 128;
const NC = 256;
const LEAF = 8;
const TRSM_LEAF = 32;

/** C ← C − A·B; A m x k at offset ao (ld lda) in `a`, B k x nn at bo (ld ldb) in `b`, C at co (ld ldc) in `c`. */
function gemm(
  m: number,
  nn: number,
  k: number,
  a: Float64Array,
  ao: number,
  lda: number,
  b: Float64Array,
  bo: number,
  ldb: number,
  c: Float64Array,
  co: number,
  ldc: number,
  pack: Float64Array,
): void {
  if (m <= 0 || nn <= 0 || k <= 0) return;
  const m4 = m & ~3;
  for (let pc = 0; pc < k; pc += KC) {
    const kc = Math.min(KC, k - pc);
    for (let jc = 0; jc < nn; jc += NC) {
      const nc = Math.min(NC, nn - jc);
      const nc2 = nc & ~1;
      // Pack B[pc:pc+kc, jc:jc+nc2] as strips of two columns, kc x 2 contiguous.
      let d = 0;
      for (let j = 0; j < nc2; j += 2) {
        let s = bo + pc * ldb + jc + j;
        for (let p = 0; p < kc; p++) {
          pack[d] = b[s] as number;
          pack[d + 1] = b[s + 1] as number;
          d += 2;
          s += ldb;
        }
      }
      for (let i = 0; i < m4; i += 4) {
        const a0 = ao + i * lda + pc;
        const a1 = a0 + lda;
        const a2 = a1 + lda;
        const a3 = a2 + lda;
        for (let j = 0; j < nc2; j += 2) {
          let c00 = 0;
          let c01 = 0;
          let c10 = 0;
          let c11 = 0;
          let c20 = 0;
          let c21 = 0;
          let c30 = 0;
          let c31 = 0;
          let q = j * kc;
          for (let p = 0; p < kc; p++) {
            const b0 = pack[q] as number;
            const b1 = pack[q + 1] as number;
            q += 2;
            const x0 = a[a0 + p] as number;
            const x1 = a[a1 + p] as number;
            const x2 = a[a2 + p] as number;
            const x3 = a[a3 + p] as number;
            c00 += x0 * b0;
            c01 += x0 * b1;
            c10 += x1 * b0;
            c11 += x1 * b1;
            c20 += x2 * b0;
            c21 += x2 * b1;
            c30 += x3 * b0;
            c31 += x3 * b1;
          }
          let r = co + i * ldc + jc + j;
          c[r] = (c[r] as number) - c00;
          c[r + 1] = (c[r + 1] as number) - c01;
          r += ldc;
          c[r] = (c[r] as number) - c10;
          c[r + 1] = (c[r + 1] as number) - c11;
          r += ldc;
          c[r] = (c[r] as number) - c20;
          c[r + 1] = (c[r + 1] as number) - c21;
          r += ldc;
          c[r] = (c[r] as number) - c30;
          c[r + 1] = (c[r + 1] as number) - c31;
        }
      }
      for (let i = m4; i < m; i++) {
        const a0 = ao + i * lda + pc;
        for (let j = 0; j < nc2; j += 2) {
          let c00 = 0;
          let c01 = 0;
          let q = j * kc;
          for (let p = 0; p < kc; p++) {
            const x0 = a[a0 + p] as number;
            c00 += x0 * (pack[q] as number);
            c01 += x0 * (pack[q + 1] as number);
            q += 2;
          }
          const r = co + i * ldc + jc + j;
          c[r] = (c[r] as number) - c00;
          c[r + 1] = (c[r + 1] as number) - c01;
        }
      }
      if (nc2 < nc) {
        const j = jc + nc2;
        for (let i = 0; i < m; i++) {
          const a0 = ao + i * lda + pc;
          let s = 0;
          let q = bo + pc * ldb + j;
          for (let p = 0; p < kc; p++) {
            s += (a[a0 + p] as number) * (b[q] as number);
            q += ldb;
          }
          const r = co + i * ldc + j;
          c[r] = (c[r] as number) - s;
        }
      }
    }
  }
}

/** B ← L⁻¹B with L m x m unit lower at lo (ld ldl) in `l`, B m x nc at bo (ld ldb) in `b`. */
function trsmLowerUnit(
  l: Float64Array,
  lo: number,
  ldl: number,
  m: number,
  b: Float64Array,
  bo: number,
  ldb: number,
  nc: number,
  pack: Float64Array,
): void {
  if (m <= 1 || nc <= 0) return;
  if (m <= TRSM_LEAF) {
    for (let i = 1; i < m; i++) {
      const rowI = bo + i * ldb;
      for (let p = 0; p < i; p++) {
        const f = l[lo + i * ldl + p] as number;
        if (f === 0) continue;
        const rowP = bo + p * ldb;
        for (let j = 0; j < nc; j++) b[rowI + j] = (b[rowI + j] as number) - f * (b[rowP + j] as number);
      }
    }
    return;
  }
  const m1 = m >> 1;
  trsmLowerUnit(l, lo, ldl, m1, b, bo, ldb, nc, pack);
  gemm(m - m1, nc, m1, l, lo + m1 * ldl, ldl, b, bo, ldb, b, bo + m1 * ldb, ldb, pack);
  trsmLowerUnit(l, lo + m1 * ldl + m1, ldl, m - m1, b, bo + m1 * ldb, ldb, nc, pack);
}

/** B ← U⁻¹B with U m x m upper (with its diagonal) at uo (ld ldu) in `u`, B m x nc at bo (ld ldb) in `b`. */
function trsmUpper(
  u: Float64Array,
  uo: number,
  ldu: number,
  m: number,
  b: Float64Array,
  bo: number,
  ldb: number,
  nc: number,
  pack: Float64Array,
): void {
  if (m <= 0 || nc <= 0) return;
  if (m <= TRSM_LEAF) {
    for (let i = m - 1; i >= 0; i--) {
      const rowI = bo + i * ldb;
      for (let p = i + 1; p < m; p++) {
        const f = u[uo + i * ldu + p] as number;
        if (f === 0) continue;
        const rowP = bo + p * ldb;
        for (let j = 0; j < nc; j++) b[rowI + j] = (b[rowI + j] as number) - f * (b[rowP + j] as number);
      }
      const d = u[uo + i * ldu + i] as number;
      for (let j = 0; j < nc; j++) b[rowI + j] = (b[rowI + j] as number) / d;
    }
    return;
  }
  const m1 = m >> 1;
  trsmUpper(u, uo + m1 * ldu + m1, ldu, m - m1, b, bo + m1 * ldb, ldb, nc, pack);
  gemm(m1, nc, m - m1, u, uo + m1, ldu, b, bo + m1 * ldb, ldb, b, bo, ldb, pack);
  trsmUpper(u, uo, ldu, m1, b, bo, ldb, nc, pack);
}

/** Unblocked LU of columns [c0, c0+w) on rows [c0, n); returns the failing pivot column or −1. */
function leaf(a: Float64Array, n: number, c0: number, w: number, ipiv: Int32Array, tiny: number): number {
  const end = c0 + w;
  for (let j = c0; j < end; j++) {
    let p = j;
    let best = Math.abs(a[j * n + j] as number);
    for (let i = j + 1; i < n; i++) {
      const v = Math.abs(a[i * n + j] as number);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (!(best > tiny)) return j;
    ipiv[j] = p;
    const rowJ = j * n;
    if (p !== j) {
      const rowP = p * n;
      for (let t = 0; t < n; t++) {
        const x = a[rowJ + t] as number;
        a[rowJ + t] = a[rowP + t] as number;
        a[rowP + t] = x;
      }
    }
    const pivot = a[rowJ + j] as number;
    for (let i = j + 1; i < n; i++) {
      const rowI = i * n;
      const f = (a[rowI + j] as number) / pivot;
      a[rowI + j] = f;
      if (f === 0) continue;
      for (let t = j + 1; t < end; t++) a[rowI + t] = (a[rowI + t] as number) - f * (a[rowJ + t] as number);
    }
  }
  return -1;
}

function factor(
  a: Float64Array,
  n: number,
  c0: number,
  w: number,
  ipiv: Int32Array,
  tiny: number,
  pack: Float64Array,
): number {
  if (w <= LEAF) return leaf(a, n, c0, w, ipiv, tiny);
  let w1 = w >> 1;
  if (w1 > 8) w1 &= ~3;
  const r = factor(a, n, c0, w1, ipiv, tiny, pack);
  if (r >= 0) return r;
  const c1 = c0 + w1;
  trsmLowerUnit(a, c0 * n + c0, n, w1, a, c0 * n + c1, n, w - w1, pack);
  gemm(n - c1, w - w1, w1, a, c1 * n + c0, n, a, c0 * n + c1, n, a, c1 * n + c1, n, pack);
  return factor(a, n, c1, w - w1, ipiv, tiny, pack);
}

function newPack(): Float64Array {
  return new Float64Array(KC * NC);
}

/** Permutation (row i of LU is row perm[i] of A) from the LAPACK-style swaps (used by both kernels). */
export function permutationFromSwaps(ipiv: Int32Array, n: number): Int32Array {
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let j = 0; j < n; j++) {
    const p = ipiv[j] as number;
    if (p !== j) {
      const t = perm[j] as number;
      perm[j] = perm[p] as number;
      perm[p] = t;
    }
  }
  return perm;
}

/**
 * In-place LU with partial pivoting of the n x n row-major `a`: PA = LU. Returns the row permutation, or the
 * 0-based column whose pivot has |pivot| ≤ tiny (then `a` is partly factored).
 */
function factorInPlace(a: Float64Array, n: number, tiny: number): { permutation: Int32Array; failedColumn: number } {
  const ipiv = new Int32Array(n);
  const failedColumn = factor(a, n, 0, n, ipiv, tiny, newPack());
  return { permutation: failedColumn >= 0 ? new Int32Array(0) : permutationFromSwaps(ipiv, n), failedColumn };
}

/** X = (LU)⁻¹ P B for B n x cols (row-major). */
function solveMatrix(lu: Float64Array, perm: Int32Array, n: number, b: Float64Array, cols: number): Float64Array {
  const x = new Float64Array(n * cols);
  for (let i = 0; i < n; i++) {
    const from = (perm[i] as number) * cols;
    x.set(b.subarray(from, from + cols), i * cols);
  }
  const pack = newPack();
  trsmLowerUnit(lu, 0, n, n, x, 0, cols, cols, pack);
  trsmUpper(lu, 0, n, n, x, 0, cols, cols, pack);
  return x;
}

/** A⁻¹ = U⁻¹L⁻¹P from the factors, 128 columns of the identity at a time (rows above the block stay zero). */
function inverseFromFactors(lu: Float64Array, perm: Int32Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  const block = Math.min(128, n);
  const z = new Float64Array(n * block);
  const pack = newPack();
  for (let j0 = 0; j0 < n; j0 += block) {
    const nc = Math.min(block, n - j0);
    z.fill(0);
    for (let t = 0; t < nc; t++) z[(j0 + t) * nc + t] = 1;
    trsmLowerUnit(lu, j0 * n + j0, n, n - j0, z, j0 * nc, nc, nc, pack);
    trsmUpper(lu, 0, n, n, z, 0, nc, nc, pack);
    for (let t = 0; t < nc; t++) {
      const column = perm[j0 + t] as number;
      for (let r = 0; r < n; r++) out[r * n + column] = z[r * nc + t] as number;
    }
  }
  return out;
}

/**
 * The TypeScript kernel: `factorInPlace` (PA = LU), `solveMatrix` ((LU)⁻¹PB), `inverseFromFactors`
 * (U⁻¹L⁻¹P), `gemm` (C ← C − AB, row-major with offsets and leading dimensions).
 *
 * @example luKernel.factorInPlace(Float64Array.of(4, 3, 6, 3), 2, 0).permutation // => Int32Array [1, 0]
 */
export const luKernel = { factorInPlace, solveMatrix, inverseFromFactors, gemm };
