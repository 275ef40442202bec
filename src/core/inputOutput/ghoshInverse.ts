import type { Matrix } from "../linalg/matrix";
import { ghoshSystem } from "./ghoshSystem";

/**
 * Ghosh inverse G = (I − B)⁻¹ with B = x̂⁻¹Z: g_ij is the output of sector j enabled, directly and
 * indirectly, per unit of primary input (value added) in sector i (x′ = v′G).
 *
 * Computed from the LU factorisation of I − A through G = x̂⁻¹ L x̂ (exact form with zero-output
 * sectors in {@link ghoshSystem}); a zero-output sector has the identity row. Note the orientation: G
 * is read along rows (supply push), L along columns (demand pull).
 * Reference: Miller & Blair (2009), *Input-Output Analysis*, 2nd ed., ch. 12.1.
 *
 * @param transactions Z, n x n, rows = selling sector, columns = buying sector.
 * @param output gross output x, length n.
 * @returns G, n x n, same orientation.
 * @throws {SelaError} `input` for invalid data; `numeric` if I − A is (nearly) singular or the table is not productive.
 * @example ghoshInverse(fromRows([[150, 500], [200, 100]]), [1000, 2000]) // => [[1.254125, 0.660066], [0.132013, 1.122112]]
 */
export function ghoshInverse(transactions: Matrix, output: ArrayLike<number>): Matrix {
  return ghoshSystem(transactions, output).inverse();
}
