import { diversity } from "../../../src/core/complexity/diversity";
import { economicComplexity } from "../../../src/core/complexity/economicComplexity";
import { presence, presenceFromRca } from "../../../src/core/complexity/presence";
import { presenceCells } from "../../../src/core/complexity/presenceCells";
import { presenceLists } from "../../../src/core/complexity/presenceLists";
import { ubiquity } from "../../../src/core/complexity/ubiquity";
import { SelaError } from "../../../src/core/errors";
import { fromRows } from "../../../src/core/linalg/matrix";
import { revealedComparativeAdvantage } from "../../../src/core/trade/revealedComparativeAdvantage";
import { expectClose, expectMatrixClose } from "../../support/close";
import { atlasSample } from "./atlasSample";
import { expected, toyExports } from "./toy";

describe("presence, diversity, ubiquity", () => {
  test("toy 5 x 6 (py-ecomplexity): M, diversity and ubiquity", () => {
    const m = presence(toyExports());
    expectMatrixClose(m, expected.mcp, 0);
    expectClose(diversity(m), expected.diversity, 0);
    expectClose(ubiquity(m), expected.ubiquity, 0);
  });

  test.each([1995, 1996])("Atlas HS92 sample %i (Stata ecomplexity): RCA, M (> 1), diversity, ubiquity", (year) => {
    const atlas = atlasSample().get(year)!;
    // Stata computed RCA from float-stored exports: agreement to about 1e-8.
    expectClose(revealedComparativeAdvantage(atlas.exports).data, atlas.rca.data, 1e-7);
    const m = presence(atlas.exports, { comparison: "above" });
    expectClose(m.data, atlas.presence.data, 0);
    expectClose(diversity(m), atlas.diversity, 0);
    expectClose(ubiquity(m), atlas.ubiquity, 0);
    // No RCA sits exactly at 1 here, so ≥ (our default) gives the same M.
    expectClose(presence(atlas.exports).data, atlas.presence.data, 0);
  });

  test("threshold and comparison: RCA exactly at the threshold is present with ≥, absent with >", () => {
    const rca = fromRows([[1, 0.5, 2, NaN]]);
    expect(Array.from(presenceFromRca(rca, 1, "atLeast").data)).toEqual([1, 0, 1, 0]);
    expect(Array.from(presenceFromRca(rca, 1, "above").data)).toEqual([0, 0, 1, 0]);
    expect(Array.from(presenceFromRca(rca, 2).data)).toEqual([0, 0, 1, 0]);
    // Identical export structures: RCA is exactly 1 everywhere.
    expect(
      Array.from(
        presence(
          fromRows([
            [1, 2],
            [2, 4],
          ]),
        ).data,
      ),
    ).toEqual([1, 1, 1, 1]);
    expect(
      Array.from(
        presence(
          fromRows([
            [1, 2],
            [2, 4],
          ]),
          { comparison: "above" },
        ).data,
      ),
    ).toEqual([0, 0, 0, 0]);
  });

  test("a country with no exports and a product nobody exports: RCA undefined, presence 0", () => {
    const m = presence(
      fromRows([
        [5, 0, 1],
        [0, 0, 0],
        [1, 0, 5],
      ]),
    );
    expect(Array.from(m.data)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(Array.from(diversity(m))).toEqual([1, 0, 1]);
    expect(Array.from(ubiquity(m))).toEqual([1, 0, 1]);
  });

  test("presence as shown (presenceCells): undefined RCA gives undefined cells, diversity and ubiquity, never 0", () => {
    // Row 2 exports nothing (X_c = 0) and column 2 is exported by nobody (X_wp = 0): RCA is 0/0 there.
    const x = fromRows([
      [5, 0, 1],
      [0, 0, 0],
      [1, 0, 5],
    ]);
    const cells = presenceCells(x);
    expect(Array.from(cells.data)).toEqual([1, NaN, 0, NaN, NaN, NaN, 0, NaN, 1]);
    expect(Array.from(diversity(cells))).toEqual([1, NaN, 1]);
    expect(Array.from(ubiquity(cells))).toEqual([1, NaN, 1]);
    // Where RCA is defined the cells are those of presence (toy, Atlas sample: no undefined RCA).
    for (const t of [toyExports(), atlasSample().get(1995)!.exports]) {
      expect(Array.from(presenceCells(t).data)).toEqual(Array.from(presence(t).data));
      expect(Array.from(presenceCells(t, { comparison: "above", threshold: 2 }).data)).toEqual(
        Array.from(presence(t, { comparison: "above", threshold: 2 }).data),
      );
    }
    // A country that exports but has no product at RCA ≥ 3 has a defined diversity of 0 (a count).
    const high = presenceCells(
      fromRows([
        [3, 2, 0],
        [1, 2, 0],
        [0, 0, 0],
      ]),
      { threshold: 3 },
    );
    expect(Array.from(diversity(high))).toEqual([0, 0, NaN]);
    expect(Array.from(ubiquity(high))).toEqual([0, 0, NaN]);
  });

  test("one country: its own message, no mention of a reference (presence, presenceCells, economicComplexity)", () => {
    const one = fromRows([[1, 2, 3]]);
    for (const f of [() => presence(one), () => presenceCells(one), () => economicComplexity(one)]) {
      let error: unknown;
      try {
        f();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SelaError);
      expect((error as SelaError).kind).toBe("input");
      expect((error as SelaError).text).toEqual({
        en: "exports needs at least 2 countries (rows), got 1: RCA compares each country with their sum",
        es: "las exportaciones necesitan al menos 2 países (filas), hay 1: la VCR compara cada país con su suma",
      });
    }
  });

  test("higher threshold never adds presence (monotone)", () => {
    const x = toyExports();
    const low = presence(x, { threshold: 0.5 });
    const high = presence(x, { threshold: 2 });
    high.data.forEach((v, k) => {
      expect(v).toBeLessThanOrEqual(low.data[k] as number);
    });
  });

  test("bad input: negative exports, one country, bad threshold, unknown comparison", () => {
    expect(() =>
      presence(
        fromRows([
          [1, -2],
          [3, 4],
        ]),
      ),
    ).toThrow(/non-negative \(row 1, column 2/);
    expect(() => presence(fromRows([[1, 2]]))).toThrow(/at least 2 countries/);
    expect(() => presence(toyExports(), { threshold: -1 })).toThrow(/threshold must be a non-negative number/);
    expect(() => presence(toyExports(), { threshold: NaN })).toThrow(SelaError);
    expect(() => presence(toyExports(), { comparison: "gt" as never })).toThrow(
      /comparison must be one of "atLeast", "above"/,
    );
  });

  test("adjacency lists reject entries other than 0 and 1", () => {
    expect(() => presenceLists(fromRows([[1, 0.5]]))).toThrow(/presence must be 0 or 1 \(row 1, column 2 is 0.5\)/);
    const lists = presenceLists(
      fromRows([
        [1, 0, 1],
        [0, 1, 1],
      ]),
    );
    expect(Array.from(lists.productOf)).toEqual([0, 2, 1, 2]);
    expect(Array.from(lists.countryOf)).toEqual([0, 1, 0, 1]);
    expect(Array.from(lists.countryStart)).toEqual([0, 1, 2, 4]);
  });
});
