import { inputError } from "../errors";
import { pivotLong, type LongTable } from "./pivotLong";
import { revealedComparativeAdvantage, type RcaOptions } from "./revealedComparativeAdvantage";

/**
 * Revealed comparative advantage on a long table (one record per country-product, as trade downloads
 * come), one value per record, aligned with the input.
 *
 * The records are pivoted with {@link pivotLong} (any order, duplicates summed, codes kept as text), the
 * RCA family of {@link revealedComparativeAdvantage} is computed on the wide table with the countries
 * given as the world (X_wp = Σ_c X_cp), and each record gets the value of its country-product cell
 * (duplicates of a pair all get the value of their sum). Formula (default `variant: "balassa"`):
 * RCA_cp = (X_cp/X_c)/(X_wp/X_w). Reference: Balassa (1965), The Manchester School 33(2).
 *
 * Undefined cells are NaN as in the wide function (a country with no exports, a product nobody exports);
 * with `"log"`, a zero record is −Infinity.
 *
 * @param table countries (`rows`), products (`cols`) and values of k records (`years`/`partners` are
 *   ignored here; filter with {@link pivotLong} first).
 * @param options `variant` (default `"balassa"`).
 * @returns k values, record order.
 * @throws {SelaError} `input` for columns of different lengths, negative or non-finite values, or fewer
 *   than 2 countries.
 * @example revealedComparativeAdvantageLong({ rows: ["a", "a", "b"], cols: ["x", "y", "x"], values: [1, 1, 2] })
 *   // => Float64Array [0.666667, 2, 1.333333]
 */
export function revealedComparativeAdvantageLong(
  table: Pick<LongTable, "rows" | "cols" | "values">,
  options: RcaOptions = {},
): Float64Array {
  for (let r = 0; r < table.values.length; r++) {
    const v = table.values[r] as number;
    if (!Number.isFinite(v) || v < 0) {
      throw inputError(
        `values must be finite and non-negative (record ${String(r + 1)} is ${String(v)})`,
        `los valores deben ser finitos y no negativos (el registro ${String(r + 1)} es ${String(v)})`,
      );
    }
  }
  const pivot = pivotLong({ rows: table.rows, cols: table.cols, values: table.values });
  const rca = revealedComparativeAdvantage(pivot.matrix, undefined, options);
  return Float64Array.from(pivot.cellOf, (cell) => rca.data[cell] as number);
}
