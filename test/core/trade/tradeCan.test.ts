import { fromRows, toRows } from "../../../src/core/linalg/matrix";
import { marketShare, marketShareChange } from "../../../src/core/trade/marketShare";
import { productWeightChange, productWeights } from "../../../src/core/trade/productWeights";
import { TRADECAN_CODES, TRADECAN_LABELS, tradeCan, tradeCanLabel } from "../../../src/core/trade/tradeCan";
import { expectClose } from "../../support/close";
import { toy } from "./fixtures";

// Oracle O8: market C; t0 imports from A and B, t1 from the O7 bilateral table.
const b = toy.inputs["bilateral_t1[exporter][importer][product]"];
const t0 = fromRows(toy.inputs["market_C_imports_t0_from[A,B]"]);
const t1 = fromRows([b[0]![2]!, b[1]![2]!]);
const market0 = [30, 35, 35];
const market1 = [35, 40, 30];

const oracleCode: Record<string, string> = {
  "rising star": "RISING_STAR",
  "declining star": "FALLING_STAR",
  "missed opportunity": "MISSED_OPPORTUNITY",
  retreat: "RETREAT",
};

describe("market share and product weights (oracle O8)", () => {
  it("market shares at t0 and t1", () => {
    expectClose(marketShare(t0, market0).data, [0.666667, 0.428571, 0.142857, 0.333333, 0.571429, 0.857143], 1e-6);
    expectClose(marketShare(t1, market1).data, [0.857143, 0.25, 0.333333, 0.142857, 0.75, 0.666667], 1e-6);
  });

  it("product weights and their change", () => {
    expectClose(productWeights(market0), [0.3, 0.35, 0.35]);
    expectClose(productWeights(market1), [0.333333, 0.380952, 0.285714], 1e-6);
    expectClose(productWeightChange(market0, market1), [0.033333, 0.030952, -0.064286], 1e-5);
  });

  it("a market share matrix with one market per row", () => {
    const ms = marketShare(
      fromRows([
        [1, 2],
        [3, 4],
      ]),
      fromRows([
        [2, 4],
        [6, 0],
      ]),
    );
    expectClose(ms.data.subarray(0, 3), [0.5, 0.5, 0.5], 1e-12);
    expect(Number.isNaN(ms.data[3])).toBe(true);
  });

  it("share changes: entry into a new market counts from 0, no demand in both periods is NaN", () => {
    const d = marketShareChange(fromRows([[0, 0, 1]]), fromRows([[2, 0, 0]]), [0, 0, 4], [8, 0, 0]);
    expect(d.data[0]).toBeCloseTo(0.25, 12);
    expect(Number.isNaN(d.data[1])).toBe(true);
    expect(d.data[2]).toBeCloseTo(-0.25, 12);
  });

  it("market share is NaN where the market imports nothing and rejects a wrong length", () => {
    expect(Number.isNaN(marketShare(fromRows([[1, 0]]), [2, 0]).data[1])).toBe(true);
    expect(() => marketShare(fromRows([[1, 0]]), [2])).toThrow(
      /market_imports has 1 values but exports has 2 products/,
    );
  });
});

describe("tradeCan (ECLAC competitiveness matrix, oracle O8)", () => {
  it("classifies every exporter and product as the oracle does", () => {
    const codes = tradeCan(t0, t1, market0, market1);
    const expected = ["A", "B"].map((c) =>
      ["p1", "p2", "p3"].map((p) => oracleCode[toy.expected.tradecan_market_C[c]![p]!]),
    );
    expect(codes).toEqual(expected);
  });

  it("covers all four quadrants and NONE for no demand in both periods", () => {
    const codes = tradeCan(
      fromRows([[1, 1, 5, 5, 0]]),
      fromRows([[3, 3, 1, 1, 0]]),
      [10, 10, 10, 10, 0],
      [10, 5, 10, 5, 0],
    );
    // weights t0 [.25,.25,.25,.25,0], t1 [1/3,1/6,1/3,1/6,0]
    expect(codes).toEqual([["RISING_STAR", "FALLING_STAR", "MISSED_OPPORTUNITY", "RETREAT", "NONE"]]);
  });

  it("an unchanged share or weight is 'not up' (strict tie rule, threshold 0)", () => {
    expect(tradeCan(fromRows([[1, 1]]), fromRows([[1, 1]]), [2, 2], [2, 2])).toEqual([["RETREAT", "RETREAT"]]);
    expect(tradeCan(fromRows([[1, 1]]), fromRows([[2, 1]]), [2, 2], [2, 2], { threshold: 0.6 })).toEqual([
      ["RETREAT", "RETREAT"],
    ]);
  });

  it("labels exist in English and Spanish for every code", () => {
    for (const code of TRADECAN_CODES) {
      expect(TRADECAN_LABELS.en[code]).toBeTruthy();
      expect(TRADECAN_LABELS.es[code]).toBeTruthy();
    }
    expect(tradeCanLabel("RISING_STAR", "en")).toBe("Rising stars");
    expect(tradeCanLabel("MISSED_OPPORTUNITY", "es")).toBe("Oportunidades perdidas");
    expect(tradeCanLabel("NONE", "es")).toBe("Sin demanda");
  });

  it("rejects mismatched shapes and lengths", () => {
    expect(() => tradeCan(t0, fromRows([[1, 2, 3]]), market0, market1)).toThrow(
      /exports_t1 is 1 x 3 but exports_t0 is 2 x 3/,
    );
    expect(() => tradeCan(t0, t1, [1, 2], market1)).toThrow(/market_t0 has 2 values/);
    expect(toRows(t1)).toEqual([
      [30, 10, 10],
      [5, 30, 20],
    ]);
  });
});
