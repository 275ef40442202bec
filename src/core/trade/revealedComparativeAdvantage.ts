import { inputError } from "../errors";
import { columnSums, matrix, rowSums, sum, type Matrix } from "../linalg/matrix";

/** The RCA family computed by {@link revealedComparativeAdvantage}; `"balassa"` is the default. */
export const RCA_VARIANTS = ["balassa", "symmetric", "log", "additive"] as const;

/** One member of the RCA family (see {@link RCA_VARIANTS}). */
export type RcaVariant = (typeof RCA_VARIANTS)[number];

/** Options of {@link revealedComparativeAdvantage}. */
export interface RcaOptions {
  /**
   * Which index of the family (default `"balassa"`):
   * - `"balassa"` RCA = (X_cp/X_c)/(X_wp/X_w), in [0, ∞), neutral 1 (Balassa 1965);
   * - `"symmetric"` (RCA − 1)/(RCA + 1), in [−1, 1), neutral 0 (Laursen 2015, "Revealed comparative
   *   advantage and the alternatives as measures of international specialization", Eurasian Business Review 5);
   * - `"log"` ln RCA, neutral 0; −Infinity (`#NUM!`) where the country does not export the product;
   * - `"additive"` X_cp/X_c − X_wp/X_w, in (−1, 1), neutral 0 (Hoen & Oosterhaven 2006, "On the
   *   measurement of comparative advantage", Annals of Regional Science 40).
   */
  readonly variant?: RcaVariant;
}

/**
 * Balassa's revealed comparative advantage RCA_cp = (X_cp / X_c) / (X_wp / X_w), and its variants.
 *
 * X_c is country c's total exports (row sum), X_wp the reference's exports of product p and X_w the
 * reference total. The reference is the world (or a region) given as one row of product totals; by
 * default it is the column sums of `exports`, i.e. the countries given are the world.
 * Reference: Balassa (1965), "Trade liberalisation and revealed comparative advantage",
 * The Manchester School 33(2). Variants (option `variant`, default `"balassa"`): symmetric
 * (RCA − 1)/(RCA + 1), log ln RCA, additive X_cp/X_c − X_wp/X_w (see {@link RcaOptions}).
 *
 * Undefined cells are NaN (the custom functions show them as `#DIV/0!`): a country with no exports
 * (X_c = 0) or a product the reference does not export (X_wp = 0). The same cells are undefined in every
 * variant (also "additive", whose formula would give a silent 0 there), so switching variants never
 * changes which cells are defined. Never a silent 0.
 *
 * @param exports X, m countries (rows) x p products (columns), non-negative.
 * @param reference X_w·, length p (optional).
 * @param options `variant` (default `"balassa"`).
 * @returns RCA, m x p (same orientation as `exports`).
 * @throws {SelaError} for negative or non-finite exports, a reference of the wrong length, or (with
 *   no reference) fewer than 2 countries.
 * @example revealedComparativeAdvantage(fromRows([[70, 20, 10], [10, 50, 35], [30, 15, 45]])).data[0] // => 1.813636
 */
export function revealedComparativeAdvantage(
  exports: Matrix,
  reference?: ArrayLike<number>,
  options: RcaOptions = {},
): Matrix {
  const variant = options.variant ?? "balassa";
  checkNonNegative(exports, "exports", "exportaciones");
  if (reference === undefined && exports.rows < 2) {
    throw inputError(
      "with no reference, exports needs at least 2 countries (rows): the world is their sum",
      "sin referencia, las exportaciones necesitan al menos 2 países (filas): el mundo es su suma",
    );
  }
  const world = reference === undefined ? columnSums(exports) : Float64Array.from(reference);
  if (world.length !== exports.cols) {
    throw inputError(
      `reference has ${String(world.length)} values but exports has ${String(exports.cols)} products`,
      `la referencia tiene ${String(world.length)} valores pero las exportaciones tienen ${String(exports.cols)} productos`,
    );
  }
  for (let p = 0; p < world.length; p++) {
    const v = world[p] as number;
    if (!Number.isFinite(v) || v < 0) {
      throw inputError(
        `reference must be finite and non-negative (product ${String(p + 1)} is ${String(v)})`,
        `la referencia debe ser finita y no negativa (el producto ${String(p + 1)} es ${String(v)})`,
      );
    }
  }
  const worldTotal = sum(world);
  const countryTotals = rowSums(exports);
  const result = matrix(exports.rows, exports.cols);
  for (let c = 0; c < exports.rows; c++) {
    const xc = countryTotals[c] as number;
    for (let p = 0; p < exports.cols; p++) {
      const xwp = world[p] as number;
      const k = c * exports.cols + p;
      if (!(xc > 0 && xwp > 0 && worldTotal > 0)) {
        result.data[k] = NaN;
        continue;
      }
      const countryShare = (exports.data[k] as number) / xc;
      const worldShare = xwp / worldTotal;
      const rca = countryShare / worldShare;
      result.data[k] =
        variant === "balassa"
          ? rca
          : variant === "symmetric"
            ? (rca - 1) / (rca + 1)
            : variant === "log"
              ? Math.log(rca)
              : countryShare - worldShare;
    }
  }
  return result;
}

/**
 * Checks that every value is finite and non-negative (trade flows, employment, output).
 *
 * @throws {SelaError} naming the first bad cell.
 */
export function checkNonNegative(values: Matrix, nameEn: string, nameEs: string): void {
  for (let k = 0; k < values.data.length; k++) {
    const v = values.data[k] as number;
    if (!Number.isFinite(v) || v < 0) {
      const row = String(Math.floor(k / values.cols) + 1);
      const col = String((k % values.cols) + 1);
      throw inputError(
        `${nameEn} must be finite and non-negative (row ${row}, column ${col} is ${String(v)})`,
        `${nameEs} deben ser finitos y no negativos (fila ${row}, columna ${col} es ${String(v)})`,
      );
    }
  }
}
