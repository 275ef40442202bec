import { SelaError } from "../../../src/core/errors";
import { toRows } from "../../../src/core/linalg/matrix";
import { pivotLong, pivotLongByYear } from "../../../src/core/trade/pivotLong";
import { revealedComparativeAdvantageLong } from "../../../src/core/trade/revealedComparativeAdvantageLong";
import { expectClose } from "../../support/close";
import { exports, toy } from "./fixtures";

/** The 3 x 3 toy as a long table (one record per exporter-importer-product, as bilateral downloads come). */
function toyLong(): { rows: string[]; cols: string[]; values: number[]; partners: string[]; years: string[] } {
  const names = ["A", "B", "C"];
  const products = ["p1", "p2", "p3"];
  const out = {
    rows: [] as string[],
    cols: [] as string[],
    values: [] as number[],
    partners: [] as string[],
    years: [] as string[],
  };
  toy.inputs["bilateral_t1[exporter][importer][product]"].forEach((byImporter, e) => {
    byImporter.forEach((flows, i) => {
      flows.forEach((v, p) => {
        if (e === i) return;
        out.rows.push(names[e] as string);
        out.partners.push(names[i] as string);
        out.cols.push(products[p] as string);
        out.values.push(v);
        out.years.push("t1");
      });
    });
  });
  return out;
}

describe("pivotLong", () => {
  it("sums bilateral records into the exports matrix of oracle O7", () => {
    const pivot = pivotLong(toyLong());
    expect(pivot.rowLabels).toEqual(["A", "B", "C"]);
    expect(pivot.colLabels).toEqual(["p1", "p2", "p3"]);
    expect(toRows(pivot.matrix)).toEqual(toRows(exports));
  });

  it("filters by partner: exports to market C", () => {
    const pivot = pivotLong(toyLong(), { partner: "C" });
    expect(pivot.rowLabels).toEqual(["A", "B"]);
    expect(toRows(pivot.matrix)).toEqual([
      [30, 10, 10],
      [5, 30, 20],
    ]);
    const dropped = Array.from(pivot.cellOf).filter((c) => c === -1).length;
    expect(dropped).toBe(12);
  });

  it("gives the same table whatever the record order, and sums duplicates", () => {
    const t = { rows: ["chl", "arg", "chl", "arg"], cols: ["0101", "0101", "0101", "8703"], values: [1, 2, 3, 4] };
    const a = pivotLong(t);
    const b = pivotLong({ rows: [...t.rows].reverse(), cols: [...t.cols].reverse(), values: [...t.values].reverse() });
    expect(a.rowLabels).toEqual(["arg", "chl"]);
    expect(toRows(a.matrix)).toEqual([
      [2, 4],
      [4, 0],
    ]);
    expect(toRows(b.matrix)).toEqual(toRows(a.matrix));
    expect(Array.from(a.cellOf)).toEqual([2, 0, 2, 1]);
  });

  it("keeps labels as text: leading zeros survive and '0101' differs from '101'", () => {
    const pivot = pivotLong({ rows: ["a", "a"], cols: ["0101", "101"], values: [1, 2] });
    expect(pivot.colLabels).toEqual(["0101", "101"]);
  });

  it("keeps the order of appearance when asked, and fixed labels add empty columns", () => {
    const t = { rows: ["z", "a"], cols: ["9", "1"], values: [1, 2] };
    expect(pivotLong(t, { order: "appearance" }).rowLabels).toEqual(["z", "a"]);
    const fixed = pivotLong(t, { colLabels: ["1", "5", "9"] });
    expect(toRows(fixed.matrix)).toEqual([
      [2, 0, 0],
      [0, 0, 1],
    ]);
    expect(() => pivotLong(t, { colLabels: ["1"] })).toThrow(/"9", which is not among the fixed labels/);
  });

  it("groups by year with common labels", () => {
    const t = { rows: ["a", "b", "a"], cols: ["x", "x", "y"], values: [1, 2, 3], years: ["2000", "2000", "2001"] };
    const byYear = pivotLongByYear(t);
    expect([...byYear.keys()]).toEqual(["2000", "2001"]);
    expect(toRows(byYear.get("2001")!.matrix)).toEqual([
      [0, 3],
      [0, 0],
    ]);
    expect(byYear.get("2000")!.rowLabels).toEqual(["a", "b"]);
    expect(pivotLong(t, { year: ["2000", "2001"] }).matrix.data[1]).toBe(3);
  });

  it("rejects columns of different lengths, non-finite values, filters without a column, empty results", () => {
    expect(() => pivotLong({ rows: ["a", "b"], cols: ["x"], values: [1, 2] })).toThrow(
      /products has 1 values but the table has 2/,
    );
    expect(() => pivotLong({ rows: ["a"], cols: ["x"], values: [NaN] })).toThrow(SelaError);
    expect(() => pivotLong({ rows: ["a"], cols: ["x"], values: [1] }, { year: "2000" })).toThrow(/year column/);
    expect(() => pivotLong({ rows: ["a"], cols: ["x"], values: [1], years: ["1999"] }, { year: "2000" })).toThrow(
      /no records are left/,
    );
    expect(() => pivotLong({ rows: [], cols: [], values: [] })).toThrow(/empty/);
  });
});

describe("revealedComparativeAdvantageLong", () => {
  it("gives each record its country-product RCA (oracle O7), duplicates included", () => {
    const t = toyLong();
    const rca = revealedComparativeAdvantageLong(t);
    const index = { A: 0, B: 1, C: 2 } as Record<string, number>;
    const expected = t.rows.map(
      (c, k) => toy.expected.rca[index[c] as number]![Number((t.cols[k] as string)[1]) - 1] as number,
    );
    expectClose(rca, expected, 1e-6);
  });

  it("follows the variant and marks a country with no exports as NaN", () => {
    const rca = revealedComparativeAdvantageLong(
      { rows: ["a", "a", "b", "c"], cols: ["x", "y", "x", "x"], values: [1, 1, 2, 0] },
      { variant: "log" },
    );
    expect(rca[0]).toBeCloseTo(Math.log(2 / 3), 12);
    expect(Number.isNaN(rca[3])).toBe(true);
  });

  it("rejects a negative value naming the record", () => {
    expect(() => revealedComparativeAdvantageLong({ rows: ["a", "b"], cols: ["x", "x"], values: [1, -1] })).toThrow(
      /record 2 is -1/,
    );
  });
});
