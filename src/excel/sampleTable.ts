/**
 * insertSampleTable: a new sheet (unique name) with an attribution line in A1 and the data as an Excel table
 * from A3 (headers written as text, cells through the same text-safe chunked writer as reports), under a
 * unique table name. On failure the new sheet is deleted before the error is rethrown.
 */
import type { TableData, WriteOptions, WrittenReport } from "../analysis/gateway";
import { queueCells, writeGrid } from "./blocks";
import { loadTableAndDefinedNames, loadWorksheets } from "./collections";
import { NOTE_COLOR } from "./formats";
import { checkAbort } from "./officeErrors";
import type { ExcelRunner } from "./runtime";
import { encodeCell, textCell, type EncodedCell } from "./safeText";
import { a1, uniqueSheetNames, uniqueTableName } from "./sheetNames";
import { withCleanup } from "./writeReport";

/** Row (0-based) of the table's header; the attribution sits in row 0. */
export const SAMPLE_HEADER_ROW = 2;

/** Header and data cells of a sample table, padded to the header width (or the widest row). */
export function sampleCells(data: TableData): EncodedCell[][] {
  const width = data.rows.reduce((w, r) => Math.max(w, r.length), data.headers.length);
  const header: EncodedCell[] = [];
  for (let c = 0; c < width; c++) header.push(textCell(data.headers[c] ?? `Column${c + 1}`));
  const body = data.rows.map((row) => {
    const out: EncodedCell[] = [];
    for (let c = 0; c < width; c++) out.push(encodeCell(row[c] ?? null));
    return out;
  });
  return [header, ...body];
}

/** Writes the sample table; returns the sheet's final name. */
export async function insertSample(
  context: Excel.RequestContext,
  sheetName: string,
  tableName: string,
  data: TableData,
  attribution: string,
  options: WriteOptions = {},
  fresh?: ExcelRunner,
): Promise<WrittenReport> {
  checkAbort(options.signal);
  const existing = await loadWorksheets(context);
  const [name = sheetName] = uniqueSheetNames(
    [sheetName],
    existing.map((s) => s.name),
  );
  const tableNames = await loadTableAndDefinedNames(context);
  const finalTableName = uniqueTableName(tableName, tableNames);
  const cells = sampleCells(data);
  const width = cells[0]?.length ?? 0;
  return withCleanup(
    context,
    [name],
    async () => {
      const sheet = context.workbook.worksheets.add(name);
      const note = sheet.getRange("A1");
      queueCells(note, [[textCell(attribution)]]);
      note.format.font.italic = true;
      note.format.font.color = NOTE_COLOR;
      let done = 0;
      const total = cells.length * width;
      await writeGrid(context, sheet, SAMPLE_HEADER_ROW, 0, cells, {
        signal: options.signal,
        onChunk: (n) => {
          done += n;
          options.onProgress?.(done, total);
        },
      });
      checkAbort(options.signal);
      if (width > 0) {
        const address = `${a1(SAMPLE_HEADER_ROW, 0)}:${a1(SAMPLE_HEADER_ROW + cells.length - 1, width - 1)}`;
        const table = sheet.tables.add(sheet.getRange(address), true);
        table.name = finalTableName;
        sheet.getRange(address).format.autofitColumns();
      }
      sheet.activate();
      await context.sync();
      return { sheets: [name] };
    },
    fresh,
  );
}
