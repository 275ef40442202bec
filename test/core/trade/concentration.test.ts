import { fromRows } from "../../../src/core/linalg/matrix";
import { concentrationIndex } from "../../../src/core/trade/concentrationIndex";
import { herfindahlHirschman } from "../../../src/core/trade/herfindahlHirschman";
import { expectClose } from "../../support/close";
import { bilateralTotals, exports, toy } from "./fixtures";

describe("herfindahlHirschman", () => {
  it("matches oracle O7 over products, plain (default) and normalized", () => {
    expectClose(herfindahlHirschman(exports), toy.expected.hhi_products, 1e-6);
    expectClose(herfindahlHirschman(exports, { normalized: true }), toy.expected.hhi_normalized, 1e-6);
  });

  it("matches oracle O7 over partners (A's market concentration)", () => {
    expect(herfindahlHirschman(bilateralTotals())[0]).toBeCloseTo(toy.expected.hhi_markets_A, 9);
  });

  it("bounds: 1/N for an even row, 1 for a single product; normalized 0 and 1", () => {
    const h = herfindahlHirschman(
      fromRows([
        [5, 5, 5, 5],
        [0, 7, 0, 0],
      ]),
    );
    expectClose(h, [0.25, 1]);
    expectClose(
      herfindahlHirschman(
        fromRows([
          [5, 5, 5, 5],
          [0, 7, 0, 0],
        ]),
        { normalized: true },
      ),
      [0, 1],
    );
  });

  it("is NaN for a row with no trade and, normalized, for a single column", () => {
    expect(
      Number.isNaN(
        herfindahlHirschman(
          fromRows([
            [0, 0],
            [1, 2],
          ]),
        )[0],
      ),
    ).toBe(true);
    expect(herfindahlHirschman(fromRows([[3], [4]]))[0]).toBe(1);
    expect(Number.isNaN(herfindahlHirschman(fromRows([[3], [4]]), { normalized: true })[0])).toBe(true);
  });

  it("rejects negative values", () => {
    expect(() => herfindahlHirschman(fromRows([[1, -1]]))).toThrow(/values must be finite and non-negative/);
  });
});

describe("concentrationIndex (UNCTAD)", () => {
  it("matches oracle O7", () => {
    expectClose(concentrationIndex(exports), toy.expected.unctad_concentration_sqrt, 1e-6);
  });

  it("is 0 for an even row, 1 for a single product, NaN for no trade or one column", () => {
    const c = concentrationIndex(
      fromRows([
        [2, 2, 2],
        [0, 0, 9],
        [0, 0, 0],
      ]),
    );
    expect(c[0]).toBeCloseTo(0, 12);
    expect(c[1]).toBeCloseTo(1, 12);
    expect(Number.isNaN(c[2])).toBe(true);
    expect(Number.isNaN(concentrationIndex(fromRows([[1], [2]]))[0])).toBe(true);
  });

  it("is monotone in the HHI: the same ranking of rows", () => {
    const x = fromRows([
      [9, 1, 1],
      [3, 3, 4],
      [1, 8, 0],
    ]);
    const h = herfindahlHirschman(x);
    const c = concentrationIndex(x);
    const rank = (v: Float64Array): number[] => [0, 1, 2].sort((a, b) => (v[a] as number) - (v[b] as number));
    expect(rank(c)).toEqual(rank(h));
  });
});
