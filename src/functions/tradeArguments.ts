/**
 * Argument conventions shared by the trade functions: long tables (RCA.LONG), the market of
 * MARKETSHARE (one value per product, or one market per row) and the text result of TRADECAN.
 */
import { inputError } from "../core/errors";
import type { Matrix } from "../core/linalg/matrix";
import type { LongTable } from "../core/trade/pivotLong";
import { tradeCanLabel, type TradeCanCode } from "../core/trade/tradeCan";
import { numericMatrix, numericVector, option, textVector } from "./arguments";
import { spanishParameterName } from "./i18n/spanish";
import { getLanguage } from "./language";

/**
 * A long table from three aligned columns (or rows): countries and products as text (codes keep
 * their leading zeros when the cells hold text), values as numbers (blanks are 0).
 *
 * @throws {SelaError} `input` for a bad cell or columns of different lengths (both lengths named).
 */
export function longTableArgument(fn: string, countries: unknown, products: unknown, values: unknown): LongTable {
  const rows = textVector(fn, "countries", countries);
  const cols = textVector(fn, "products", products);
  const v = numericVector(fn, "values", values);
  for (const [name, length] of [
    ["products", cols.length],
    ["values", v.length],
  ] as const) {
    if (length !== rows.length) {
      const es = spanishParameterName(fn, name);
      const esCountries = spanishParameterName(fn, "countries");
      throw inputError(
        `${name} has ${String(length)} rows but countries has ${String(rows.length)}; the columns of a long table must have the same length`,
        `${es} tiene ${String(length)} filas pero ${esCountries} tiene ${String(rows.length)}; las columnas de una tabla larga deben tener la misma longitud`,
      );
    }
  }
  return { rows, cols, values: v };
}

/**
 * The arguments of MARKETSHARE: `exports` and the market imports, a matrix of the same shape as
 * `exports` (each row its own market) when it has several rows and columns, otherwise one value per product.
 *
 * @throws {SelaError} `input` for a bad cell or a shape that fits neither form.
 */
export function marketShareArguments(
  fn: string,
  exportsValue: unknown,
  value: unknown,
): [Matrix, Float64Array | Matrix] {
  const name = "market_imports";
  const exports = numericMatrix(fn, "exports", exportsValue);
  return [exports, marketArgument(fn, name, value, exports)];
}

function marketArgument(fn: string, name: string, value: unknown, exports: Matrix): Float64Array | Matrix {
  const m = numericMatrix(fn, name, value);
  if (m.rows > 1 && m.cols > 1) {
    if (m.rows !== exports.rows || m.cols !== exports.cols) {
      const es = spanishParameterName(fn, name);
      throw inputError(
        `${name} is ${String(m.rows)} x ${String(m.cols)} but exports is ${String(exports.rows)} x ${String(exports.cols)}; give one value per product or the same shape as exports`,
        `${es} es ${String(m.rows)} x ${String(m.cols)} pero exportaciones es ${String(exports.rows)} x ${String(exports.cols)}; dé un valor por producto o la misma forma que exportaciones`,
      );
    }
    return m;
  }
  return numericVector(fn, name, value, exports.cols);
}

/** Result styles of TRADECAN: `"label"` (default, in the current language) or `"code"`. */
export const TRADECAN_STYLES = ["label", "code"] as const;

/**
 * TRADECAN classes as text: codes (`style` "code") or labels in the language in use (default).
 *
 * @throws {SelaError} `input` for an unknown style, listing the valid ones.
 */
export function tradeCanText(fn: string, codes: readonly (readonly TradeCanCode[])[], style: unknown): string[][] {
  const chosen = option(fn, "style", style, TRADECAN_STYLES, "label");
  const language = getLanguage();
  return codes.map((row) => row.map((code) => (chosen === "code" ? code : tradeCanLabel(code, language))));
}
