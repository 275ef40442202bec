import { presence } from "../../../src/core/complexity/presence";
import { proximity } from "../../../src/core/complexity/proximity";
import { fromRows, matrix } from "../../../src/core/linalg/matrix";
import { expectMatrixClose } from "../../support/close";
import { expected, TOY_TOLERANCE, toyExports } from "./toy";

describe("proximity", () => {
  test("toy 5 x 6 (py-ecomplexity): φ with diagonal 1", () => {
    expectMatrixClose(proximity(presence(toyExports())), expected.proximity, TOY_TOLERANCE);
  });

  test("invariants: symmetric, unit diagonal, entries in [0, 1]; Stata diagonal 0 changes only the diagonal", () => {
    const m = presence(toyExports());
    const phi = proximity(m);
    const zero = proximity(m, { proximityDiagonal: "zero" });
    const p = phi.cols;
    for (let i = 0; i < p; i++) {
      expect(phi.data[i * p + i]).toBe(1);
      expect(zero.data[i * p + i]).toBe(0);
      for (let j = 0; j < p; j++) {
        const v = phi.data[i * p + j] as number;
        expect(v).toBe(phi.data[j * p + i]);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        if (i !== j) expect(zero.data[i * p + j]).toBe(v);
      }
    }
  });

  test("equals the definition Σ_c M_cp M_cq / max(k_p, k_q) computed pair by pair", () => {
    const m = matrix(7, 9);
    let state = 5;
    for (let k = 0; k < m.data.length; k++) {
      state = (state * 48271) % 2147483647;
      m.data[k] = state % 3 === 0 ? 1 : 0;
    }
    const phi = proximity(m);
    for (let a = 0; a < 9; a++) {
      for (let b = 0; b < 9; b++) {
        let co = 0;
        let ka = 0;
        let kb = 0;
        for (let c = 0; c < 7; c++) {
          co += (m.data[c * 9 + a] as number) * (m.data[c * 9 + b] as number);
          ka += m.data[c * 9 + a] as number;
          kb += m.data[c * 9 + b] as number;
        }
        const want = ka === 0 || kb === 0 ? NaN : a === b ? 1 : co / Math.max(ka, kb);
        expect(phi.data[a * 9 + b]).toBe(want);
      }
    }
  });

  test("a product nobody exports has an undefined row and column; other values unchanged", () => {
    const phi = proximity(
      fromRows([
        [1, 0, 1],
        [1, 0, 0],
        [0, 0, 1],
      ]),
    );
    expect(Array.from(phi.data)).toEqual([1, NaN, 0.5, NaN, NaN, NaN, 0.5, NaN, 1]);
  });

  test("bad input: presence not 0/1, unknown diagonal", () => {
    expect(() => proximity(fromRows([[2, 0]]))).toThrow(/presence must be 0 or 1/);
    expect(() => proximity(fromRows([[1, 0]]), { proximityDiagonal: "none" as never })).toThrow(
      /must be one of "one", "zero"/,
    );
  });
});
