/**
 * An input-output table as the user keeps it (a sheet or Excel table) → the input of the IO analysis.
 *
 * Detected layout (explicit choices override every step):
 * - the first column holds the row labels (or the column named by `labelColumn`);
 * - the transactions Z are the columns whose header matches a row label (case-, accent- and space-
 *   insensitive): rows are matched to columns by name, so both may come in any order (rows sell, columns buy);
 * - gross output is a column (one value per sector row) or a row (one value per sector column) named like
 *   "output", "total output", "gross output", "producción", "valor bruto de producción", "produção",
 *   "VBP", "total demand", "total general", "total"…, or chosen by name; when it is both a row and a
 *   column it is not a sector;
 * - sector labels are unique: a repeated one is refused (it would drop a sector's transactions);
 * - optional satellite rows or columns (employment, wages/compensation, value added) are recognised by
 *   name in English, Spanish and Portuguese.
 * Blank cells inside Z count as 0; text or errors are refused with the row and column named.
 */
import { inputError } from "../core/errors";
import { matrix, type Matrix } from "../core/linalg/matrix";
import type { TableData } from "./gateway";
import { columnName } from "../xlsx/cellRef";
import { tableRowNumber } from "./readInput";
import { cellText, normalizeName } from "./names";

/** A row or column found by name: its values on the sectors, its label, and which row or column it is. */
interface FoundVector {
  readonly values: Float64Array;
  readonly label: string;
  /** "r12" or "c5": one row or column found under two names (a code and a name) is read once. */
  readonly where: string;
}

/** One satellite account: absolute values per sector (jobs, wages, value added). */
export interface IoExtra {
  readonly name: string;
  readonly values: Float64Array;
}

/** What the IO analysis needs. */
export interface IoInput {
  readonly sectors: string[];
  /** Z, n x n, rows = selling sector, columns = buying sector. */
  readonly transactions: Matrix;
  /** Gross output x, length n. */
  readonly output: Float64Array;
  /** The row or column gross output was read from (reports name it, so the choice can be checked). */
  readonly outputLabel?: string;
  readonly extras: IoExtra[];
  /** Where the block sits in the table it was read from (the pane's form offers the other rows and columns). */
  readonly layout?: IoLayout;
}

/** Positions in the source table: the sectors' rows and columns (in sector order) and the label columns. */
export interface IoLayout {
  readonly sectorRows: readonly number[];
  readonly sectorColumns: readonly number[];
  /** The label column, and the column the headers were matched on when it is another one (codes). */
  readonly labelColumns: readonly number[];
}

/** Explicit choices; anything left out is detected. Names compare case- and accent-insensitively. */
export interface IoTableChoices {
  /** Header of the column holding the row labels (default: the first column). */
  readonly labelColumn?: string;
  /** The sectors, in order (default: every row label that is also a column header). */
  readonly sectors?: readonly string[];
  /** Name of the gross-output column or row (default: detected by name). */
  readonly output?: string;
  /** Names of satellite rows or columns (default: employment, wages, value added detected by name). */
  readonly extras?: readonly string[];
  /** Set to false to skip the detection of satellite rows and columns (default true). */
  readonly detectExtras?: boolean;
}

/**
 * Names of gross output, most specific first ("total" last: it may also be a column total), as
 * {@link outputNameKey} reduces labels ("at basic prices" and notes in parentheses dropped). A label with one
 * of these names that is both a row label and a column header is gross output, never a sector.
 */
const OUTPUT_NAMES = [
  "gross output",
  "total output",
  "output",
  "x",
  "produccion bruta",
  "produccion total",
  "produccion",
  "valor bruto de produccion",
  "valor bruto de la produccion",
  "valor de la produccion",
  "vbp",
  "producao",
  "producao total",
  "valor bruto da producao",
  "valor da producao",
  "total production",
  "total demand",
  "demanda total",
  "total use",
  "total uses",
  "utilizacion total",
  "usos totales",
  "total general",
  "grand total",
  "total geral",
  "total",
];

