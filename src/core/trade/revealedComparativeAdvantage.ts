import { inputError } from "../errors";
import { matrix, sum, type Matrix } from "../linalg/matrix";

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
 * Two passes over X, two rows at a time: one validates it and forms both margins, one writes the result with
 * the world shares X_wp/X_w computed once per product and one loop per variant (the same divisions as the
 * formula, in the same order, so the values are bit-identical to computing it cell by cell).
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
  const { rows: m, cols: p, data: x } = exports;
  // One read of X validates it and forms both margins (same summation order as rowSums/columnSums). Rows go
  // in pairs: each column total is loaded and stored once per two cells, added to in row order
  // ((total + x_cj) + x_c+1,j, the same roundings as one row at a time), and the two row sums are two
  // independent addition chains instead of one.
  const countryTotals = new Float64Array(m);
  const columnTotals = new Float64Array(p);
  let valid = true;
  let c = 0;
  for (; c + 1 < m; c += 2) {
    const offset = c * p;
    const next = offset + p;
    let s = 0;
    let t = 0;
    for (let j = 0; j < p; j++) {
      const v = x[offset + j] as number;
      const u = x[next + j] as number;
      if (!(v >= 0 && v < Infinity && u >= 0 && u < Infinity)) valid = false;
      s += v;
      t += u;
      columnTotals[j] = (columnTotals[j] as number) + v + u;
    }
    countryTotals[c] = s;
    countryTotals[c + 1] = t;
  }
  if (c < m) {
    const offset = c * p;
    let s = 0;
    for (let j = 0; j < p; j++) {
      const v = x[offset + j] as number;
      if (!(v >= 0 && v < Infinity)) valid = false;
      s += v;
      columnTotals[j] = (columnTotals[j] as number) + v;
    }
    countryTotals[c] = s;
  }
  if (!valid) checkNonNegative(exports, "exports", "exportaciones");
  if (reference === undefined && m < 2) {
    throw inputError(
      "with no reference, exports needs at least 2 countries (rows): the world is their sum",
      "sin referencia, las exportaciones necesitan al menos 2 países (filas): el mundo es su suma",
    );
  }
  const world = reference === undefined ? columnTotals : Float64Array.from(reference);
  if (world.length !== p) {
    throw inputError(
      `reference has ${String(world.length)} values but exports has ${String(p)} products`,
      `la referencia tiene ${String(world.length)} valores pero las exportaciones tienen ${String(p)} productos`,
    );
  }
  for (let j = 0; j < p; j++) {
    const v = world[j] as number;
    if (!Number.isFinite(v) || v < 0) {
      throw inputError(
        `reference must be finite and non-negative (product ${String(j + 1)} is ${String(v)})`,
        `la referencia debe ser finita y no negativa (el producto ${String(j + 1)} es ${String(v)})`,
      );
    }
  }
  const worldTotal = sum(world);
  // World shares X_wp/X_w once per product, NaN where undefined (X_wp = 0 or X_w = 0): every variant's
  // arithmetic then carries the NaN, and the cell loop is branch-free with the same operations as the formula.
  const worldShare = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const xwp = world[j] as number;
    worldShare[j] = xwp > 0 && worldTotal > 0 ? xwp / worldTotal : NaN;
  }
  const result = matrix(m, p);
  const out = result.data;
  // One loop per variant (no per-cell dispatch); rows of countries with no exports are NaN. The two divisions
  // per cell bound the Balassa loop (the divider, not memory), so it takes two rows at a time when both are
  // defined, sharing the load of the world share; each cell keeps the formula's two divisions.
  for (let c = 0; c < m; c++) {
    const xc = countryTotals[c] as number;
    const offset = c * p;
    if (!(xc > 0)) {
      out.fill(NaN, offset, offset + p);
      continue;
    }
    const xn = c + 1 < m ? (countryTotals[c + 1] as number) : 0;
    if (variant === "balassa" && xn > 0) {
      const next = offset + p;
      for (let j = 0; j < p; j++) {
        const share = worldShare[j] as number;
        out[offset + j] = (x[offset + j] as number) / xc / share;
        out[next + j] = (x[next + j] as number) / xn / share;
      }
      c++;
    } else if (variant === "balassa") {
      for (let j = 0; j < p; j++) out[offset + j] = (x[offset + j] as number) / xc / (worldShare[j] as number);
    } else if (variant === "symmetric") {
      for (let j = 0; j < p; j++) {
        const rca = (x[offset + j] as number) / xc / (worldShare[j] as number);
        out[offset + j] = (rca - 1) / (rca + 1);
      }
    } else if (variant === "log") {
      for (let j = 0; j < p; j++)
        out[offset + j] = Math.log((x[offset + j] as number) / xc / (worldShare[j] as number));
    } else {
      for (let j = 0; j < p; j++) out[offset + j] = (x[offset + j] as number) / xc - (worldShare[j] as number);
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
