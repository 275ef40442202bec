import { inputError } from "../errors";
import { transpose, type Matrix } from "../linalg/matrix";
import { presenceLists, type PresenceLists } from "./presenceLists";
import { proximityProducts } from "./proximityProducts";

/**
 * Density d_cp = Σ_p′ M_cp′ φ_p′p / Σ_p′ φ_p′p: the share of the products related to p (weighted by
 * proximity) that country c already exports with comparative advantage. Distance is 1 − d_cp.
 *
 * Reference: Hidalgo et al. (2007), Science 317(5837); Hausmann et al., Atlas of Economic Complexity
 * (2014), technical box 5 (py-ecomplexity `calc_density`, economiccomplexity `density`). The sum runs over
 * every product with presence, including p itself (so with φ_pp = 1 a product counts towards its own
 * density; with Stata's diagonal 0 it does not). Computed as one product M φ over the ones of M, sweeping
 * φ once by blocks of columns with every country's accumulators for the block in cache
 * ({@link proximityProducts}; cost nnz(M)·p additions, φ read once, no transpose).
 *
 * Undefined (NaN): rows of countries with no presence, columns of products nobody exports with advantage
 * (NaN row/column of φ), and products whose proximities are all 0.
 *
 * @param presence M, m countries x p products, 0/1.
 * @param proximity φ, p x p, symmetric (from {@link proximity}).
 * @returns d, m x p, entries in [0, 1].
 * @throws {SelaError} when φ is not p x p or M is not 0/1.
 * @example density(fromRows([[1, 0], [0, 1]]), fromRows([[1, 0.5], [0.5, 1]])).data[1] // => 0.333333
 */
export function density(presence: Matrix, proximity: Matrix): Matrix {
  return densityOf(presenceLists(presence), proximity);
}

/** {@link density} from adjacency lists already built (one-pass analyses). */
export function densityOf(lists: PresenceLists, proximity: Matrix): Matrix {
  const { products: p } = lists;
  if (proximity.rows !== p || proximity.cols !== p) {
    throw inputError(
      `proximity must be ${String(p)} x ${String(p)} for ${String(p)} products (got ${String(proximity.rows)} x ${String(proximity.cols)})`,
      `la proximidad debe ser ${String(p)} x ${String(p)} para ${String(p)} productos (se recibió ${String(proximity.rows)} x ${String(proximity.cols)})`,
    );
  }
  return proximityProducts(lists, proximity, true, undefined).density as Matrix;
}

/**
 * φ with column p stored contiguously (as row p): φ itself when symmetric (always, for {@link proximity}),
 * else its transpose.
 */
export function columnMajor(proximity: Matrix): Float64Array {
  const p = proximity.cols;
  const phi = proximity.data;
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < i; j++) {
      const a = phi[i * p + j] as number;
      const b = phi[j * p + i] as number;
      if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) return transpose(proximity).data;
    }
  }
  return phi;
}
