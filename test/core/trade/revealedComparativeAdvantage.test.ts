import { fromRows } from "../../../src/core/linalg/matrix";
import { SelaError } from "../../../src/core/errors";
import { pivotLong } from "../../../src/core/trade/pivotLong";
import { revealedComparativeAdvantage } from "../../../src/core/trade/revealedComparativeAdvantage";
import { revealedComparativeAdvantageLong } from "../../../src/core/trade/revealedComparativeAdvantageLong";
import { expectClose, expectMatrixClose } from "../../support/close";
import { atlas, exports, toy } from "./fixtures";

describe("revealedComparativeAdvantage (oracle O7, 3 x 3 toy)", () => {
  it("Balassa matches the oracle and is the default", () => {
    expectMatrixClose(revealedComparativeAdvantage(exports), toy.expected.rca, 1e-6);
    expectMatrixClose(revealedComparativeAdvantage(exports, undefined, { variant: "balassa" }), toy.expected.rca, 1e-6);
  });

  it("symmetric (RCA−1)/(RCA+1) matches the oracle", () => {
    expectMatrixClose(
      revealedComparativeAdvantage(exports, undefined, { variant: "symmetric" }),
      toy.expected.srca,
      1e-6,
    );
  });

  it("additive X_cp/X_c − X_wp/X_w matches the oracle", () => {
    expectMatrixClose(
      revealedComparativeAdvantage(exports, undefined, { variant: "additive" }),
      toy.expected.arca,
      1e-6,
    );
  });

  it("log is ln of the oracle's RCA", () => {
    const expected = toy.expected.rca.map((row) => row.map(Math.log));
    expectMatrixClose(revealedComparativeAdvantage(exports, undefined, { variant: "log" }), expected, 1e-5);
  });

  it("an explicit reference equal to the column sums gives the same values", () => {
    expectMatrixClose(revealedComparativeAdvantage(exports, [110, 85, 90]), toy.expected.rca, 1e-6);
  });

  it("keeps the two-argument signature used by the complexity helper", () => {
    const f: (x: typeof exports, r?: ArrayLike<number>) => unknown = revealedComparativeAdvantage;
    expect(f(exports)).toBeDefined();
  });

  it("invariant: Σ_p RCA_cp·X_wp/X_w = 1 for each country (Balassa), additive rows sum to 0", () => {
    const x = fromRows([
      [5, 0, 3, 9],
      [1, 7, 2, 0],
      [4, 4, 4, 4],
    ]);
    const r = revealedComparativeAdvantage(x);
    const world = [10, 11, 9, 13];
    for (let c = 0; c < 3; c++) {
      let s = 0;
      for (let p = 0; p < 4; p++) s += (r.data[c * 4 + p] as number) * ((world[p] as number) / 43);
      expect(s).toBeCloseTo(1, 12);
    }
    const a = revealedComparativeAdvantage(x, undefined, { variant: "additive" });
    for (let c = 0; c < 3; c++)
      expect(Array.from(a.data.subarray(c * 4, c * 4 + 4)).reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
  });

  it("undefined cells: a country with no exports and a product nobody exports are NaN in every variant", () => {
    const x = fromRows([
      [5, 0, 3],
      [0, 0, 0],
      [2, 0, 1],
    ]);
    for (const variant of ["balassa", "symmetric", "log", "additive"] as const) {
      const r = revealedComparativeAdvantage(x, undefined, { variant });
      expect(Array.from(r.data.subarray(3, 6)).every(Number.isNaN)).toBe(true);
      expect(Number.isNaN(r.data[1])).toBe(true);
      expect(Number.isNaN(r.data[7])).toBe(true);
      expect(Number.isFinite(r.data[0])).toBe(true);
    }
  });

  it("log of a zero export is −Infinity (#NUM!), symmetric is −1", () => {
    const x = fromRows([
      [5, 0],
      [2, 3],
    ]);
    expect(revealedComparativeAdvantage(x, undefined, { variant: "log" }).data[1]).toBe(-Infinity);
    expect(revealedComparativeAdvantage(x, undefined, { variant: "symmetric" }).data[1]).toBe(-1);
    expect(revealedComparativeAdvantage(x).data[1]).toBe(0);
  });

  it("rejects negative exports, a reference of the wrong length, and one country with no reference", () => {
    expect(() =>
      revealedComparativeAdvantage(
        fromRows([
          [1, -2],
          [3, 4],
        ]),
      ),
    ).toThrow(/non-negative \(row 1, column 2/);
    expect(() => revealedComparativeAdvantage(exports, [1, 2])).toThrow(/reference has 2 values but exports has 3/);
    expect(() => revealedComparativeAdvantage(fromRows([[1, 2]]))).toThrow(SelaError);
    expect(revealedComparativeAdvantage(fromRows([[1, 3]]), [2, 2]).data[0]).toBeCloseTo(0.5, 12);
  });
});

describe("RCA against the Growth Lab's Stata ecomplexity (Atlas HS92 sample, 10 x 30, per year)", () => {
  const records = atlas();
  const years = [...new Set(records.map((r) => r.year))];

  it("has both years and 300 records per year", () => {
    expect(years).toEqual(["1995", "1996"]);
    expect(records.filter((r) => r.year === "1995")).toHaveLength(300);
  });

  it.each(["1995", "1996"])(
    "wide RCA from the pivoted long table matches Stata's rca in %s (float export_val: 2e-7)",
    (year) => {
      const pivot = pivotLong(
        {
          rows: records.map((r) => r.origin),
          cols: records.map((r) => r.hs92),
          values: records.map((r) => r.exportVal),
          years: records.map((r) => r.year),
        },
        { year },
      );
      expect(pivot.matrix.rows).toBe(10);
      expect(pivot.matrix.cols).toBe(30);
      const rca = revealedComparativeAdvantage(pivot.matrix);
      const mine: number[] = [];
      const stata: number[] = [];
      records.forEach((r, k) => {
        if (r.year !== year) return;
        mine.push(rca.data[pivot.cellOf[k] as number] as number);
        stata.push(r.stataRca);
      });
      expectClose(mine, stata, 2e-7);
    },
  );

  it("the long-table RCA matches Stata row by row, per year (records shuffled)", () => {
    for (const year of years) {
      // Reverse and interleave the records: the result must stay aligned with its input row.
      const subset = records.filter((r) => r.year === year).reverse();
      const rca = revealedComparativeAdvantageLong({
        rows: subset.map((r) => r.origin),
        cols: subset.map((r) => r.hs92),
        values: subset.map((r) => r.exportVal),
      });
      expectClose(
        rca,
        subset.map((r) => r.stataRca),
        2e-7,
      );
    }
  });

  it("Stata works in single precision: even from its own export_val the difference is about 2e-8, not 1e-15", () => {
    // Documents the tolerance above: Stata's stored floats (export_val and its egen totals) limit agreement.
    const subset = records.filter((r) => r.year === "1995");
    const rca = revealedComparativeAdvantageLong({
      rows: subset.map((r) => r.origin),
      cols: subset.map((r) => r.hs92),
      values: subset.map((r) => r.stataExportVal),
    });
    expectClose(
      rca,
      subset.map((r) => r.stataRca),
      5e-8,
    );
  });
});
