import { matrix, type Matrix } from "../linalg/matrix";
import { complexityOptions, type ComplexityOptions, type ProximityDiagonal } from "./complexityOptions";
import { presenceLists, type PresenceLists } from "./presenceLists";

/**
 * Product proximity φ_pp′ = Σ_c M_cp M_cp′ / max(k_p, k_p′): the smaller of the two conditional
 * probabilities that a country exports one product given that it exports the other.
 *
 * Reference: Hidalgo, Klinger, Barabási & Hausmann (2007), "The product space conditions the development
 * of nations", Science 317(5837); Hausmann et al., Atlas of Economic Complexity (2014), technical box 5.
 * The co-occurrence matrix MᵀM is formed as one product: each country adds the outer product of its
 * present products (cost Σ_c k_c², the ones of M only). Convention `proximityDiagonal`: `"one"` (default,
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
  const { countries: m, products: p, productStart, productOf, ubiquity } = lists;
  const result = matrix(p, p);
  const phi = result.data;
  // Lower triangle of MᵀM: every country adds 1 to each pair (i ≥ j) of its present products.
  for (let c = 0; c < m; c++) {
    const start = productStart[c] as number;
    const end = productStart[c + 1] as number;
    for (let x = start; x < end; x++) {
      const row = (productOf[x] as number) * p;
      for (let y = start; y < x; y++) {
        const at = row + (productOf[y] as number);
        phi[at] = (phi[at] as number) + 1;
      }
    }
  }
  for (let i = 0; i < p; i++) {
    const ki = ubiquity[i] as number;
    for (let j = 0; j < i; j++) {
      const kj = ubiquity[j] as number;
      const value = ki > 0 && kj > 0 ? (phi[i * p + j] as number) / Math.max(ki, kj) : NaN;
      phi[i * p + j] = value;
      phi[j * p + i] = value;
    }
    phi[i * p + i] = ki > 0 ? (diagonal === "one" ? 1 : 0) : NaN;
  }
  return result;
}
