import { backwardLinkages } from "../../../src/core/inputOutput/backwardLinkages";
import { forwardLinkages } from "../../../src/core/inputOutput/forwardLinkages";
import { ioTable } from "../../../src/core/inputOutput/ioTable";
import {
  classifySector,
  keySectorLabel,
  keySectors,
  KEY_SECTOR_CODES,
  KEY_SECTOR_LABELS,
} from "../../../src/core/inputOutput/keySectors";
import { technicalCoefficients } from "../../../src/core/inputOutput/technicalCoefficients";
import { fromRows } from "../../../src/core/linalg/matrix";
import { expectClose } from "../../support/close";
import { fixture, ukTable, type MillerBlair } from "./ioFixtures";

const mb = fixture<MillerBlair>("miller_blair_2009_2x2.json");
interface Linkages {
  "BL.tot": number[];
  "FL.tot": number[];
}
const pymrio = fixture<{
  Z: number[][];
  x: number[];
  ioanalysis: { linkages_normalized: Linkages; linkages_unnormalized: Linkages };
}>("pymrio_test_aggregate.json");

const mbTable = () => ioTable(fromRows(mb.inputs.Z), mb.inputs.x);
const mean = (v: ArrayLike<number>) => Array.from(v).reduce((s, e) => s + e, 0) / v.length;

describe("backwardLinkages", () => {
  it("Miller & Blair: Rasmussen power of dispersion and raw column sums", () => {
    expectClose(backwardLinkages(mbTable().coefficients), mb.expected.rasmussen_BL as number[], 1e-9);
    expectClose(
      backwardLinkages(mbTable().coefficients, { normalized: false }),
      mb.expected.output_multipliers as number[],
      1e-9,
    );
  });

  it("pymrio aggregate: ioanalysis BL.tot (normalised and not)", () => {
    const a = technicalCoefficients(fromRows(pymrio.Z), pymrio.x);
    expectClose(backwardLinkages(a), pymrio.ioanalysis.linkages_normalized["BL.tot"], 1e-12);
    expectClose(backwardLinkages(a, { normalized: false }), pymrio.ioanalysis.linkages_unnormalized["BL.tot"], 1e-12);
  });

  it("averages 1 (UK 127 products) and is 1 for a 1 x 1 table", () => {
    const uk = ukTable();
    expect(mean(backwardLinkages(technicalCoefficients(uk.z, uk.x)))).toBeCloseTo(1, 14);
    expect(Array.from(backwardLinkages(fromRows([[0.3]])))).toEqual([1]);
  });
});

describe("forwardLinkages", () => {
  it("Miller & Blair: Leontief rows (default) and Ghosh rows", () => {
    expectClose(forwardLinkages(mbTable()), mb.expected.rasmussen_FL_leontief as number[], 1e-9);
    expectClose(forwardLinkages(mbTable(), { method: "ghosh" }), mb.expected.FL_ghosh_normalized as number[], 1e-9);
    expectClose(
      forwardLinkages(mbTable(), { method: "ghosh", normalized: false }),
      mb.expected.ghosh_rowsums as number[],
      1e-9,
    );
    expectClose(forwardLinkages(ioTable(mbTable().coefficients), { normalized: false }), [1.584158, 1.386139], 1e-6);
  });

  it("pymrio aggregate: ioanalysis FL.tot, which uses Ghosh rows", () => {
    const t = ioTable(fromRows(pymrio.Z), pymrio.x);
    expectClose(forwardLinkages(t, { method: "ghosh" }), pymrio.ioanalysis.linkages_normalized["FL.tot"], 1e-12);
    expectClose(
      forwardLinkages(t, { method: "ghosh", normalized: false }),
      pymrio.ioanalysis.linkages_unnormalized["FL.tot"],
      1e-12,
    );
  });

  it("averages 1 with either method; Ghosh needs output", () => {
    const uk = ukTable();
    const t = ioTable(uk.z, uk.x);
    expect(mean(forwardLinkages(t))).toBeCloseTo(1, 14);
    expect(mean(forwardLinkages(t, { method: "ghosh" }))).toBeCloseTo(1, 14);
    expect(() => forwardLinkages(ioTable(mbTable().coefficients), { method: "ghosh" })).toThrow(
      /method "ghosh" needs output/,
    );
  });

  it("is exactly 1 (unnormalised) for a sector that sells nothing", () => {
    const t = ioTable(
      fromRows([
        [1, 2],
        [0, 0],
      ]),
      [10, 10],
    );
    expect(forwardLinkages(t, { normalized: false })[1]).toBe(1);
    expect(forwardLinkages(t, { normalized: false, method: "ghosh" })[1]).toBe(1);
  });
});

describe("keySectors", () => {
  it("Miller & Blair: sector 1 key, sector 2 weak with both forward methods", () => {
    expect(keySectors(mbTable())).toEqual(["KEY", "WEAK"]);
    expect(keySectors(mbTable(), { method: "ghosh" })).toEqual(["KEY", "WEAK"]);
  });

  it("pymrio aggregate: Rasmussen quadrants from ioanalysis' normalised BL.tot and FL.tot (Ghosh)", () => {
    const { "BL.tot": bl, "FL.tot": fl } = pymrio.ioanalysis.linkages_normalized;
    const expected = bl.map((b, j) => classifySector(b, fl[j] as number));
    // mining and construction pull above average; "other" sits at 1.0000027 forward (Ghosh): key.
    expect(expected).toEqual(["WEAK", "KEY", "WEAK", "WEAK", "BACKWARD", "WEAK", "WEAK", "KEY"]);
    expect(keySectors(ioTable(fromRows(pymrio.Z), pymrio.x), { method: "ghosh" })).toEqual(expected);
  });

  it("classifies by quadrant with the > 1 rule by default, ≥ 1 on request, ignoring last-bit rounding", () => {
    expect(classifySector(1.2, 1.1)).toBe("KEY");
    expect(classifySector(1.2, 0.9)).toBe("BACKWARD");
    expect(classifySector(0.8, 1.1)).toBe("FORWARD");
    expect(classifySector(0.8, 0.9)).toBe("WEAK");
    expect(classifySector(1, 1)).toBe("WEAK");
    expect(classifySector(1, 1, "atLeast")).toBe("KEY");
    expect(classifySector(1 + 2e-16, 1 - 2e-16)).toBe("WEAK");
    // Identical sectors: every linkage is exactly average, so every sector is weak.
    const same = fromRows([
      [0.1, 0.1, 0.1],
      [0.1, 0.1, 0.1],
      [0.1, 0.1, 0.1],
    ]);
    expect(keySectors(ioTable(same))).toEqual(["WEAK", "WEAK", "WEAK"]);
    expect(keySectors(ioTable(fromRows([[0.5]])))).toEqual(["WEAK"]);
  });

  it("has English and Spanish labels for every code", () => {
    expect(KEY_SECTOR_LABELS.en).toEqual({
      KEY: "Key sector",
      BACKWARD: "Backward-oriented",
      FORWARD: "Forward-oriented",
      WEAK: "Weak linkages",
    });
    expect(KEY_SECTOR_LABELS.es).toEqual({
      KEY: "Sector clave",
      BACKWARD: "Sector impulsor",
      FORWARD: "Sector impulsado",
      WEAK: "Sector independiente",
    });
    expect(KEY_SECTOR_CODES.map((c) => keySectorLabel(c, "es"))).toHaveLength(4);
  });
});
