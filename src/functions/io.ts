/* eslint-disable @typescript-eslint/no-explicit-any -- custom functions take any[][] so that text and error cells reach the argument parser and are reported with their position. */
/**
 * Input-output functions of the SELA catalogue (rows = selling sector, columns = buying sector).
 * JSDoc here generates functions.json; Spanish names and help live in i18n/es/io.json.
 */
import { technicalCoefficients } from "../core/inputOutput/technicalCoefficients";
import { leontiefInverse } from "../core/inputOutput/leontiefInverse";
import { numericMatrix, numericVector } from "./arguments";
import { evaluate } from "./evaluate";
import { coefficientsArgument } from "./ioArguments";
import { matrixCells } from "./results";

/**
 * Technical coefficients A = Z x̂⁻¹ (a_ij = z_ij / x_j). A sector with zero output gets a zero column.
 * @customfunction TECHCOEF
 * @param transactions Intermediate transactions Z (n x n): rows sell, columns buy.
 * @param output Gross output x, one value per sector (row or column).
 * @returns Technical coefficients A (n x n).
 */
export function techcoef(transactions: any[][], output: any[][]): any[][] {
  return evaluate("TECHCOEF", () =>
    matrixCells(technicalCoefficients(numericMatrix("TECHCOEF", "transactions", transactions), numericVector("TECHCOEF", "output", output))),
  );
}

/**
 * Leontief inverse L = (I − A)⁻¹, computed by LU factorisation. Column sums of A must be below 1.
 * @customfunction LEONTIEF
 * @param table Technical coefficients A (n x n), or transactions Z when output is given.
 * @param [output] Gross output x, one value per sector; when given, A = Z x̂⁻¹ is formed first.
 * @returns Leontief inverse L (n x n).
 */
export function leontief(table: any[][], output?: any[][]): any[][] {
  return evaluate("LEONTIEF", () => matrixCells(leontiefInverse(coefficientsArgument("LEONTIEF", table, output))));
}
