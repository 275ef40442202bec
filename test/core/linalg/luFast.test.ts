import { SelaError } from "../../../src/core/errors";
import {
  conditionEstimate,
  inverse,
  luDecompose,
  luDecomposeIdentityMinus,
  luInverse,
  luInverseInPlace,
  luSolve,
  luSolveMatrix,
  luSolveTransposed,
} from "../../../src/core/linalg/lu";
import { luKernel } from "../../../src/core/linalg/luKernel";
import { matrix, multiply, type Matrix } from "../../../src/core/linalg/matrix";
import { luWasmBase64 } from "../../../src/core/linalg/wasm/luWasm.generated";
import {
  decodeBase64,
  setWasmLuEnabled,
  wasmLuAvailable,
  wasmIsResident,
  wasmLuReady,
  wasmSolveVector,
} from "../../../src/core/linalg/wasm/luWasm";
import { randomSource, referenceLu, referenceSolve, transposeData } from "./referenceLu";

const random = randomSource(20261127);

function randomMatrix(rows: number, cols: number): Matrix {
  const m = matrix(rows, cols);
  for (let i = 0; i < m.data.length; i++) m.data[i] = random() * 2 - 1;
  return m;
}

/** I − A for a productive input-output table: ~30 % zeros, column sums of A in [0.3, 0.9). */
function leontiefLike(n: number): Matrix {
  const a = matrix(n, n);
  for (let i = 0; i < n * n; i++) a.data[i] = random() < 0.3 ? 0 : random();
  for (let i = 0; i < n; i++) a.data[i * n + i] = (a.data[i * n + i] as number) + n * 0.05;
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += a.data[i * n + j] as number;
    const target = 0.3 + 0.6 * random();
    for (let i = 0; i < n; i++) a.data[i * n + j] = (-(a.data[i * n + j] as number) * target) / s;
    a.data[j * n + j] = (a.data[j * n + j] as number) + 1;
  }
  return a;
}

function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (const v of Array.from(values)) m = Math.max(m, Math.abs(v));
  return m;
}

/** max |x − y| / max(1, max |y|) */
function relativeDifference(x: ArrayLike<number>, y: ArrayLike<number>): number {
  expect(x.length).toBe(y.length);
  let d = 0;
  for (let i = 0; i < x.length; i++) d = Math.max(d, Math.abs((x[i] as number) - (y[i] as number)));
  return d / Math.max(1, maxAbs(y));
}

/** max |PA − LU| / max |A| */
function factorResidual(a: Matrix, lu: Float64Array, permutation: Int32Array): number {
  const n = a.rows;
  let worst = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      const top = Math.min(i - 1, j);
      for (let k = 0; k <= top; k++) s += (lu[i * n + k] as number) * (lu[k * n + j] as number);
      if (i <= j) s += lu[i * n + j] as number;
      worst = Math.max(worst, Math.abs(s - (a.data[(permutation[i] as number) * n + j] as number)));
    }
  }
  return worst / Math.max(1e-300, maxAbs(a.data));
}

function identityResidual(a: Matrix, x: Matrix): number {
  const p = multiply(a, x);
  let worst = 0;
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.rows; j++)
      worst = Math.max(worst, Math.abs((p.data[i * a.rows + j] as number) - (i === j ? 1 : 0)));
  }
  return worst;
}

const paths: [string, boolean][] = [
  ["WebAssembly", true],
  ["TypeScript", false],
];

afterEach(() => {
  setWasmLuEnabled(true);
});

describe("WebAssembly kernel loading", () => {
  test("the embedded module decodes, validates and is used in Node", async () => {
    const bytes = decodeBase64(luWasmBase64);
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0, 97, 115, 109]);
    expect(Array.from(bytes)).toEqual(Array.from(Buffer.from(luWasmBase64, "base64")));
    expect(await wasmLuReady()).toBe(true);
    expect(wasmLuAvailable()).toBe(true);
  });

  test("decodeBase64 handles padding", () => {
    for (const text of ["", "a", "ab", "abc", "abcd", "hello world!"]) {
      const encoded = Buffer.from(text).toString("base64");
      expect(Buffer.from(decodeBase64(encoded)).toString()).toBe(text);
    }
  });

  test("setWasmLuEnabled switches the dispatch", () => {
    expect(setWasmLuEnabled(false)).toBe(true);
    expect(wasmLuAvailable()).toBe(false);
    expect(setWasmLuEnabled(true)).toBe(false);
  });
});

