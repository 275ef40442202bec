import { demandImpact } from "../../../src/core/inputOutput/demandImpact";
import { effects } from "../../../src/core/inputOutput/effects";
import { outputMultipliers } from "../../../src/core/inputOutput/outputMultipliers";
import { ratioMultipliers } from "../../../src/core/inputOutput/ratioMultipliers";
import { technicalCoefficients } from "../../../src/core/inputOutput/technicalCoefficients";
import { fromRows } from "../../../src/core/linalg/matrix";
import { expectClose } from "../../support/close";
import { fixture, maxRelativeDifference, perUnit, ukTable, type MillerBlair } from "./ioFixtures";

const mb = fixture<MillerBlair>("miller_blair_2009_2x2.json");
const nl = fixture<{
  inputs: { Z: number[][]; x: number[]; compensation_employees: number[] };
  published: { typeI_income_multiplier: number[] };
  computed: { output_multipliers: number[]; income_effects: number[]; typeI_income_multiplier: number[] };
}>("netherlands_2000_spicosa.json");
const pymrio = fixture<{
  Z: number[][];
  x: number[];
  output_multiplier_colsum_L_derived: number[];
  value_added: { S: number[][]; M: number[][] };
}>("pymrio_test_aggregate.json");

const mbA = () => technicalCoefficients(fromRows(mb.inputs.Z), mb.inputs.x);

describe("outputMultipliers", () => {
  it("Miller & Blair: column sums of L", () => {
    expectClose(outputMultipliers(mbA()), mb.expected.output_multipliers as number[], 1e-9);
  });

  it("pymrio aggregate and Netherlands 2000", () => {
    const a = technicalCoefficients(fromRows(pymrio.Z), pymrio.x);
    expectClose(outputMultipliers(a), pymrio.output_multiplier_colsum_L_derived, 1e-12);
    const nlA = technicalCoefficients(fromRows(nl.inputs.Z), nl.inputs.x);
    expectClose(outputMultipliers(nlA), nl.computed.output_multipliers, 1e-6);
  });

  it("ONS UK 2010: published type I output multipliers of 127 products", () => {
    const uk = ukTable();
    expect(maxRelativeDifference(outputMultipliers(technicalCoefficients(uk.z, uk.x)), uk.ons.output)).toBeLessThan(
      1e-13,
    );
  });

  it("is exactly 1 for a sector that buys nothing and for a 1 x 1 empty table", () => {
    const m = outputMultipliers(
      fromRows([
        [0.1, 0],
        [0.2, 0],
      ]),
    );
    expect(m[1]).toBe(1);
    expect(Array.from(outputMultipliers(fromRows([[0]])))).toEqual([1]);
  });
});

describe("effects and ratioMultipliers", () => {
  it("Netherlands 2000 (Spicosa): published type I income multipliers (3 decimals) and computed effects", () => {
    const a = technicalCoefficients(fromRows(nl.inputs.Z), nl.inputs.x);
    const w = perUnit(nl.inputs.compensation_employees, nl.inputs.x);
    const ratios = ratioMultipliers(a, w);
    ratios.forEach((r, j) => {
      expect(Math.abs(r - (nl.published.typeI_income_multiplier[j] as number))).toBeLessThanOrEqual(0.0005 + 1e-12);
    });
    expectClose(ratios, nl.computed.typeI_income_multiplier, 1e-6);
    expectClose(effects(a, w), nl.computed.income_effects, 2e-6);
  });

  it("ONS UK 2010: published employment-cost and GVA effects and type I multipliers", () => {
    const uk = ukTable();
    const a = technicalCoefficients(uk.z, uk.x);
    const wc = perUnit(uk.compensation, uk.x);
    const wg = perUnit(uk.gva, uk.x);
    expect(maxRelativeDifference(effects(a, wc), uk.ons.employmentCostEffect)).toBeLessThan(1e-13);
    expect(maxRelativeDifference(ratioMultipliers(a, wc), uk.ons.employmentCostMultiplier)).toBeLessThan(1e-13);
    expect(maxRelativeDifference(effects(a, wg), uk.ons.gvaEffect)).toBeLessThan(1e-13);
    expect(maxRelativeDifference(ratioMultipliers(a, wg), uk.ons.gvaMultiplier)).toBeLessThan(1e-13);
  });

  it("pymrio: value-added multipliers M = S L", () => {
    const a = technicalCoefficients(fromRows(pymrio.Z), pymrio.x);
    expectClose(effects(a, pymrio.value_added.S[0] as number[]), pymrio.value_added.M[0] as number[], 1e-12);
  });

  it("Miller & Blair: value-added effects are exactly exhausted (v′L = 1′) and ratios are 1/v_j", () => {
    const v = perUnit(mb.inputs.value_added, mb.inputs.x);
    expectClose(effects(mbA(), v), [1, 1], 1e-14);
    expectClose(ratioMultipliers(mbA(), v), [1 / 0.65, 1 / 0.7], 1e-14);
  });

  it("a sector with w_j = 0 has an undefined ratio (NaN), not 0; lengths are checked", () => {
    const r = ratioMultipliers(mbA(), [0.3, 0]);
    expect(r[1]).toBeNaN();
    expect(Number.isFinite(r[0])).toBe(true);
    expect(() => effects(mbA(), [1, 2, 3])).toThrow(/coefficients have 3 values but the table has 2 sectors/);
  });
});

describe("demandImpact", () => {
  it("Miller & Blair: new output and labour for f = (600, 1500)", () => {
    const dx = demandImpact(mbA(), mb.inputs.f_new);
    expectClose(dx, mb.expected.x_new as number[], 1e-9);
    expectClose(
      Array.from(dx, (v, j) => v * (mb.inputs.labour_coeff[j] as number)),
      mb.expected.labour_new as number[],
      1e-9,
    );
  });

  it("recovers x from f on the UK table, is linear, and checks the length", () => {
    const uk = ukTable();
    const a = technicalCoefficients(uk.z, uk.x);
    expect(maxRelativeDifference(demandImpact(a, uk.finalDemand), uk.x)).toBeLessThan(1e-9);
    expectClose(
      demandImpact(mbA(), [-600, -1500]),
      (mb.expected.x_new as number[]).map((v) => -v),
      1e-9,
    );
    expect(() => demandImpact(mbA(), [1])).toThrow(/demand change has 1 values/);
  });
});
