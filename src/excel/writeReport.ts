/**
 * Report → new worksheets of the open workbook. "Write, then reveal": the sheets are added at the end of the
 * workbook under unique names (never over existing cells), every block is written in chunks (one sync each,
 * progress and cancellation between chunks), then layout and charts, and only then is the first sheet
 * activated. If anything fails (Excel error, cancellation) the sheets this call created are deleted before
 * the error is rethrown, so no half-written sheet is left behind. Sheets are not hidden while writing:
 * changing visibility clears the user's undo stack on desktop Excel, and sheets added at the end stay out of
 * sight anyway.
 */
import type { WriteOptions, WrittenReport } from "../analysis/gateway";
import type { Report } from "../analysis/report";
import { blockWidth, encodeBlock, writeGrid } from "./blocks";
import { queueScatterChart } from "./charts";
import { loadWorksheets } from "./collections";
import { queueBlockStyle, queueSheetLayout } from "./formats";
import { checkAbort } from "./officeErrors";
import type { ExcelRunner } from "./runtime";
import { uniqueSheetNames } from "./sheetNames";

/** Cells a report writes (the unit of progress). */
export function reportCells(report: Report): number {
  let n = 0;
  for (const sheet of report.sheets) for (const b of sheet.blocks) n += b.values.length * blockWidth(b);
  return n;
}

/**
 * Deletes the named sheets if they exist (cleanup after a failure); never touches any other sheet.
 * Errors here are attached to `cause` of the original error by the caller, not thrown.
 */
export async function deleteSheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const found = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
  await context.sync();
  for (const sheet of found) if (!sheet.isNullObject) sheet.delete();
  await context.sync();
}

/**
 * Runs `write` on freshly created sheets and removes them if it fails. The cleanup runs in a fresh batch
 * when `fresh` is given (a failed batch may leave queued commands on the old context that would fail again),
 * else on the same context. The original error is rethrown; a failure of the cleanup itself is recorded on
 * it as `cleanupError` (never hidden, never replacing it).
 */
export async function withCleanup<T>(
  context: Excel.RequestContext,
  created: readonly string[],
  write: () => Promise<T>,
  fresh?: ExcelRunner,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    try {
      if (fresh) await fresh((ctx) => deleteSheets(ctx, created));
      else await deleteSheets(context, created);
    } catch (cleanup) {
      if (error instanceof Error) Object.assign(error, { cleanupError: cleanup });
    }
    throw error;
  }
}

/** What the host can do beyond the ExcelApi 1.8 floor (see runtime.ts). */
export interface HostFeatures {
  /** Print titles (ExcelApi 1.9): column A repeats on every printed page across, as in .xlsx reports. */
  readonly printTitles?: boolean;
}

/** Writes `report` into new sheets of the workbook behind `context`. */
export async function writeReportSheets(
  context: Excel.RequestContext,
  report: Report,
  options: WriteOptions = {},
  fresh?: ExcelRunner,
  features: HostFeatures = {},
): Promise<WrittenReport> {
  const { signal, onProgress } = options;
  checkAbort(signal);
  if (report.sheets.length === 0) return { sheets: [] };
  const existing = await loadWorksheets(context);
  const names = uniqueSheetNames(
    report.sheets.map((s) => s.name),
    existing.map((s) => s.name),
  );
  const total = reportCells(report);
  let done = 0;
  const created: string[] = [];
  return withCleanup(
    context,
    created,
    async () => {
      const sheets = names.map((name) => {
        created.push(name);
        return context.workbook.worksheets.add(name);
      });
      await context.sync();
      onProgress?.(0, total);
      for (const [i, spec] of report.sheets.entries()) {
        const sheet = sheets[i] as Excel.Worksheet;
        for (const block of spec.blocks) {
          if (block.values.length === 0 || blockWidth(block) === 0) continue;
          queueBlockStyle(sheet, block);
          await writeGrid(context, sheet, block.row, block.col, encodeBlock(block), {
            signal,
            onChunk: (cells) => {
              done += cells;
              onProgress?.(done, total);
            },
          });
        }
        checkAbort(signal);
        queueSheetLayout(sheet, spec);
        if (features.printTitles === true) sheet.pageLayout.setPrintTitleColumns("$A:$A");
        for (const chart of spec.charts) queueScatterChart(sheet, chart, spec);
        // One sync per sheet for its layout and charts, after its cells exist.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      checkAbort(signal);
      sheets[0]?.activate();
      await context.sync();
      return { sheets: names };
    },
    fresh,
  );
}