describe.each(paths)("%s path agrees with the reference LU", (_name, useWasm) => {
  beforeEach(() => {
    setWasmLuEnabled(useWasm);
  });

  // Odd sizes, sizes around the 8-column leaves, the 32-row triangular leaves, the 48 dispatch threshold,
  // the 128-deep GEMM blocks and (530) the 256-wide packed blocks.
  test.each([1, 2, 3, 5, 8, 9, 17, 31, 33, 47, 48, 49, 63, 64, 65, 100, 127, 129, 200, 257, 530])(
    "n = %i: PA = LU, same pivots and factors, solves",
    (n) => {
      const a = randomMatrix(n, n);
      const fast = luDecompose(a);
      const ref = referenceLu(a.data, n);
      expect(Array.from(fast.permutation)).toEqual(Array.from(ref.permutation));
      expect(factorResidual(a, fast.lu, fast.permutation)).toBeLessThan(1e-13 * Math.max(1, n / 32));
      expect(relativeDifference(fast.lu, ref.lu)).toBeLessThan(1e-9);

      const b = randomMatrix(n, 1).data;
      expect(relativeDifference(luSolve(fast, b), referenceSolve(ref, b))).toBeLessThan(1e-9);

      // Aᵀy = c against the reference factorisation of Aᵀ.
      const refT = referenceLu(transposeData(a.data, n, n), n);
      expect(relativeDifference(luSolveTransposed(fast, b), referenceSolve(refT, b))).toBeLessThan(1e-9);
    },
  );

  test.each([
    [9, 1],
    [33, 3],
    [64, 4],
    [65, 7],
    [130, 130],
    [200, 300],
  ])("n = %i, %i right-hand sides: luSolveMatrix column by column", (n, k) => {
    const a = randomMatrix(n, n);
    const b = randomMatrix(n, k);
    const x = luSolveMatrix(luDecompose(a), b);
    const ref = referenceLu(a.data, n);
    expect([x.rows, x.cols]).toEqual([n, k]);
    for (let j = 0; j < k; j++) {
      const column = new Float64Array(n);
      for (let i = 0; i < n; i++) column[i] = b.data[i * k + j] as number;
      const expected = referenceSolve(ref, column);
      const got = new Float64Array(n);
      for (let i = 0; i < n; i++) got[i] = x.data[i * k + j] as number;
      expect(relativeDifference(got, expected)).toBeLessThan(1e-9);
    }
  });

  // Sizes around the in-place inverse's 64-column blocks and the 32-row triangular leaves.
  test.each([1, 2, 7, 50, 63, 64, 65, 129, 260])("n = %i: A·A⁻¹ = I and A⁻¹ matches the reference", (n) => {
    const a = randomMatrix(n, n);
    const inv = inverse(a);
    expect(identityResidual(a, inv)).toBeLessThan(1e-10);
    const ref = referenceLu(a.data, n);
    const eye = new Float64Array(n);
    for (let j = 0; j < n; j += Math.max(1, Math.floor(n / 7))) {
      eye.fill(0);
      eye[j] = 1;
      const column = referenceSolve(ref, eye);
      const got = new Float64Array(n);
      for (let i = 0; i < n; i++) got[i] = inv.data[i * n + j] as number;
      expect(relativeDifference(got, column)).toBeLessThan(1e-9);
    }
  });

  test("Leontief inverse of a productive table: residual at numpy's level", () => {
    const n = 300;
    const iMinusA = leontiefLike(n);
    const l = inverse(iMinusA);
    // ‖(I−A)L − I‖_max, relative to ‖I−A‖·‖L‖ (both O(1) here).
    expect(identityResidual(iMinusA, l)).toBeLessThan(1e-13);
    const factor = luDecompose(iMinusA);
    expect(Array.from(factor.permutation)).toEqual(Array.from({ length: n }, (_, i) => i)); // no pivoting
    const multipliers = luSolveTransposed(factor, new Float64Array(n).fill(1));
    const columnSums = new Float64Array(n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) columnSums[j] = (columnSums[j] as number) + (l.data[i * n + j] as number);
    expect(relativeDifference(multipliers, columnSums)).toBeLessThan(1e-13);
    expect(conditionEstimate(factor)).toBeGreaterThan(1);
  });

  test("pivoting: a permuted diagonally dominant matrix is recovered row by row", () => {
    const n = 120;
    const d = leontiefLike(n);
    const order = Array.from({ length: n }, (_, i) => (i * 7 + 3) % n); // a permutation since gcd(7, 120) = 1
    const a = matrix(n, n);
    order.forEach((from, i) => {
      a.data.set(d.data.subarray(from * n, (from + 1) * n), i * n);
    });
    const fast = luDecompose(a);
    // The dominant diagonal decides every pivot: row i of LU is the row holding diagonal entry i.
    for (let i = 0; i < n; i++) expect(order[fast.permutation[i] as number]).toBe(i);
    expect(factorResidual(a, fast.lu, fast.permutation)).toBeLessThan(1e-14);
    expect(identityResidual(a, inverse(a))).toBeLessThan(1e-12);
  });

  test("pivoting: zero leading entries", () => {
    const n = 64;
    const a = randomMatrix(n, n);
    for (let i = 0; i < n; i++) a.data[i * n] = i === n - 1 ? 1 : 0;
    a.data[1] = 0;
    const fast = luDecompose(a);
    expect(fast.permutation[0]).toBe(n - 1);
    expect(factorResidual(a, fast.lu, fast.permutation)).toBeLessThan(1e-13);
  });

  test.each([5, 60, 200])("n = %i: a zero column is reported as a singular pivot", (n) => {
    const a = randomMatrix(n, n);
    const zeroColumn = Math.floor(n / 2);
    for (let i = 0; i < n; i++) a.data[i * n + zeroColumn] = 0;
    for (const run of [() => luDecompose(a), () => inverse(a)]) {
      try {
        run();
        throw new Error("expected a singular matrix error");
      } catch (error) {
        expect(error).toBeInstanceOf(SelaError);
        expect((error as SelaError).kind).toBe("numeric");
        expect((error as SelaError).text.en).toBe(`the system is singular (pivot ${String(zeroColumn + 1)} is zero)`);
      }
    }
  });

  test.each([4, 90])("n = %i: duplicate rows, NaN and infinite entries are singular", (n) => {
    const dup = randomMatrix(n, n);
    dup.data.copyWithin(2 * n, n, 2 * n);
    const nan = randomMatrix(n, n);
    nan.data.fill(Number.NaN, 0, n);
    const inf = randomMatrix(n, n);
    inf.data[n + 1] = Number.POSITIVE_INFINITY;
    for (const a of [dup, nan, inf]) {
      expect(() => luDecompose(a)).toThrow(/singular/);
      expect(() => inverse(a)).toThrow(/singular/);
    }
  });

  test("input is not modified and shape errors keep their messages", () => {
    const a = randomMatrix(70, 70);
    const copy = Float64Array.from(a.data);
    luDecompose(a);
    inverse(a);
    expect(Array.from(a.data)).toEqual(Array.from(copy));
    expect(() => luDecompose(randomMatrix(60, 61))).toThrow("matrix must be square (got 60 x 61)");
    expect(() => inverse(randomMatrix(2, 3))).toThrow("matrix must be square (got 2 x 3)");
    expect(() => luSolveMatrix(luDecompose(a), randomMatrix(69, 5))).toThrow("right-hand side has 69 values");
  });

  test.each([3, 47, 48, 130])("n = %i: the LU of I − A written in place equals the LU of the formed I − A", (n) => {
    const coefficients = matrix(n, n);
    for (let k = 0; k < n * n; k++) coefficients.data[k] = random() < 0.3 ? 0 : (0.9 * random()) / n;
    const formedIdentityMinus = matrix(n, n);
    for (let k = 0; k < n * n; k++) {
      formedIdentityMinus.data[k] = (k % (n + 1) === 0 ? 1 : 0) - (coefficients.data[k] as number);
    }
    const direct = luDecomposeIdentityMinus(coefficients);
    const formed = luDecompose(formedIdentityMinus);
    expect(Array.from(direct.permutation)).toEqual(Array.from(formed.permutation));
    expect(Array.from(direct.lu)).toEqual(Array.from(formed.lu));
    expect(direct.norm1).toBe(formed.norm1);
  });

  test.each([5, 64, 150])("n = %i: the inverse in place of spent factors equals the inverse from kept ones", (n) => {
    const a = randomMatrix(n, n);
    const kept = luInverse(luDecompose(a));
    const factor = luDecompose(a);
    const spent = luInverseInPlace(factor);
    expect(relativeDifference(spent.data, kept.data)).toBeLessThan(1e-11);
    expect(identityResidual(a, spent)).toBeLessThan(1e-10);
    if (useWasm && n >= 48) expect(spent.data).toBe(factor.lu); // the factors' own memory: no second matrix
  });

  test("n = 0 is an empty factorisation", () => {
    const f = luDecompose(matrix(0, 0));
    expect(f.n).toBe(0);
    expect(inverse(matrix(0, 0)).data.length).toBe(0);
  });
});

