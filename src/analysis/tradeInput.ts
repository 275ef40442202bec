/**
 * A trade table as the user keeps it → the input of the trade-niches and product-space analyses.
 *
 * Two layouts:
 * - long: one record per row (reporter, product, value, optional year and partner), as Comtrade,
 *   Comtrade+, WITS, BACI, the Atlas or customs downloads; columns chosen by header name or recognised
 *   by the names in `tradeColumns.ts` (case, accents, spacing and camelCase ignored); an optional imports
 *   column (the reporter's imports of the product) and world-total column (the reference's exports of
 *   the product, repeated on every record);
 * - wide: rows are countries (labels in the first column), columns are products (labels in the header).
 * Product codes, reporters, years and partners are kept as text ("0101" stays "0101").
 *
 * Blank lines are left out. Any other row that is not a record (a total or note line without a reporter
 * or product, a wide row without a label or values) and any product that is a total ("Total", "All"…)
 * is refused with its row named: counted as data it would silently change every share and RCA.
 */
import { inputError } from "../core/errors";
import { matrix, type Matrix } from "../core/linalg/matrix";
import type { LongTable } from "../core/trade/pivotLong";
import type { TableData } from "./gateway";
import { isAggregateLabel } from "./aggregateLabels";
import { cellText, normalizeName } from "./names";
import { tableRowNumber } from "./readInput";
import {
  detectFlowColumn,
  detectRoleColumn,
  detectTradeLayout,
  detectWorldColumn,
  findHeader,
  numericColumn,
  type TradeRole,
} from "./tradeColumns";
import { columnName } from "../xlsx/cellRef";
import { summaryList } from "./sheetBuilder";

export { detectTradeLayout } from "./tradeColumns";

/** A long trade table with the names of the columns it came from. */
export interface LongTradeInput {
  readonly kind: "long";
  readonly table: LongTable;
  /** Per record: the reporter's imports of the product (when an imports column was chosen). */
  readonly imports?: Float64Array;
  /** Per record: the world (reference) exports of the product (when a world-total column was chosen). */
  readonly world?: Float64Array;
  /** The header of each column used. */
  readonly columns: Readonly<Record<"reporter" | "product" | "value", string>> &
    Partial<Record<"year" | "partner" | "imports" | "world", string>>;
  /**
   * The reference rows added from a separate table ({@link appendReferenceRows}): their reporter label and
   * where they came from (a file name), so the reports can say "world exports from <file>".
   */
  readonly referenceTable?: { readonly label: string; readonly source: string };
}

/** A wide trade table: countries (rows) x products (columns). */
export interface WideTradeInput {
  readonly kind: "wide";
  readonly countries: string[];
  readonly products: string[];
  readonly exports: Matrix;
  /** Imports with the same countries and products, or one row (the focus country's imports). */
  readonly imports?: { readonly countries: string[]; readonly matrix: Matrix };
}

/** The trade input of the analyses. */
export type TradeInput = LongTradeInput | WideTradeInput;

/** Explicit choices (header names); anything left out is detected. */
export interface TradeTableChoices {
  readonly layout?: "long" | "wide";
  readonly reporter?: string;
  readonly product?: string;
  readonly value?: string;
  readonly year?: string;
  readonly partner?: string;
  /** Long layout: the column with the reporter's imports of the product. */
  readonly imports?: string;
  /** Long layout: a column with the world (reference) exports of the product. */
  readonly world?: string;
  /** Wide layout: a table of imports with the same layout (countries x products, or one row). */
  readonly importsTable?: TableData;
}

function chosenColumn(table: TableData, name: string, role: { en: string; es: string }): number {
  const j = findHeader(table.headers, name);
  if (j < 0) {
    throw inputError(
      `there is no column "${name}" for the ${role.en} (columns: ${table.headers.join(", ")})`,
      `no hay una columna "${name}" para ${role.es} (columnas: ${table.headers.join(", ")})`,
    );
  }
  return j;
}

/** The number in a cell of a trade table (blank → 0), or an error naming the row and column. */
function valueAt(table: TableData, r: number, j: number): number {
  const v = table.rows[r]?.[j] ?? null;
  if (v === null || v === "") return 0;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  const shown = typeof v === "string" ? `"${v}"` : String(v);
  const row = String(tableRowNumber(table, r));
  throw inputError(
    `the column "${table.headers[j] ?? ""}" has a non-numeric value at row ${row}: ${shown}`,
    `la columna "${table.headers[j] ?? ""}" tiene un valor no numérico en la fila ${row}: ${shown}`,
  );
}

