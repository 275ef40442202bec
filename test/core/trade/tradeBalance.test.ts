import { fromRows } from "../../../src/core/linalg/matrix";
import { grubelLloyd } from "../../../src/core/trade/grubelLloyd";
import { lafayIndex } from "../../../src/core/trade/lafayIndex";
import { tradeSpecialisationIndex } from "../../../src/core/trade/tradeSpecialisationIndex";
import { expectClose, expectMatrixClose } from "../../support/close";
import { exports, imports, toy } from "./fixtures";

/** A random-ish but deterministic table with zeros, for invariants. */
function table(seed: number, rows = 4, cols = 6): ReturnType<typeof fromRows> {
  let s = seed;
  const next = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  return fromRows(
    Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => (next() < 0.2 ? 0 : Math.round(next() * 1000))),
    ),
  );
}

describe("tradeSpecialisationIndex", () => {
  it("matches oracle O7", () => {
    expectMatrixClose(tradeSpecialisationIndex(exports, imports), toy.expected.tsi, 1e-6);
  });

  it("stays in [−1, 1] and is NaN where X + M = 0", () => {
    const x = table(1);
    const m = table(2);
    const t = tradeSpecialisationIndex(x, m);
    t.data.forEach((v, k) => {
      if ((x.data[k] as number) + (m.data[k] as number) === 0) expect(Number.isNaN(v)).toBe(true);
      else expect(Math.abs(v)).toBeLessThanOrEqual(1);
    });
    expect(Number.isNaN(tradeSpecialisationIndex(fromRows([[0, 1]]), fromRows([[0, 1]])).data[0])).toBe(true);
  });

  it("rejects different shapes naming both, and negative values", () => {
    expect(() => tradeSpecialisationIndex(exports, fromRows([[1, 2, 3]]))).toThrow(
      /imports is 1 x 3 but exports is 3 x 3/,
    );
    expect(() => tradeSpecialisationIndex(fromRows([[-1]]), fromRows([[1]]))).toThrow(/non-negative/);
  });
});

describe("lafayIndex", () => {
  it("matches oracle O7 (C's p1 exactly 0)", () => {
    expectMatrixClose(lafayIndex(exports, imports), toy.expected.lafay, 1e-6);
    expect(Math.abs(lafayIndex(exports, imports).data[6] as number)).toBeLessThan(1e-12);
  });

  it("invariant: each row sums to 0, untraded products included", () => {
    for (const seed of [3, 4, 5]) {
      const x = table(seed);
      const m = table(seed + 10);
      // Products 2 and 5 untraded by every country: each row still sums to 0, with no undefined cell.
      for (let c = 0; c < x.rows; c++) {
        for (const p of [2, 5]) {
          x.data[c * x.cols + p] = 0;
          m.data[c * m.cols + p] = 0;
        }
      }
      const l = lafayIndex(x, m);
      for (let c = 0; c < l.rows; c++) {
        const row = Array.from(l.data.subarray(c * l.cols, (c + 1) * l.cols));
        expect(row.every(Number.isFinite)).toBe(true);
        expect(Math.abs(row.reduce((s, v) => s + v, 0))).toBeLessThan(1e-9);
        expect(row[2]).toBe(0);
      }
    }
  });

  it("is 0 for an untraded product and NaN for a country with no trade", () => {
    const l = lafayIndex(
      fromRows([
        [5, 0],
        [0, 0],
      ]),
      fromRows([
        [3, 0],
        [0, 0],
      ]),
    );
    expect(l.data[0]).toBeCloseTo(0, 12);
    expect(l.data[1]).toBe(0);
    expect(Array.from(l.data.subarray(2)).every(Number.isNaN)).toBe(true);
  });
});

describe("grubelLloyd", () => {
  it("product level matches oracle O7 and is the default", () => {
    expectMatrixClose(grubelLloyd(exports, imports), toy.expected.gl, 1e-6);
    expectMatrixClose(grubelLloyd(exports, imports, { level: "product" }), toy.expected.gl, 1e-6);
  });

  it("aggregate and adjusted match oracle O7, one value per country (m x 1)", () => {
    const a = grubelLloyd(exports, imports, { level: "aggregate" });
    expect([a.rows, a.cols]).toEqual([3, 1]);
    expectClose(a.data, toy.expected.gl_aggregate, 1e-6);
    expectClose(grubelLloyd(exports, imports, { level: "adjusted" }).data, toy.expected.gl_aggregate_adjusted, 1e-6);
  });

  it("invariant: every level in [0, 1]; adjusted ≥ aggregate", () => {
    for (const seed of [6, 7, 8]) {
      const x = table(seed);
      const m = table(seed + 20);
      for (const level of ["product", "aggregate", "adjusted"] as const) {
        grubelLloyd(x, m, { level }).data.forEach((v) => {
          if (!Number.isNaN(v)) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1 + 1e-12);
          }
        });
      }
      const agg = grubelLloyd(x, m, { level: "aggregate" }).data;
      grubelLloyd(x, m, { level: "adjusted" }).data.forEach((v, c) => {
        expect(v).toBeGreaterThanOrEqual((agg[c] as number) - 1e-12);
      });
    }
  });

  it("undefined: X + M = 0 per product; one-way trade for adjusted; no trade for aggregate", () => {
    const x = fromRows([
      [4, 0],
      [0, 0],
    ]);
    const m = fromRows([
      [0, 0],
      [0, 0],
    ]);
    expect(grubelLloyd(x, m).data[0]).toBe(0);
    expect(Number.isNaN(grubelLloyd(x, m).data[1])).toBe(true);
    expect(grubelLloyd(x, m, { level: "aggregate" }).data[0]).toBe(0);
    expect(Number.isNaN(grubelLloyd(x, m, { level: "adjusted" }).data[0])).toBe(true);
    expect(Number.isNaN(grubelLloyd(x, m, { level: "aggregate" }).data[1])).toBe(true);
  });

  it("rejects an unknown level", () => {
    expect(() => grubelLloyd(exports, imports, { level: "hs6" as never })).toThrow(/product, aggregate, adjusted/);
  });
});
