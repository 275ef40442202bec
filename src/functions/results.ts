/**
 * Core results as Excel grids: numbers stay numbers, undefined cells become per-cell error values.
 *
 * Convention shared with the core: NaN marks an undefined cell (0/0, a country with no exports, a
 * product left out of the eigenproblem) and becomes the function's declared error code; ±Infinity
 * (log of 0, division of a positive number by 0) becomes `#NUM!`.
 */
import type { Matrix } from "../core/linalg/matrix";
import { excelError, type Cell, type ExcelErrorCode } from "./excelErrors";

function cell(value: number, undefinedAs: ExcelErrorCode): Cell {
  if (Number.isFinite(value)) return value;
  return Number.isNaN(value) ? excelError(undefinedAs) : excelError("#NUM!");
}

/** A matrix result with its input orientation. */
export function matrixCells(m: Matrix, undefinedAs: ExcelErrorCode = "#DIV/0!"): Cell[][] {
  const out: Cell[][] = [];
  for (let i = 0; i < m.rows; i++) {
    const row: Cell[] = [];
    for (let j = 0; j < m.cols; j++) row.push(cell(m.data[i * m.cols + j] as number, undefinedAs));
    out.push(row);
  }
  return out;
}

/** A per-sector or per-country result: one column (n x 1). */
export function columnCells(values: ArrayLike<number>, undefinedAs: ExcelErrorCode = "#DIV/0!"): Cell[][] {
  return Array.from(values, (v) => [cell(v, undefinedAs)]);
}

/** A per-product result: one row (1 x p). */
export function rowCells(values: ArrayLike<number>, undefinedAs: ExcelErrorCode = "#DIV/0!"): Cell[][] {
  return [Array.from(values, (v) => cell(v, undefinedAs))];
}

/** A text result (labels or codes), any shape. */
export function textCells(labels: readonly (readonly string[])[]): Cell[][] {
  return labels.map((row) => [...row]);
}

/** A text result as one column (n x 1). */
export function textColumn(labels: readonly string[]): Cell[][] {
  return labels.map((label) => [label]);
}
