/**
 * The bundled samples as tables a user would keep in Excel, built from the CSV files webpack copies to
 * dist/samples/ (fetched from the page's own origin) and parsed with the project's CSV parser:
 * - Brazil 2015 (IBGE, 12 activities): sector labels, the transactions block with the labels as
 *   headers, then gross output, value added, compensation and employment columns;
 * - Latin American exports by SITC product (long: country, product, value) with the world's exports of
 *   each product joined as a `world_value` column (the reference for revealed comparative advantage);
 *   in Spanish the headers are país, producto, valor and valor_mundial, names the trade analysis
 *   recognises as well.
 */
import type { TableCell, TableData, WorkbookGateway, WrittenReport } from "../analysis/gateway";
import { inputError } from "../core/errors";
import type { Language } from "../functions/language";
import { parseCsv } from "../xlsx/csv";
import { strings } from "./strings";

/** Reads a text file by its path relative to the page (fetch in the browser, fs in tests). */
export type TextLoader = (path: string) => Promise<string>;

/** Paths of the sample files relative to the page. */
export const SAMPLE_FILES = {
  ioSectors: "samples/io/br_ibge_2015_12s/sectors.csv",
  ioTransactions: "samples/io/br_ibge_2015_12s/transactions.csv",
  trade: "samples/trade/world_trade_sitc4_latam_subset.csv",
  world: "samples/trade/world_trade_sitc4_product_totals.csv",
} as const;

/** The samples the pane offers. */
export type SampleKind = "io" | "trade";

/** Excel table names of the samples (language-independent, so formulas and the CLI can name them). */
export const SAMPLE_TABLE_NAMES: Readonly<Record<SampleKind, string>> = {
  io: "SELA_Brazil_IO_2015",
  trade: "SELA_LatAm_trade",
};

/**
 * Fetches a file of the page's own origin as text (the CSP allows nothing else).
 *
 * @throws inputError (bilingual) when the server cannot be reached or answers with an error status
 */
export const fetchText: TextLoader = async (path) => {
  let response: Response;
  try {
    response = await fetch(path, { credentials: "same-origin" });
  } catch {
    throw inputError(
      `the add-in could not load its file ${path}: its server did not answer (offline?)`,
      `el complemento no pudo cargar su archivo ${path}: su servidor no respondió (¿sin conexión?)`,
    );
  }
  if (!response.ok) {
    const status = String(response.status);
    throw inputError(
      `the add-in could not load its file ${path}: its server answered HTTP ${status}`,
      `el complemento no pudo cargar su archivo ${path}: su servidor respondió HTTP ${status}`,
    );
  }
  return response.text();
};

function csvTable(text: string, name: string): TableData {
  const [headers, ...rows] = parseCsv(text);
  return { name, headers: (headers ?? []).map((h) => String(h).trim()), rows };
}

/** Brazil 2015 in the layout of a user's sheet, labels and headers in `language`. */
export function brazilSampleTable(sectorsCsv: string, transactionsCsv: string, language: Language): TableData {
  const sectors = csvTable(sectorsCsv, "sectors");
  const z = csvTable(transactionsCsv, "transactions");
  const col = (name: string): number => sectors.headers.indexOf(name);
  const labelCol = col(language === "es" ? "label_es" : "label_en");
  const labelOf = new Map(sectors.rows.map((r) => [String(r[0]), String(r[labelCol])]));
  const es = language === "es";
  const headers = [
    "Sector",
    ...z.headers.slice(1).map((id) => labelOf.get(id) ?? id),
    es ? "Producción" : "Output",
    es ? "Valor agregado bruto" : "Gross value added",
    es ? "Remuneraciones" : "Compensation of employees",
    es ? "Empleo" : "Employment",
  ];
  const rows = z.rows.map((r): TableCell[] => {
    const s = sectors.rows.find((x) => x[0] === r[0]) ?? [];
    const at = (name: string): TableCell => s[col(name)] ?? null;
    return [
      labelOf.get(String(r[0])) ?? String(r[0]),
      ...r.slice(1),
      at("output"),
      at("gross_value_added"),
      at("compensation_of_employees"),
      at("employment"),
    ];
  });
  return { name: SAMPLE_TABLE_NAMES.io, headers, rows };
}

/**
 * Spanish headers of the trade sample: names the trade analysis recognises (país, producto, valor), and
 * a world column it offers as the world total (its name says "mundial").
 */
const TRADE_HEADERS_ES: Readonly<Record<string, string>> = {
  country: "país",
  product: "producto",
  value: "valor",
  world_value: "valor_mundial",
};

/** The Latin American trade sample with the world's exports of each product as a `world_value` column, headers in `language`. */
export function tradeSampleTable(tradeCsv: string, worldCsv: string, language: Language): TableData {
  const trade = csvTable(tradeCsv, "trade");
  const world = csvTable(worldCsv, "world");
  const worldOf = new Map(world.rows.map((r) => [String(r[0]), r[1] ?? null]));
  const product = trade.headers.indexOf("product");
  const headers = [...trade.headers, "world_value"];
  return {
    name: SAMPLE_TABLE_NAMES.trade,
    headers: language === "es" ? headers.map((h) => TRADE_HEADERS_ES[h] ?? h) : headers,
    rows: trade.rows.map((r) => [...r, worldOf.get(String(r[product])) ?? null]),
  };
}

/** Loads a sample's table in `language`. */
export async function loadSampleTable(kind: SampleKind, load: TextLoader, language: Language): Promise<TableData> {
  if (kind === "io") {
    const [sectors, transactions] = await Promise.all([
      load(SAMPLE_FILES.ioSectors),
      load(SAMPLE_FILES.ioTransactions),
    ]);
    return brazilSampleTable(sectors, transactions, language);
  }
  const [trade, world] = await Promise.all([load(SAMPLE_FILES.trade), load(SAMPLE_FILES.world)]);
  return tradeSampleTable(trade, world, language);
}

/** Loads a sample and inserts it as a new sheet holding an Excel table, with its attribution above. */
export async function insertSample(
  kind: SampleKind,
  gateway: WorkbookGateway,
  load: TextLoader,
  language: Language,
): Promise<WrittenReport> {
  const t = strings[language];
  const table = await loadSampleTable(kind, load, language);
  return kind === "io"
    ? gateway.insertSampleTable(t.ioSampleSheet, SAMPLE_TABLE_NAMES.io, table, t.ioSampleAttribution)
    : gateway.insertSampleTable(t.tradeSampleSheet, SAMPLE_TABLE_NAMES.trade, table, t.tradeSampleAttribution);
}