/** A row's number as the user sees it (its sheet or file row when known), with its first non-blank cell. */
function rowShown(table: TableData, r: number): string {
  const first = (table.rows[r] ?? []).map(cellText).find((t) => t !== "");
  const text = first === undefined ? "" : first.length > 40 ? `${first.slice(0, 40)}…` : first;
  return `${String(tableRowNumber(table, r))} ("${text}")`;
}

/** At most five rows, then how many more. */
function rowList(table: TableData, rows: readonly number[]): string {
  return summaryList(
    rows.map((r) => rowShown(table, r)),
    5,
    ", ",
  );
}

/**
 * Refuses rows that are not records: a total, a note or a title has no reporter or no product (blank
 * lines are left out before). Counted as data they would be one more country or product, so they are
 * named rather than skipped silently.
 */
function notRecords(table: TableData, rows: readonly number[], layout: "long" | "wide"): Error {
  const list = rowList(table, rows);
  const what =
    layout === "long"
      ? { en: "no reporter or no product", es: "no tienen declarante o producto" }
      : { en: "no country label or no values", es: "no tienen la etiqueta del país o no tienen valores" };
  return inputError(
    `${rows.length === 1 ? "row" : "rows"} ${list} of "${table.name}" ${rows.length === 1 ? "is not a record" : "are not records"} (${what.en}): remove totals, notes and titles from the table`,
    `${rows.length === 1 ? "la fila" : "las filas"} ${list} de "${table.name}" no ${rows.length === 1 ? "es un registro" : "son registros"} (${what.es}): quite de la tabla los totales, las notas y los títulos`,
  );
}

/** Refuses a product that is a total: it would be counted as one more product. */
function aggregateProduct(label: string, where: { en: string; es: string }): Error {
  return inputError(
    `the product "${label}" (${where.en}) is a total, not a product: remove it from the table (the analyses add up the products themselves)`,
    `el producto "${label}" (${where.es}) es un total, no un producto: quítelo de la tabla (los análisis suman los productos)`,
  );
}

function wideFrom(
  table: TableData,
  what: { en: string; es: string },
): { countries: string[]; products: string[]; matrix: Matrix } {
  // Columns without a header and without values (trailing separators) are left out.
  const columns = table.headers
    .map((_, j) => j)
    .filter((j) => j > 0 && (cellText(table.headers[j]) !== "" || table.rows.some((r) => cellText(r[j]) !== "")));
  const products = columns.map((j) => cellText(table.headers[j]));
  if (products.length === 0 || table.rows.length === 0) {
    throw inputError(
      `${what.en} needs countries in the first column and products in the header row`,
      `${what.es} necesita los países en la primera columna y los productos en la fila de encabezado`,
    );
  }
  const untitled = columns.find((j) => cellText(table.headers[j]) === "");
  if (untitled !== undefined) {
    throw inputError(
      `${what.en} has values in column ${columnName(untitled)}, which has no product in the header row`,
      `${what.es} tiene valores en la columna ${columnName(untitled)}, que no tiene producto en la fila de encabezado`,
    );
  }
  const total = products.find(isAggregateLabel);
  if (total !== undefined) throw aggregateProduct(total, { en: "a column header", es: "un encabezado de columna" });
  const blank = (r: number, j: number): boolean => cellText(table.rows[r]?.[j]) === "";
  const rows: number[] = [];
  const bad: number[] = [];
  table.rows.forEach((_, r) => {
    const labelled = !blank(r, 0);
    const valued = columns.some((j) => !blank(r, j));
    if (labelled && valued) rows.push(r);
    else if (labelled || valued) bad.push(r);
  });
  if (bad.length > 0) throw notRecords(table, bad, "wide");
  const countries = rows.map((r) => cellText(table.rows[r]?.[0]));
  const m = matrix(rows.length, products.length);
  rows.forEach((r, i) => {
    columns.forEach((j, k) => (m.data[i * products.length + k] = valueAt(table, r, j)));
  });
  return { countries, products, matrix: m };
}

/** The columns of a long trade table (indices into the headers; -1 when absent). */
export interface LongTradeColumns {
  readonly reporter: number;
  readonly product: number;
  readonly value: number;
  readonly year: number;
  readonly partner: number;
  readonly imports: number;
  readonly world: number;
}

