import { matrix, type Matrix } from "../linalg/matrix";
import { checkSameShape, EXPORTS, IMPORTS } from "./checkSameShape";
import { checkNonNegative } from "./revealedComparativeAdvantage";

/**
 * Lafay index of country c in product p:
 * LFI_cp = 100 · [ (X_cp − M_cp)/(X_cp + M_cp) − Σ_q(X_cq − M_cq)/Σ_q(X_cq + M_cq) ] · (X_cp + M_cp)/Σ_q(X_cq + M_cq).
 * The product's normalised balance, corrected for the country's overall imbalance and weighted by the
 * product's share of the country's trade; each row sums to 0 (positive = specialisation).
 * Reference: Lafay (1992), "The measurement of revealed comparative advantages", in Dagenais & Muet
 * (eds.), International Trade Modelling, Chapman & Hall; Zaghini (2005), Economic Modelling 22(1).
 * Convention: the weight is total trade Σ_q(X_cq + M_cq) (some versions use GDP).
 *
 * A product the country neither exports nor imports (X + M = 0) gets 0: its balance is 0/0 but its weight is
 * 0, and the term's limit, like the one-division form below, is 0; so rows of HS6 tables, mostly untraded
 * products, still sum to 0 in a worksheet. Every product of a country that does not trade at all is undefined,
 * NaN (`#DIV/0!`).
 *
 * @param exports X, m countries (rows) x p products (columns), non-negative.
 * @param imports M, same shape.
 * @returns LFI, m x p (same orientation), in percentage points.
 * @throws {SelaError} `input` for different shapes or negative/non-finite values.
 * @example lafayIndex(fromRows([[70, 20, 10]]), fromRows([[15, 30, 45]])).data[0] // => 26.592798
 */
export function lafayIndex(exports: Matrix, imports: Matrix): Matrix {
  checkSameShape(exports, imports, EXPORTS, IMPORTS);
  checkNonNegative(exports, "exports", "exportaciones");
  checkNonNegative(imports, "imports", "importaciones");
  const { rows, cols } = exports;
  const result = matrix(rows, cols);
  for (let c = 0; c < rows; c++) {
    let balance = 0;
    let trade = 0;
    for (let p = 0; p < cols; p++) {
      const x = exports.data[c * cols + p] as number;
      const m = imports.data[c * cols + p] as number;
      balance += x - m;
      trade += x + m;
    }
    const overall = trade > 0 ? balance / trade : NaN;
    for (let p = 0; p < cols; p++) {
      const k = c * cols + p;
      const x = exports.data[k] as number;
      const m = imports.data[k] as number;
      const flow = x + m;
      // 100·[(x−m)/(x+m) − B/T]·(x+m)/T, written as 100·[(x−m) − (x+m)·B/T]/T: same value, one division.
      // An untraded product (flow = 0) gives exactly 0 here; only a country with no trade is undefined.
      result.data[k] = trade > 0 ? (100 * (x - m - flow * overall)) / trade : NaN;
    }
  }
  return result;
}
