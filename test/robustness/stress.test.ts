/**
 * Numerics under stress (issue: robustness): extreme magnitudes give the same answers as ordinary ones
 * (every indicator here is scale-free), one-row and one-column inputs answer, and a zero-output sector
 * never produces NaN.
 */
import { leontief, outputmult, techcoef } from "../../src/functions/io";
import { rca } from "../../src/functions/trade";
import { eci } from "../../src/functions/complexity";
import { numbers } from "../support/close";

const Z = [
  [150, 500],
  [200, 100],
];
const X = [[1000], [2000]];
const TRADE = [
  [70, 20, 10],
  [10, 50, 35],
  [30, 15, 45],
];

function scaled(grid: number[][], k: number): number[][] {
  return grid.map((row) => row.map((v) => v * k));
}

function expectSame(actual: number[][], expected: number[][], tol = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => {
    row.forEach((v, j) => {
      const e = expected[i]![j]!;
      expect(Math.abs(v - e)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(e)));
    });
  });
}

describe("extreme magnitudes", () => {
  it.each([1e300, 1e-300, 1e-150, 1e150])("input-output results are unchanged when Z and x are scaled by %s", (k) => {
    const reference = numbers(leontief(Z, X));
    expectSame(numbers(techcoef(scaled(Z, k), scaled(X, k))), numbers(techcoef(Z, X)));
    expectSame(numbers(leontief(scaled(Z, k), scaled(X, k))), reference);
    expectSame(numbers(outputmult(scaled(Z, k), scaled(X, k))), numbers(outputmult(Z, X)));
  });

  it.each([1e300, 1e-300])("RCA and ECI are unchanged when exports are scaled by %s", (k) => {
    expectSame(numbers(rca(scaled(TRADE, k))), numbers(rca(TRADE)));
    const big = [...TRADE, [5, 5, 90]];
    expectSame(numbers(eci(scaled(big, k))), numbers(eci(big)));
  });
});

describe("one-row and one-column inputs", () => {
  it("solves a 1 x 1 table", () => {
    expect(numbers(leontief([[0.2]]))[0]![0]).toBeCloseTo(1.25, 12);
    expect(numbers(outputmult([[50]], [[200]]))).toEqual([[1.3333333333333333]]);
  });

  it("computes RCA for a single product (every country has RCA 1) and against a reference for a single country", () => {
    expect(numbers(rca([[5], [7]]))).toEqual([[1], [1]]);
    const single = numbers(rca([[10, 30]], [[100, 100]]));
    expect(single[0]![0]).toBeCloseTo(0.5, 12);
    expect(single[0]![1]).toBeCloseTo(1.5, 12);
  });

  it("gives zero coefficients, never NaN, for a sector with zero output", () => {
    const l = numbers(
      leontief(
        [
          [10, 0],
          [5, 0],
        ],
        [[100], [0]],
      ),
    );
    l.flat().forEach((v) => {
      expect(Number.isFinite(v)).toBe(true);
    });
    expect(l[1]).toEqual([0.05 / 0.9, 1]);
  });
});
