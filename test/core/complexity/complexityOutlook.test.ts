import { complexityIndicesOf } from "../../../src/core/complexity/complexityIndices";
import { complexityOptions } from "../../../src/core/complexity/complexityOptions";
import { complexityOutlook, complexityOutlookOf } from "../../../src/core/complexity/complexityOutlook";
import { densityOf } from "../../../src/core/complexity/density";
import { presence } from "../../../src/core/complexity/presence";
import { presenceLists } from "../../../src/core/complexity/presenceLists";
import { proximityOf } from "../../../src/core/complexity/proximity";
import { matrix } from "../../../src/core/linalg/matrix";
import { expectClose, expectMatrixClose } from "../../support/close";
import { atlasSample } from "./atlasSample";
import { expected, TOY_TOLERANCE, toyExports } from "./toy";

describe("complexityOutlook (COI, COG)", () => {
  test("toy 5 x 6 (py-ecomplexity): COI z-scored, COG / sd(ECI)", () => {
    const r = complexityOutlook(presence(toyExports()));
    expectClose(r.coi, expected.coi, TOY_TOLERANCE);
    expectMatrixClose(r.cog, expected.cog, TOY_TOLERANCE);
  });

  test.each([1995, 1996])(
    "Atlas HS92 sample %i (Stata ecomplexity): scale stata, M = [RCA > 1], diagonal 0",
    (year) => {
      const atlas = atlasSample().get(year)!;
      const r = complexityOutlook(presence(atlas.exports, { comparison: "above" }), {
        scale: "stata",
        proximityDiagonal: "zero",
      });
      expectClose(r.coi, atlas.coi, 1e-12);
      expectClose(r.cog.data, atlas.cog.data, 1e-12);
    },
  );

  test("invariants: COG is 0 where the country already exports; COI has mean 0 and population sd 1", () => {
    const m = presence(toyExports());
    const r = complexityOutlook(m);
    m.data.forEach((v, k) => {
      if (v === 1) expect(r.cog.data[k]).toBe(0);
    });
    const mu = r.coi.reduce((a, b) => a + b, 0) / r.coi.length;
    expect(mu).toBeCloseTo(0, 12);
    expect(Math.sqrt(r.coi.reduce((a, b) => a + (b - mu) ** 2, 0) / r.coi.length)).toBeCloseTo(1, 12);
  });

  test("zscore scale: COI = Σ_p d (1 − M) PCI with the z-scored PCI, unscaled", () => {
    const m = presence(toyExports());
    const lists = presenceLists(m);
    const indices = complexityIndicesOf(lists, complexityOptions({ scale: "zscore" }));
    const phi = proximityOf(lists);
    const d = densityOf(lists, phi);
    const r = complexityOutlookOf(lists, phi, d, indices);
    const coi = Array.from({ length: 5 }, (_, c) => {
      let s = 0;
      for (let j = 0; j < 6; j++)
        s += (d.data[c * 6 + j] as number) * (1 - (m.data[c * 6 + j] as number)) * (indices.pci[j] as number);
      return s;
    });
    expectClose(r.coi, coi, 1e-12);
  });

  test("a country with no exports and a product nobody exports: NaN there, the toy's values elsewhere", () => {
    const x = toyExports();
    const padded = matrix(6, 7);
    for (let c = 0; c < 5; c++)
      for (let j = 0; j < 6; j++) padded.data[(c + 1) * 7 + j + 1] = x.data[c * 6 + j] as number;
    const r = complexityOutlook(presence(padded));
    expect(Number.isNaN(r.coi[0])).toBe(true);
    expectClose(r.coi.subarray(1), expected.coi, TOY_TOLERANCE);
    for (let j = 0; j < 7; j++) expect(Number.isNaN(r.cog.data[j])).toBe(true);
    for (let c = 1; c < 6; c++) {
      expect(Number.isNaN(r.cog.data[c * 7])).toBe(true);
      expectClose(r.cog.data.subarray(c * 7 + 1, c * 7 + 7), expected.cog[c - 1]!, TOY_TOLERANCE);
    }
  });
});
