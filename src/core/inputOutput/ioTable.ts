import { inputError } from "../errors";
import type { Matrix } from "../linalg/matrix";
import { technicalCoefficients } from "./technicalCoefficients";

/**
 * An input-output table as the functions receive it: the technical coefficients A always, and the
 * transactions Z with gross output x when the user gave them (Ghosh measures need them).
 */
export interface IoTable {
  /** A = Z x̂⁻¹, n x n, rows = selling sector, columns = buying sector. */
  readonly coefficients: Matrix;
  /** Z, n x n, same orientation, when known. */
  readonly transactions?: Matrix;
  /** Gross output x, length n, when known. */
  readonly output?: Float64Array;
}

/**
 * The catalogue's `table`/`output` convention: `table` is A when `output` is omitted and Z when it is
 * given, in which case A = Z x̂⁻¹ is formed (a zero-output sector gets a zero column).
 * Reference: Miller & Blair (2009), ch. 2.2.
 *
 * @param table A (n x n), or Z when `output` is given; rows sell, columns buy.
 * @param output gross output x (length n), optional.
 * @throws {SelaError} `input` for a non-square table, a length mismatch or a negative/non-finite output.
 * @example ioTable(fromRows([[150, 500], [200, 100]]), [1000, 2000]).coefficients // => [[0.15, 0.25], [0.2, 0.05]]
 */
export function ioTable(table: Matrix, output?: ArrayLike<number>): IoTable {
  if (output === undefined) return { coefficients: table };
  const x = Float64Array.from(output);
  return { coefficients: technicalCoefficients(table, x), transactions: table, output: x };
}

/**
 * Z and x of a table, for measures that need them (Ghosh, extraction).
 *
 * @throws {SelaError} `input` when the table was given as coefficients only.
 */
export function requireTransactions(
  table: IoTable,
  what: { en: string; es: string },
): { transactions: Matrix; output: Float64Array } {
  if (table.transactions === undefined || table.output === undefined) {
    throw inputError(
      `${what.en} needs output: give the transactions Z as table and gross output x`,
      `${what.es} necesita la producción: dé las transacciones Z como tabla y la producción bruta x`,
    );
  }
  return { transactions: table.transactions, output: table.output };
}
