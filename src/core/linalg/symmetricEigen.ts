import { inputError, numericError } from "../errors";
import { matrix, type Matrix } from "./matrix";

/** Eigenvalues in descending order and the matching orthonormal eigenvectors (column j ↔ value j). */
export interface SymmetricEigen {
  readonly values: Float64Array;
  readonly vectors: Matrix;
}

/**
 * All eigenpairs of a real symmetric matrix, A = V Λ Vᵀ, eigenvalues sorted in descending order.
 *
 * Householder reduction to tridiagonal form followed by the implicit QL algorithm with Wilkinson
 * shifts (EISPACK `tred2` / `tql2`; Wilkinson & Reinsch, Handbook for Automatic Computation II, 1971;
 * Golub & Van Loan, Matrix Computations, 4th ed., §8.3). Cost about 9n³ flops; backward stable, so
 * every eigenvalue is accurate to about ε‖A‖ and the eigenvectors are orthonormal to working precision.
 * Only the lower triangle of A is read (A is assumed symmetric); A is not modified.
 *
 * Sorting is explicit (descending) and does not depend on the order in which QL deflates, so "the
 * second-largest eigenvalue" is always `values[1]`. The sign of each eigenvector is arbitrary: callers
 * fix it with a rule of their own (economic complexity: correlation with diversity).
 *
 * @param a symmetric n x n matrix.
 * @returns `values` (length n, descending) and `vectors` (n x n, column j is the eigenvector of values[j]).
 * @throws {SelaError} `input` when A is not square or holds a non-finite value; `numeric` when QL fails to
 *   converge (never observed; 30 iterations per eigenvalue are allowed).
 * @example symmetricEigen(fromRows([[2, 1], [1, 2]])).values // => Float64Array [3, 1]
 */
export function symmetricEigen(a: Matrix): SymmetricEigen {
  if (a.rows !== a.cols) {
    throw inputError(
      `matrix must be square (got ${String(a.rows)} x ${String(a.cols)})`,
      `la matriz debe ser cuadrada (se recibió ${String(a.rows)} x ${String(a.cols)})`,
    );
  }
  for (const v of a.data) {
    if (!Number.isFinite(v)) throw inputError("matrix has a non-finite value", "la matriz tiene un valor no finito");
  }
  const n = a.rows;
  if (n === 0) return { values: new Float64Array(0), vectors: matrix(0, 0) };
  // v holds V row-major (v[i*n + j] = V_ij); it starts as A (lower triangle mirrored).
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const x = a.data[i * n + j] as number;
      v[i * n + j] = x;
      v[j * n + i] = x;
    }
  }
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  tridiagonalize(n, v, d, e);
  // QL rotates pairs of columns of V; keep Vᵀ so that each rotation walks two contiguous rows.
  const w = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) w[j * n + i] = v[i * n + j] as number;
  diagonalize(n, w, d, e);

  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => (d[y] as number) - (d[x] as number));
  const values = new Float64Array(n);
  const vectors = matrix(n, n);
  order.forEach((source, k) => {
    values[k] = d[source] as number;
    const row = source * n;
    for (let i = 0; i < n; i++) vectors.data[i * n + k] = w[row + i] as number;
  });
  return { values, vectors };
}

/** Householder tridiagonalisation (tred2): on exit v = Q, d = diagonal, e = subdiagonal (e[0] = 0). */
function tridiagonalize(n: number, v: Float64Array, d: Float64Array, e: Float64Array): void {
  for (let j = 0; j < n; j++) d[j] = v[(n - 1) * n + j] as number;
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k] as number);
    if (scale === 0) {
      e[i] = d[i - 1] as number;
      for (let j = 0; j < i; j++) {
        d[j] = v[(i - 1) * n + j] as number;
        v[i * n + j] = 0;
        v[j * n + i] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        const dk = (d[k] as number) / scale;
        d[k] = dk;
        h += dk * dk;
      }
      let f = d[i - 1] as number;
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j] as number;
        v[j * n + i] = f;
        g = (e[j] as number) + (v[j * n + j] as number) * f;
        for (let k = j + 1; k <= i - 1; k++) {
          const vkj = v[k * n + j] as number;
          g += vkj * (d[k] as number);
          e[k] = (e[k] as number) + vkj * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        const ej = (e[j] as number) / h;
        e[j] = ej;
        f += ej * (d[j] as number);
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] = (e[j] as number) - hh * (d[j] as number);
      for (let j = 0; j < i; j++) {
        f = d[j] as number;
        g = e[j] as number;
        for (let k = j; k <= i - 1; k++)
          v[k * n + j] = (v[k * n + j] as number) - (f * (e[k] as number) + g * (d[k] as number));
        d[j] = v[(i - 1) * n + j] as number;
        v[i * n + j] = 0;
      }
    }
    d[i] = h;
  }
  // Accumulate the Householder transformations.
  for (let i = 0; i < n - 1; i++) {
    v[(n - 1) * n + i] = v[i * n + i] as number;
    v[i * n + i] = 1;
    const h = d[i + 1] as number;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = (v[k * n + i + 1] as number) / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += (v[k * n + i + 1] as number) * (v[k * n + j] as number);
        for (let k = 0; k <= i; k++) v[k * n + j] = (v[k * n + j] as number) - g * (d[k] as number);
      }
    }
    for (let k = 0; k <= i; k++) v[k * n + i + 1] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = v[(n - 1) * n + j] as number;
    v[(n - 1) * n + j] = 0;
  }
  v[(n - 1) * n + n - 1] = 1;
  e[0] = 0;
}

/** Implicit QL with shifts (tql2) on the tridiagonal (d, e); w holds Qᵀ (row k = column k of Q). */
function diagonalize(n: number, w: Float64Array, d: Float64Array, e: Float64Array): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i] as number;
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = Number.EPSILON;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l] as number) + Math.abs(e[l] as number));
    let m = l;
    while (m < n - 1 && Math.abs(e[m] as number) > eps * tst1) m++;
    if (m > l) {
      let iteration = 0;
      do {
        if (++iteration > 30) {
          throw numericError(
            "the eigenvalue iteration did not converge",
            "la iteración de valores propios no convergió",
          );
        }
        let g = d[l] as number;
        let p = ((d[l + 1] as number) - g) / (2 * (e[l] as number));
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = (e[l] as number) / (p + r);
        d[l + 1] = (e[l] as number) * (p + r);
        const dl1 = d[l + 1] as number;
        let h = g - (d[l] as number);
        for (let i = l + 2; i < n; i++) d[i] = (d[i] as number) - h;
        f += h;
        p = d[m] as number;
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1] as number;
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * (e[i] as number);
          h = c * p;
          r = Math.hypot(p, e[i] as number);
          e[i + 1] = s * r;
          s = (e[i] as number) / r;
          c = p / r;
          p = c * (d[i] as number) - s * g;
          d[i + 1] = h + s * (c * g + s * (d[i] as number));
          const rowI = i * n;
          const rowJ = (i + 1) * n;
          for (let k = 0; k < n; k++) {
            const wj = w[rowJ + k] as number;
            const wi = w[rowI + k] as number;
            w[rowJ + k] = s * wi + c * wj;
            w[rowI + k] = c * wi - s * wj;
          }
        }
        p = (-s * s2 * c3 * el1 * (e[l] as number)) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l] as number) > eps * tst1);
    }
    d[l] = (d[l] as number) + f;
    e[l] = 0;
  }
}
