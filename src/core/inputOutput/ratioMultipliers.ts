import type { Matrix } from "../linalg/matrix";
import { effects } from "./effects";

/**
 * Type I ratio multipliers (w′L)_j / w_j: total employment (income, value added) in the economy per unit
 * of it generated directly in sector j (the ONS "type I multiplier", Miller & Blair's "type I income
 * (employment) multiplier").
 *
 * Convention: a sector with w_j = 0 has no defined ratio and gets NaN (shown as `#DIV/0!`), never 0.
 * Reference: Miller & Blair (2009), ch. 6.3.
 *
 * @param coefficients A, n x n, rows = selling sector, columns = buying sector.
 * @param w per-unit-of-output coefficients w_j = W_j / x_j, length n.
 * @returns the ratios, length n (one per buying sector).
 * @throws {SelaError} as {@link effects}.
 * @example ratioMultipliers(fromRows([[0.15, 0.25], [0.2, 0.05]]), [0.65, 0.7]) // => Float64Array [1.538462, 1.428571]
 */
export function ratioMultipliers(coefficients: Matrix, w: ArrayLike<number>): Float64Array {
  const e = effects(coefficients, w);
  return e.map((v, j) => ((w[j] as number) === 0 ? Number.NaN : v / (w[j] as number)));
}
