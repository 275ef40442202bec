import { rowSums, type Matrix } from "../linalg/matrix";

/**
 * Diversity k_c,0 = Σ_p M_cp: how many products country c exports with comparative advantage.
 *
 * Reference: Hidalgo & Hausmann (2009), PNAS 106(26), eq. 1. A country with no presence has diversity 0
 * (a count, defined); it is left out of ECI, COI and density, which show it as undefined.
 *
 * @param presence M, m countries x p products, 0/1 (from {@link presence}).
 * @returns k_c,0, length m (one value per country row).
 * @example diversity(fromRows([[1, 1, 0], [0, 0, 1]])) // => Float64Array [2, 1]
 */
export function diversity(presence: Matrix): Float64Array {
  return rowSums(presence);
}
