/**
 * Argument conventions shared by the input-output functions.
 *
 * `table` is the technical-coefficients matrix A when `output` is omitted, and the transactions
 * matrix Z when `output` (gross output x) is given, in which case A = Z x̂⁻¹ is formed first.
 * Shape and sign problems are reported here, with the argument's name in the user's language and the
 * offending cell, before the core sees the numbers.
 */
import { inputError } from "../core/errors";
import { ioTable, type IoTable } from "../core/inputOutput/ioTable";
import type { Matrix } from "../core/linalg/matrix";
import { numericMatrix, numericVector, optionalVector } from "./arguments";
import { spanishParameterName } from "./i18n/spanish";

function square(fn: string, name: string, m: Matrix): Matrix {
  if (m.rows !== m.cols) {
    const es = spanishParameterName(fn, name);
    throw inputError(
      `${name} must be square, one row and one column per sector (got ${String(m.rows)} x ${String(m.cols)})`,
      `${es} debe ser cuadrada, una fila y una columna por sector (se recibió ${String(m.rows)} x ${String(m.cols)})`,
    );
  }
  for (let k = 0; k < m.data.length; k++) {
    if ((m.data[k] as number) < 0) {
      const es = spanishParameterName(fn, name);
      const row = String(Math.floor(k / m.cols) + 1);
      const col = String((k % m.cols) + 1);
      throw inputError(
        `${name} has a negative value at row ${row}, column ${col} (intermediate flows and coefficients must be non-negative)`,
        `${es} tiene un valor negativo en la fila ${row}, columna ${col} (los flujos intermedios y los coeficientes deben ser no negativos)`,
      );
    }
  }
  return m;
}

/** A square, non-negative matrix argument (A or Z). */
export function squareArgument(fn: string, name: string, value: unknown): Matrix {
  return square(fn, name, numericMatrix(fn, name, value));
}

/** The table from `table` and the optional `output` (see the module comment). */
export function tableArgument(fn: string, table: unknown, output: unknown): IoTable {
  const t = squareArgument(fn, "table", table);
  return ioTable(t, optionalVector(fn, "output", output, t.rows));
}

/** A from `table` and the optional `output` (see the module comment). */
export function coefficientsArgument(fn: string, table: unknown, output: unknown): Matrix {
  return tableArgument(fn, table, output).coefficients;
}

/** Z and x from the required `transactions` and `output` arguments. */
export function transactionsArgument(
  fn: string,
  transactions: unknown,
  output: unknown,
): { transactions: Matrix; output: Float64Array } {
  const z = squareArgument(fn, "transactions", transactions);
  return { transactions: z, output: numericVector(fn, "output", output, z.rows) };
}

/** A per-sector vector argument (coefficients w, demand change Δf) of the table's length. */
export function sectorVector(fn: string, name: string, value: unknown, table: IoTable): Float64Array {
  return numericVector(fn, name, value, table.coefficients.rows);
}
