/**
 * Argument conventions shared by the input-output functions.
 *
 * `table` is the technical-coefficients matrix A when `output` is omitted, and the transactions
 * matrix Z when `output` (gross output x) is given, in which case A = Z x̂⁻¹ is formed first.
 */
import { technicalCoefficients } from "../core/inputOutput/technicalCoefficients";
import type { Matrix } from "../core/linalg/matrix";
import { numericMatrix, optionalVector } from "./arguments";

/** A from `table` and the optional `output` (see the module comment). */
export function coefficientsArgument(fn: string, table: unknown, output: unknown): Matrix {
  const t = numericMatrix(fn, "table", table);
  const x = optionalVector(fn, "output", output);
  return x === undefined ? t : technicalCoefficients(t, x);
}
