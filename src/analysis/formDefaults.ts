/**
 * Defaults for the pane's analysis forms, detected from a table the way the analyses themselves detect them
 * (the same parsers run on the table, so the form shows what a run would use): the IO label column,
 * gross output and satellite rows/columns; the trade layout and columns, the reporters and years. The IO
 * defaults parse the whole table, so the pane asks the compute worker for them (task "ioDefaults").
 */
import { SelaError } from "../core/errors";
import type { TableCell, TableData } from "./gateway";
import { ioInputFromTable, type IoLayout } from "./ioInput";
import { cellText, normalizeName } from "./names";
import { detectTradeLayout, longTradeColumns, type TradeTableChoices } from "./tradeInput";

/** What the IO form offers and pre-selects. */
export interface IoDefaults {
  /** Header of the label column (the first column unless chosen). */
  readonly labelColumn: string;
  /** Sectors found (row labels repeated as column headers). */
  readonly sectors: readonly string[];
  /** Names of rows and columns outside the transactions block: gross output and satellite candidates. */
  readonly candidates: readonly string[];
  /** The gross output the analysis would use (one of the candidates), if found. */
  readonly output?: string;
  /** Satellite accounts detected by name (employment, wages, value added). */
  readonly extras: readonly string[];
  /** Why the table cannot be read as an IO table (the parser's message in both languages), when it cannot. */
  readonly problem?: { readonly en: string; readonly es: string };
}

