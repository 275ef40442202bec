import type { Matrix } from "../linalg/matrix";
import { leontiefSystem } from "./leontiefSystem";

/**
 * Leontief inverse L = (I − A)⁻¹: l_ij is the output of sector i needed, directly and indirectly, per
 * unit of final demand for sector j.
 *
 * Computed through the LU factorisation of I − A (solving (I − A)L = I), not by cofactors. A sector
 * that sells nothing to other sectors (zero row of A) has exactly the identity row in L, and a sector
 * that buys nothing (zero column, e.g. zero output) exactly the identity column.
 * Reference: Miller & Blair (2009), *Input-Output Analysis*, 2nd ed., ch. 2.3.
 *
 * @param coefficients A, n x n, rows = selling sector, columns = buying sector, non-negative and productive
 *   (spectral radius below 1; column sums below 1 suffice).
 * @returns L, n x n, same orientation.
 * @throws {SelaError} `input` for an invalid A; `numeric` if I − A is singular or nearly so (the message gives
 *   the estimated condition number), or A is not productive.
 * @example leontiefInverse(fromRows([[0.15, 0.25], [0.2, 0.05]])) // => [[1.254125, 0.330033], [0.264026, 1.122112]]
 */
export function leontiefInverse(coefficients: Matrix): Matrix {
  // The factorisation is not needed afterwards: L takes its place in memory (input + one matrix at the peak).
  return leontiefSystem(coefficients).releaseInverse();
}
