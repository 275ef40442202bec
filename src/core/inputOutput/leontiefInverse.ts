import { inputError } from "../errors";
import { inverse, luDecompose, type LuDecomposition } from "../linalg/lu";
import { columnSums, matrix, type Matrix } from "../linalg/matrix";

/**
 * Checks that A is a usable coefficient matrix: square, finite, non-negative, and productive (every
 * column sum below 1, the Hawkins–Simon condition for a non-negative A is then met by the column-sum
 * test of Miller & Blair 2009, ch. 2.3). A column sum of 1 or more means a sector uses at least one
 * unit of intermediate inputs per unit of output: the table is probably transposed, in different units,
 * or not a coefficient table at all.
 *
 * @throws {SelaError} `input` naming the first problem.
 */
export function checkCoefficients(a: Matrix): void {
  if (a.rows !== a.cols) {
    throw inputError(
      `coefficients must be square (got ${String(a.rows)} x ${String(a.cols)})`,
      `los coeficientes deben formar una matriz cuadrada (se recibió ${String(a.rows)} x ${String(a.cols)})`,
    );
  }
  const n = a.rows;
  for (let k = 0; k < a.data.length; k++) {
    const v = a.data[k] as number;
    if (!Number.isFinite(v) || v < 0) {
      throw inputError(
        `coefficients must be finite and non-negative (row ${String(Math.floor(k / n) + 1)}, column ${String((k % n) + 1)} is ${String(v)})`,
        `los coeficientes deben ser finitos y no negativos (fila ${String(Math.floor(k / n) + 1)}, columna ${String((k % n) + 1)} es ${String(v)})`,
      );
    }
  }
  const sums = columnSums(a);
  for (let j = 0; j < n; j++) {
    const s = sums[j] as number;
    if (s >= 1) {
      throw inputError(
        `the table is not productive: coefficients of sector ${String(j + 1)} add up to ${s.toFixed(4)} (must be below 1); check that rows sell and columns buy, and that output is gross output`,
        `la tabla no es productiva: los coeficientes del sector ${String(j + 1)} suman ${s.toFixed(4)} (deben sumar menos de 1); verifique que las filas venden y las columnas compran, y que la producción es la producción bruta`,
      );
    }
  }
}

/**
 * I − A as a new matrix.
 *
 * @example toRows(identityMinus(fromRows([[0.15, 0.25], [0.2, 0.05]]))) // => [[0.85, -0.25], [-0.2, 0.95]]
 */
export function identityMinus(a: Matrix): Matrix {
  const n = a.rows;
  const result = matrix(n, n);
  for (let k = 0; k < a.data.length; k++) result.data[k] = -(a.data[k] as number);
  for (let i = 0; i < n; i++) result.data[i * n + i] = 1 + (result.data[i * n + i] as number);
  return result;
}

/**
 * LU factorisation of I − A after checking A, the one factorisation every multiplier, linkage and
 * impact is solved from.
 *
 * @throws {SelaError} `input` for an invalid or non-productive A; `numeric` if I − A is singular.
 */
export function leontiefFactor(a: Matrix): LuDecomposition {
  checkCoefficients(a);
  return luDecompose(identityMinus(a));
}

/**
 * Leontief inverse L = (I − A)⁻¹: l_ij is the output of sector i needed, directly and indirectly, per
 * unit of final demand for sector j.
 *
 * Computed through the LU factorisation of I − A (solving (I − A)L = I), not by cofactors.
 * Reference: Miller & Blair (2009), ch. 2.3.
 *
 * @param coefficients A, n x n, rows = selling sector, columns = buying sector, column sums below 1.
 * @returns L, n x n, same orientation.
 * @throws {SelaError} `input` for an invalid or non-productive A; `numeric` if I − A is singular.
 * @example leontiefInverse(fromRows([[0.15, 0.25], [0.2, 0.05]])) // => [[1.254125, 0.330033], [0.264026, 1.122112]]
 */
export function leontiefInverse(coefficients: Matrix): Matrix {
  checkCoefficients(coefficients);
  return inverse(identityMinus(coefficients));
}
