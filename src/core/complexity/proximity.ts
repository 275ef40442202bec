import { matrix, type Matrix } from "../linalg/matrix";
import { complexityOptions, type ComplexityOptions, type ProximityDiagonal } from "./complexityOptions";
import { presenceLists, type PresenceLists } from "./presenceLists";

/**
 * Product proximity φ_pp′ = Σ_c M_cp M_cp′ / max(k_p, k_p′): the smaller of the two conditional
 * probabilities that a country exports one product given that it exports the other.
 *
 * Reference: Hidalgo, Klinger, Barabási & Hausmann (2007), "The product space conditions the development
 * of nations", Science 317(5837); Hausmann et al., Atlas of Economic Complexity (2014), technical box 5.
 * The co-occurrence matrix MᵀM is formed as one sparse product, row by row: row p is the sum of the
 * presence rows of the countries exporting p (cost Σ_c k_c², the ones of M only; writes stay in one row). Convention `proximityDiagonal`: `"one"` (default,
 * φ_pp = 1, as py-ecomplexity and economiccomplexity) or `"zero"` (Stata `proxdiscrete`).
 * A product nobody exports with advantage (k_p = 0) has an undefined (NaN) row and column.
 *
 * @param presence M, m countries x p products, 0/1 (from {@link presence}).
 * @returns φ, p x p, symmetric, entries in [0, 1].
 * @throws {SelaError} for entries other than 0/1 or an unknown diagonal option.
 * @example proximity(fromRows([[1, 1], [1, 0]])).data // => Float64Array [1, 0.5, 0.5, 1]
 */
export function proximity(presence: Matrix, options: ComplexityOptions = {}): Matrix {
  return proximityOf(presenceLists(presence), complexityOptions(options).proximityDiagonal);
}

/** {@link proximity} from adjacency lists already built (one-pass analyses). */
export function proximityOf(lists: PresenceLists, diagonal: ProximityDiagonal = "one"): Matrix {
  const { products: p, productStart, productOf, countryStart, countryOf, ubiquity } = lists;
  const result = matrix(p, p);
  const phi = result.data;
  // Row i of MᵀM is the sum of the presence rows of the countries exporting i: every write stays in
  // row i (cache-resident), and the work is Σ_c k_c², the ones of M only.
  for (let i = 0; i < p; i++) {
    const ki = ubiquity[i] as number;
    const row = phi.subarray(i * p, (i + 1) * p);
    if (ki === 0) {
      row.fill(NaN);
      continue;
    }
    for (let x = countryStart[i] as number; x < (countryStart[i + 1] as number); x++) {
      const c = countryOf[x] as number;
      for (let y = productStart[c] as number; y < (productStart[c + 1] as number); y++) {
        const j = productOf[y] as number;
        row[j] = (row[j] as number) + 1;
      }
    }
    for (let j = 0; j < p; j++) {
      const kj = ubiquity[j] as number;
      row[j] = kj > 0 ? (row[j] as number) / Math.max(ki, kj) : NaN;
    }
    row[i] = diagonal === "one" ? 1 : 0;
  }
  return result;
}
