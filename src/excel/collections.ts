/**
 * Enumerating Excel collections, kept in small adapters: office-addin-mock cannot mock collections
 * (`load("items/…")`), so tests stub these functions or use the in-memory fake (test/support/fakeExcel.ts).
 * Each function queues its loads and syncs once.
 */

/** The workbook's worksheets with their names, in tab order. */
export async function loadWorksheets(
  context: Excel.RequestContext,
): Promise<{ readonly name: string; readonly sheet: Excel.Worksheet }[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((sheet) => ({ name: sheet.name, sheet }));
}

/** The workbook's tables with their worksheet names. */
export async function loadTables(
  context: Excel.RequestContext,
): Promise<{ readonly name: string; readonly sheet: string; readonly table: Excel.Table }[]> {
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();
  return tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name, table }));
}

/** Every name a new table must avoid: table names and workbook-scoped defined names. */
export async function loadTableAndDefinedNames(context: Excel.RequestContext): Promise<string[]> {
  const tables = context.workbook.tables;
  const names = context.workbook.names;
  tables.load("items/name");
  names.load("items/name");
  await context.sync();
  return [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)];
}
