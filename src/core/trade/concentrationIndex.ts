import type { Matrix } from "../linalg/matrix";
import { sumOfSquaredShares } from "./herfindahlHirschman";

/**
 * UNCTAD product concentration index per row: H_c = (√(Σ_i s_ci²) − √(1/N)) / (1 − √(1/N)), in [0, 1],
 * s_ci the share of product i in row c's total and N the number of columns (UNCTAD uses the SITC-3
 * products: include untraded products as zero columns). The square-root normalised Herfindahl–Hirschman
 * index; 0 = evenly spread, 1 = a single product.
 * Reference: UNCTAD, Handbook of Statistics, technical notes ("Concentration index"); methodology §2.3.
 *
 * Undefined cells are NaN (`#DIV/0!`): a row with no trade; a single column (N = 1).
 *
 * @param values m rows (countries) x N columns (products), non-negative.
 * @returns one value per row, length m (the custom function shows it as a column).
 * @throws {SelaError} `input` for negative or non-finite values.
 * @example concentrationIndex(fromRows([[70, 20, 10]])) // => Float64Array [0.372641]
 */
export function concentrationIndex(values: Matrix): Float64Array {
  const h = sumOfSquaredShares(values);
  const n = values.cols;
  const floor = Math.sqrt(1 / n);
  return h.map((v) => (n > 1 ? (Math.sqrt(v) - floor) / (1 - floor) : NaN));
}
