/**
 * The single entry every custom function goes through: run the computation, map any failure to an
 * Excel error, and refuse results too large for Excel's 5 MB request limit with advice instead of a
 * `#BUSY!` that never ends (limits.ts).
 */
import { toExcelError, type Cell, type ExcelError } from "./excelErrors";
import { checkResultPayload } from "./limits";

/**
 * What a SELA function returns to Excel: a grid, or one error value in its place. Typed as the
 * metadata generator needs it (`any[][]` makes the result a spilling matrix in functions.json);
 * Excel accepts an error value wherever a matrix result is declared.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the custom-functions metadata reads this type
export type SpilledResult = any[][];

/** The same computation with its honest type, for callers in TypeScript (the pane, the tests). */
export function evaluateGrid(id: string, compute: () => Cell[][]): Cell[][] | ExcelError {
  try {
    const grid = compute();
    checkResultPayload(grid);
    return grid;
  } catch (thrown) {
    return toExcelError(id, thrown);
  }
}

/**
 * Runs `compute` for custom function `id` and returns its grid, or one error value with a message that
 * names the function. Never throws.
 */
export function evaluate(id: string, compute: () => Cell[][]): SpilledResult {
  return evaluateGrid(id, compute) as SpilledResult;
}