/**
 * The columns a long trade table would be read with: the chosen headers, else those recognised by name
 * (see `tradeColumns.ts`; a world-total column too), else the only numeric column left for the value. Reads no record beyond the
 * numeric test, so the pane's form can show it on a sample of the rows.
 *
 * @throws {SelaError} `input` for a chosen column that does not exist, or no reporter, product or value column.
 */
export function longTradeColumns(table: TableData, choices: TradeTableChoices = {}): LongTradeColumns {
  const taken = new Set<number>();
  const pick = (
    chosen: string | undefined,
    role: TradeRole | undefined,
    label: { en: string; es: string },
    required: boolean,
  ): number => {
    let j = -1;
    if (chosen !== undefined) j = chosenColumn(table, chosen, label);
    else if (role !== undefined) j = detectRoleColumn(table.headers, role, taken);
    if (j >= 0) taken.add(j);
    else if (required) {
      throw inputError(
        `no ${label.en} column found (columns: ${table.headers.join(", ")}); choose it by its header`,
        `no se encontró la columna para ${label.es} (columnas: ${table.headers.join(", ")}); elíjala por su encabezado`,
      );
    }
    return j;
  };
  const reporter = pick(choices.reporter, "reporter", { en: "reporter", es: "el declarante" }, true);
  const product = pick(choices.product, "product", { en: "product", es: "el producto" }, true);
  const year = pick(choices.year, "year", { en: "year", es: "el año" }, false);
  const partner = pick(choices.partner, "partner", { en: "partner", es: "el socio" }, false);
  const imports =
    choices.imports !== undefined
      ? pick(choices.imports, undefined, { en: "imports", es: "las importaciones" }, true)
      : -1;
  let value = pick(choices.value, "value", { en: "value", es: "el valor" }, false);
  // A world column named as such ("world_value", "valor_mundial") is the reference unless another is chosen:
  // left as a plain number column it would be taken for the value, or silently ignored.
  let world = -1;
  if (choices.world !== undefined)
    world = pick(choices.world, undefined, { en: "world total", es: "el total mundial" }, true);
  else {
    world = detectWorldColumn(table, taken);
    if (world >= 0) taken.add(world);
  }
  if (value < 0) {
    const numeric = table.headers.map((_, j) => j).filter((j) => !taken.has(j) && numericColumn(table, j));
    if (numeric.length !== 1) {
      throw inputError(
        `no value column found (columns: ${table.headers.join(", ")}); choose it by its header`,
        `no se encontró la columna de valores (columnas: ${table.headers.join(", ")}); elíjala por su encabezado`,
      );
    }
    value = numeric[0] as number;
  }
  return { reporter, product, value, year, partner, imports, world };
}

/**
 * The records of a long table: rows with a reporter and a product. Blank lines (every used column
 * blank) are left out; any other row without a reporter or a product (a total, a note) is refused,
 * as is a product that is a total ("Total", "All"…), a partner total mixed with single partners, and
 * several trade flows.
 */
function longRecords(table: TableData, columns: LongTradeColumns): number[] {
  const { reporter, product, value, year, partner, imports, world } = columns;
  const used = [reporter, product, value, year, partner, imports, world].filter((j) => j >= 0);
  const text = (r: number, j: number): string => cellText(table.rows[r]?.[j]);
  const records: number[] = [];
  const bad: number[] = [];
  table.rows.forEach((_, r) => {
    if (text(r, reporter) !== "" && text(r, product) !== "") records.push(r);
    else if (used.some((j) => text(r, j) !== "")) bad.push(r);
  });
  if (bad.length > 0) throw notRecords(table, bad, "long");
  const total = records.find((r) => isAggregateLabel(text(r, product)));
  if (total !== undefined) {
    const row = String(tableRowNumber(table, total));
    throw aggregateProduct(text(total, product), { en: `row ${row}`, es: `fila ${row}` });
  }
  if (partner >= 0) checkPartners(table, records, partner);
  const flow = detectFlowColumn(table.headers);
  if (flow >= 0) checkOneFlow(table, records, flow);
  return records;
}

/**
 * Refuses a partner column mixing a total partner ("World", Comtrade's "W00") with single partners, as
 * Comtrade downloads do: the records are summed over partners, so the world would be counted twice.
 */
