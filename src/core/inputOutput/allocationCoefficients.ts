import { matrix, type Matrix } from "../linalg/matrix";
import { checkOutput } from "./technicalCoefficients";

/**
 * Allocation (output) coefficients B = x̂⁻¹ Z: b_ij = z_ij / x_i, the share of sector i's output sold
 * to sector j as an intermediate input. The supply-side (Ghosh) counterpart of A.
 *
 * Convention: a sector with zero output gets a zero row (it allocates nothing it does not produce),
 * never NaN. Reference: Miller & Blair (2009), *Input-Output Analysis*, 2nd ed., ch. 12.1.
 *
 * @param transactions Z, n x n, rows = selling sector, columns = buying sector.
 * @param output gross output x, length n.
 * @returns B, n x n, same orientation.
 * @throws {SelaError} for a non-square Z, a length mismatch, or negative/non-finite output.
 * @example allocationCoefficients(fromRows([[150, 500], [200, 100]]), [1000, 2000]) // => [[0.15, 0.5], [0.1, 0.05]]
 */
export function allocationCoefficients(transactions: Matrix, output: ArrayLike<number>): Matrix {
  checkOutput(transactions, output);
  const n = transactions.cols;
  const b = matrix(n, n);
  for (let i = 0; i < n; i++) {
    const x = output[i] as number;
    if (x === 0) continue;
    for (let j = 0; j < n; j++) b.data[i * n + j] = (transactions.data[i * n + j] as number) / x;
  }
  return b;
}
