import { density } from "../../../src/core/complexity/density";
import { presence } from "../../../src/core/complexity/presence";
import { proximity } from "../../../src/core/complexity/proximity";
import { fromRows, matrix } from "../../../src/core/linalg/matrix";
import { expectClose, expectMatrixClose } from "../../support/close";
import { atlasSample } from "./atlasSample";
import { expected, TOY_TOLERANCE, toyExports } from "./toy";

describe("density", () => {
  test("toy 5 x 6 (py-ecomplexity)", () => {
    const m = presence(toyExports());
    expectMatrixClose(density(m, proximity(m)), expected.density, TOY_TOLERANCE);
  });

  test.each([1995, 1996])(
    "Atlas HS92 sample %i (Stata ecomplexity): density with M = [RCA > 1] and proximity diagonal 0",
    (year) => {
      const atlas = atlasSample().get(year)!;
      const m = presence(atlas.exports, { comparison: "above" });
      expectClose(density(m, proximity(m, { proximityDiagonal: "zero" })).data, atlas.density.data, 1e-13);
    },
  );

  test("invariants: in [0, 1]; 1 where every related product is present; a product counts towards its own density", () => {
    const m = presence(toyExports());
    const d = density(m, proximity(m));
    for (const v of d.data) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    const all = fromRows([
      [1, 1],
      [1, 0],
    ]);
    expect(Array.from(density(all, proximity(all)).data)).toEqual([1, 1, 2 / 3, 1 / 3]);
  });

  test("undefined rows and columns: a country with no presence, a product nobody exports", () => {
    const m = fromRows([
      [1, 0, 1],
      [0, 0, 0],
      [1, 0, 0],
    ]);
    const d = density(m, proximity(m));
    expect(Array.from(d.data.subarray(3, 6)).every(Number.isNaN)).toBe(true);
    expect(Number.isNaN(d.data[1])).toBe(true);
    expect(Number.isNaN(d.data[7])).toBe(true);
    expectClose([d.data[0] as number, d.data[2] as number], [1, 1]);
  });

  test("bad input: proximity of the wrong size", () => {
    expect(() => density(fromRows([[1, 0]]), matrix(3, 3))).toThrow(
      /proximity must be 2 x 2 for 2 products \(got 3 x 3\)/,
    );
  });
});