function checkPartners(table: TableData, records: readonly number[], partner: number): void {
  const label = (r: number): string => cellText(table.rows[r]?.[partner]);
  const total = records.find((r) => isAggregateLabel(label(r)));
  const single = records.find((r) => !isAggregateLabel(label(r)));
  if (total === undefined || single === undefined) return;
  const header = table.headers[partner] ?? "";
  const shown = (r: number): string => `"${label(r)}" (${String(tableRowNumber(table, r))})`;
  throw inputError(
    `the partner column "${header}" mixes a total, ${shown(total)}, with single partners such as ${shown(single)}: the records are added up over partners, so keep only the total's rows or only the partners'`,
    `la columna de socios "${header}" mezcla un total, ${shown(total)}, con socios individuales como ${shown(single)}: los registros se suman sobre los socios, así que conserve solo las filas del total o solo las de los socios`,
  );
}

/** Refuses a table with several trade flows (Comtrade's X and M): exports and imports would be added up. */
function checkOneFlow(table: TableData, records: readonly number[], flow: number): void {
  const flows = new Set<string>();
  for (const r of records) {
    const f = cellText(table.rows[r]?.[flow]);
    if (f !== "") flows.add(f);
    if (flows.size > 1) break;
  }
  if (flows.size < 2) return;
  const list = [...flows].map((f) => `"${f}"`).join(", ");
  const header = table.headers[flow] ?? "";
  throw inputError(
    `the column "${header}" has several trade flows (${list}…): keep only the export records (and choose the imports as their own column)`,
    `la columna "${header}" tiene varios flujos de comercio (${list}…): conserve solo los registros de exportación (y elija las importaciones como una columna aparte)`,
  );
}

/**
 * Reads a trade table in the long or wide layout (detected, or `choices.layout`).
 *
 * Rows that are not data are refused with their row numbers rather than counted: a row without a
 * reporter or product (long) or without a country label or values (wide), and a product that is a total.
 * A reporter that is a total ("Total", "World"…) is allowed here, as it may be the reference; the
 * analyses refuse it otherwise (see `tradePeriods`).
 *
 * @throws {SelaError} `input` for a chosen column that does not exist, reporter/product/value columns
 *   that cannot be found, non-numeric values (row and column named), rows that are not records, total
 *   products, or an empty table.
 * @example tradeInputFromTable({ name: "t", headers: ["country", "product", "value"], rows: [["chl", "0101", 5]] }).kind // => "long"
 */
export function tradeInputFromTable(table: TableData, choices: TradeTableChoices = {}): TradeInput {
  if (table.rows.length === 0) {
    throw inputError(
      `no table in "${table.name}": no header row (two or more values) with rows below it; choose the sheet or table that holds the trade data`,
      `no hay una tabla en "${table.name}": ninguna fila de encabezados (dos o más valores) con filas debajo; elija la hoja o tabla que contiene los datos de comercio`,
    );
  }
  const explicitLong = [choices.reporter, choices.product, choices.value, choices.year, choices.partner].some(
    (c) => c !== undefined,
  );
  const layout = choices.layout ?? (explicitLong ? "long" : detectTradeLayout(table));
  if (layout === "wide") {
    const wide = wideFrom(table, { en: "a wide trade table", es: "una tabla de comercio ancha" });
    let imports: WideTradeInput["imports"];
    if (choices.importsTable !== undefined) {
      const m = wideFrom(choices.importsTable, { en: "the imports table", es: "la tabla de importaciones" });
      if (m.products.join("\u0000") !== wide.products.join("\u0000")) {
        throw inputError(
          "the imports table must have the same products, in the same order, as the exports table",
          "la tabla de importaciones debe tener los mismos productos, en el mismo orden, que la de exportaciones",
        );
      }
      imports = { countries: m.countries, matrix: m.matrix };
    }
    return {
      kind: "wide",
      countries: wide.countries,
      products: wide.products,
      exports: wide.matrix,
      ...(imports ? { imports } : {}),
    };
  }

  const columns = longTradeColumns(table, choices);
  const { reporter, product, value, year, partner, imports, world } = columns;
  const rows = longRecords(table, columns);
  const text = (j: number): string[] => rows.map((r) => cellText(table.rows[r]?.[j]));
  const numbers = (j: number): Float64Array => Float64Array.from(rows, (r) => valueAt(table, r, j));
  const header = (j: number): string => table.headers[j] as string;
  const long: LongTable = {
    rows: text(reporter),
    cols: text(product),
    values: numbers(value),
    ...(year >= 0 ? { years: text(year) } : {}),
    ...(partner >= 0 ? { partners: text(partner) } : {}),
  };
  return {
    kind: "long",
    table: long,
    ...(imports >= 0 ? { imports: numbers(imports) } : {}),
    ...(world >= 0 ? { world: numbers(world) } : {}),
    columns: {
      reporter: header(reporter),
      product: header(product),
      value: header(value),
      ...(year >= 0 ? { year: header(year) } : {}),
      ...(partner >= 0 ? { partner: header(partner) } : {}),
      ...(imports >= 0 ? { imports: header(imports) } : {}),
      ...(world >= 0 ? { world: header(world) } : {}),
    },
  };
}

