import type { Matrix } from "../linalg/matrix";
import { checkNonNegative } from "./revealedComparativeAdvantage";

/** Options of {@link herfindahlHirschman}. */
export interface HerfindahlOptions {
  /**
   * When true, (H − 1/N)/(1 − 1/N) in [0, 1] with N = the number of columns given (the categories of
   * the classification, traded or not: include untraded products as zero columns); default false.
   */
  readonly normalized?: boolean;
}

/**
 * Σ_i s_i² per row, s_i = v_i / Σ_j v_j (row shares), the building block of both concentration indices.
 * NaN for a row that sums to 0.
 */
export function sumOfSquaredShares(values: Matrix): Float64Array {
  checkNonNegative(values, "values", "valores");
  const out = new Float64Array(values.rows);
  for (let i = 0; i < values.rows; i++) {
    let total = 0;
    for (let j = 0; j < values.cols; j++) total += values.data[i * values.cols + j] as number;
    if (!(total > 0)) {
      out[i] = NaN;
      continue;
    }
    let h = 0;
    for (let j = 0; j < values.cols; j++) {
      const s = (values.data[i * values.cols + j] as number) / total;
      h += s * s;
    }
    out[i] = h;
  }
  return out;
}

/**
 * Herfindahl–Hirschman concentration H_c = Σ_i s_ci² per row, s_ci the share of product (or partner) i
 * in row c's total, in [1/N, 1]; with `normalized` (default false) (H − 1/N)/(1 − 1/N) in [0, 1],
 * N = number of columns. Over products it measures export concentration; over partners, market
 * concentration (WITS "HH market concentration").
 * Reference: Hirschman (1964), "The paternity of an index", American Economic Review 54(5); WITS trade
 * indicators help; methodology notes §2.3.
 *
 * Undefined cells are NaN (`#DIV/0!`): a row with no trade; normalized with a single column (N = 1).
 *
 * @param values m rows (countries) x N columns (products or partners), non-negative.
 * @param options `normalized` (default false).
 * @returns one value per row, length m (the custom function shows it as a column).
 * @throws {SelaError} `input` for negative or non-finite values.
 * @example herfindahlHirschman(fromRows([[70, 20, 10]])) // => Float64Array [0.54]
 */
export function herfindahlHirschman(values: Matrix, options: HerfindahlOptions = {}): Float64Array {
  const h = sumOfSquaredShares(values);
  if (options.normalized !== true) return h;
  const n = values.cols;
  return h.map((v) => (n > 1 ? (v - 1 / n) / (1 - 1 / n) : NaN));
}
