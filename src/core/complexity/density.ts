import { inputError } from "../errors";
import { matrix, transpose, type Matrix } from "../linalg/matrix";
import { presenceLists, type PresenceLists } from "./presenceLists";

/**
 * Density d_cp = Σ_p′ M_cp′ φ_p′p / Σ_p′ φ_p′p: the share of the products related to p (weighted by
 * proximity) that country c already exports with comparative advantage. Distance is 1 − d_cp.
 *
 * Reference: Hidalgo et al. (2007), Science 317(5837); Hausmann et al., Atlas of Economic Complexity
 * (2014), technical box 5 (py-ecomplexity `calc_density`, economiccomplexity `density`). The sum runs over
 * every product with presence, including p itself (so with φ_pp = 1 a product counts towards its own
 * density; with Stata's diagonal 0 it does not). Computed as one product M φ over the ones of M, one
 * column of φ at a time (cost m·p + nnz(M)·p, φ read once).
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
  const { countries: m, products: p, productStart, productOf, diversity, ubiquity } = lists;
  if (proximity.rows !== p || proximity.cols !== p) {
    throw inputError(
      `proximity must be ${String(p)} x ${String(p)} for ${String(p)} products (got ${String(proximity.rows)} x ${String(proximity.cols)})`,
      `la proximidad debe ser ${String(p)} x ${String(p)} para ${String(p)} productos (se recibió ${String(proximity.rows)} x ${String(proximity.cols)})`,
    );
  }
  const columns = columnMajor(proximity);
  const result = matrix(m, p);
  const out = result.data;
  // One product at a time: column p of φ is read once (contiguous) and every country gathers its own
  // products from it, so φ streams through memory once whatever the number of countries.
  for (let j = 0; j < p; j++) {
    const base = j * p;
    let total = 0;
    if (ubiquity[j] !== 0) {
      for (let i = 0; i < p; i++) if (ubiquity[i] !== 0) total += columns[base + i] as number;
    }
    const defined = ubiquity[j] !== 0 && total > 0;
    for (let c = 0; c < m; c++) {
      if (!defined || diversity[c] === 0) {
        out[c * p + j] = NaN;
        continue;
      }
      let s = 0;
      for (let x = productStart[c] as number; x < (productStart[c + 1] as number); x++)
        s += columns[base + (productOf[x] as number)] as number;
      out[c * p + j] = s / total;
    }
  }
  return result;
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
