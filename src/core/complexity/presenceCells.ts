import { matrix, type Matrix } from "../linalg/matrix";
import { revealedComparativeAdvantage } from "../trade/revealedComparativeAdvantage";
import { complexityOptions, type ComplexityOptions } from "./complexityOptions";
import { checkCountries } from "./presence";

/**
 * The presence matrix as users see it (SELA.MCP): M_cp = 1 when RCA_cp ≥ threshold, 0 when RCA_cp is below
 * it, and NaN (undefined) where RCA is undefined: every cell of a country with no exports (X_c = 0) and of a
 * product nobody exports (X_wp = 0).
 *
 * Convention: such a country or product has no RCA, so whether it is "present" is undefined, not 0 (the
 * catalogue's rule: never a silent 0). py-ecomplexity drops these countries and products before computing
 * (`ComplexityData.create_full_df`), so it reports no M for them at all; a spreadsheet keeps their rows and
 * columns, as undefined cells. The indicators (diversity counts aside) are computed from {@link presence},
 * where those cells are 0 and the rows and columns drop out of the computation; the same cells are NaN there.
 * Formula, threshold and comparison as {@link presence}.
 * Reference: Hidalgo & Hausmann (2009), PNAS 106(26); Hausmann et al., Atlas of Economic Complexity (2014),
 * technical box 1.
 *
 * @param exports X, m countries (rows) x p products (columns), non-negative.
 * @returns M, m x p, entries 0, 1 or NaN.
 * @throws {SelaError} for negative or non-finite exports, fewer than 2 countries, a bad threshold.
 * @example presenceCells(fromRows([[3, 1, 0], [1, 3, 0], [0, 0, 0]])).data // => [1, 0, NaN, 0, 1, NaN, NaN, NaN, NaN]
 */
export function presenceCells(exports: Matrix, options: ComplexityOptions = {}): Matrix {
  const { threshold, comparison } = complexityOptions(options);
  checkCountries(exports);
  const rca = revealedComparativeAdvantage(exports);
  const result = matrix(rca.rows, rca.cols);
  const strict = comparison === "above";
  for (let k = 0; k < rca.data.length; k++) {
    const r = rca.data[k] as number;
    result.data[k] = Number.isNaN(r) ? NaN : (strict ? r > threshold : r >= threshold) ? 1 : 0;
  }
  return result;
}
