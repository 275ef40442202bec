import { fromRows } from "../../../src/core/linalg/matrix";
import { exportSimilarity } from "../../../src/core/trade/exportSimilarity";
import { tradeComplementarity } from "../../../src/core/trade/tradeComplementarity";
import { tradeIntensity } from "../../../src/core/trade/tradeIntensity";
import { bilateralTotals, exports, imports, toy } from "./fixtures";

describe("tradeIntensity", () => {
  const trade = bilateralTotals();

  it("matches oracle O7: A → C, WITS (default) and Kojima", () => {
    expect(trade.data[2]).toBe(50);
    expect(tradeIntensity(trade).data[2]).toBeCloseTo(toy.expected.tii_A_to_C_wits, 6);
    expect(tradeIntensity(trade, { variant: "wits" }).data[2]).toBeCloseTo(toy.expected.tii_A_to_C_wits, 6);
    expect(tradeIntensity(trade, { variant: "kojima" }).data[2]).toBeCloseTo(toy.expected.tii_A_to_C_kojima, 6);
  });

  it("invariant (WITS): Σ_j TII_cj·M_j/M_w = 1 for every exporter; the zero diagonal stays 0", () => {
    const t = tradeIntensity(trade);
    const imported = [90, 90, 105];
    for (let c = 0; c < 3; c++) {
      let s = 0;
      for (let j = 0; j < 3; j++) s += (t.data[c * 3 + j] as number) * ((imported[j] as number) / 285);
      expect(s).toBeCloseTo(1, 12);
      expect(t.data[c * 4]).toBe(0);
    }
  });

  it("is NaN for an exporter with no exports or an importer with no imports", () => {
    const t = tradeIntensity(
      fromRows([
        [0, 0, 0],
        [5, 0, 0],
        [1, 0, 0],
      ]),
    );
    expect(Number.isNaN(t.data[0])).toBe(true);
    expect(Number.isNaN(t.data[4])).toBe(true);
    expect(t.data[3]).toBeCloseTo(1, 12);
  });

  it("rejects a non-square matrix and an unknown variant", () => {
    expect(() =>
      tradeIntensity(
        fromRows([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ),
    ).toThrow(/square.*2 x 3/);
    expect(() => tradeIntensity(trade, { variant: "frankel" as never })).toThrow(/wits, kojima/);
  });
});

describe("tradeComplementarity", () => {
  it("matches oracle O7: row = exporter, column = importer", () => {
    const t = tradeComplementarity(exports, imports);
    expect([t.rows, t.cols]).toEqual([3, 3]);
    expect(t.data[0 * 3 + 2]).toBeCloseTo(toy.expected.tci_A_exports_C_imports, 6);
    expect(t.data[1 * 3 + 0]).toBeCloseTo(toy.expected.tci_B_exports_A_imports, 6);
  });

  it("is in [0, 100]: 100 for identical baskets, 0 for disjoint ones", () => {
    const t = tradeComplementarity(
      fromRows([
        [1, 0],
        [0, 1],
      ]),
      fromRows([
        [2, 0],
        [0, 0],
      ]),
    );
    expect(t.data[0]).toBeCloseTo(100, 12);
    expect(t.data[2]).toBeCloseTo(0, 12);
    expect(Number.isNaN(t.data[1])).toBe(true);
  });

  it("accepts different exporter and importer sets over the same products, rejects different products", () => {
    expect(tradeComplementarity(exports, fromRows([[1, 1, 1]])).cols).toBe(1);
    expect(() => tradeComplementarity(exports, fromRows([[1, 1]]))).toThrow(/imports has 2 products .* exports has 3/);
  });
});

describe("exportSimilarity", () => {
  it("matches oracle O7 (A, B), is symmetric with 100 on the diagonal", () => {
    const s = exportSimilarity(exports);
    expect(s.data[1]).toBeCloseTo(toy.expected.esi_A_B, 6);
    expect(s.data[3]).toBeCloseTo(s.data[1] as number, 12);
    for (let a = 0; a < 3; a++) expect(s.data[a * 4]).toBeCloseTo(100, 12);
  });

  it("is NaN for pairs with a country that exports nothing", () => {
    const s = exportSimilarity(
      fromRows([
        [1, 2],
        [0, 0],
      ]),
    );
    expect(Number.isNaN(s.data[1])).toBe(true);
    expect(Number.isNaN(s.data[3])).toBe(true);
  });
});
