/**
 * The look of a report sheet, matching the xlsx writer (src/xlsx/styles.ts): titles bold 14 pt, subtitles
 * bold, table headers bold on a light-blue fill with a thin bottom border, notes italic grey 10 pt; column
 * widths from the report, autofit for table columns without one; the panes frozen under the first table
 * header when it is near the top.
 */
import type { ReportBlock, ReportSheet } from "../analysis/report";
import { blockWidth } from "./blocks";

/** Header fill and note colour, as in the xlsx writer. */
export const HEADER_FILL = "#DDEBF7";
export const NOTE_COLOR = "#595959";
/** Freeze under a header only when it is within the first rows (a frozen band taller than this hides data). */
export const MAX_FROZEN_ROWS = 12;

/**
 * Excel column width in points for a width in characters of the default font (Calibri 11: 7-pixel digits
 * plus 5 pixels of padding, 0.75 pt per pixel; 8.43 characters → 48 pt, Excel's default).
 */
export function columnWidthPoints(chars: number): number {
  return Math.round(Math.max(0, chars) * 7 + 5) * 0.75;
}

/** Queues the block's style on its rectangle (the caller syncs). */
export function queueBlockStyle(sheet: Excel.Worksheet, block: ReportBlock): void {
  const rows = block.values.length;
  const cols = blockWidth(block);
  if (rows === 0 || cols === 0) return;
  const range = sheet.getRangeByIndexes(block.row, block.col, rows, cols);
  switch (block.style) {
    case "title":
      range.format.font.bold = true;
      range.format.font.size = 14;
      break;
    case "subtitle":
      range.format.font.bold = true;
      break;
    case "note":
      range.format.font.italic = true;
      range.format.font.color = NOTE_COLOR;
      range.format.font.size = 10;
      break;
    case "table":
      if (block.header === true) {
        const header = sheet.getRangeByIndexes(block.row, block.col, 1, cols);
        // Long headers (Spanish ones especially) wrap instead of being cut by the column width.
        header.format.wrapText = true;
        header.format.verticalAlignment = "Top";
        header.format.font.bold = true;
        header.format.fill.color = HEADER_FILL;
        const bottom = header.format.borders.getItem("EdgeBottom");
        bottom.style = "Continuous";
        bottom.weight = "Thin";
      }
      break;
  }
}

/** The row the panes freeze above (the first row under the first table header), if sensible. */
export function freezeRowOf(sheet: ReportSheet): number | undefined {
  const table = sheet.blocks.find((b) => b.style === "table" && b.header === true && b.values.length > 1);
  if (!table) return undefined;
  const rows = table.row + 1;
  return rows <= MAX_FROZEN_ROWS ? rows : undefined;
}

/** Columns (0-based) of table blocks without a width in the report: autofit candidates, as [first, count] runs. */
export function autofitRuns(sheet: ReportSheet): { row: number; rows: number; col: number; cols: number }[] {
  const runs: { row: number; rows: number; col: number; cols: number }[] = [];
  for (const block of sheet.blocks) {
    if (block.style !== "table" || block.values.length === 0) continue;
    let start = -1;
    const end = block.col + blockWidth(block);
    for (let c = block.col; c <= end; c++) {
      const free = c < end && sheet.columnWidths?.[c] === undefined;
      if (free && start < 0) start = c;
      if (!free && start >= 0) {
        runs.push({ row: block.row, rows: block.values.length, col: start, cols: c - start });
        start = -1;
      }
    }
  }
  return runs;
}

/** Queues column widths, autofit and frozen panes for a written sheet (the caller syncs). */
export function queueSheetLayout(sheet: Excel.Worksheet, report: ReportSheet): void {
  report.columnWidths?.forEach((chars, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(chars);
  });
  for (const run of autofitRuns(report)) {
    sheet.getRangeByIndexes(run.row, run.col, run.rows, run.cols).format.autofitColumns();
  }
  // Header rows take the height their wrapped text needs, once the widths are final.
  for (const block of report.blocks) {
    if (block.style === "table" && block.header === true) {
      sheet.getRangeByIndexes(block.row, block.col, 1, block.values[0]?.length ?? 1).format.autofitRows();
    }
  }
  const freeze = freezeRowOf(report);
  if (freeze !== undefined) sheet.freezePanes.freezeRows(freeze);
}