/** The kinds of satellite account the analysis reads: what a row or column named like one of them holds. */
export type SatelliteKind = "wages" | "valueAdded" | "employment";

/**
 * Satellite accounts recognised by the words of their label (English, Spanish, Portuguese), in this order:
 * "compensation of employees" is wages, not employment; "employers' contributions" is neither.
 */
const SATELLITE_WORDS: readonly (readonly [SatelliteKind, RegExp])[] = [
  [
    "wages",
    /\b(compensation|compensacion|wages?|salar(y|ies|io|ios)|sueldos?|remuneraci(on|ones)|remuneraca?o(es)?|remuneracoes)\b/,
  ],
  ["valueAdded", /\b(value added|valor (agregado|anadido|adicionado)|gva|vab)\b/],
  [
    "employment",
    /\b(employment|employed|employees|jobs|emp|empleos?|empleados|asalariados|ocupad[oa]s?|ocupacion|ocupaca?o(es)?|ocupacoes|puestos de trabajo|emprego|empregados|personal ocupado|pessoal ocupado)\b/,
  ],
];

/** Taxes named after value added (VAT, IVA) are not value added. */
const TAX_WORDS = /\b(tax|taxes|impuestos?|impostos?|iva|vat|tributos?)\b/;

/**
 * What kind of satellite account a row or column label names, if any.
 *
 * @example satelliteKind("Personal ocupado") // => "employment"
 * @example satelliteKind("Remuneraciones de asalariados") // => "wages"
 * @example satelliteKind("Taxes less subsidies") // => undefined
 */
export function satelliteKind(label: string): SatelliteKind | undefined {
  const words = normalizeName(label).replace(/[^a-z0-9]+/g, " ");
  if (TAX_WORDS.test(words)) return undefined;
  return SATELLITE_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
}

/**
 * A label reduced to what names gross output: no parenthesised note, no "at basic prices" ("Gross output (basic
 * prices)", "Total output at basic prices" and "Producción total a precios básicos" reduce to a name of
 * {@link OUTPUT_NAMES}).
 */
