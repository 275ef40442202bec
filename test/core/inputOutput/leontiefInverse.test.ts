import { leontiefInverse } from "../../../src/core/inputOutput/leontiefInverse";
import { leontiefSystem, MAX_CONDITION } from "../../../src/core/inputOutput/leontiefSystem";
import { technicalCoefficients } from "../../../src/core/inputOutput/technicalCoefficients";
import { fromRows, identity, multiply, toRows, type Matrix } from "../../../src/core/linalg/matrix";
import { identityMinus } from "../../../src/core/inputOutput/leontiefSystem";
import { expectClose, expectMatrixClose, thrownSelaError } from "../../support/close";
import { fixture, maxRelativeDifference, ukTable, type MillerBlair } from "./ioFixtures";

const mb = fixture<MillerBlair>("miller_blair_2009_2x2.json");

/** max |(I − A)L − I| and max |L − I − AL|. */
function residuals(a: Matrix, l: Matrix): [number, number] {
  const n = a.rows;
  const left = multiply(identityMinus(a), l);
  const al = multiply(a, l);
  let r1 = 0;
  let r2 = 0;
  for (let k = 0; k < n * n; k++) {
    const eye = k % (n + 1) === 0 ? 1 : 0;
    r1 = Math.max(r1, Math.abs((left.data[k] as number) - eye));
    r2 = Math.max(r2, Math.abs((l.data[k] as number) - eye - (al.data[k] as number)));
  }
  return [r1, r2];
}

