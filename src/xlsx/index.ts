/**
 * The report model ⇄ .xlsx layer used by the CLI and the browser workbench (the task pane writes through
 * Office instead). Bytes in, bytes out: callers own files, downloads and uploads.
 */
export { writeReportWorkbook, validSheetNames, XLSX_MIME, type WriteWorkbookOptions } from "./writeWorkbook";
export { readWorkbook, type CellValue, type ReadSheet, type ReadTable, type ReadWorkbookResult } from "./readWorkbook";
export { parseCsv, detectDelimiter, csvNumber, type CsvOptions, type CsvValue } from "./csv";
export { columnName, cellRef, rangeRef, parseCellRef, parseRangeRef } from "./cellRef";
