import { SelaError } from "../../../src/core/errors";
import { allocationCoefficients } from "../../../src/core/inputOutput/allocationCoefficients";
import { hypotheticalExtraction } from "../../../src/core/inputOutput/hypotheticalExtraction";
import { identityMinus } from "../../../src/core/inputOutput/leontiefSystem";
import { technicalCoefficients } from "../../../src/core/inputOutput/technicalCoefficients";
import { inverse } from "../../../src/core/linalg/lu";
import { fromRows, multiplyVector, vectorMultiply, type Matrix } from "../../../src/core/linalg/matrix";
import { expectClose } from "../../support/close";
import { fixture, maxRelativeDifference, ukTable, type MillerBlair } from "./ioFixtures";

const mb = fixture<MillerBlair>("miller_blair_2009_2x2.json");
const pymrio = fixture<{
  Z: number[][];
  x: number[];
  ioanalysis: { extraction_aggregate: { backward: number[]; forward: number[] } };
}>("pymrio_test_aggregate.json");

/**
 * The definition, brute force: for every j, zero column j of A (row j of B), invert again, and compare
 * total output. n inversions; lives only in this test.
 */
function bruteForce(z: Matrix, x: number[], direction: "backward" | "forward"): number[] {
  const n = x.length;
  const total = x.reduce((s, v) => s + v, 0);
  const f = x.map((xi, i) => xi - z.data.subarray(i * n, (i + 1) * n).reduce((s, v) => s + v, 0));
  const v = x.map((xj, j) => xj - x.reduce((s, _, i) => s + (z.data[i * n + j] as number), 0));
  return x.map((_, j) => {
    const m = direction === "backward" ? technicalCoefficients(z, x) : allocationCoefficients(z, x);
    for (let k = 0; k < n; k++) {
      if (direction === "backward") m.data[k * n + j] = 0;
      else m.data[j * n + k] = 0;
    }
    const inv = inverse(identityMinus(m));
    const xbar = direction === "backward" ? multiplyVector(inv, f) : vectorMultiply(v, inv);
    return total - xbar.reduce((s, e) => s + e, 0);
  });
}

/** A random productive transactions table (seeded). */
function randomTable(n: number, seed: number): { z: Matrix; x: number[] } {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const x = Array.from({ length: n }, () => 50 + 200 * rand());
  const rows = Array.from({ length: n }, () => Array.from({ length: n }, () => (rand() < 0.3 ? 0 : rand())));
  // Scale each column so that intermediate inputs are 20-80 % of output.
  for (let j = 0; j < n; j++) {
    const colSum = rows.reduce((t, r) => t + (r[j] as number), 0) || 1;
    const share = 0.2 + 0.6 * rand();
    for (const r of rows) r[j] = ((r[j] as number) / colSum) * share * (x[j] as number);
  }
  return { z: fromRows(rows), x };
}

describe("hypotheticalExtraction", () => {
  it("Miller & Blair: backward and forward falls in total output", () => {
    const z = fromRows(mb.inputs.Z);
    expectClose(hypotheticalExtraction(z, mb.inputs.x), mb.expected.HEM_backward_abs as number[], 1e-9);
    expectClose(
      hypotheticalExtraction(z, mb.inputs.x, { direction: "forward" }),
      mb.expected.HEM_forward_abs as number[],
      1e-9,
    );
    expectClose(hypotheticalExtraction(z, mb.inputs.x, { relative: true }), [0.137719298, 0.268627451], 1e-8);
  });

  it("pymrio aggregate: ioanalysis extraction (backward and forward)", () => {
    const z = fromRows(pymrio.Z);
    const { backward, forward } = pymrio.ioanalysis.extraction_aggregate;
    expect(maxRelativeDifference(hypotheticalExtraction(z, pymrio.x), backward)).toBeLessThan(1e-9);
    expect(maxRelativeDifference(hypotheticalExtraction(z, pymrio.x, { direction: "forward" }), forward)).toBeLessThan(
      1e-9,
    );
  });

  it.each([
    ["random 12-sector table", randomTable(12, 7)],
    ["random 30-sector table", randomTable(30, 2024)],
  ])("equals the n-inversion brute force on a %s", (_, { z, x }) => {
    for (const direction of ["backward", "forward"] as const) {
      const fast = hypotheticalExtraction(z, x, { direction });
      const slow = bruteForce(z, x, direction);
      slow.forEach((e, j) => {
        expect(Math.abs((fast[j] as number) - e)).toBeLessThan(1e-10 * x.reduce((s, v) => s + v, 0));
      });
      expect(fast.every((v) => v >= 0)).toBe(true);
    }
  });

  it("equals the brute force with zero-output sectors, also when their flows are inconsistent", () => {
    const z = fromRows([
      [20, 5, 3, 1],
      [4, 30, 0, 2],
      [0, 6, 0, 0], // zero output, yet sells 6
      [5, 0, 7, 10], // sector 3 buys 3 + 7 with zero output
    ]);
    const x = [100, 120, 0, 90];
    for (const direction of ["backward", "forward"] as const) {
      expectClose(hypotheticalExtraction(z, x, { direction }), bruteForce(z, x, direction), 1e-11);
    }
    const consistent = fromRows([
      [20, 5, 0, 1],
      [4, 30, 0, 2],
      [0, 0, 0, 0],
      [5, 0, 0, 10],
    ]);
    expect(hypotheticalExtraction(consistent, x)[2]).toBe(0);
    expect(hypotheticalExtraction(consistent, x, { direction: "forward" })[2]).toBe(0);
  });

  it("UK 127 products: non-negative and equal to the 127-inversion brute force", () => {
    const uk = ukTable();
    const x = Array.from(uk.x);
    const fast = hypotheticalExtraction(uk.z, x);
    expect(fast.every((v) => v >= 0)).toBe(true);
    const slow = bruteForce(uk.z, x, "backward");
    expect(maxRelativeDifference(fast, slow)).toBeLessThan(1e-9);
    const forward = hypotheticalExtraction(uk.z, x, { direction: "forward" });
    expect(forward.every((v) => v >= 0)).toBe(true);
  });

  it("handles a 1 x 1 table (fall = z) and a zero total output (relative is NaN)", () => {
    expectClose(hypotheticalExtraction(fromRows([[30]]), [100]), [30], 1e-13);
    expectClose(hypotheticalExtraction(fromRows([[30]]), [100], { direction: "forward" }), [30], 1e-13);
    expect(hypotheticalExtraction(fromRows([[0]]), [0], { relative: true })[0]).toBeNaN();
  });

  it("rejects bad shapes and non-productive tables", () => {
    expect(() => hypotheticalExtraction(fromRows([[1, 2]]), [1, 2])).toThrow(SelaError);
    expect(() =>
      hypotheticalExtraction(
        fromRows([
          [1, 2],
          [3, 4],
        ]),
        [1],
      ),
    ).toThrow(/output has 1 values/);
    // A = [[0.6, 0.5], [0.5, 0.7]] has spectral radius ≈ 1.15: not productive.
    expect(() =>
      hypotheticalExtraction(
        fromRows([
          [6, 5],
          [5, 7],
        ]),
        [10, 10],
      ),
    ).toThrow(/not productive/);
  });
});
