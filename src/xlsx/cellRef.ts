/**
 * A1-style cell references. SpreadsheetML addresses cells as `AB12`, the report model as 0-based
 * (row, col); these helpers convert between the two so neither the writer nor the reader does it ad hoc.
 */
import type { CellRange } from "../analysis/report";
import { inputError } from "../core/errors";

/** The last column Excel has (XFD) and its last row: references beyond them are corrupt input. */
export const MAX_COLS = 16384;
export const MAX_ROWS = 1048576;

/**
 * Column letters for a 0-based column index (bijective base 26: A..Z, AA..).
 *
 * @example columnName(27) // => "AB"
 */
export function columnName(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/**
 * The A1 reference of a 0-based cell, optionally absolute (`$B$2`) as charts and defined names need.
 *
 * @example cellRef(1, 1, true) // => "$B$2"
 */
export function cellRef(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnName(col)}${d}${row + 1}`;
}

/**
 * The A1 reference of a range (`A1:C3`, or `A1` for one cell unless `absolute`, where charts want `$A$1:$A$1`).
 *
 * @example rangeRef({ row: 1, col: 1, rows: 12, cols: 1 }, true) // => "$B$2:$B$13"
 */
export function rangeRef(range: CellRange, absolute = false): string {
  const start = cellRef(range.row, range.col, absolute);
  const end = cellRef(range.row + range.rows - 1, range.col + range.cols - 1, absolute);
  return start === end && !absolute ? start : `${start}:${end}`;
}

/**
 * Parses `AB12` (or `$AB$12`) into 0-based { row, col }. Row-less references (`AB`) are not cells.
 *
 * @throws inputError when the text is not a cell reference inside Excel's grid
 * @example parseCellRef("AB12") // => { row: 11, col: 27 }
 */
export function parseCellRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) throw inputError(`bad cell reference "${ref}"`, `referencia de celda inválida "${ref}"`);
  const letters = (m[1] ?? "").toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (col > MAX_COLS || row < 1 || row > MAX_ROWS) {
    throw inputError(`cell reference outside the sheet "${ref}"`, `referencia fuera de la hoja "${ref}"`);
  }
  return { row: row - 1, col: col - 1 };
}

/**
 * Parses `A1:C3` (or a single `B2`) into a 0-based range; the corners may come in any order.
 *
 * @throws inputError when either end is not a cell reference
 * @example parseRangeRef("B2:C4") // => { row: 1, col: 1, rows: 3, cols: 2 }
 */
export function parseRangeRef(ref: string): CellRange {
  const [a = "", b = a] = ref.split(":");
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  const row = Math.min(p.row, q.row);
  const col = Math.min(p.col, q.col);
  return { row, col, rows: Math.abs(p.row - q.row) + 1, cols: Math.abs(p.col - q.col) + 1 };
}

/**
 * `'Sheet name'!$B$2:$B$13`: a sheet-qualified absolute reference, always quoted (valid for every name,
 * and needed for names with spaces, accents or digits first), with inner apostrophes doubled.
 *
 * @example qualifiedRef("Key sectors", { row: 1, col: 1, rows: 3, cols: 1 }) // => "'Key sectors'!$B$2:$B$4"
 */
export function qualifiedRef(sheetName: string, range: CellRange): string {
  return `'${sheetName.replace(/'/g, "''")}'!${rangeRef(range, true)}`;
}
