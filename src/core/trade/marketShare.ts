import { inputError } from "../errors";
import { matrix, type Matrix } from "../linalg/matrix";
import { checkNonNegativeVector, checkSameShape, EXPORTS } from "./checkSameShape";
import { checkNonNegative } from "./revealedComparativeAdvantage";

const MARKET = { en: "market_imports", es: "importaciones_mercado" };

/**
 * Market share ("participación de mercado") MS_cp = X_c→m,p / M_m,p: exporter c's sales of product p to
 * market m over the market's total imports of p. The market is the world or one importer (TradeCAN).
 * Reference: ECLAC & World Bank (1999), TradeCAN User Guide; methodology notes §2.5.
 *
 * Shapes: `exports` is exporters (rows) x products; `marketImports` is either one value per product (a
 * vector of length p, the same market for every row) or a matrix of the same shape (each row its own
 * market). Undefined cells are NaN (`#DIV/0!`): a product the market does not import (M_m,p = 0).
 * Mirror-data gaps may give shares above 1; they are returned as computed.
 *
 * @param exports X, m exporters x p products, exports to the market, non-negative.
 * @param marketImports M_m,p, length p (or m x p), non-negative.
 * @returns MS, m x p (same orientation as `exports`).
 * @throws {SelaError} `input` for a length/shape mismatch or negative/non-finite values.
 * @example marketShare(fromRows([[30, 10, 10]]), [35, 40, 30]).data[0] // => 0.857143
 */
export function marketShare(exports: Matrix, marketImports: ArrayLike<number> | Matrix): Matrix {
  checkNonNegative(exports, "exports", "exportaciones");
  const { rows, cols } = exports;
  let market: (c: number, p: number) => number;
  if ("data" in marketImports) {
    checkSameShape(exports, marketImports, EXPORTS, MARKET);
    checkNonNegative(marketImports, MARKET.en, MARKET.es);
    market = (c, p) => marketImports.data[c * cols + p] as number;
  } else {
    if (marketImports.length !== cols) {
      throw inputError(
        `market_imports has ${String(marketImports.length)} values but exports has ${String(cols)} products (${String(rows)} x ${String(cols)})`,
        `importaciones_mercado tiene ${String(marketImports.length)} valores pero exportaciones tiene ${String(cols)} productos (${String(rows)} x ${String(cols)})`,
      );
    }
    checkNonNegativeVector(marketImports, MARKET);
    market = (_c, p) => marketImports[p] as number;
  }
  const result = matrix(rows, cols);
  for (let c = 0; c < rows; c++) {
    for (let p = 0; p < cols; p++) {
      const mp = market(c, p);
      result.data[c * cols + p] = mp > 0 ? (exports.data[c * cols + p] as number) / mp : NaN;
    }
  }
  return result;
}

/**
 * Change of market share between two periods, ΔMS_cp = MS_cp[t1] − MS_cp[t0], the horizontal axis of
 * the ECLAC competitiveness matrix (TradeCAN). Convention: a product the market did not import in one
 * period has share 0 in that period (entry from zero counts as a gain, exit as a loss); NaN when the
 * market imported it in neither period.
 * Reference: ECLAC & World Bank (1999), TradeCAN User Guide; methodology notes §2.5.
 *
 * @param exportsT0 exports to the market at t0, m x p; `exportsT1` the same at t1 (same shape).
 * @param marketT0 market imports per product at t0, length p; `marketT1` the same at t1.
 * @returns ΔMS, m x p.
 * @throws {SelaError} `input` for shape/length mismatches or negative/non-finite values.
 * @example marketShareChange(fromRows([[20]]), fromRows([[30]]), [30], [35]).data[0] // => 0.190476
 */
export function marketShareChange(
  exportsT0: Matrix,
  exportsT1: Matrix,
  marketT0: ArrayLike<number>,
  marketT1: ArrayLike<number>,
): Matrix {
  checkSameShape(
    exportsT0,
    exportsT1,
    { en: "exports_t0", es: "exportaciones_t0" },
    { en: "exports_t1", es: "exportaciones_t1" },
  );
  const s0 = marketShare(exportsT0, marketT0);
  const s1 = marketShare(exportsT1, marketT1);
  const p = exportsT0.cols;
  const result = matrix(exportsT0.rows, p);
  for (let k = 0; k < result.data.length; k++) {
    const demand0 = (marketT0[k % p] as number) > 0;
    const demand1 = (marketT1[k % p] as number) > 0;
    if (!demand0 && !demand1) {
      result.data[k] = NaN;
      continue;
    }
    result.data[k] = (demand1 ? (s1.data[k] as number) : 0) - (demand0 ? (s0.data[k] as number) : 0);
  }
  return result;
}
