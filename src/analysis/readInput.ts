/**
 * Workbook and CSV content → the tables the analyses read ({@link TableData}), shared by the
 * `sela-niches report` command and the browser workbench so both find the same header row and cells.
 * Pure: takes grids already read by src/xlsx (readWorkbook) or CSV text already decoded; no I/O.
 */
import { csvNumber, readCsvFields, type CsvOptions, type CsvValue } from "../xlsx/csv";
import type { CellValue, ReadTable } from "../xlsx/readWorkbook";
import type { TableCell, TableData } from "./gateway";
import { codeColumns } from "./tradeColumns";

/** A read cell as a table cell: errors become their code text (`"#N/A"`), missing cells blank. */
export function cellOf(v: CellValue | undefined): TableCell {
  if (v === undefined) return null;
  if (v !== null && typeof v === "object") return v.error;
  return v;
}

/**
 * A table read from a file, with where each data row sits in it, so messages can cite the row the user
 * sees (a sheet's row number, a CSV file's record number) rather than a position below the header.
 */
export interface ReadTableData extends TableData {
  readonly rowNumbers: readonly number[];
}

/**
 * The row number the user sees for data row `r` of a table: its recorded sheet/file row when the reader
 * knew it ({@link TableData.rowNumbers}), else `r + 2` (header in row 1, no blank rows).
 *
 * @example tableRowNumber({ name: "t", headers: ["a"], rows: [[1]], rowNumbers: [9] }, 0) // => 9
 */
export function tableRowNumber(table: TableData, r: number): number {
  return table.rowNumbers?.[r] ?? r + 2;
}

/** Rows examined to find the header: titles, notes and metadata sit in the first few rows. */
const HEADER_SCAN_ROWS = 50;

/** A grid row: read cells (CSV values are strings and numbers, which are cell values too). */
type GridRow = readonly (CellValue | undefined)[];

const isFilled = (c: unknown): boolean => c !== null && c !== "" && c !== undefined;

function filledCount(row: GridRow): number {
  let n = 0;
  for (const c of row) if (isFilled(c)) n++;
  return n;
}

function lastFilled(row: GridRow): number {
  for (let j = row.length - 1; j >= 0; j--) if (isFilled(row[j])) return j;
  return -1;
}

/**
 * The index of the header row of a grid, or -1 when no row has two values. Among the first
 * {@link HEADER_SCAN_ROWS} rows with at least two values, the header is the first one that
 * - holds at least half as many values as the fullest of those rows (a "Unidad: | millones" or
 *   "Fecha de publicación | date" pair above a wide table is not a header), and
 * - reaches the table's right edge: its last value is in or beyond the column where most of those rows
 *   end (a metadata pair above a narrow 3-column table ends before it).
 * A title with a single value is never the header. When no row meets both conditions, the first row with
 * two values is the header, as before.
 */
export function headerRowIndex(grid: readonly GridRow[]): number {
  const candidates: { index: number; filled: number; last: number }[] = [];
  for (let i = 0; i < grid.length && candidates.length < HEADER_SCAN_ROWS; i++) {
    const row = grid[i] as GridRow;
    const filled = filledCount(row);
    if (filled >= 2) candidates.push({ index: i, filled, last: lastFilled(row) });
  }
  const first = candidates[0];
  if (first === undefined) return -1;
  const widest = Math.max(...candidates.map((c) => c.filled));
  // The right edge most rows share (ties go to the wider edge: header and data end together).
  const edges = new Map<number, number>();
  for (const c of candidates) edges.set(c.last, (edges.get(c.last) ?? 0) + 1);
  let edge = first.last;
  let edgeCount = 0;
  for (const [last, count] of edges) {
    if (count > edgeCount || (count === edgeCount && last > edge)) [edge, edgeCount] = [last, count];
  }
  const header = candidates.find((c) => 2 * c.filled >= widest && c.last >= edge);
  return (header ?? first).index;
}

/**
 * A grid (sheet or CSV) → table: the header row is found by {@link headerRowIndex} (rows above it are
 * skipped); blank rows below it are dropped, every row is padded to the widest row, and each row keeps its
 * 1-based row number in the grid (grids start at row 1: a sheet's A1, a CSV file's first record).
 *
 * @example gridToTable("g", [["title"], ["a", "b"], [1, 2]]) // => { name: "g", headers: ["a", "b"], rows: [[1, 2]], rowNumbers: [3] }
 */
export function gridToTable(name: string, grid: readonly GridRow[]): ReadTableData {
  const start = headerRowIndex(grid);
  if (start < 0) return { name, headers: [], rows: [], rowNumbers: [] };
  const width = grid.slice(start).reduce((w, r) => Math.max(w, r.length), 0);
  const headers = Array.from({ length: width }, (_, j) => {
    const v = cellOf(grid[start]?.[j]);
    return v === null ? "" : String(v).trim();
  });
  const rows: TableCell[][] = [];
  const rowNumbers: number[] = [];
  for (let i = start + 1; i < grid.length; i++) {
    const r = grid[i] as GridRow;
    if (filledCount(r) === 0) continue;
    rows.push(Array.from({ length: width }, (_, j) => cellOf(r[j])));
    rowNumbers.push(i + 1);
  }
  return { name, headers, rows, rowNumbers };
}

/**
 * CSV text (already decoded) → a grid for {@link gridToTable}: numbers converted as {@link csvNumber}
 * reads them, except in the header row and in the columns whose header names a code
 * (`codeColumns` in tradeColumns.ts), which keep their text, so "8471.30" does not become 8471.3 and a header
 * "8471.30" of a wide table stays as written.
 *
 * @example csvGrid("country,product,value\nchl,8471.30,100\n") // => [["country", "product", "value"], ["chl", "8471.30", 100]]
 */
export function csvGrid(text: string, options: CsvOptions = {}): CsvValue[][] {
  const { records, decimal } = readCsvFields(text, options);
  const header = headerRowIndex(records);
  const codes = codeColumns(records[header] ?? []);
  return records.map((r, i) =>
    i === header ? r : r.map((f, j): CsvValue => (codes.has(j) ? f : csvNumber(f, decimal))),
  );
}

/** An Excel table (ListObject) read from a workbook → table data. */
export function tableFromRead(table: ReadTable): ReadTableData {
  // The body starts below the header row (when the table has one); ref.row is 0-based.
  const firstBodyRow = table.ref.row + 1 + (table.headerless === true ? 0 : 1);
  return {
    name: table.name,
    headers: table.header,
    rows: table.rows.map((r) => r.map((c) => cellOf(c))),
    rowNumbers: table.rows.map((_, i) => firstBodyRow + i),
  };
}
