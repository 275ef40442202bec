import { fromRows } from "../../../src/core/linalg/matrix";
import { locationQuotient } from "../../../src/core/trade/locationQuotient";
import { shiftShare } from "../../../src/core/trade/shiftShare";
import { expectClose, expectMatrixClose } from "../../support/close";
import { regional } from "./fixtures";

const { inputs, expected } = regional;

describe("locationQuotient (oracle O9)", () => {
  it("matches the oracle at t0 and t1", () => {
    expectClose(locationQuotient(fromRows([inputs.region_t0]), inputs.national_t0).data, expected.lq_t0, 1e-9);
    expectClose(locationQuotient(fromRows([inputs.region_t1]), inputs.national_t1).data, expected.lq_t1, 1e-6);
  });

  it("several regions keep their rows; the nation as a region gives 1 everywhere", () => {
    const lq = locationQuotient(fromRows([inputs.region_t0, inputs.national_t0]), inputs.national_t0);
    expect([lq.rows, lq.cols]).toEqual([2, 3]);
    expectClose(lq.data.subarray(3), [1, 1, 1]);
  });

  it("is NaN for a region with no activity or a sector with none nationally; rejects a wrong length", () => {
    const lq = locationQuotient(
      fromRows([
        [0, 0],
        [1, 0],
      ]),
      [5, 0],
    );
    expect(Number.isNaN(lq.data[0])).toBe(true);
    expect(Number.isNaN(lq.data[3])).toBe(true);
    expect(() => locationQuotient(fromRows([[1, 2, 3]]), [1, 2])).toThrow(/national has 2 values/);
  });
});

describe("shiftShare (oracle O9)", () => {
  it("matches the oracle: national share, industry mix, competitive effect", () => {
    const s = shiftShare(inputs.region_t0, inputs.region_t1, inputs.national_t0, inputs.national_t1);
    expectMatrixClose(s, [expected.national_share, expected.industry_mix, expected.competitive], 1e-9);
  });

  it("invariant: the three rows add up to the observed change", () => {
    const r0 = [3, 0, 17, 250];
    const r1 = [7, 4, 12, 251];
    const s = shiftShare(r0, r1, [30, 10, 170, 900], [41, 22, 150, 1000]);
    for (let k = 0; k < 4; k++) {
      const total = (s.data[k] as number) + (s.data[4 + k] as number) + (s.data[8 + k] as number);
      expect(total).toBeCloseTo((r1[k] as number) - (r0[k] as number), 9);
    }
    // A sector new to the region: all of its change is competitive.
    expect([s.data[1], s.data[5], s.data[9]]).toEqual([0, 0, 4]);
  });

  it("is NaN where growth rates are undefined; rejects different lengths and negative values", () => {
    const s = shiftShare([1, 2], [2, 2], [0, 5], [3, 5]);
    expect(Number.isNaN(s.data[2])).toBe(true);
    expect(Number.isNaN(s.data[4])).toBe(true);
    expect(Number.isFinite(s.data[0])).toBe(true);
    expect(shiftShare([1], [2], [0], [0]).data.every(Number.isNaN)).toBe(true);
    expect(() => shiftShare([1, 2], [1], [1, 2], [1, 2])).toThrow(/region_t1 has 1 values but region_t0 has 2/);
    expect(() => shiftShare([1, -2], [1, 2], [1, 2], [1, 2])).toThrow(/non-negative/);
  });
});
