import { inputError } from "../errors";
import { matrix, type Matrix } from "../linalg/matrix";

/**
 * Checks that gross output matches the table and is finite and non-negative.
 *
 * @throws {SelaError} `input` for a length mismatch or a negative or non-finite value.
 */
export function checkOutput(table: Matrix, output: ArrayLike<number>): void {
  if (table.rows !== table.cols) {
    throw inputError(
      `transactions must be square (got ${String(table.rows)} x ${String(table.cols)})`,
      `las transacciones deben formar una matriz cuadrada (se recibió ${String(table.rows)} x ${String(table.cols)})`,
    );
  }
  if (output.length !== table.cols) {
    throw inputError(
      `output has ${String(output.length)} values but the table has ${String(table.cols)} sectors`,
      `la producción tiene ${String(output.length)} valores pero la tabla tiene ${String(table.cols)} sectores`,
    );
  }
  for (let j = 0; j < output.length; j++) {
    const x = output[j] as number;
    if (!Number.isFinite(x) || x < 0) {
      throw inputError(
        `output must be finite and non-negative (sector ${String(j + 1)} is ${String(x)})`,
        `la producción debe ser finita y no negativa (el sector ${String(j + 1)} es ${String(x)})`,
      );
    }
  }
}

/**
 * Technical (input) coefficients A = Z x̂⁻¹: a_ij = z_ij / x_j, the purchases from sector i per unit of
 * sector j's output.
 *
 * Convention: a sector with zero output gets a zero column (it buys nothing per unit it does not
 * produce), never NaN. Reference: Miller & Blair (2009), *Input-Output Analysis*, 2nd ed., ch. 2.2.
 *
 * @param transactions Z, n x n, rows = selling sector, columns = buying sector.
 * @param output gross output x, length n.
 * @returns A, n x n.
 * @throws {SelaError} for a non-square Z, a length mismatch, or negative/non-finite output.
 * @example technicalCoefficients(fromRows([[150, 500], [200, 100]]), [1000, 2000]) // => [[0.15, 0.25], [0.2, 0.05]]
 */
export function technicalCoefficients(transactions: Matrix, output: ArrayLike<number>): Matrix {
  checkOutput(transactions, output);
  const n = transactions.cols;
  const a = matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = output[j] as number;
      a.data[i * n + j] = x === 0 ? 0 : (transactions.data[i * n + j] as number) / x;
    }
  }
  return a;
}