function sameVector(a: Float64Array, b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function numberOr0(c: TableCell | undefined): number {
  return typeof c === "number" ? c : 0;
}

/**
 * Detects the IO form's defaults with `ioInputFromTable` (the label column as chosen, or the first).
 *
 * @example ioDefaults({ name: "t", headers: ["", "A", "B", "Output"], rows: [["A", 1, 2, 10], ["B", 3, 4, 20]] }).output // => "Output"
 */
export function ioDefaults(table: TableData, labelColumn?: string): IoDefaults {
  const label = labelColumn ?? table.headers[0] ?? "";
  const labelIndex = Math.max(
    0,
    table.headers.findIndex((h) => normalizeName(h) === normalizeName(label)),
  );
  const rowLabels = table.rows.map((r) => cellText(r[labelIndex]));
  let sectors: string[] = [];
  let output: Float64Array | undefined;
  let extras: string[] = [];
  let layout: IoLayout | undefined;
  let problem: IoDefaults["problem"];
  try {
    const input = ioInputFromTable(table, labelColumn !== undefined ? { labelColumn } : {});
    sectors = input.sectors;
    output = input.output;
    extras = input.extras.map((x) => x.name);
    layout = input.layout;
  } catch (error) {
    // Plain texts in both languages: the defaults travel back from the compute worker, where errors lose their
    // class, and the pane may switch language without detecting again.
    problem = error instanceof SelaError ? { ...error.text } : { en: String(error), es: String(error) };
  }
  // The sectors' rows and columns as the reader found them (by codes when the headers are codes), else by name.
  const sectorKeys = new Set(sectors.map(normalizeName));
  const sectorRows =
    layout?.sectorRows ?? rowLabels.map((l, i) => (sectorKeys.has(normalizeName(l)) ? i : -1)).filter((i) => i >= 0);
  const sectorCols =
    layout?.sectorColumns ??
    table.headers.map((h, j) => (j !== labelIndex && sectorKeys.has(normalizeName(h)) ? j : -1)).filter((j) => j >= 0);
  const blockRows = new Set(sectorRows);
  const blockCols = new Set([...sectorCols, ...(layout?.labelColumns ?? [labelIndex])]);
  const candidates: string[] = [];
  const seen = new Set<string>();
  let outputName: string | undefined;
  const consider = (name: string, values: () => number[]): void => {
    const key = normalizeName(name);
    if (key === "" || seen.has(key) || sectorKeys.has(key)) return;
    seen.add(key);
    candidates.push(name);
    if (outputName === undefined && output !== undefined && sameVector(output, values())) outputName = name;
  };
  table.headers.forEach((h, j) => {
    if (blockCols.has(j)) return;
    consider(h, () => sectorRows.map((r) => numberOr0(table.rows[r]?.[j])));
  });
  rowLabels.forEach((l, i) => {
    if (blockRows.has(i)) return;
    consider(l, () => sectorCols.map((j) => numberOr0(table.rows[i]?.[j])));
  });
  return {
    labelColumn: table.headers[labelIndex] ?? label,
    sectors,
    candidates,
    ...(outputName !== undefined ? { output: outputName } : {}),
    extras,
    ...(problem !== undefined ? { problem } : {}),
  };
}

/** What the trade forms offer and pre-select: the analysis's table choices, with the layout always decided. */
export type TradeDefaults = Required<Pick<TradeTableChoices, "layout">> &
  Pick<TradeTableChoices, "reporter" | "product" | "value" | "year" | "partner" | "imports" | "world">;

const WORLD_WORDS = ["world", "mundo", "mundial", "mundi"];

/** Rows used to detect the columns (enough for the numeric test, cheap on large tables). */
const DETECTION_ROWS = 500;

/**
 * Detects the trade form's defaults: the layout, the columns `tradeInputFromTable` would pick (`longTradeColumns`,
 * including a world-total column recognised by name), an imports column (a header containing "import") and
 * otherwise a world-total column with "world", "mundo" or "mundial" in its header.
 */
export function tradeDefaults(table: TableData): TradeDefaults {
  const layout = detectTradeLayout(table);
  if (layout === "wide") return { layout };
  /** The first header outside `taken` whose name contains one of `words`. */
  const headerWith = (words: readonly string[], taken: ReadonlySet<number> = new Set()): string | undefined =>
    table.headers.find((h, j) => !taken.has(j) && words.some((w) => normalizeName(h).includes(w)));
  const sample: TableData = {
    name: table.name,
    headers: table.headers,
    rows: table.rows.slice(0, DETECTION_ROWS),
  };
  try {
    // The columns only: a total or note row in the table is the analysis's to refuse, not a reason to
    // leave the form's columns empty.
    const c = longTradeColumns(sample, { layout: "long" });
    const header = (j: number): string => table.headers[j] as string;
    const value = header(c.value);
    // Neither may be a column already read as something else ("importer" is BACI's partner).
    const used = new Set([c.reporter, c.product, c.value, c.year, c.partner]);
    const importsColumn = headerWith(["import"], used);
    // The world column the analysis would use by itself ("world_value", "valor_mundial"), else any header
    // with a world word, offered for the user to confirm.
    const worldColumn = c.world >= 0 ? header(c.world) : headerWith(WORLD_WORDS, used);
    return {
      layout,
      reporter: header(c.reporter),
      product: header(c.product),
      value,
      ...(c.year >= 0 ? { year: header(c.year) } : {}),
      ...(c.partner >= 0 ? { partner: header(c.partner) } : {}),
      ...(importsColumn !== undefined ? { imports: importsColumn } : {}),
      ...(worldColumn !== undefined ? { world: worldColumn } : {}),
    };
  } catch {
    // Columns not recognised by name: the user chooses them (the form shows the required fields).
    const imports = headerWith(["import"]);
    const world = headerWith(WORLD_WORDS);
    return {
      layout,
      ...(imports !== undefined ? { imports } : {}),
      ...(world !== undefined ? { world } : {}),
    };
  }
}

/**
 * The distinct non-blank texts of a column, in a natural order (numbers by value: years sort right).
 *
 * @example distinctValues({ name: "t", headers: ["y"], rows: [[2020], [2019], [2020]] }, "y") // => ["2019", "2020"]
 */
export function distinctValues(table: TableData, column: string): string[] {
  const j = table.headers.findIndex((h) => normalizeName(h) === normalizeName(column));
  if (j < 0) return [];
  const seen = new Set<string>();
  for (const r of table.rows) {
    const t = cellText(r[j]);
    if (t !== "") seen.add(t);
  }
  return [...seen].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" }));
}

/** The labels of the first column (countries of a wide trade table), in table order. */
export function firstColumnLabels(table: TableData): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of table.rows) {
    const t = cellText(r[0]);
    if (t !== "" && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}
