/**
 * A trade table as the user keeps it → the input of the trade-niches and product-space analyses.
 *
 * Two layouts:
 * - long: one record per row (reporter, product, value, optional year and partner), as Comtrade, WITS,
 *   BACI or customs downloads; columns chosen by header name (case- and accent-insensitive) or detected
 *   ("country"/"reporter"/"país", "product"/"commodity"/"producto", "value"/"exports"/"valor", "year"/"año",
 *   "partner"/"socio"); an optional imports column (the reporter's imports of the product) and world-total
 *   column (the reference's exports of the product, repeated on every record);
 * - wide: rows are countries (labels in the first column), columns are products (labels in the header).
 * Product codes, reporters, years and partners are kept as text ("0101" stays "0101").
 */
import { inputError } from "../core/errors";
import { matrix, type Matrix } from "../core/linalg/matrix";
import type { LongTable } from "../core/trade/pivotLong";
import type { TableCell, TableData } from "./gateway";
import { normalizeName } from "./ioInput";

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

const REPORTER_NAMES = [
  "reporter",
  "country",
  "exporter",
  "reporter iso",
  "reporter code",
  "country code",
  "iso3",
  "pais",
  "país",
  "declarante",
  "exportador",
  "reportador",
  "origin",
  "origen",
];
const PRODUCT_NAMES = [
  "product",
  "product code",
  "commodity",
  "commodity code",
  "cmdcode",
  "cmd code",
  "hs",
  "hs code",
  "sitc",
  "code",
  "producto",
  "codigo",
  "codigo producto",
  "partida",
];
const VALUE_NAMES = [
  "value",
  "exports",
  "export value",
  "export",
  "trade value",
  "trade value (us$)",
  "primary value",
  "fob",
  "usd",
  "valor",
  "exportaciones",
  "valor fob",
  "valor exportado",
];
const YEAR_NAMES = ["year", "period", "ano", "anio", "periodo", "refyear"];
const PARTNER_NAMES = ["partner", "partner code", "partner iso", "destination", "socio", "destino", "importer"];

function cellText(c: TableCell | undefined): string {
  if (c === null || c === undefined) return "";
  return typeof c === "string" ? c.trim() : String(c);
}

function columnIndex(headers: readonly string[], name: string): number {
  const key = normalizeName(name);
  return headers.findIndex((h) => normalizeName(h) === key);
}

function chosenColumn(table: TableData, name: string, role: { en: string; es: string }): number {
  const j = columnIndex(table.headers, name);
  if (j < 0) {
    throw inputError(
      `there is no column "${name}" for the ${role.en} (columns: ${table.headers.join(", ")})`,
      `no hay una columna "${name}" para ${role.es} (columnas: ${table.headers.join(", ")})`,
    );
  }
  return j;
}

function detectColumn(headers: readonly string[], names: readonly string[], taken: Set<number>): number {
  for (const name of names) {
    const key = normalizeName(name);
    const j = headers.findIndex((h, k) => !taken.has(k) && normalizeName(h) === key);
    if (j >= 0) return j;
  }
  return -1;
}

function numericColumn(table: TableData, j: number): boolean {
  let numbers = 0;
  let texts = 0;
  for (const r of table.rows.slice(0, 200)) {
    const v = r[j];
    if (typeof v === "number") numbers++;
    else if (typeof v === "string" && v.trim() !== "") texts++;
  }
  return numbers > 0 && texts === 0;
}

/** "long" when reporter and product columns are recognised by name, "wide" when the body is numeric. */
export function detectTradeLayout(table: TableData): "long" | "wide" {
  const taken = new Set<number>();
  const r = detectColumn(table.headers, REPORTER_NAMES, taken);
  const p = detectColumn(table.headers, PRODUCT_NAMES, new Set([r]));
  if (r >= 0 && p >= 0) return "long";
  const numeric = table.headers.filter((_, j) => j > 0 && numericColumn(table, j)).length;
  if (numeric >= 2 && numeric >= table.headers.length - 2) return "wide";
  if (table.headers.length <= 6) return "long";
  return "wide";
}

/** The number in a cell of a trade table (blank → 0), or an error naming the row and column. */
function valueAt(table: TableData, r: number, j: number): number {
  const v = table.rows[r]?.[j] ?? null;
  if (v === null || v === "") return 0;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  const shown = typeof v === "string" ? `"${v}"` : String(v);
  throw inputError(
    `the column "${table.headers[j] ?? ""}" has a non-numeric value at row ${String(r + 2)}: ${shown}`,
    `la columna "${table.headers[j] ?? ""}" tiene un valor no numérico en la fila ${String(r + 2)}: ${shown}`,
  );
}