describe("leontiefInverse", () => {
  it("reproduces Miller & Blair (2009) Table 2.4 L from Z and x", () => {
    const a = technicalCoefficients(fromRows(mb.inputs.Z), mb.inputs.x);
    expectMatrixClose(a, mb.expected.A as number[][], 1e-15);
    expectMatrixClose(leontiefInverse(a), mb.expected.L as number[][], 1e-9);
  });

  it("reproduces the ONS-published UK 2010 Leontief inverse (127 products) to machine precision", () => {
    const uk = ukTable();
    const a = technicalCoefficients(uk.z, uk.x);
    const l = leontiefInverse(a);
    expect(maxRelativeDifference(l.data, uk.onsInverse.data)).toBeLessThan(1e-12);
    const [r1, r2] = residuals(a, l);
    expect(r1).toBeLessThan(1e-13);
    expect(r2).toBeLessThan(1e-13);
  });

  it("satisfies (I − A)L = I and L = I + AL", () => {
    const a = fromRows([
      [0.15, 0.25, 0.05],
      [0.2, 0.05, 0.4],
      [0.3, 0.25, 0.05],
    ]);
    const [r1, r2] = residuals(a, leontiefInverse(a));
    expect(r1).toBeLessThan(1e-14);
    expect(r2).toBeLessThan(1e-14);
  });

  it("gives exact identity rows and columns for sectors that sell or buy nothing", () => {
    // Sector 2 sells nothing to other sectors (zero row); sector 3 has zero output (zero column).
    const z = fromRows([
      [10, 5, 0, 2],
      [0, 0, 0, 0],
      [3, 1, 0, 4],
      [2, 7, 0, 1],
    ]);
    const l = leontiefInverse(technicalCoefficients(z, [100, 50, 0, 80]));
    expect(Array.from(l.data.subarray(4, 8))).toEqual([0, 1, 0, 0]);
    expect([0, 1, 2, 3].map((i) => l.data[i * 4 + 2])).toEqual([0, 0, 1, 0]);
    expect(l.data.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
  });

  it("handles a 1 x 1 table: L = 1 / (1 − a)", () => {
    expectMatrixClose(leontiefInverse(fromRows([[0.2]])), [[1.25]], 1e-15);
    expectMatrixClose(leontiefInverse(fromRows([[0]])), [[1]], 0);
  });

  it("computes a productive table whose column sums exceed 1 (the Hawkins–Simon condition, not column sums)", () => {
    // Sector 1 buys 1.1 per unit of output (negative value added), but ρ(A) = (0.7 + √0.65)/2 ≈ 0.753 < 1:
    // I − A = [[0.4, −0.2], [−0.5, 0.9]], det = 0.26, L = [[0.9, 0.2], [0.5, 0.4]] / 0.26 ≥ 0.
    const a = fromRows([
      [0.6, 0.2],
      [0.5, 0.1],
    ]);
    expectMatrixClose(
      leontiefInverse(a),
      [
        [0.9 / 0.26, 0.2 / 0.26],
        [0.5 / 0.26, 0.4 / 0.26],
      ],
      1e-14,
    );
    // Invariant (I − A)L = I.
    const l = leontiefInverse(a);
    expectMatrixClose(multiply(identityMinus(a), l), toRows(identity(2)), 1e-14);
  });

  it("rejects a non-productive table with #NUM!, naming the sector with the largest sum", () => {
    // ρ(A) = (1.3 + √1.01)/2 ≈ 1.15 > 1: I − A = [[0.4, −0.5], [−0.5, 0.3]] is invertible (det −0.13) but
    // (I − A)⁻¹ = −[[0.3, 0.5], [0.5, 0.4]]/0.13 < 0.
    const error = thrownSelaError(() =>
      leontiefInverse(
        fromRows([
          [0.6, 0.5],
          [0.5, 0.7],
        ]),
      ),
    );
    expect(error.kind).toBe("numeric");
    expect(error.text.en).toMatch(/not productive .*coefficients of sector 2 add up to 1\.2000/);
    expect(error.text.es).toMatch(/no es productiva/);
  });

  it("gives #NUM! for an exactly singular I − A", () => {
    const error = thrownSelaError(() =>
      leontiefInverse(
        fromRows([
          [0.5, 0.5],
          [0.5, 0.5],
        ]),
      ),
    );
    expect(error.kind).toBe("numeric");
  });

  it("stops with #NUM! and the estimated condition when I − A is nearly singular", () => {
    const e = 1e-14;
    const a = fromRows([
      [0.5, 0.5],
      [0.5 - e, 0.5 - e],
    ]);
    const error = thrownSelaError(() => leontiefInverse(a));
    expect(error.kind).toBe("numeric");
    expect(error.text.en).toMatch(/nearly singular \(estimated condition number \d\.\de\+1[3-6]/);
    expect(error.text.es).toMatch(/casi singular/);
    expect(MAX_CONDITION).toBe(1e12);
    // A well-conditioned neighbour is fine.
    expect(() =>
      leontiefInverse(
        fromRows([
          [0.5, 0.5],
          [0.4, 0.4],
        ]),
      ),
    ).not.toThrow();
  });

  it("rejects negative, non-finite and non-square coefficients", () => {
    expect(
      thrownSelaError(() =>
        leontiefInverse(
          fromRows([
            [0.1, -0.2],
            [0.1, 0.1],
          ]),
        ),
      ).text.en,
    ).toMatch(/row 1, column 2 is -0.2/);
    expect(
      thrownSelaError(() =>
        leontiefInverse(
          fromRows([
            [0.1, Number.NaN],
            [0.1, 0.1],
          ]),
        ),
      ).kind,
    ).toBe("input");
    expect(thrownSelaError(() => leontiefInverse(fromRows([[0.1, 0.2]]))).text.en).toMatch(/square \(got 1 x 2\)/);
  });
});

describe("leontiefSystem", () => {
  it("gives column and row sums of L from solves, equal to those of the formed inverse", () => {
    const uk = ukTable();
    const system = leontiefSystem(technicalCoefficients(uk.z, uk.x));
    const l = system.inverse();
    const n = l.rows;
    const cols = new Float64Array(n);
    const rows = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        cols[j] = (cols[j] as number) + (l.data[i * n + j] as number);
        rows[i] = (rows[i] as number) + (l.data[i * n + j] as number);
      }
    }
    expectClose(system.columnSums(), cols, 1e-13);
    expectClose(system.rowSums(), rows, 1e-13);
    // Lf = x for the consistent UK table.
    expect(maxRelativeDifference(system.solve(uk.finalDemand), uk.x)).toBeLessThan(1e-9);
    expectClose(identity(1).data, [1]);
  });
});
