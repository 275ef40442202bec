import { matrix, rowSums, sum, type Matrix } from "../linalg/matrix";
import { checkNonNegativeVector, checkVectorLength } from "./checkSameShape";
import { checkNonNegative } from "./revealedComparativeAdvantage";

/**
 * Location quotient LQ_rs = (E_rs / E_r) / (E_ns / E_n): sector s's share of region r's employment (or
 * output, firms, exports) over its share nationally; > 1 the region is specialised in s. The regional
 * analogue of Balassa's RCA. E_r is the region's total over the sectors given, E_n the national total.
 * Reference: Isard (1960), Methods of Regional Analysis, MIT Press, ch. 7; Miller & Blair (2009),
 * Input-Output Analysis, 2nd ed., §8.2 (location quotients for regionalising coefficients).
 *
 * Undefined cells are NaN (`#DIV/0!`): a region with no activity, a sector with no national activity.
 *
 * @param regional E_rs, regions (rows) x sectors (columns), non-negative.
 * @param national E_ns, one value per sector (length = sectors), non-negative.
 * @returns LQ, regions x sectors (same orientation as `regional`).
 * @throws {SelaError} `input` for a length mismatch or negative/non-finite values.
 * @example locationQuotient(fromRows([[100, 100, 200]]), [1000, 2000, 1000]).data // => Float64Array [1, 0.5, 2]
 */
export function locationQuotient(regional: Matrix, national: ArrayLike<number>): Matrix {
  checkVectorLength(
    national,
    regional.cols,
    { en: "national", es: "nacional" },
    { en: "the sector count of regional", es: "el número de sectores de regional" },
  );
  checkNonNegative(regional, "regional", "regional");
  checkNonNegativeVector(national, { en: "national", es: "nacional" });
  const nationalTotal = sum(national);
  const regionTotals = rowSums(regional);
  const { rows, cols } = regional;
  const result = matrix(rows, cols);
  for (let r = 0; r < rows; r++) {
    const er = regionTotals[r] as number;
    for (let s = 0; s < cols; s++) {
      const ens = national[s] as number;
      const k = r * cols + s;
      result.data[k] =
        er > 0 && ens > 0 && nationalTotal > 0 ? (regional.data[k] as number) / er / (ens / nationalTotal) : NaN;
    }
  }
  return result;
}
