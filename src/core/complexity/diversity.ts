import type { Matrix } from "../linalg/matrix";

/**
 * Diversity k_c,0 = Σ_p M_cp: how many products country c exports with comparative advantage.
 *
 * Reference: Hidalgo & Hausmann (2009), PNAS 106(26), eq. 1. Undefined cells of M (NaN, from
 * {@link presenceCells}: products nobody exports) are not counted; a country whose whole row is undefined (a
 * country with no exports, whose RCA is undefined) has undefined diversity (NaN), not 0, as py-ecomplexity,
 * which drops such countries. A country that exports but has no product with RCA ≥ threshold has diversity 0
 * (a count, defined); it is left out of ECI, COI and density, which show it as undefined.
 *
 * @param presence M, m countries x p products, 0/1, or NaN where undefined (from {@link presence} or
 *   {@link presenceCells}).
 * @returns k_c,0, length m (one value per country row).
 * @example diversity(fromRows([[1, 1, 0], [0, 0, 1], [NaN, NaN, NaN]])) // => Float64Array [2, 1, NaN]
 */
export function diversity(presence: Matrix): Float64Array {
  const { rows: m, cols: p, data } = presence;
  const result = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    let count = 0;
    let defined = 0;
    for (let j = c * p; j < (c + 1) * p; j++) {
      const v = data[j] as number;
      if (!Number.isNaN(v)) {
        count += v;
        defined++;
      }
    }
    result[c] = defined > 0 || p === 0 ? count : NaN;
  }
  return result;
}
