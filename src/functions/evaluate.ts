/**
 * The single entry every custom function goes through: run the computation, map any failure to an
 * Excel error, and refuse results too large for Excel's 5 MB request limit with advice instead of a
 * `#BUSY!` that never ends.
 */
import { inputError } from "../core/errors";
import { toExcelError, type Cell, type ExcelError } from "./excelErrors";

/**
 * Largest spilled result a SELA function returns, in cells. Excel on the web caps a custom-function
 * response at 5 MB; a double serialises to about 20 bytes, so 200,000 cells (a 447 x 447 matrix)
 * stays well inside it with room for the request.
 */
export const MAX_RESULT_CELLS = 200_000;

/**
 * Largest input range a SELA function accepts, in cells. The request carrying the arguments has the
 * same 5 MB cap on the web; larger tables belong in the task pane, which reads and writes in blocks.
 */
export const MAX_INPUT_CELLS = 250_000;

/** Rejects a result before it is built when its size is known in advance (n x n inverses). */
export function checkResultSize(rows: number, cols: number): void {
  const cells = rows * cols;
  if (cells > MAX_RESULT_CELLS) {
    throw inputError(
      `the result would have ${cells.toLocaleString("en-US")} cells, more than Excel accepts from a function (${MAX_RESULT_CELLS.toLocaleString("en-US")}); use the SELA Niches pane, which writes large results in blocks`,
      `el resultado tendría ${cells.toLocaleString("es-ES")} celdas, más de las que Excel acepta de una función (${MAX_RESULT_CELLS.toLocaleString("es-ES")}); use el panel SELA Niches, que escribe resultados grandes por bloques`,
    );
  }
}

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
    checkResultSize(grid.length, grid[0]?.length ?? 0);
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
