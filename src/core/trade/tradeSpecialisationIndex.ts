import { matrix, type Matrix } from "../linalg/matrix";
import { checkSameShape, EXPORTS, IMPORTS } from "./checkSameShape";
import { checkNonNegative } from "./revealedComparativeAdvantage";

/**
 * Trade specialisation index (normalised trade balance, "índice de balanza comercial relativa")
 * TSI_cp = (X_cp − M_cp)/(X_cp + M_cp), in [−1, 1]: 1 only exports, −1 only imports, > 0 net exporter.
 * Reference: Lafay (1992), "The measurement of revealed comparative advantages", in Dagenais & Muet (eds.),
 * International Trade Modelling; methodology notes §2.1.
 *
 * Undefined cells are NaN (`#DIV/0!`): a product the country neither exports nor imports (X + M = 0).
 *
 * @param exports X, m countries (rows) x p products (columns), non-negative.
 * @param imports M, same shape.
 * @returns TSI, m x p (same orientation).
 * @throws {SelaError} `input` for different shapes or negative/non-finite values.
 * @example tradeSpecialisationIndex(fromRows([[70]]), fromRows([[15]])).data[0] // => 0.647059
 */
export function tradeSpecialisationIndex(exports: Matrix, imports: Matrix): Matrix {
  checkSameShape(exports, imports, EXPORTS, IMPORTS);
  checkNonNegative(exports, "exports", "exportaciones");
  checkNonNegative(imports, "imports", "importaciones");
  const result = matrix(exports.rows, exports.cols);
  for (let k = 0; k < result.data.length; k++) {
    const x = exports.data[k] as number;
    const m = imports.data[k] as number;
    result.data[k] = x + m > 0 ? (x - m) / (x + m) : NaN;
  }
  return result;
}