describe("the two kernels agree with each other", () => {
  test.each([50, 129, 300])("n = %i: factors and inverse", (n) => {
    const a = randomMatrix(n, n);
    setWasmLuEnabled(false);
    const ts = luDecompose(a);
    const tsInv = inverse(a);
    setWasmLuEnabled(true);
    const wasm = luDecompose(a);
    const wasmInv = inverse(a);
    expect(Array.from(wasm.permutation)).toEqual(Array.from(ts.permutation));
    expect(relativeDifference(wasm.lu, ts.lu)).toBeLessThan(1e-11);
    expect(relativeDifference(wasmInv.data, tsInv.data)).toBeLessThan(1e-9);
  });

  test.each([1, 2, 5, 64, 301])(
    "n = %i: WebAssembly single right-hand side solves, copied or resident factors",
    (n) => {
      const a = randomMatrix(n, n);
      const b = randomMatrix(n, 1).data;
      const ref = referenceLu(a.data, n);
      const refT = referenceLu(transposeData(a.data, n, n), n);
      setWasmLuEnabled(false);
      const ts = luDecompose(a); // TypeScript factors: the WebAssembly solves copy them in
      setWasmLuEnabled(true);
      expect(wasmIsResident(ts.lu)).toBe(false);
      const wasm = luDecompose(a);
      expect(wasmIsResident(wasm.lu)).toBe(n >= 48);
      for (const f of [ts, wasm]) {
        expect(
          relativeDifference(wasmSolveVector(f.lu, f.permutation, n, b, false), referenceSolve(ref, b)),
        ).toBeLessThan(1e-9);
        expect(
          relativeDifference(wasmSolveVector(f.lu, f.permutation, n, b, true), referenceSolve(refT, b)),
        ).toBeLessThan(1e-9);
      }
      expect(relativeDifference(luSolve(wasm, b), luSolve(ts, b))).toBeLessThan(1e-11);
      expect(relativeDifference(luSolveTransposed(wasm, b), luSolveTransposed(ts, b))).toBeLessThan(1e-11);
    },
  );

  test.each([3, 48, 140, 300])("n = %i: luInverse and luSolveMatrix(identity) from either kernel's factors", (n) => {
    const a = randomMatrix(n, n);
    setWasmLuEnabled(false);
    const ts = luDecompose(a);
    const tsInverse = luInverse(ts);
    setWasmLuEnabled(true);
    const wasm = luDecompose(a);
    const eye = matrix(n, n);
    for (let i = 0; i < n; i++) eye.data[i * n + i] = 1;
    for (const x of [tsInverse, luInverse(ts), luInverse(wasm), luSolveMatrix(wasm, eye), luSolveMatrix(ts, eye)]) {
      expect(identityResidual(a, x)).toBeLessThan(1e-10);
      expect(relativeDifference(x.data, tsInverse.data)).toBeLessThan(1e-10);
    }
    // Solves with many right-hand sides from resident and from copied factors agree.
    const b = randomMatrix(n, 5);
    expect(relativeDifference(luSolveMatrix(wasm, b).data, luSolveMatrix(ts, b).data)).toBeLessThan(1e-10);
  });

  test.each([
    [1, 1, 1],
    [7, 5, 3],
    [13, 259, 130],
    [64, 64, 64],
    [5, 600, 257],
  ])("TypeScript gemm %i x %i (depth %i) matches the triple loop", (m, nn, k) => {
    const a = randomMatrix(m, k);
    const b = randomMatrix(k, nn);
    const c = randomMatrix(m, nn);
    const expected = Float64Array.from(c.data);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < nn; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += (a.data[i * k + p] as number) * (b.data[p * nn + j] as number);
        expected[i * nn + j] = (expected[i * nn + j] as number) - s;
      }
    }
    luKernel.gemm(m, nn, k, a.data, 0, k, b.data, 0, nn, c.data, 0, nn, new Float64Array(128 * 256));
    expect(relativeDifference(c.data, expected)).toBeLessThan(1e-12);
  });
});