function outputNameKey(label: string): string {
  return normalizeName(label)
    .replace(/\([^)]*\)/g, " ")
    .replace(/\b(at |a )?(basic prices|precios basicos|precos basicos)\b/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The number in a cell: blank → 0; anything else not a finite number is an error naming the cell. */
function numberAt(table: TableData, r: number, c: number, what: { en: string; es: string }): number {
  const v = table.rows[r]?.[c] ?? null;
  if (v === null || v === "") return 0;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  const row = String(tableRowNumber(table, r)); // the sheet or file row, else header = row 1
  const col = `${columnName(c)} "${table.headers[c] ?? ""}"`;
  const shown = typeof v === "string" ? `"${v}"` : String(v);
  throw inputError(
    `${what.en} has a non-numeric cell at row ${row}, column ${col}: ${shown}`,
    `${what.es} tiene una celda no numérica en la fila ${row}, columna ${col}: ${shown}`,
  );
}

/**
 * How many labels of column `col` are also column headers (other than its own), case and accents ignored,
 * gross-output names left out.
 */
function headerMatches(table: TableData, col: number): number {
  const headers = new Set(table.headers.filter((_, j) => j !== col).map(normalizeName));
  let count = 0;
  for (const row of table.rows) {
    const label = cellText(row[col]);
    const k = normalizeName(label);
    // "Total" or "Gross output" as both a row and a column is gross output, not a sector.
    if (k !== "" && headers.has(k) && !OUTPUT_NAMES.includes(outputNameKey(label))) count += 1;
  }
  return count;
}

/**
 * The sectors' names: their matching labels, or, when the match was made on another column than the label
 * column (codes in the headers, names beside them), the label column's text, if it was chosen or if it holds
 * distinct non-numeric names for every sector (a first column of row numbers is not names).
 */
function displayNames(
  table: TableData,
  matched: readonly string[],
  rowOf: readonly number[],
  labelCol: number,
  matchCol: number,
  chosen: boolean,
): string[] {
  if (matchCol === labelCol) return [...matched];
  const names = rowOf.map((r) => cellText(table.rows[r]?.[labelCol]));
  const usable =
    names.every((name) => name !== "" && !Number.isFinite(Number(name))) &&
    new Set(names.map(normalizeName)).size === names.length;
  if (usable || chosen) return names.map((name, i) => name || (matched[i] ?? ""));
  return [...matched];
}

/** Columns searched for the labels the headers repeat when the label column does not hold them. */
const LABEL_SEARCH_COLUMNS = 8;

/**
 * The column whose labels the column headers repeat: `labelCol` when at least two of its labels are headers;
 * else the first of the table's first few columns where more are (a table with a code column and a name
 * column, whose headers are codes); else `labelCol` (the caller then says no block was found).
 */
function matchingColumn(table: TableData, labelCol: number): number {
  if (headerMatches(table, labelCol) >= 2) return labelCol;
  for (let j = 0; j < Math.min(LABEL_SEARCH_COLUMNS, table.headers.length); j++) {
    if (j !== labelCol && headerMatches(table, j) >= 2) return j;
  }
  return labelCol;
}

function findColumn(table: TableData, name: string): number {
  const key = normalizeName(name);
  return table.headers.findIndex((h) => normalizeName(h) === key);
}

/**
 * Refuses a sector label that is repeated among the row labels or the column headers: rows and columns
 * are matched by name, so a second "Otros" would be silently dropped with its transactions.
 */
function checkUniqueSectors(
  sectors: readonly string[],
  rowLabels: readonly string[],
  headers: readonly string[],
): void {
  const keys = new Set(sectors.map(normalizeName));
  const repeated = (labels: readonly string[]): string[] => {
    const count = new Map<string, number>();
    for (const l of labels) {
      const k = normalizeName(l);
      if (keys.has(k)) count.set(k, (count.get(k) ?? 0) + 1);
    }
    return sectors.filter((s) => (count.get(normalizeName(s)) ?? 0) > 1);
  };
  const rows = repeated(rowLabels);
  const columns = repeated(headers);
  if (rows.length === 0 && columns.length === 0) return;
  const quoted = (list: readonly string[]): string => list.map((s) => `"${s}"`).join(", ");
  const where = (rowsWord: string, columnsWord: string): string =>
    [
      rows.length > 0 ? `${rowsWord} ${quoted(rows)}` : "",
      columns.length > 0 ? `${columnsWord} ${quoted(columns)}` : "",
    ]
      .filter((t) => t !== "")
      .join("; ");
  throw inputError(
    `sector labels must be unique, but these are repeated (case and accents ignored): ${where("rows", "columns")}; rename or merge them`,
    `las etiquetas de sector deben ser únicas, pero estas se repiten (sin distinguir mayúsculas ni tildes): ${where("filas", "columnas")}; cámbieles el nombre o combínelas`,
  );
}

/**
 * Reads an IO table laid out as in the module comment.
 *
 * @throws {SelaError} `input` for a missing label column, no square block of sectors, a sector label
 *   repeated among the rows or the columns, a missing gross output, a chosen name that is not in the
 *   table, or a non-numeric cell (row and column named).
 * @example ioInputFromTable({ name: "IO", headers: ["", "A", "B", "Output"], rows: [["A", 150, 500, 1000], ["B", 200, 100, 2000]] })
 *   // => sectors ["A", "B"], Z [[150, 500], [200, 100]], x [1000, 2000]
 */
export function ioInputFromTable(table: TableData, choices: IoTableChoices = {}): IoInput {
  if (table.rows.length === 0 || table.headers.length === 0) {
    throw inputError(
      `no table in "${table.name}": no header row (two or more values) with rows below it; choose the sheet or table that holds the input-output table`,
      `no hay una tabla en "${table.name}": ninguna fila de encabezados (dos o más valores) con filas debajo; elija la hoja o tabla que contiene la tabla insumo-producto`,
    );
  }
  let labelCol = 0;
  if (choices.labelColumn !== undefined) {
    labelCol = findColumn(table, choices.labelColumn);
    if (labelCol < 0) {
      throw inputError(
        `there is no column "${choices.labelColumn}" for the sector labels (columns: ${table.headers.join(", ")})`,
        `no hay una columna "${choices.labelColumn}" para las etiquetas de los sectores (columnas: ${table.headers.join(", ")})`,
      );
    }
  }
  // The column whose labels the column headers repeat: the label column itself, or, when its labels are names
  // and the headers codes (or the other way round), the column of the table that the headers do repeat.
  const matchCol = matchingColumn(table, labelCol);
  const rowLabels = table.rows.map((r) => cellText(r[matchCol]));
  const rowByName = new Map<string, number>();
  rowLabels.forEach((l, i) => {
    const k = normalizeName(l);
    if (k !== "" && !rowByName.has(k)) rowByName.set(k, i);
  });
  // Rows below the block (gross output, satellite accounts) may be named in the label column only.
  const otherLabels = matchCol === labelCol ? [] : table.rows.map((r) => cellText(r[labelCol]));
  otherLabels.forEach((l, i) => {
    const k = normalizeName(l);
    if (k !== "" && !rowByName.has(k)) rowByName.set(k, i);
  });
  const colByName = new Map<string, number>();
  table.headers.forEach((h, j) => {
    const k = normalizeName(h);
    if (j !== labelCol && j !== matchCol && k !== "" && !colByName.has(k)) colByName.set(k, j);
  });
  // Gross output chosen by name is not a sector even when it is both a row and a column ("Total general").
  const outputChoice = choices.output !== undefined ? normalizeName(choices.output) : undefined;

  // Sectors: explicit, or every row label that is also a column header, in row order.
  let sectors: string[];
  if (choices.sectors !== undefined) {
    sectors = [...choices.sectors];
    for (const s of sectors) {
      const k = normalizeName(s);
      if (!rowByName.has(k) || !colByName.has(k)) {
        throw inputError(
          `the sector "${s}" must be both a row label and a column header of the table`,
          `el sector "${s}" debe ser a la vez una etiqueta de fila y un encabezado de columna de la tabla`,
        );
      }
    }
  } else {
    sectors = rowLabels.filter((l, i) => {
      const k = normalizeName(l);
      const isOutput = OUTPUT_NAMES.includes(outputNameKey(l)) || k === outputChoice;
      return k !== "" && rowByName.get(k) === i && colByName.has(k) && !isOutput;
    });
  }
  checkUniqueSectors(
    sectors,
    rowLabels,
    table.headers.filter((_, j) => j !== labelCol && j !== matchCol),
  );
  const n = sectors.length;
  if (n < 2) {
    const column = table.headers[matchCol] ?? "";
    const which = column === "" ? "" : ` ("${column}")`;
    throw inputError(
      `no transactions block found: the column headers must repeat the sector labels of the column${which} that holds them (found ${String(n)} matching sector${n === 1 ? "" : "s"}; need at least 2); choose the label column whose labels the headers repeat`,
      `no se encontró el bloque de transacciones: los encabezados de columna deben repetir las etiquetas de sector de la columna${which} que las contiene (se encontraron ${String(n)} coincidencias; se necesitan al menos 2); elija la columna de etiquetas que repiten los encabezados`,
    );
  }
  const rowOf = sectors.map((s) => rowByName.get(normalizeName(s)) as number);
  const colOf = sectors.map((s) => colByName.get(normalizeName(s)) as number);
  const usedRows = new Set(rowOf);
  const usedCols = new Set([...colOf, labelCol, matchCol]);
  const what = { en: "the transactions block", es: "el bloque de transacciones" };
  const z = matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) z.data[i * n + j] = numberAt(table, rowOf[i] as number, colOf[j] as number, what);
  }

  // A named vector: a column (values on the sector rows) or a row (values under the sector columns).
  const vectorNamed = (key: string): FoundVector | undefined => {
    const col = colByName.get(key);
    if (col !== undefined && !usedCols.has(col)) {
      const label = table.headers[col] as string;
      const w = { en: `the column "${label}"`, es: `la columna "${label}"` };
      return { values: Float64Array.from(rowOf, (r) => numberAt(table, r, col, w)), label, where: `c${String(col)}` };
    }
    const row = rowByName.get(key);
    if (row !== undefined && !usedRows.has(row)) {
      // Named by the label column where it has text (a name), else by the matching column (a code).
      const label = (otherLabels[row] ?? "") || (rowLabels[row] ?? "");
      const w = { en: `the row "${label}"`, es: `la fila "${label}"` };
      return { values: Float64Array.from(colOf, (c) => numberAt(table, row, c, w)), label, where: `r${String(row)}` };
    }
    return undefined;
  };

  let output: FoundVector | undefined;
  if (choices.output !== undefined) {
    output = vectorNamed(normalizeName(choices.output));
    if (output === undefined) {
      throw inputError(
        `there is no row or column "${choices.output}" for gross output`,
        `no hay una fila ni una columna "${choices.output}" para la producción bruta`,
      );
    }
  } else {
    // The labels by their reduced output name, then the first name of the list (most specific first) present.
    const byOutputName = new Map<string, string>();
    for (const label of [...table.headers.filter((_, j) => j !== labelCol), ...rowLabels, ...otherLabels]) {
      const reduced = outputNameKey(label);
      if (!byOutputName.has(reduced)) byOutputName.set(reduced, normalizeName(label));
    }
    for (const name of OUTPUT_NAMES) {
      const key = byOutputName.get(name);
      output = key === undefined ? undefined : vectorNamed(key);
      if (output !== undefined) break;
    }
    if (output === undefined) {
      throw inputError(
        'gross output not found: add a column or row named "Output" (or "Total output", "Producción", "Valor bruto de producción"), or choose it',
        'no se encontró la producción bruta: agregue una columna o fila llamada "Producción" (o "Valor bruto de producción", "Output"), o elíjala',
      );
    }
  }
  if (output.values.some((v) => v < 0)) {
    throw inputError(
      `gross output ("${output.label}") must not be negative`,
      `la producción bruta ("${output.label}") no debe ser negativa`,
    );
  }

  const extras: IoExtra[] = [];
  const read = new Set<string>([output.where]);
  if (choices.extras !== undefined) {
    for (const name of choices.extras) {
      const found = vectorNamed(normalizeName(name));
      if (found === undefined) {
        throw inputError(
          `there is no row or column "${name}" (employment, wages, value added…)`,
          `no hay una fila ni una columna "${name}" (empleo, remuneraciones, valor agregado…)`,
        );
      }
      if (read.has(found.where)) continue; // named twice, or gross output itself
      read.add(found.where);
      extras.push({ name: found.label, values: found.values });
    }
  } else if (choices.detectExtras !== false) {
    const candidates: string[] = [...table.headers, ...rowLabels, ...otherLabels];
    for (const label of candidates) {
      const k = normalizeName(label);
      if (k === "" || satelliteKind(label) === undefined) continue;
      // Detected, not chosen: a row or column with text in it ("Employment source: INE survey") is not an
      // account and is passed over rather than stopping the analysis.
      let found: FoundVector | undefined;
      try {
        found = vectorNamed(k);
      } catch {
        continue;
      }
      // A row named in both label columns (a code and a name) is found under both: read it once.
      if (found === undefined || read.has(found.where)) continue;
      read.add(found.where);
      extras.push({ name: found.label, values: found.values });
    }
  }
  return {
    sectors: displayNames(table, sectors, rowOf, labelCol, matchCol, choices.labelColumn !== undefined),
    transactions: z,
    output: output.values,
    outputLabel: output.label,
    extras,
    layout: { sectorRows: rowOf, sectorColumns: colOf, labelColumns: [...new Set([labelCol, matchCol])] },
  };
}