function wideFrom(
  table: TableData,
  what: { en: string; es: string },
): { countries: string[]; products: string[]; matrix: Matrix } {
  const products = table.headers.slice(1).map((h) => h.trim());
  if (products.length === 0 || table.rows.length === 0) {
    throw inputError(
      `${what.en} needs countries in the first column and products in the header row`,
      `${what.es} necesita los países en la primera columna y los productos en la fila de encabezado`,
    );
  }
  const rows = table.rows.filter((r) => cellText(r[0]) !== "");
  const countries = rows.map((r) => cellText(r[0]));
  const m = matrix(rows.length, products.length);
  const body: TableData = { name: table.name, headers: table.headers, rows };
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < products.length; j++) m.data[i * products.length + j] = valueAt(body, i, j + 1);
  }
  return { countries, products, matrix: m };
}

/**
 * Reads a trade table in the long or wide layout (detected, or `choices.layout`).
 *
 * @throws {SelaError} `input` for a chosen column that does not exist, reporter/product/value columns
 *   that cannot be found, non-numeric values (row and column named), or an empty table.
 * @example tradeInputFromTable({ name: "t", headers: ["country", "product", "value"], rows: [["chl", "0101", 5]] }).kind // => "long"
 */
export function tradeInputFromTable(table: TableData, choices: TradeTableChoices = {}): TradeInput {
  if (table.rows.length === 0) {
    throw inputError(`the table "${table.name}" has no rows`, `la tabla "${table.name}" no tiene filas`);
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

  const taken = new Set<number>();
  const pick = (
    chosen: string | undefined,
    names: readonly string[],
    role: { en: string; es: string },
    required: boolean,
  ): number => {
    const j = chosen !== undefined ? chosenColumn(table, chosen, role) : detectColumn(table.headers, names, taken);
    if (j >= 0) taken.add(j);
    else if (required) {
      throw inputError(
        `no ${role.en} column found (columns: ${table.headers.join(", ")}); choose it by its header`,
        `no se encontró la columna para ${role.es} (columnas: ${table.headers.join(", ")}); elíjala por su encabezado`,
      );
    }
    return j;
  };
  const reporter = pick(choices.reporter, REPORTER_NAMES, { en: "reporter", es: "el declarante" }, true);
  const product = pick(choices.product, PRODUCT_NAMES, { en: "product", es: "el producto" }, true);
  const year = pick(choices.year, YEAR_NAMES, { en: "year", es: "el año" }, false);
  const partner = pick(choices.partner, PARTNER_NAMES, { en: "partner", es: "el socio" }, false);
  const imports =
    choices.imports !== undefined ? pick(choices.imports, [], { en: "imports", es: "las importaciones" }, true) : -1;
  const world =
    choices.world !== undefined ? pick(choices.world, [], { en: "world total", es: "el total mundial" }, true) : -1;
  let value = pick(choices.value, VALUE_NAMES, { en: "value", es: "el valor" }, false);
  if (value < 0) {
    const numeric = table.headers.map((_, j) => j).filter((j) => !taken.has(j) && numericColumn(table, j));
    if (numeric.length !== 1) {
      throw inputError(
        `no value column found (columns: ${table.headers.join(", ")}); choose it by its header`,
        `no se encontró la columna de valores (columnas: ${table.headers.join(", ")}); elíjala por su encabezado`,
      );
    }
    value = numeric[0] as number;
    taken.add(value);
  }
  // Records with no reporter and no product (blank lines) are skipped.
  const rows = table.rows
    .map((_, r) => r)
    .filter((r) => cellText(table.rows[r]?.[reporter]) !== "" || cellText(table.rows[r]?.[product]) !== "");
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
 * its years are kept; without one, each value is repeated for every year of the input.
 *
 * @throws {SelaError} for a wide input, a label that is already a reporter, or missing product/value columns.
 */
export function appendReferenceRows(input: TradeInput, reference: TableData, label = "World"): LongTradeInput {
  if (input.kind !== "long") {
    throw inputError(
      "a separate reference table needs a long trade table; in a wide table add a world-total row",
      "una tabla de referencia separada necesita una tabla de comercio larga; en una tabla ancha agregue una fila del total mundial",
    );
  }
  if (input.table.rows.some((r) => r.trim().toLowerCase() === label.trim().toLowerCase())) {
    throw inputError(
      `the reporter "${label}" already exists; choose another label for the reference`,
      `el declarante "${label}" ya existe; elija otra etiqueta para la referencia`,
    );
  }
  const taken = new Set<number>();
  const product = detectColumn(reference.headers, PRODUCT_NAMES, taken);
  if (product >= 0) taken.add(product);
  const year = detectColumn(reference.headers, YEAR_NAMES, taken);
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
    if (p === "") return;
    const v = valueAt(reference, k, value);
    if (year >= 0 || inputYears === undefined) push(p, v, year >= 0 ? cellText(r[year]) : undefined);
    else for (const y of inputYears) push(p, v, y);
  });
  return {
    kind: "long",
    table: { rows, cols, values, ...(years ? { years } : {}), ...(partners ? { partners } : {}) },
    ...(imports ? { imports: Float64Array.from(imports) } : {}),
    columns: input.columns,
  };
}
