/**
 * The bundled samples as the analyses receive them (TableData), read with the project's CSV parser.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { TableCell, TableData } from "../../src/analysis/gateway";
import { parseCsv } from "../../src/xlsx/csv";

export const ROOT = join(__dirname, "..", "..");

/** A CSV file of the repository as a table: first record = headers. */
export function csvTable(path: string, name = path): TableData {
  const grid = parseCsv(readFileSync(join(ROOT, path), "utf8"));
  const [headers, ...rows] = grid;
  return { name, headers: (headers ?? []).map(String), rows: rows };
}

/**
 * Brazil 2015 (IBGE, 12 sectors) in the layout a user keeps in Excel: sector label, Z block with the
 * sector labels as headers, then output, value added, compensation and employment columns.
 */
export function brazilTable(language: "en" | "es" = "en"): TableData {
  const dir = "assets/samples/io/br_ibge_2015_12s";
  const sectors = csvTable(`${dir}/sectors.csv`);
  const z = csvTable(`${dir}/transactions.csv`);
  const col = (name: string): number => sectors.headers.indexOf(name);
  const labelCol = col(language === "es" ? "label_es" : "label_en");
  const labelOf = new Map(sectors.rows.map((r) => [String(r[0]), String(r[labelCol])]));
  const labels = z.headers.slice(1).map((id) => labelOf.get(id) ?? id);
  const headers = ["Sector", ...labels, "Output", "Gross value added", "Compensation of employees", "Employment"];
  const rows = z.rows.map((r) => {
    const s = sectors.rows.find((x) => x[0] === r[0]) as TableCell[];
    return [
      labelOf.get(String(r[0])) ?? String(r[0]),
      ...r.slice(1),
      s[col("output")] ?? null,
      s[col("gross_value_added")] ?? null,
      s[col("compensation_of_employees")] ?? null,
      s[col("employment")] ?? null,
    ];
  });
  return { name: "Brazil 2015 IO", headers, rows };
}

export const LATAM = "assets/samples/trade/world_trade_sitc4_latam_subset.csv";
export const WORLD = "assets/samples/trade/world_trade_sitc4_product_totals.csv";
