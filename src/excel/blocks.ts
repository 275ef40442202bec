/**
 * Writing a rectangle of cells in row chunks: one `context.sync()` per chunk, each request kept far under the
 * 5 MB payload limit of Excel on the web (at most {@link MAX_CELLS_PER_SYNC} cells and an estimated
 * {@link MAX_BYTES_PER_SYNC} bytes), calculation suspended until each sync, cancellation checked between
 * chunks. Within a chunk the number formats go first, then values, then formulas (see safeText.ts).
 */
import type { ReportBlock } from "../analysis/report";
import { checkAbort } from "./officeErrors";
import { cellBytes, encodeCell, type EncodedCell } from "./safeText";

/** Most cells sent in one sync: 20,000 cells of numbers is ~0.5 MB of JSON, a tenth of the web limit. */
export const MAX_CELLS_PER_SYNC = 20_000;
/** Most estimated bytes sent in one sync (values + formats + formulas), a fifth of the web limit. */
export const MAX_BYTES_PER_SYNC = 1_000_000;

/** Rows [start, end) of a grid written in one sync. */
export interface RowChunk {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits rows into chunks under both budgets; a row over a budget on its own still goes alone.
 *
 * @example planChunks(grid50000x2).length // => 5 (10,000 rows of 2 cells each)
 */
export function planChunks(
  cells: readonly (readonly EncodedCell[])[],
  maxCells = MAX_CELLS_PER_SYNC,
  maxBytes = MAX_BYTES_PER_SYNC,
): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let n = 0;
  let bytes = 0;
  cells.forEach((row, r) => {
    const rowBytes = row.reduce((s, c) => s + cellBytes(c), 0);
    if (r > start && (n + row.length > maxCells || bytes + rowBytes > maxBytes)) {
      chunks.push({ start, end: r });
      start = r;
      n = 0;
      bytes = 0;
    }
    n += row.length;
    bytes += rowBytes;
  });
  if (cells.length > start) chunks.push({ start, end: cells.length });
  return chunks;
}

/** Width of a block: its longest row (ragged rows are padded with blanks). */
export function blockWidth(block: ReportBlock): number {
  return block.values.reduce((w, row) => Math.max(w, row.length), 0);
}

/** A block's cells encoded for Excel, padded to a rectangle, with the block's per-column formats. */
export function encodeBlock(block: ReportBlock): EncodedCell[][] {
  const width = blockWidth(block);
  return block.values.map((row) => {
    const out: EncodedCell[] = [];
    for (let c = 0; c < width; c++) out.push(encodeCell(row[c] ?? null, block.columnFormats?.[c]));
    return out;
  });
}

function hasAny<T>(grid: readonly (readonly T[])[], keep: (v: T) => boolean): boolean {
  return grid.some((row) => row.some(keep));
}

/**
 * Queues one rectangle of encoded cells on `range` (same shape): numberFormat first (Text before text
 * values), then values, then formulas; arrays that would be all null are not sent.
 */
export function queueCells(range: Excel.Range, cells: readonly (readonly EncodedCell[])[]): void {
  const formats = cells.map((row) => row.map((c) => c.format));
  if (hasAny(formats, (f) => f !== null)) range.numberFormat = formats;
  const values = cells.map((row) => row.map((c) => c.value));
  if (hasAny(values, (v) => v !== null)) range.values = values;
  const formulas = cells.map((row) => row.map((c) => c.formula));
  if (hasAny(formulas, (f) => f !== null)) range.formulas = formulas;
}

/** Options of {@link writeGrid}. */
export interface GridWriteOptions {
  readonly signal?: AbortSignal;
  /** Called after each chunk's sync with the number of cells that chunk wrote. */
  readonly onChunk?: (cells: number) => void;
}

/**
 * Writes `cells` with its top-left at (row, col) of `sheet`, one sync per chunk. Anything queued on the
 * context before the call travels with the first chunk.
 */
export async function writeGrid(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  cells: readonly (readonly EncodedCell[])[],
  options: GridWriteOptions = {},
): Promise<void> {
  const width = cells[0]?.length ?? 0;
  if (width === 0) return;
  for (const chunk of planChunks(cells)) {
    checkAbort(options.signal);
    const rows = chunk.end - chunk.start;
    queueCells(sheet.getRangeByIndexes(row + chunk.start, col, rows, width), cells.slice(chunk.start, chunk.end));
    context.application.suspendApiCalculationUntilNextSync();
    // One sync per chunk is the point: each request must stay under Excel on the web's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    options.onChunk?.(rows * width);
  }
}
