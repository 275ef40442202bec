import { matrix, type Matrix } from "../linalg/matrix";
import { checkNonNegative } from "./revealedComparativeAdvantage";
import { rowShares } from "./tradeComplementarity";

/**
 * Finger–Kreinin export similarity index between countries a and b: ESI_ab = 100 · Σ_p min(s_ap, s_bp),
 * s_ap the share of product p in a's exports (to the world, or to one market when the rows are exports
 * to that market); 100 = identical export baskets, 0 = no product in common. Symmetric, diagonal 100.
 * Reference: Finger & Kreinin (1979), "A measure of 'export similarity' and its possible uses",
 * The Economic Journal 89(356).
 *
 * Undefined cells are NaN (`#DIV/0!`): every pair involving a country with no exports.
 *
 * @param exports m countries (rows) x p products (columns), non-negative.
 * @returns ESI, m x m (row a, column b).
 * @throws {SelaError} `input` for negative or non-finite values.
 * @example exportSimilarity(fromRows([[70, 20, 10], [10, 50, 35]])).data[1] // => 40.526316
 */
export function exportSimilarity(exports: Matrix): Matrix {
  checkNonNegative(exports, "exports", "exportaciones");
  const s = rowShares(exports);
  const { rows: m, cols: p } = exports;
  const result = matrix(m, m);
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) {
      let overlap = 0;
      for (let q = 0; q < p; q++) overlap += Math.min(s.data[a * p + q] as number, s.data[b * p + q] as number);
      result.data[a * m + b] = 100 * overlap;
    }
  }
  return result;
}
