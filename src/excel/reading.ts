/**
 * Reading ranges in row chunks (at most {@link MAX_CELLS_PER_SYNC} cells per sync) so that a large table
 * never hits the 5 MB response limit of Excel on the web, and the conversion of what Excel returns
 * (`""` for blanks) to the gateway's cells (blanks null).
 */
import { asCode, codeFormat } from "../analysis/codeFormats";
import type { TableCell } from "../analysis/gateway";
import { MAX_CELLS_PER_SYNC } from "./blocks";

/** A rectangle to read: a range and its size (already loaded). */
export interface GridShape {
  readonly range: Excel.Range;
  readonly rows: number;
  readonly cols: number;
}

/** Row chunks [start, start + n) of a read that loads `perCell` 2-D properties. */
function readChunks(shape: GridShape, perCell: number): { start: number; n: number }[] {
  const step = Math.max(1, Math.floor(MAX_CELLS_PER_SYNC / (Math.max(1, shape.cols) * perCell)));
  const out: { start: number; n: number }[] = [];
  if (shape.cols === 0) return out;
  for (let start = 0; start < shape.rows; start += step) out.push({ start, n: Math.min(step, shape.rows - start) });
  return out;
}

function chunkRange(shape: GridShape, start: number, n: number): Excel.Range {
  return shape.range.getCell(start, 0).getResizedRange(n - 1, shape.cols - 1);
}

/** Reads a range's values chunk by chunk (one sync per chunk). */
export async function readValues(context: Excel.RequestContext, shape: GridShape): Promise<unknown[][]> {
  const values: unknown[][] = [];
  for (const { start, n } of readChunks(shape, 1)) {
    const part = chunkRange(shape, start, n);
    part.load("values");
    // Reads are chunked on purpose: one response per chunk keeps each under the 5 MB web limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    values.push(...(part.values as unknown[][]));
  }
  return values;
}

/** A range's formulas, values and value types, read chunk by chunk. */
export interface FormulaGrid {
  readonly formulas: unknown[][];
  readonly values: unknown[][];
  readonly valueTypes: string[][];
}

/** Reads formulas, values and valueTypes of a range chunk by chunk (one sync per chunk). */
export async function readFormulas(context: Excel.RequestContext, shape: GridShape): Promise<FormulaGrid> {
  const grid = { formulas: [] as unknown[][], values: [] as unknown[][], valueTypes: [] as string[][] };
  for (const { start, n } of readChunks(shape, 3)) {
    const part = chunkRange(shape, start, n);
    part.load("formulas,values,valueTypes");
    // Reads are chunked on purpose: one response per chunk keeps each under the 5 MB web limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    grid.formulas.push(...(part.formulas as unknown[][]));
    grid.values.push(...(part.values as unknown[][]));
    grid.valueTypes.push(...(part.valueTypes as string[][]));
  }
  return grid;
}

/** A value as the gateway returns it: `""` (blank) → null, numbers, text and booleans as they are. */
export function tableCell(v: unknown): TableCell {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

/**
 * The table cells of `rows`, with the columns whose number format in `formats` (the first data row's, as
 * Excel returns them) is a zero-padded code format ("000000", "0000.00": HS codes kept as numbers) read as the text Excel
 * shows (see codeFormats.ts). Only the first data row's formats are read: a code column is formatted as a
 * whole, and loading every cell's format would double what a large table costs to read.
 */
export function tableCells(rows: readonly unknown[][], formats: unknown[][] | undefined): TableCell[][] {
  const codes = (formats?.[0] ?? []).map((f) => codeFormat(String(f)));
  if (!codes.some((c) => c !== undefined)) return rows.map((r) => r.map(tableCell));
  return rows.map((r) => r.map((v, j) => tableCell(asCode(v, codes[j]))));
}

/** A header cell as text (blank → ""). */
export function headerText(v: unknown): string {
  const c = tableCell(v);
  return c === null ? "" : String(c);
}
