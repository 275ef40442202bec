/**
 * Reading the workbooks the pane writes (downloaded .xlsx, or the fake workbook's cells) and the numbers
 * the custom functions give on the same data, for the browser tests' comparisons.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import type { TableData } from "../../src/analysis/gateway";
import { backward, forward, outputmult } from "../../src/functions/io";
import { setLanguage } from "../../src/functions/language";
import { rca } from "../../src/functions/trade";
import { parseCsv } from "../../src/xlsx/csv";
import type { CellValue, ReadSheet } from "../../src/xlsx/readWorkbook";
import { grid, numbers } from "../support/close";
import { brazilTable } from "../analysis/samples";
import { ROOT } from "./harness";

export { brazilTable };

/** The bundled trade files. */
export const LATAM_CSV = join(ROOT, "assets", "samples", "trade", "world_trade_sitc4_latam_subset.csv");
export const WORLD_CSV = join(ROOT, "assets", "samples", "trade", "world_trade_sitc4_product_totals.csv");

/** A table found in a sheet grid: its header and the rows below it down to the first blank first cell. */
export interface GridTable {
  readonly header: CellValue[];
  readonly rows: CellValue[][];
  /** 0-based row of the header. */
  readonly row: number;
}

/** The table of a sheet whose header row starts with `first` and contains `column`. */
export function gridTable(cells: readonly (readonly CellValue[])[], first: string, column: string): GridTable {
  const row = cells.findIndex((r) => r[0] === first && r.includes(column));
  if (row < 0) throw new Error(`no table starting with "${first}" and holding "${column}"`);
  const rows: CellValue[][] = [];
  for (let r = row + 1; r < cells.length; r++) {
    const cellsOfRow = cells[r] ?? [];
    if (cellsOfRow[0] === null || cellsOfRow[0] === "" || cellsOfRow[0] === undefined) break;
    rows.push([...cellsOfRow]);
  }
  return { header: [...(cells[row] ?? [])], rows, row };
}

/** A column of a found table. */
export function gridColumn(table: GridTable, name: string): CellValue[] {
  const j = table.header.indexOf(name);
  if (j < 0) throw new Error(`no column "${name}" in ${JSON.stringify(table.header)}`);
  return table.rows.map((r) => r[j] ?? null);
}

/** A column that must hold numbers only. */
export function numericColumn(table: GridTable, name: string): number[] {
  return gridColumn(table, name).map((v, i) => {
    if (typeof v !== "number") throw new Error(`"${name}" row ${i + 1} is not a number: ${JSON.stringify(v)}`);
    return v;
  });
}

/** A sheet of a read workbook by name. */
export function sheetNamed(sheets: readonly ReadSheet[], name: string): ReadSheet {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet "${name}" in ${sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

/** The parts of an .xlsx package (file name → bytes). */
export function zipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The part as text. */
export function partText(parts: Record<string, Uint8Array>, name: string): string {
  const part = parts[name];
  if (part === undefined) throw new Error(`no part ${name} in ${Object.keys(parts).join(", ")}`);
  return new TextDecoder().decode(part);
}

const column1 = (result: unknown): number[] => numbers(result).map((r) => r[0] as number);

/** What SELA.OUTPUTMULT, SELA.BACKWARD and SELA.FORWARD give on a Brazil-layout table. */
export function ioByFunctions(
  table: TableData,
  method: "leontief" | "ghosh" = "leontief",
): { sectors: string[]; multiplier: number[]; backward: number[]; forward: number[] } {
  setLanguage("en");
  const n = table.rows.length;
  const z = table.rows.map((r) => r.slice(1, n + 1) as number[]);
  const outputCol = n + 1;
  const x = table.rows.map((r) => [r[outputCol] as number]);
  return {
    sectors: table.rows.map((r) => String(r[0])),
    multiplier: column1(outputmult(z, x)),
    backward: column1(backward(z, x)),
    forward: column1(forward(z, x, method)),
  };
}

/** The trade sample as country → product → exports, the product order of the file, and the world totals. */
export function tradeSample(): {
  countries: string[];
  products: string[];
  byCountry: Map<string, Map<string, number>>;
  world: Map<string, number>;
} {
  const [, ...rows] = parseCsv(readFileSync(LATAM_CSV, "utf8"));
  const [, ...worldRows] = parseCsv(readFileSync(WORLD_CSV, "utf8"));
  const byCountry = new Map<string, Map<string, number>>();
  const products: string[] = [];
  const seen = new Set<string>();
  for (const [country, product, value] of rows) {
    const c = String(country);
    const p = String(product);
    if (!seen.has(p)) {
      seen.add(p);
      products.push(p);
    }
    let byProduct = byCountry.get(c);
    if (byProduct === undefined) byCountry.set(c, (byProduct = new Map()));
    byProduct.set(p, Number(value));
  }
  const world = new Map(worldRows.map((r) => [String(r[0]), Number(r[1])]));
  return { countries: [...byCountry.keys()], products, byCountry, world };
}

/**
 * SELA.RCA of one country on the trade sample, per product: against the world-total column when
 * `withWorld`, else against the sum of all reporters; NaN where the function answers an error (0/0).
 */
export function rcaByFunction(country: string, withWorld: boolean): Map<string, number> {
  setLanguage("en");
  const { countries, products, byCountry, world } = tradeSample();
  const matrix = countries.map((c) => products.map((p) => byCountry.get(c)?.get(p) ?? 0));
  const result = withWorld ? rca(matrix, [products.map((p) => world.get(p) ?? 0)]) : rca(matrix);
  const row = grid(result)[countries.indexOf(country)] ?? [];
  return new Map(products.map((p, j) => [p, typeof row[j] === "number" ? row[j] : NaN]));
}
