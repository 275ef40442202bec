import { EigenvalueDecomposition, Matrix as MlMatrix } from "ml-matrix";
import { fromRows, matrix, type Matrix } from "../../../src/core/linalg/matrix";
import { symmetricEigen, symmetricEigenpair } from "../../../src/core/linalg/symmetricEigen";
import { SelaError } from "../../../src/core/errors";
import { expectClose } from "../../support/close";

/** Deterministic pseudo-random numbers in [0, 1) (Park–Miller), so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

function randomSymmetric(n: number, seed: number): Matrix {
  const next = random(seed);
  const a = matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const x = next() * 2 - 1;
      a.data[i * n + j] = x;
      a.data[j * n + i] = x;
    }
  }
  return a;
}

/** max |A V − V Λ| and max |VᵀV − I|. */
function residuals(a: Matrix, values: Float64Array, v: Matrix): { eigen: number; orthogonality: number } {
  const n = a.rows;
  let eigen = 0;
  let orthogonality = 0;
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += (a.data[i * n + j] as number) * (v.data[j * n + k] as number);
      eigen = Math.max(eigen, Math.abs(s - (values[k] as number) * (v.data[i * n + k] as number)));
    }
    for (let l = 0; l < n; l++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += (v.data[i * n + k] as number) * (v.data[i * n + l] as number);
      orthogonality = Math.max(orthogonality, Math.abs(s - (k === l ? 1 : 0)));
    }
  }
  return { eigen, orthogonality };
}

describe("symmetricEigen", () => {
  test("2 x 2 by hand: [[2, 1], [1, 2]] has eigenvalues 3 and 1 with vectors (1, 1)/√2 and (1, −1)/√2", () => {
    const { values, vectors } = symmetricEigen(
      fromRows([
        [2, 1],
        [1, 2],
      ]),
    );
    expectClose(values, [3, 1], 1e-14);
    expect(Math.abs(vectors.data[0] as number)).toBeCloseTo(Math.SQRT1_2, 14);
    expect((vectors.data[0] as number) * (vectors.data[2] as number)).toBeCloseTo(0.5, 14);
    expect((vectors.data[1] as number) * (vectors.data[3] as number)).toBeCloseTo(-0.5, 14);
  });

  test("eigenvalues come out sorted in descending order whatever the input order", () => {
    const { values, vectors } = symmetricEigen(
      fromRows([
        [1, 0, 0],
        [0, 5, 0],
        [0, 0, -2],
      ]),
    );
    expectClose(values, [5, 1, -2], 1e-15);
    expectClose([Math.abs(vectors.data[1 * 3 + 0] as number)], [1], 1e-15);
  });

  test.each([1, 2, 5, 17, 60])("random symmetric n = %i: A V = V Λ, VᵀV = I, values match ml-matrix", (n) => {
    const a = randomSymmetric(n, 1000 + n);
    const { values, vectors } = symmetricEigen(a);
    for (let k = 1; k < n; k++) expect(values[k - 1] as number).toBeGreaterThanOrEqual(values[k] as number);
    const r = residuals(a, values, vectors);
    expect(r.eigen).toBeLessThan(1e-12 * n);
    expect(r.orthogonality).toBeLessThan(1e-12 * n);
    const rows = Array.from({ length: n }, (_, i) => Array.from(a.data.subarray(i * n, (i + 1) * n)));
    const reference = new EigenvalueDecomposition(new MlMatrix(rows), { assumeSymmetric: true }).realEigenvalues;
    expectClose(
      values,
      [...reference].sort((x, y) => y - x),
      1e-12,
    );
  });

  test("repeated eigenvalues (identity plus a rank-one term) keep an orthonormal basis", () => {
    const n = 6;
    const a = matrix(n, n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a.data[i * n + j] = (i === j ? 2 : 0) + 1;
    const { values, vectors } = symmetricEigen(a);
    expectClose(values, [8, 2, 2, 2, 2, 2], 1e-13);
    const r = residuals(a, values, vectors);
    expect(r.eigen).toBeLessThan(1e-13);
    expect(r.orthogonality).toBeLessThan(1e-13);
  });

  test("zero matrix and empty matrix", () => {
    expectClose(symmetricEigen(matrix(3, 3)).values, [0, 0, 0], 0);
    expect(symmetricEigen(matrix(0, 0)).values.length).toBe(0);
  });

  test("reads only the lower triangle", () => {
    const { values } = symmetricEigen(
      fromRows([
        [2, 99],
        [1, 2],
      ]),
    );
    expectClose(values, [3, 1], 1e-14);
  });

  test("rejects a non-square or non-finite matrix", () => {
    expect(() => symmetricEigen(matrix(2, 3))).toThrow(SelaError);
    expect(() =>
      symmetricEigen(
        fromRows([
          [1, NaN],
          [NaN, 1],
        ]),
      ),
    ).toThrow(/non-finite/);
  });
});

describe("symmetricEigenpair", () => {
  test.each([2, 5, 30, 120])("n = %i: every k matches symmetricEigen (value, and vector up to sign)", (n) => {
    const a = randomSymmetric(n, 77 + n);
    const full = symmetricEigen(a);
    for (const k of n > 30 ? [0, 1, 2, n - 1] : Array.from({ length: n }, (_, i) => i)) {
      const pair = symmetricEigenpair(a, k);
      expect(pair.value).toBeCloseTo(full.values[k] as number, 12);
      expectClose(pair.values, full.values, 1e-12);
      let dot = 0;
      for (let i = 0; i < n; i++) dot += (pair.vector[i] as number) * (full.vectors.data[i * n + k] as number);
      expect(Math.abs(dot)).toBeCloseTo(1, 9);
    }
  });

  test("A x = λ x to working precision, also for a repeated eigenvalue and a block-diagonal matrix", () => {
    const cases = [
      fromRows([
        [3, 1, 1],
        [1, 3, 1],
        [1, 1, 3],
      ]),
      fromRows([
        [2, 1, 0, 0],
        [1, 2, 0, 0],
        [0, 0, 5, 0],
        [0, 0, 0, 1],
      ]),
    ];
    for (const a of cases) {
      const n = a.rows;
      for (let k = 0; k < n; k++) {
        const { value, vector } = symmetricEigenpair(a, k);
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let j = 0; j < n; j++) s += (a.data[i * n + j] as number) * (vector[j] as number);
          expect(Math.abs(s - value * (vector[i] as number))).toBeLessThan(1e-12);
        }
      }
    }
  });

  test("rejects k out of range", () => {
    expect(() => symmetricEigenpair(fromRows([[1]]), 1)).toThrow(/out of range/);
    expect(() => symmetricEigenpair(fromRows([[1]]), -1)).toThrow(SelaError);
  });
});
