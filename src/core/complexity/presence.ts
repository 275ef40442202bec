import { inputError } from "../errors";
import { matrix, type Matrix } from "../linalg/matrix";
import { revealedComparativeAdvantage } from "../trade/revealedComparativeAdvantage";
import { complexityOptions, type ComplexityOptions, type PresenceComparison } from "./complexityOptions";

/**
 * Binary presence matrix M_cp = 1 when country c exports product p with revealed comparative
 * advantage: RCA_cp ≥ threshold (default 1), else 0.
 *
 * RCA is Balassa's (X_cp/X_c)/(X_wp/X_w) with the world = the countries given (column sums).
 * Reference: Hidalgo & Hausmann (2009), "The building blocks of economic complexity", PNAS 106(26);
 * Hausmann et al., The Atlas of Economic Complexity (2014), technical box 1.
 * Conventions: `threshold` (default 1) and `comparison` (`"atLeast"` ≥, default, as py-ecomplexity and R
 * economiccomplexity; `"above"` >, as Stata ecomplexity). An undefined RCA (a country with no exports, a
 * product nobody exports) gives M = 0 here: such rows and columns drop out of every complexity computation,
 * as py-ecomplexity drops them before computing (`create_full_df`), unlike economiccomplexity 2.0.0, which
 * turns NaN into M = 1. This 0/1 matrix is the one the indicators use; the matrix users see (SELA.MCP) shows
 * those cells as undefined instead ({@link presenceCells}).
 *
 * @param exports X, m countries (rows) x p products (columns), non-negative.
 * @returns M, m x p, entries 0 or 1.
 * @throws {SelaError} for negative or non-finite exports, fewer than 2 countries, a bad threshold.
 * @example presence(fromRows([[3, 1], [1, 3]])).data // => Float64Array [1, 0, 0, 1]
 */
export function presence(exports: Matrix, options: ComplexityOptions = {}): Matrix {
  const { threshold, comparison } = complexityOptions(options);
  checkCountries(exports);
  return presenceFromRca(revealedComparativeAdvantage(exports), threshold, comparison);
}

/**
 * Presence and the indicators built on it compare each country with the sum of the countries given (the
 * world), so they need at least 2 countries.
 *
 * @throws {SelaError} for fewer than 2 country rows.
 */
export function checkCountries(exports: Matrix): void {
  if (exports.rows < 2) {
    throw inputError(
      `exports needs at least 2 countries (rows), got ${String(exports.rows)}: RCA compares each country with their sum`,
      `las exportaciones necesitan al menos 2 países (filas), hay ${String(exports.rows)}: la VCR compara cada país con su suma`,
    );
  }
}

/**
 * M from an RCA matrix already computed: 1 where RCA ≥ threshold (or > with `"above"`), 0 elsewhere,
 * including undefined (NaN) RCA.
 *
 * @example presenceFromRca(fromRows([[1, 0.5, NaN]]), 1, "atLeast").data // => Float64Array [1, 0, 0]
 */
export function presenceFromRca(rca: Matrix, threshold = 1, comparison: PresenceComparison = "atLeast"): Matrix {
  const result = matrix(rca.rows, rca.cols);
  const strict = comparison === "above";
  for (let k = 0; k < rca.data.length; k++) {
    const r = rca.data[k] as number;
    result.data[k] = (strict ? r > threshold : r >= threshold) ? 1 : 0;
  }
  return result;
}
