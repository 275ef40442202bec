import type { Matrix } from "../linalg/matrix";

/**
 * Ubiquity k_p,0 = Σ_c M_cp: how many countries export product p with comparative advantage.
 *
 * Reference: Hidalgo & Hausmann (2009), PNAS 106(26), eq. 2. Undefined cells of M (NaN, from
 * {@link presenceCells}: countries with no exports) are not counted; a product whose whole column is undefined
 * (a product nobody exports, whose RCA is undefined) has undefined ubiquity (NaN), not 0, as py-ecomplexity,
 * which drops such products. A product exported but by no country with RCA ≥ threshold has ubiquity 0 (a
 * count, defined); it is left out of PCI, proximity and density, which show it as undefined.
 *
 * @param presence M, m countries x p products, 0/1, or NaN where undefined (from {@link presence} or
 *   {@link presenceCells}).
 * @returns k_p,0, length p (one value per product column).
 * @example ubiquity(fromRows([[1, 1, NaN], [0, 1, NaN]])) // => Float64Array [1, 2, NaN]
 */
export function ubiquity(presence: Matrix): Float64Array {
  const { rows: m, cols: p, data } = presence;
  const count = new Float64Array(p);
  const defined = new Int32Array(p);
  for (let c = 0; c < m; c++) {
    const base = c * p;
    for (let j = 0; j < p; j++) {
      const v = data[base + j] as number;
      if (!Number.isNaN(v)) {
        count[j] = (count[j] as number) + v;
        defined[j] = (defined[j] as number) + 1;
      }
    }
  }
  for (let j = 0; j < p; j++) if (defined[j] === 0 && m > 0) count[j] = NaN;
  return count;
}
