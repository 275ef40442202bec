import { SelaError } from "../../../src/core/errors";
import { allocationCoefficients } from "../../../src/core/inputOutput/allocationCoefficients";
import { ioTable } from "../../../src/core/inputOutput/ioTable";
import { technicalCoefficients } from "../../../src/core/inputOutput/technicalCoefficients";
import { fromRows } from "../../../src/core/linalg/matrix";
import { expectMatrixClose } from "../../support/close";
import { fixture, type MillerBlair } from "./ioFixtures";

const mb = fixture<MillerBlair>("miller_blair_2009_2x2.json");

describe("technicalCoefficients and allocationCoefficients", () => {
  it("reproduce Miller & Blair's A = Z x̂⁻¹ and B = x̂⁻¹ Z", () => {
    const z = fromRows(mb.inputs.Z);
    expectMatrixClose(technicalCoefficients(z, mb.inputs.x), mb.expected.A as number[][], 1e-15);
    expectMatrixClose(allocationCoefficients(z, mb.inputs.x), mb.expected.B as number[][], 1e-15);
  });

  it("give a zero-output sector a zero column (A) and a zero row (B), never NaN", () => {
    const z = fromRows([
      [1, 2],
      [3, 0],
    ]);
    expectMatrixClose(
      technicalCoefficients(z, [10, 0]),
      [
        [0.1, 0],
        [0.3, 0],
      ],
      0,
    );
    expectMatrixClose(
      allocationCoefficients(z, [10, 0]),
      [
        [0.1, 0.2],
        [0, 0],
      ],
      0,
    );
  });

  it("reject mismatched output and negative output", () => {
    const z = fromRows([
      [1, 2],
      [3, 4],
    ]);
    expect(() => allocationCoefficients(z, [1, 2, 3])).toThrow(/output has 3 values but the table has 2 sectors/);
    expect(() => allocationCoefficients(z, [1, -2])).toThrow(SelaError);
    expect(() => technicalCoefficients(fromRows([[1, 2]]), [1])).toThrow(/square/);
  });

  it("ioTable: table is A without output and Z with it", () => {
    const a = fromRows(mb.expected.A as number[][]);
    expect(ioTable(a).coefficients).toBe(a);
    expect(ioTable(a).output).toBeUndefined();
    const t = ioTable(fromRows(mb.inputs.Z), mb.inputs.x);
    expectMatrixClose(t.coefficients, mb.expected.A as number[][], 1e-15);
    expect(Array.from(t.output ?? [])).toEqual(mb.inputs.x);
  });
});
