/**
 * listTables / readTable / readSelection: Excel tables first, then the used range of each sheet that has no
 * table (values only, so formatting alone does not count), read in chunks.
 */
import type { TableCell, TableData, TableSummary } from "../analysis/gateway";
import { inputError } from "../core/errors";
import { MAX_CELLS_PER_SYNC } from "./blocks";
import { loadTables, loadWorksheets } from "./collections";
import { headerText, readValues, tableCell, tableCells } from "./reading";
import { splitAddress } from "./sheetNames";

/** Every table, then one "range" entry per non-empty sheet without a table. */
export async function listWorkbookTables(context: Excel.RequestContext): Promise<TableSummary[]> {
  const tables = await loadTables(context);
  const sheets = await loadWorksheets(context);
  const withTable = new Set(tables.map((t) => t.sheet));
  const tableParts = tables.map((t) => {
    const header = t.table.getHeaderRowRange();
    const body = t.table.getDataBodyRange();
    header.load("values,columnCount");
    body.load("rowCount");
    return { ...t, header, body };
  });
  const used = sheets
    .filter((s) => !withTable.has(s.name))
    .map((s) => {
      const range = s.sheet.getUsedRangeOrNullObject(true);
      range.load("address,rowCount,columnCount");
      return { name: s.name, range };
    });
  await context.sync();
  const present = used.filter((u) => !u.range.isNullObject);
  const firstRows = present.map((u) => {
    const row = u.range.getRow(0);
    row.load("values");
    return row;
  });
  await context.sync();
  const summaries: TableSummary[] = tableParts.map((t) => ({
    name: t.name,
    sheet: t.sheet,
    rows: t.body.rowCount,
    columns: t.header.columnCount,
    headers: (t.header.values[0] ?? []).map(headerText),
    kind: "table",
  }));
  present.forEach((u, i) => {
    summaries.push({
      name: u.range.address,
      sheet: u.name,
      rows: Math.max(0, u.range.rowCount - 1),
      columns: u.range.columnCount,
      headers: (firstRows[i]?.values[0] ?? []).map(headerText),
      kind: "range",
    });
  });
  return summaries;
}

function notFound(name: string): Error {
  return inputError(`no table or range named "${name}"`, `no hay una tabla o rango llamado "${name}"`);
}

/** A table by name, or a sheet-qualified range address as listTables gives for plain ranges. */
export async function readWorkbookTable(context: Excel.RequestContext, name: string): Promise<TableData> {
  // Table names never contain "!": a qualified address goes straight to the range lookup.
  if (!name.includes("!")) return readNamedTable(context, name);
  const { sheet, address } = splitAddress(name);
  if (sheet === undefined || address === "") throw notFound(name);
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  if (ws.isNullObject) throw notFound(name);
  const range = ws.getRange(address);
  range.load("rowCount,columnCount,rowIndex");
  await context.sync();
  const values = await readValues(context, { range, rows: range.rowCount, cols: range.columnCount });
  const [head = [], ...rows] = values;
  // The header row's and first data row's formats, so that codes read the same as labels and as headers (an
  // IO table whose sector codes are numbers shown as "00" in column A and in row 1).
  const top = range.getCell(0, 0).getResizedRange(Math.min(1, range.rowCount - 1), range.columnCount - 1);
  top.load("numberFormat");
  await context.sync();
  const [headFormats, firstFormats] = top.numberFormat as unknown[][];
  const [headers = []] = tableCells([head], headFormats ? [headFormats] : undefined);
  return {
    name,
    headers: headers.map(headerText),
    rows: tableCells(rows, firstFormats && rows.length > 0 ? [firstFormats] : undefined),
    ...sheetRows(range.rowIndex + 2, rows.length),
  };
}

/**
 * `rowNumbers` for `count` consecutive sheet rows from `first` (1-based), for messages that cite rows; none
 * when the host did not give the range's position.
 */
function sheetRows(first: number, count: number): { rowNumbers?: number[] } {
  if (!Number.isInteger(first)) return {};
  return { rowNumbers: Array.from({ length: count }, (_, i) => first + i) };
}

async function readNamedTable(context: Excel.RequestContext, name: string): Promise<TableData> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  await context.sync();
  if (table.isNullObject) throw notFound(name);
  const header = table.getHeaderRowRange();
  const body = table.getDataBodyRange();
  const firstRow = body.getRow(0); // a table always has a body row, possibly blank
  header.load("values");
  body.load("rowCount,columnCount,rowIndex");
  firstRow.load("numberFormat");
  await context.sync();
  const rows = await readValues(context, { range: body, rows: body.rowCount, cols: body.columnCount });
  const headers = (header.values[0] ?? []).map(headerText);
  return {
    name,
    headers,
    rows: tableCells(rows, firstRow.numberFormat as unknown[][]),
    ...sheetRows(body.rowIndex + 1, rows.length),
  };
}

/**
 * The selection's address and values. A selection larger than one chunk (a whole column, the whole sheet)
 * is clipped to the sheet's used range, and the address returned is that of the cells read.
 */
export async function readWorkbookSelection(
  context: Excel.RequestContext,
): Promise<{ address: string; values: TableCell[][] }> {
  const selection = context.workbook.getSelectedRange();
  selection.load("address,rowCount,columnCount");
  await context.sync();
  let range = selection;
  if (selection.rowCount * selection.columnCount > MAX_CELLS_PER_SYNC) {
    const used = selection.worksheet.getUsedRangeOrNullObject(true);
    await context.sync();
    if (used.isNullObject) return { address: selection.address, values: [] };
    const clipped = selection.getIntersectionOrNullObject(used);
    clipped.load("address,rowCount,columnCount");
    await context.sync();
    if (clipped.isNullObject) return { address: selection.address, values: [] };
    range = clipped;
  }
  const values = await readValues(context, { range, rows: range.rowCount, cols: range.columnCount });
  return { address: range.address, values: values.map((r) => r.map(tableCell)) };
}