/**
 * Adds the reference (world) exports per product, read from a separate product/value table (such as
 * the sample's `world_trade_sitc4_product_totals.csv`), to a long input as records of a reporter named
 * `label`; pass the same label as the analyses' `reference`. With a year column in the reference table
 * its years are kept; without one, each value is repeated for every year of the input. `source` (default:
 * the table's name) is what the reports name as the origin of the world exports, such as the file name.
 *
 * @throws {SelaError} for a wide input, a label that is already a reporter, missing product/value columns,
 *   or a product that is a total.
 */
export function appendReferenceRows(
  input: TradeInput,
  reference: TableData,
  label = "World",
  source = reference.name,
): LongTradeInput {
  if (input.kind !== "long") {
    throw inputError(
      "a separate reference table needs a long trade table; in a wide table add a world-total row",
      "una tabla de referencia separada necesita una tabla de comercio larga; en una tabla ancha agregue una fila del total mundial",
    );
  }
  if (input.table.rows.some((r) => normalizeName(r) === normalizeName(label))) {
    throw inputError(
      `the reporter "${label}" already exists; choose another label for the reference`,
      `el declarante "${label}" ya existe; elija otra etiqueta para la referencia`,
    );
  }
  const taken = new Set<number>();
  const product = detectRoleColumn(reference.headers, "product", taken);
  if (product >= 0) taken.add(product);
  const year = detectRoleColumn(reference.headers, "year", taken);
  if (year >= 0) taken.add(year);
  const candidates = reference.headers.map((_, j) => j).filter((j) => !taken.has(j) && numericColumn(reference, j));
  const value = candidates[candidates.length - 1] ?? -1;
  if (product < 0 || value < 0) {
    throw inputError(
      `the reference table needs a product column and a value column (columns: ${reference.headers.join(", ")})`,
      `la tabla de referencia necesita una columna de productos y una de valores (columnas: ${reference.headers.join(", ")})`,
    );
  }
  const inputYears = input.table.years ? [...new Set(input.table.years.map((y) => y.trim()))] : undefined;
  const rows: string[] = [...input.table.rows];
  const cols: string[] = [...input.table.cols];
  const values: number[] = Array.from(input.table.values);
  const years: string[] | undefined = input.table.years ? [...input.table.years] : undefined;
  const partners: string[] | undefined = input.table.partners ? [...input.table.partners] : undefined;
  const imports: number[] | undefined = input.imports ? Array.from(input.imports) : undefined;
  const push = (p: string, v: number, y: string | undefined): void => {
    rows.push(label);
    cols.push(p);
    values.push(v);
    if (years) years.push(y ?? "");
    if (partners) partners.push(partners[0] ?? "");
    if (imports) imports.push(0);
  };
  reference.rows.forEach((r, k) => {
    const p = cellText(r[product]);
    // A line without a product (a blank line, or its own grand total) adds nothing to any product.
    if (p === "") return;
    if (isAggregateLabel(p)) {
      throw aggregateProduct(p, {
        en: `row ${String(tableRowNumber(reference, k))} of the reference table`,
        es: `fila ${String(tableRowNumber(reference, k))} de la tabla de referencia`,
      });
    }
    const v = valueAt(reference, k, value);
    if (year >= 0 || inputYears === undefined) push(p, v, year >= 0 ? cellText(r[year]) : undefined);
    else for (const y of inputYears) push(p, v, y);
  });
  return {
    kind: "long",
    table: { rows, cols, values, ...(years ? { years } : {}), ...(partners ? { partners } : {}) },
    ...(imports ? { imports: Float64Array.from(imports) } : {}),
    columns: input.columns,
    referenceTable: { label, source },
  };
}
