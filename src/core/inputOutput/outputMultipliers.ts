import type { Matrix } from "../linalg/matrix";
import { leontiefSystem } from "./leontiefSystem";

/**
 * Type I (simple) output multipliers m_j = Σ_i l_ij, the column sums of L = (I − A)⁻¹: the total
 * output of all sectors needed per unit of final demand for sector j.
 *
 * Computed as m′ = 1′ + (A′1)′L, one transposed solve with the LU factorisation of I − A (L is not
 * formed); a sector that buys nothing gets exactly 1. Reference: Miller & Blair (2009), ch. 6.2.1.
 *
 * @param coefficients A, n x n, rows = selling sector, columns = buying sector.
 * @returns m, length n (one per buying sector; the adapter returns it as a column).
 * @throws {SelaError} `input` for an invalid A; `numeric` if I − A is (nearly) singular or A is not productive.
 * @example outputMultipliers(fromRows([[0.15, 0.25], [0.2, 0.05]])) // => Float64Array [1.518152, 1.452145]
 */
export function outputMultipliers(coefficients: Matrix): Float64Array {
  return leontiefSystem(coefficients).columnSums();
}
