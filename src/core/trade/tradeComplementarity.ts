import { inputError } from "../errors";
import { matrix, type Matrix } from "../linalg/matrix";
import { checkNonNegative } from "./revealedComparativeAdvantage";

/** Row shares v_ip / Σ_q v_iq; a row of zeros gives NaN shares. */
export function rowShares(values: Matrix): Matrix {
  const out = matrix(values.rows, values.cols);
  for (let i = 0; i < values.rows; i++) {
    let total = 0;
    for (let p = 0; p < values.cols; p++) total += values.data[i * values.cols + p] as number;
    for (let p = 0; p < values.cols; p++) {
      const k = i * values.cols + p;
      out.data[k] = total > 0 ? (values.data[k] as number) / total : NaN;
    }
  }
  return out;
}

/**
 * Michaely's trade complementarity index between exporter j and importer k:
 * TC_jk = 100 · (1 − Σ_p |m_kp − x_jp| / 2), m_kp the share of p in k's imports and x_jp the share of p
 * in j's exports; 100 = j's export basket is exactly k's import basket, 0 = no overlap.
 * Reference: Michaely (1996), "Trade preferential agreements in Latin America: an ex-ante assessment",
 * World Bank Policy Research Working Paper 1583; WITS Trade Outcomes help.
 *
 * Orientation: result row j = exporter (row j of `exports`), column k = importer (row k of `imports`),
 * so TC(A exports, C imports) is cell (A, C). The diagonal (a country with itself) uses the same formula.
 * Undefined cells are NaN (`#DIV/0!`): an exporter with no exports or an importer with no imports.
 *
 * @param exports m_x exporters (rows) x p products, non-negative.
 * @param imports m_m importers (rows) x p products (same products, usually the same countries), non-negative.
 * @returns TC, m_x x m_m (m x m when the same countries are given).
 * @throws {SelaError} `input` for different product counts or negative/non-finite values.
 * @example tradeComplementarity(fromRows([[70, 20, 10]]), fromRows([[35, 40, 30]])).data[0] // => 63.333333
 */
export function tradeComplementarity(exports: Matrix, imports: Matrix): Matrix {
  if (exports.cols !== imports.cols) {
    throw inputError(
      `imports has ${String(imports.cols)} products (columns) but exports has ${String(exports.cols)} (${String(imports.rows)} x ${String(imports.cols)} vs ${String(exports.rows)} x ${String(exports.cols)})`,
      `importaciones tiene ${String(imports.cols)} productos (columnas) pero exportaciones tiene ${String(exports.cols)} (${String(imports.rows)} x ${String(imports.cols)} frente a ${String(exports.rows)} x ${String(exports.cols)})`,
    );
  }
  checkNonNegative(exports, "exports", "exportaciones");
  checkNonNegative(imports, "imports", "importaciones");
  const x = rowShares(exports);
  const mShares = rowShares(imports);
  const p = exports.cols;
  const result = matrix(exports.rows, imports.rows);
  for (let j = 0; j < exports.rows; j++) {
    for (let k = 0; k < imports.rows; k++) {
      let distance = 0;
      for (let q = 0; q < p; q++)
        distance += Math.abs((mShares.data[k * p + q] as number) - (x.data[j * p + q] as number));
      result.data[j * imports.rows + k] = 100 * (1 - distance / 2);
    }
  }
  return result;
}
