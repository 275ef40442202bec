import { inputError } from "../errors";
import type { Matrix } from "../linalg/matrix";
import { leontiefSystem } from "./leontiefSystem";

/**
 * Checks a per-unit-of-output coefficient vector w against the number of sectors.
 *
 * @throws {SelaError} `input` for a length mismatch or a non-finite value.
 */
export function checkInputCoefficients(n: number, w: ArrayLike<number>): void {
  if (w.length !== n) {
    throw inputError(
      `coefficients have ${String(w.length)} values but the table has ${String(n)} sectors`,
      `los coeficientes tienen ${String(w.length)} valores pero la tabla tiene ${String(n)} sectores`,
    );
  }
  for (let j = 0; j < n; j++) {
    if (!Number.isFinite(w[j])) {
      throw inputError(
        `coefficient ${String(j + 1)} is not a finite number`,
        `el coeficiente ${String(j + 1)} no es un número finito`,
      );
    }
  }
}

/**
 * Total (direct + indirect) effects e′ = w′L: e_j is the employment, income or value added generated in
 * the whole economy per unit of final demand for sector j, where w_j = W_j / x_j is sector j's direct
 * requirement per unit of output (jobs/x, compensation/x, GVA/x). ONS calls these "effects"; Miller &
 * Blair "simple income (employment) multipliers".
 *
 * One transposed solve (I − A)′e = w with the LU factorisation of I − A (L is not formed).
 * Reference: Miller & Blair (2009), ch. 6.3.
 *
 * @param coefficients A, n x n, rows = selling sector, columns = buying sector.
 * @param w per-unit-of-output coefficients, length n (any sign).
 * @returns e, length n (one per buying sector).
 * @throws {SelaError} `input` for invalid A or w; `numeric` if I − A is (nearly) singular.
 * @example effects(fromRows([[0.15, 0.25], [0.2, 0.05]]), [0.65, 0.7]) // => Float64Array [1, 1]
 */
export function effects(coefficients: Matrix, w: ArrayLike<number>): Float64Array {
  const system = leontiefSystem(coefficients);
  checkInputCoefficients(system.n, w);
  return system.solveTransposed(w);
}
