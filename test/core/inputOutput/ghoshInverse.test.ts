import { allocationCoefficients } from "../../../src/core/inputOutput/allocationCoefficients";
import { ghoshInverse } from "../../../src/core/inputOutput/ghoshInverse";
import { ghoshSystem } from "../../../src/core/inputOutput/ghoshSystem";
import { leontiefInverse } from "../../../src/core/inputOutput/leontiefInverse";
import { identityMinus } from "../../../src/core/inputOutput/leontiefSystem";
import { technicalCoefficients } from "../../../src/core/inputOutput/technicalCoefficients";
import { inverse } from "../../../src/core/linalg/lu";
import { fromRows, toRows, type Matrix } from "../../../src/core/linalg/matrix";
import { expectClose, expectMatrixClose } from "../../support/close";
import { fixture, maxRelativeDifference, type MillerBlair } from "./ioFixtures";

const mb = fixture<MillerBlair>("miller_blair_2009_2x2.json");
const pymrio = fixture<{ Z: number[][]; x: number[]; G: number[][]; B: number[][] }>("pymrio_test_aggregate.json");

/** G by definition: (I − B)⁻¹ with B = x̂⁻¹Z formed explicitly (test-only brute force). */
function ghoshByDefinition(z: Matrix, x: number[]): Matrix {
  return inverse(identityMinus(allocationCoefficients(z, x)));
}

function rowSums(m: Matrix): number[] {
  return toRows(m).map((r) => r.reduce((s, v) => s + v, 0));
}

describe("ghoshInverse", () => {
  it("reproduces Miller & Blair's G and its row sums", () => {
    const z = fromRows(mb.inputs.Z);
    expectMatrixClose(ghoshInverse(z, mb.inputs.x), mb.expected.G as number[][], 1e-9);
    expectClose(ghoshSystem(z, mb.inputs.x).rowSums(), mb.expected.ghosh_rowsums as number[], 1e-9);
  });

  it("reproduces pymrio's G (test MRIO aggregated to one region)", () => {
    const g = ghoshInverse(fromRows(pymrio.Z), pymrio.x);
    expect(maxRelativeDifference(g.data, pymrio.G.flat())).toBeLessThan(1e-12);
  });

  it("satisfies G = x̂⁻¹ L x̂ and G = (I − B)⁻¹", () => {
    const z = fromRows(mb.inputs.Z);
    const [x1, x2] = mb.inputs.x as [number, number];
    const l = toRows(leontiefInverse(technicalCoefficients(z, mb.inputs.x)));
    const expected = l.map((row, i) => row.map((v, j) => (v * [x1, x2][j]!) / [x1, x2][i]!));
    expectMatrixClose(ghoshInverse(z, mb.inputs.x), expected, 1e-14);
    expectMatrixClose(ghoshInverse(z, mb.inputs.x), toRows(ghoshByDefinition(z, mb.inputs.x)), 1e-14);
  });

  it("matches (I − B)⁻¹ with zero-output sectors, even when they have (inconsistent) purchases or sales", () => {
    const z = fromRows([
      [20, 5, 3, 1],
      [4, 30, 0, 2],
      [0, 6, 0, 0], // sector 3 has zero output but sells 6 to sector 2
      [5, 0, 7, 10], // and buys 3 + 7 although it produces nothing
    ]);
    const x = [100, 120, 0, 90];
    const g = ghoshInverse(z, x);
    expectMatrixClose(g, toRows(ghoshByDefinition(z, x)), 1e-14);
    expect(Array.from(g.data.subarray(8, 12))).toEqual([0, 0, 1, 0]);
    const system = ghoshSystem(z, x);
    expectClose(system.rowSums(), rowSums(g), 1e-14);
    expectClose(
      system.diagonal(),
      [0, 1, 2, 3].map((j) => g.data[j * 5] as number),
      1e-14,
    );
    const v = [3, -1, 2, 5];
    const vG = [0, 1, 2, 3].map((j) => v.reduce((s, vi, i) => s + vi * (g.data[i * 4 + j] as number), 0));
    expectClose(system.leftProduct(v), vG, 1e-13);
  });

  it("gives the value-added identity x′ = v′G with v = x − 1′Z", () => {
    const z = fromRows(pymrio.Z);
    const n = pymrio.x.length;
    const v = pymrio.x.map((xj, j) => xj - pymrio.Z.reduce((s, row) => s + (row[j] as number), 0));
    expect(maxRelativeDifference(ghoshSystem(z, pymrio.x).leftProduct(v), pymrio.x)).toBeLessThan(1e-12);
    expect(n).toBe(8);
  });

  it("handles a 1 x 1 table and a sector that sells nothing", () => {
    expectMatrixClose(ghoshInverse(fromRows([[25]]), [100]), [[1 / 0.75]], 1e-15);
    const g = ghoshInverse(
      fromRows([
        [1, 2],
        [0, 0],
      ]),
      [10, 10],
    );
    expect(Array.from(g.data.subarray(2, 4))).toEqual([0, 1]);
  });
});
