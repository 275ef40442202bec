/**
 * Which column of a trade table is the reporter, the product, the value, the year or the partner, and
 * whether the table is long (one record per row) or wide (countries x products).
 *
 * Headers compare by a compact key (case, accents, spaces, underscores, hyphens and camelCase folded:
 * "reporterISO", "Reporter ISO" and "reporter_iso" are the same), against the names used by Comtrade,
 * Comtrade+, WITS, the Atlas of Economic Complexity, BACI, Open Trade Statistics and Latin American
 * customs downloads, in English, Spanish and Portuguese.
 */
import type { TableCell, TableData } from "./gateway";
import { compactKey, normalizeName } from "./names";

/** The columns of a long trade table recognised by name. */
export type TradeRole = "reporter" | "product" | "value" | "year" | "partner";

/**
 * Names per role, most specific first: when a table has several (Comtrade's reporterDesc, reporterISO and
 * reporterCode), the first listed is used. Codes come before descriptions for products (unique, and
 * "0101" keeps its leading zero), names before numeric codes for reporters (what the user types).
 */
const ROLE_NAMES: Readonly<Record<TradeRole, readonly string[]>> = {
  reporter: [
    "reporter",
    "country",
    "exporter",
    "reporter desc",
    "reporter name",
    "country name",
    "reporter iso",
    "reporter iso3",
    "location code",
    "iso3",
    "country code",
    "reporter code",
    "pais",
    "nombre pais",
    "codigo pais",
    "declarante",
    "exportador",
    "reportador",
    "origin",
    "origen",
  ],
  product: [
    "product code",
    "hs product code",
    "sitc product code",
    "commodity code",
    "cmd code",
    "hs code",
    "sitc code",
    "product",
    "commodity",
    "hs",
    "sitc",
    "code",
    "codigo producto",
    "producto",
    "codigo",
    "partida",
    "subpartida",
    "ncm",
    "codigo ncm",
    "codigo sh",
    "nandina",
    "naladisa",
    "cmd desc",
    "commodity desc",
    "product name",
  ],
  value: [
    "value",
    "exports",
    "export value",
    "export val",
    "export",
    "trade value",
    "trade value (us$)",
    "trade value usd",
    "trade value usd exp",
    "primary value",
    "fob value",
    "fob",
    "usd",
    "value usd",
    "valor",
    "exportaciones",
    "exportacoes",
    "valor fob",
    "valor exportado",
    "valor usd",
  ],
  year: ["year", "ref year", "period", "ano", "anio", "periodo"],
  partner: [
    "partner",
    "partner desc",
    "partner name",
    "partner iso",
    "partner code",
    "destination",
    "socio",
    "destino",
    "importer",
  ],
};

/** Product headers named after a classification and its revision or digits: "hs92", "HS6", "sitc_rev2", "sitc4". */
const PRODUCT_PATTERN = /^(hs|sitc|sh|cuci|ciiu|isic)(rev)?\d{0,4}(code|product|productcode)?$/;

/**
 * Headers of classification codes beyond the trade product names: input-output and activity tables (CIIU/ISIC,
 * CPC, CUCI) and generic code columns.
 */
const OTHER_CODE_NAMES = ["ciiu", "isic", "cpc", "cuci", "codigo sa", "codigo del producto", "partida arancelaria"];

/**
 * The columns of a header row that hold classification codes: every header a trade product column is recognised
 * by, a classification named with its digits or revision ("hs92", "sitc4"), BACI's `k`, and the activity and
 * product classifications of input-output tables. Readers keep these columns' text: "8471.30" is the HS
 * subheading, not the number 8471.3; "0101" keeps its zero.
 *
 * @example codeColumns(["country", "hs_product_code", "export_value"]) // => Set {1}
 */
export function codeColumns(headers: readonly string[]): Set<number> {
  const codeKeys = new Set([...ROLE_NAMES.product, ...OTHER_CODE_NAMES].map(compactKey));
  const keys = headers.map(compactKey);
  const columns = new Set<number>();
  keys.forEach((key, j) => {
    if (key !== "" && (codeKeys.has(key) || PRODUCT_PATTERN.test(key))) columns.add(j);
  });
  const product = detectRoleColumn(headers, "product");
  if (product >= 0) columns.add(product);
  return columns;
}

/** BACI's one-letter headers (t year, i exporter, j importer, k product, v value, q quantity). */
const BACI_COLUMNS: Readonly<Record<TradeRole, string>> = {
  reporter: "i",
  product: "k",
  value: "v",
  year: "t",
  partner: "j",
};

/**
 * The column a user named (or -1): the same header up to case, accents and spacing, else the same
 * compact key ("primary value" finds "primaryValue").
 */
export function findHeader(headers: readonly string[], name: string): number {
  const exact = normalizeName(name);
  const j = headers.findIndex((h) => normalizeName(h) === exact);
  if (j >= 0) return j;
  const key = compactKey(name);
  return key === "" ? -1 : headers.findIndex((h) => compactKey(h) === key);
}

/** True for BACI's layout: one-letter columns i, k and v (and usually t, j, q). */
function isBaci(keys: readonly string[]): boolean {
  return ["i", "k", "v"].every((k) => keys.includes(k));
}

/**
 * The column of a role recognised by name, skipping the columns already `taken` (or -1).
 *
 * @example detectRoleColumn(["refYear", "reporterISO", "cmdCode", "primaryValue"], "product") // => 2
 */
