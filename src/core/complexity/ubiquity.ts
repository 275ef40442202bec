import { columnSums, type Matrix } from "../linalg/matrix";

/**
 * Ubiquity k_p,0 = Σ_c M_cp: how many countries export product p with comparative advantage.
 *
 * Reference: Hidalgo & Hausmann (2009), PNAS 106(26), eq. 2. A product nobody exports with advantage
 * has ubiquity 0 (defined); it is left out of PCI, proximity and density, which show it as undefined.
 *
 * @param presence M, m countries x p products, 0/1 (from {@link presence}).
 * @returns k_p,0, length p (one value per product column).
 * @example ubiquity(fromRows([[1, 1, 0], [0, 1, 0]])) // => Float64Array [1, 2, 0]
 */
export function ubiquity(presence: Matrix): Float64Array {
  return columnSums(presence);
}
