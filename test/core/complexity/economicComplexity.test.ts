import { complexityIndices } from "../../../src/core/complexity/complexityIndices";
import { economicComplexity } from "../../../src/core/complexity/economicComplexity";
import { presence } from "../../../src/core/complexity/presence";
import { expectClose, expectMatrixClose } from "../../support/close";
import { atlasSample } from "./atlasSample";
import { expected, TOY_TOLERANCE, toyExports } from "./toy";

describe("economicComplexity (one pass)", () => {
  test("toy 5 x 6 (py-ecomplexity): every indicator at once, distance = 1 − density", () => {
    const r = economicComplexity(toyExports());
    expect(r.options).toEqual({
      threshold: 1,
      comparison: "atLeast",
      method: "eigen",
      scale: "growthlab",
      iterations: 20,
      proximityDiagonal: "one",
    });
    expectMatrixClose(r.rca, expected.rca, TOY_TOLERANCE);
    expectMatrixClose(r.presence, expected.mcp, 0);
    expectClose(r.diversity, expected.diversity, 0);
    expectClose(r.ubiquity, expected.ubiquity, 0);
    expectClose(r.eci, expected.eci, TOY_TOLERANCE);
    expectClose(r.pci, expected.pci, TOY_TOLERANCE);
    expectMatrixClose(r.proximity, expected.proximity, TOY_TOLERANCE);
    expectMatrixClose(r.density, expected.density, TOY_TOLERANCE);
    expectClose(
      r.distance.data,
      r.density.data.map((d) => 1 - d),
      0,
    );
    expectClose(r.coi, expected.coi, TOY_TOLERANCE);
    expectMatrixClose(r.cog, expected.cog, TOY_TOLERANCE);
  });

  test("Atlas HS92 sample 1995: the Stata options reproduce every Stata column", () => {
    const atlas = atlasSample().get(1995)!;
    const r = economicComplexity(atlas.exports, { scale: "stata", comparison: "above", proximityDiagonal: "zero" });
    expectClose(r.rca.data, atlas.rca.data, 1e-7);
    expectClose(r.presence.data, atlas.presence.data, 0);
    expectClose(r.eci, atlas.eci, 1e-12);
    expectClose(r.pci, atlas.pci, 1e-12);
    expectClose(r.density.data, atlas.density.data, 1e-13);
    expectClose(r.coi, atlas.coi, 1e-12);
    expectClose(r.cog.data, atlas.cog.data, 1e-12);
  });

  test("same ECI/PCI as the separate function for every method and scale", () => {
    const x = toyExports();
    for (const method of ["eigen", "reflections"] as const) {
      for (const scale of ["growthlab", "zscore", "stata"] as const) {
        const one = economicComplexity(x, { method, scale });
        const separate = complexityIndices(presence(x), { method, scale });
        expectClose(one.eci, separate.eci, 0);
        expectClose(one.pci, separate.pci, 0);
      }
    }
  });
});