export function detectRoleColumn(
  headers: readonly string[],
  role: TradeRole,
  taken: ReadonlySet<number> = new Set(),
): number {
  const keys = headers.map(compactKey);
  const free = (j: number): boolean => j >= 0 && !taken.has(j);
  for (const name of ROLE_NAMES[role]) {
    const key = compactKey(name);
    const j = keys.findIndex((k, i) => free(i) && k === key);
    if (j >= 0) return j;
  }
  if (role === "product") {
    const j = keys.findIndex((k, i) => free(i) && PRODUCT_PATTERN.test(k));
    if (j >= 0) return j;
  }
  if (isBaci(keys)) {
    const j = keys.indexOf(BACI_COLUMNS[role]);
    if (free(j)) return j;
  }
  return -1;
}

/** Headers of a trade-flow column (Comtrade's flowCode/flowDesc, "Trade Flow"; Spanish, Portuguese). */
const FLOW_NAMES = [
  "flow code",
  "flow desc",
  "flow",
  "trade flow",
  "trade flow code",
  "flujo",
  "tipo de flujo",
  "fluxo",
];

/**
 * The trade-flow column (exports/imports/re-exports) recognised by name, or -1.
 *
 * @example detectFlowColumn(["refYear", "flowCode", "cmdCode"]) // => 1
 */
export function detectFlowColumn(headers: readonly string[]): number {
  const keys = headers.map(compactKey);
  for (const name of FLOW_NAMES) {
    const j = keys.indexOf(compactKey(name));
    if (j >= 0) return j;
  }
  return -1;
}

/**
 * Headers of a column holding the world's (the reference's) exports of each product, repeated on every
 * record: the guide's `world_value` / `valor_mundial`, and the usual English, Spanish and Portuguese names.
 */
const WORLD_NAMES = [
  "world value",
  "world exports",
  "world export value",
  "world exports value",
  "world export",
  "world total",
  "world trade",
  "world trade value",
  "total world",
  "world",
  "valor mundial",
  "valor mundo",
  "valor del mundo",
  "exportaciones mundiales",
  "exportaciones del mundo",
  "exportacion mundial",
  "total mundial",
  "total mundo",
  "mundo",
  "mundial",
  "valor mundial exportado",
  "exportacoes mundiais",
  "exportacoes do mundo",
  "total mundial exportado",
];

/**
 * The numeric column of a long table holding the world's exports of each product, recognised by name
 * (compact keys, as the other roles), skipping the columns already `taken` (or -1). A column so named
 * but holding text is not one.
 *
 * @example detectWorldColumn({ name: "t", headers: ["country", "product", "value", "world_value"], rows: [["arg", "0011", 5, 300]] }) // => 3
 */
export function detectWorldColumn(table: TableData, taken: ReadonlySet<number> = new Set()): number {
  const keys = table.headers.map(compactKey);
  for (const name of WORLD_NAMES) {
    const key = compactKey(name);
    const j = keys.findIndex((k, i) => !taken.has(i) && k === key && numericColumn(table, i));
    if (j >= 0) return j;
  }
  return -1;
}

/** True when the first 200 non-blank cells of a column are all numbers (and there is at least one). */
export function numericColumn(table: TableData, j: number): boolean {
  let numbers = 0;
  let texts = 0;
  for (const r of table.rows.slice(0, 200)) {
    const v = r[j];
    if (typeof v === "number") numbers++;
    else if (typeof v === "string" && v.trim() !== "") texts++;
  }
  return numbers > 0 && texts === 0;
}

function emptyColumn(table: TableData, j: number): boolean {
  const blank = (c: TableCell | undefined): boolean => c === null || c === undefined || String(c).trim() === "";
  return blank(table.headers[j]) && table.rows.slice(0, 200).every((r) => blank(r[j]));
}

/** True when a label of the first column repeats: a wide table has one row per country. */
function firstColumnRepeats(table: TableData): boolean {
  const seen = new Set<string>();
  for (const r of table.rows.slice(0, 1000)) {
    const c = r[0];
    const label = c === null || c === undefined ? "" : String(c).trim();
    if (label === "") continue;
    if (seen.has(label)) return true;
    seen.add(label);
  }
  return false;
}

/**
 * "long" when reporter and product columns are recognised by name; "wide" when the labels are in the
 * first column, each once, with numbers under (nearly) every other header. A recognised reporter column
 * with no recognised product column stays long (the user is then asked for the product column), unless
 * it is the first column of such a numeric body: a wide table headed "Country" or "País".
 *
 * @example detectTradeLayout({ name: "t", headers: ["year", "origin", "hs92", "export_val"], rows: [[1995, "aut", 1704, 5]] }) // => "long"
 */
export function detectTradeLayout(table: TableData): "long" | "wide" {
  const reporter = detectRoleColumn(table.headers, "reporter");
  const product = detectRoleColumn(table.headers, "product", new Set([reporter]));
  if (reporter >= 0 && product >= 0) return "long";
  // Columns with neither a header nor values (trailing separators) do not count.
  const body = table.headers.map((_, j) => j).filter((j) => j > 0 && !emptyColumn(table, j));
  const numeric = body.filter((j) => numericColumn(table, j)).length;
  const wideBody = numeric >= 2 && numeric >= body.length - 1 && !firstColumnRepeats(table);
  if (reporter >= 0) {
    const year = detectRoleColumn(table.headers, "year", new Set([reporter]));
    return reporter === 0 && year < 0 && wideBody ? "wide" : "long";
  }
  if (wideBody) return "wide";
  if (table.headers.length <= 6) return "long";
  return "wide";
}
