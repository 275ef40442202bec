/**
 * Workbook and CSV content → the tables the analyses read ({@link TableData}), shared by the
 * `sela-niches report` command and the browser workbench so both find the same header row and cells.
 * Pure: takes grids already read by src/xlsx (readWorkbook, parseCsv); no I/O.
 */
import type { CellValue, ReadTable } from "../xlsx/readWorkbook";
import type { TableCell, TableData } from "./gateway";

/** A read cell as a table cell: errors become their code text (`"#N/A"`), missing cells blank. */
export function cellOf(v: CellValue | undefined): TableCell {
  if (v === undefined) return null;
  if (v !== null && typeof v === "object") return v.error;
  return v;
}

/**
 * A grid (sheet or CSV) → table: the header is the first row with at least two non-empty cells; blank
 * rows below it are dropped and every row is padded to the widest row.
 *
 * @example gridToTable("g", [["title"], ["a", "b"], [1, 2]]) // => { name: "g", headers: ["a", "b"], rows: [[1, 2]] }
 */
export function gridToTable(name: string, grid: readonly (readonly (CellValue | string | number)[])[]): TableData {
  const filled = (row: readonly unknown[]): number =>
    row.filter((c) => c !== null && c !== "" && c !== undefined).length;
  const start = grid.findIndex((r) => filled(r) >= 2);
  if (start < 0) return { name, headers: [], rows: [] };
  const width = grid.slice(start).reduce((w, r) => Math.max(w, r.length), 0);
  const headers = Array.from({ length: width }, (_, j) => {
    const v = cellOf(grid[start]?.[j]);
    return v === null ? "" : String(v).trim();
  });
  const rows = grid
    .slice(start + 1)
    .filter((r) => filled(r) > 0)
    .map((r) => Array.from({ length: width }, (_, j) => cellOf(r[j] as CellValue)));
  return { name, headers, rows };
}

/** An Excel table (ListObject) read from a workbook → table data. */
export function tableFromRead(table: ReadTable): TableData {
  return { name: table.name, headers: table.header, rows: table.rows.map((r) => r.map((c) => cellOf(c))) };
}
