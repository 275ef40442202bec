/**
 * `sela-niches report io|trade|space|all`: reads a table from an .xlsx or .csv, runs the same analysis
 * code as the task pane (src/analysis) and writes a report workbook with native charts (src/xlsx).
 * Never overwrites an existing file without --force.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { basename, extname, resolve } from "path";
import type { TableData } from "../analysis/gateway";
import type { Bilingual } from "../core/errors";
import { combineReports } from "../analysis/index";
import { ioInputFromTable, type IoTableChoices } from "../analysis/ioInput";
import { ioLinkages } from "../analysis/ioLinkages";
import type { Language } from "../analysis/labels";
import { productSpace } from "../analysis/productSpace";
import { csvGrid, gridToTable, tableFromRead } from "../analysis/readInput";
import type { Report } from "../analysis/report";
import {
  appendReferenceRows,
  tradeInputFromTable,
  type TradeInput,
  type TradeTableChoices,
} from "../analysis/tradeInput";
import { tradeNiches } from "../analysis/tradeNiches";
import { decodeText } from "../xlsx/decodeText";
import { readWorkbook } from "../xlsx/readWorkbook";
import { teachingReport } from "../analysis/teaching";
import { writeReportWorkbook } from "../xlsx/writeWorkbook";
import { UsageError } from "./call";
import { say } from "./say";

/** The grid → table rule, shared with the workbench (src/analysis/readInput.ts). */
export { gridToTable };

/** A failure the user can fix (file missing, output exists): exit code 1, message only. */
export class ReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReportError";
  }
}

export const REPORT_KINDS = ["io", "trade", "space", "all", "teach"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Where the command writes progress (stderr) unless quiet. */
export interface ReportEnvironment {
  readonly progress?: (message: string) => void;
  /** Fixed date for reproducible method blocks (tests). */
  readonly date?: Date;
}

/** What the command did. */
export interface ReportOutcome {
  readonly output: string;
  readonly sheets: string[];
}

/**
 * Why a file operation failed, as a plain sentence in the user's language: the common errno codes of
 * reading inputs and writing the report (a missing folder, no permission, a file open in Excel…); other
 * codes are shown as they are.
 */
export function fileErrorReason(code: string | undefined, operation: "read" | "write", language: Language): string {
  switch (code) {
    case "ENOENT":
      // Reading: the file is missing; writing creates the file, so it is the folder that is missing.
      return operation === "read"
        ? say(language, "no such file", "el archivo no existe")
        : say(language, "the folder does not exist", "la carpeta no existe");
    case "ENOTDIR":
      return say(language, "part of the path is not a folder", "una parte de la ruta no es una carpeta");
    case "EACCES":
    case "EPERM":
      return say(
        language,
        "permission denied (the file or folder is read-only or protected)",
        "permiso denegado (el archivo o la carpeta es de solo lectura o está protegido)",
      );
    case "EEXIST":
      return say(language, "the file already exists", "el archivo ya existe");
    case "ENOSPC":
    case "EDQUOT":
      return say(language, "the disk is full", "el disco está lleno");
    case "EISDIR":
      return say(language, "it is a folder, not a file", "es una carpeta, no un archivo");
    case "EBUSY":
      return say(
        language,
        "the file is in use by another program (close it in Excel and try again)",
        "el archivo está en uso por otro programa (ciérrelo en Excel e intente de nuevo)",
      );
    case "EROFS":
      return say(language, "the disk is read-only", "el disco es de solo lectura");
    case "ENAMETOOLONG":
      return say(language, "the file name is too long", "el nombre del archivo es demasiado largo");
    default:
      return code ?? say(language, "unknown error", "error desconocido");
  }
}

function readBytes(file: string, language: Language): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const why = fileErrorReason((error as NodeJS.ErrnoException).code, "read", language);
    throw new ReportError(say(language, `cannot read ${file}: ${why}`, `no se puede leer ${file}: ${why}`));
  }
}

/**
 * Reads a table from a .csv/.tsv/.txt or .xlsx/.xlsm file: with `table`, that Excel table; with `sheet`,
 * that worksheet; otherwise the first Excel table, or the first sheet with values.
 */
export function loadTable(file: string, choice: { sheet?: string; table?: string }, language: Language): TableData {
  const ext = extname(file).toLowerCase();
  const bytes = readBytes(file, language);
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") {
    if (choice.sheet !== undefined || choice.table !== undefined) {
      throw new UsageError(
        say(
          language,
          "--sheet and --table apply to .xlsx files only",
          "--sheet y --table solo se aplican a archivos .xlsx",
        ),
      );
    }
    // Excel saves CSV as Windows-1252 and "Unicode text" as UTF-16: decoded by BOM and UTF-8 validity.
    const text = decodeText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return gridToTable(basename(file), csvGrid(text));
  }
  if (ext !== ".xlsx" && ext !== ".xlsm") {
    throw new ReportError(
      say(
        language,
        `unsupported file type ${ext || "(none)"}: use .xlsx or .csv`,
        `tipo de archivo no admitido ${ext || "(ninguno)"}: use .xlsx o .csv`,
      ),
    );
  }
  const book = readWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (choice.table !== undefined) {
    const t = book.tables.find((x) => same(x.name, choice.table as string));
    if (!t) {
      const names = book.tables.map((x) => x.name).join(", ") || say(language, "none", "ninguna");
      throw new ReportError(
        say(
          language,
          `no table "${choice.table}" in ${file} (tables: ${names})`,
          `no hay una tabla "${choice.table}" en ${file} (tablas: ${names})`,
        ),
      );
    }
    return tableFromRead(t);
  }
  if (choice.sheet !== undefined) {
    const s = book.sheets.find((x) => same(x.name, choice.sheet as string));
    if (!s) {
      const names = book.sheets.map((x) => x.name).join(", ");
      throw new ReportError(
        say(
          language,
          `no sheet "${choice.sheet}" in ${file} (sheets: ${names})`,
          `no hay una hoja "${choice.sheet}" en ${file} (hojas: ${names})`,
        ),
      );
    }
    return gridToTable(s.name, s.cells);
  }
  const first = book.tables[0];
  if (first) return tableFromRead(first);
  // The first sheet that holds a table (a header row, found as gridToTable finds it, and rows below it).
  for (const s of book.sheets) {
    const t = gridToTable(s.name, s.cells);
    if (t.rows.length > 0) return t;
  }
  throw new ReportError(
    say(
      language,
      `no sheet of ${file} holds a table with a header row`,
      `ninguna hoja de ${file} contiene una tabla con fila de encabezado`,
    ),
  );
}

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return items;
}

function positiveInteger(flags: Map<string, string>, name: string, language: Language): number | undefined {
  const v = flags.get(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(
      say(language, `--${name} must be a whole number ≥ 1`, `--${name} debe ser un número entero ≥ 1`),
    );
  }
  return n;
}

/**
 * `--min-export-share`: a percentage ("0.01%", "0,01 %"); 0 keeps every reporter. A bare number is refused:
 * "0.01" could mean 0.01 % or 1 %, a hundredfold difference in who is left out. The option takes a fraction.
 */
function exportShare(flags: Map<string, string>, language: Language): number | undefined {
  const v = flags.get("min-export-share");
  if (v === undefined) return undefined;
  const text = v.trim().replace(",", ".");
  const number = text.endsWith("%") ? text.slice(0, -1).trim() : "";
  const share = number === "" ? Number.NaN : Number(number) / 100;
  if (!(share >= 0 && share < 1) && !(text === "0")) {
    throw new UsageError(
      say(
        language,
        `--min-export-share must be a percentage of total exports, e.g. 0.01% (or 0 to keep every reporter; got ${v})`,
        `--min-export-share debe ser un porcentaje de las exportaciones totales, p. ej. 0,01% (o 0 para conservar todos los declarantes; se recibió ${v})`,
      ),
    );
  }
  return text === "0" ? 0 : share;
}

function exists(output: string, language: Language): ReportError {
  return new ReportError(
    say(
      language,
      `${output} already exists; use --force to overwrite it or --output to choose another file`,
      `${output} ya existe; use --force para sobrescribirlo o --output para elegir otro archivo`,
    ),
  );
}

function describeSource(file: string, table: TableData, override: string | undefined, language: Language): string {
  const rows = String(table.rows.length);
  const columns = String(table.headers.length);
  return (
    override ??
    say(
      language,
      `${basename(file)} (${table.name}, ${rows} rows x ${columns} columns)`,
      `${basename(file)} (${table.name}, ${rows} filas x ${columns} columnas)`,
    )
  );
}

/** How a world reference is given on the command line, completing "give the world's exports …". */
const REFERENCE_FLAGS: Bilingual = {
  en: "with --reference-file FILE, a world column (--world COLUMN) or a world-total row (--reference LABEL)",
  es: "con --reference-file ARCHIVO, una columna mundial (--world COLUMNA) o una fila del total mundial (--reference ETIQUETA)",
};

/**
 * Refuses the period flags of the other report: `--years` chooses the product space's year(s), `--t0`/`--t1`
 * the trade niches' two periods. Ignored silently, the user would believe the report used them. In `report
 * all` both apply (and the product space takes `--t1` when `--years` is left out).
 */
function checkPeriodFlags(kind: ReportKind, flags: Map<string, string>, language: Language): void {
  if (kind === "trade" && flags.has("years")) {
    throw new UsageError(
      say(
        language,
        "--years applies to report space; for the trade niches choose the periods with --t0 YEAR[,YEAR] and --t1 YEAR[,YEAR]",
        "--years se aplica a report space; para los nichos comerciales elija los períodos con --t0 AÑO[,AÑO] y --t1 AÑO[,AÑO]",
      ),
    );
  }
  if (kind === "trade" && flags.has("min-export-share")) {
    throw new UsageError(
      say(
        language,
        "--min-export-share applies to report space (which reporters enter the product space); report trade uses every reporter",
        "--min-export-share se aplica a report space (qué declarantes entran en el espacio de productos); report trade usa todos los declarantes",
      ),
    );
  }
  const period = ["t0", "t1"].find((f) => flags.has(f));
  if (kind === "space" && period !== undefined) {
    throw new UsageError(
      say(
        language,
        `--${period} applies to report trade (TradeCAN's two periods); for the product space choose the year(s) with --years YEAR[,YEAR]`,
        `--${period} se aplica a report trade (los dos períodos de TradeCAN); para el espacio de productos elija el año o los años con --years AÑO[,AÑO]`,
      ),
    );
  }
}

function tradeInputFromFlags(
  flags: Map<string, string>,
  file: string,
  table: TableData,
  language: Language,
): { input: TradeInput; reference?: string; referenceSource?: string } {
  const choices: { -readonly [K in keyof TradeTableChoices]: TradeTableChoices[K] } = {};
  for (const key of ["reporter", "product", "value", "year", "partner", "imports", "world"] as const) {
    const v = flags.get(key);
    if (v !== undefined) choices[key] = v;
  }
  const layout = flags.get("layout");
  if (layout !== undefined) {
    if (layout !== "long" && layout !== "wide") {
      throw new UsageError(say(language, "--layout must be long or wide", "--layout debe ser long o wide"));
    }
    choices.layout = layout;
  }
  const importsSheet = flags.get("imports-sheet");
  if (importsSheet !== undefined) choices.importsTable = loadTable(file, { sheet: importsSheet }, language);
  let input = tradeInputFromTable(table, choices);
  let reference = flags.get("reference");
  const referenceFile = flags.get("reference-file");
  if (referenceFile !== undefined) {
    const label = reference !== undefined && reference.toLowerCase() !== "all" ? reference : "World";
    const referenceTable = loadTable(referenceFile, {}, language);
    input = appendReferenceRows(input, referenceTable, label, basename(referenceFile));
    reference = label;
    const referenceSource = describeSource(referenceFile, referenceTable, undefined, language);
    return { input, reference, referenceSource };
  }
  return { input, ...(reference !== undefined ? { reference } : {}) };
}

/**
 * Runs `report KIND` with the parsed flags and writes the workbook.
 *
 * @throws {UsageError} for a bad command line; {@link ReportError} for unreadable files or an existing
 *   output; SelaError for data problems (missing columns, wrong shapes) in both languages.
 */
export function runReport(
  kind: string | undefined,
  flags: Map<string, string>,
  env: ReportEnvironment = {},
): ReportOutcome {
  const language: Language = flags.get("lang")?.toLowerCase().startsWith("es") ? "es" : "en";
  if (kind === undefined || !(REPORT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(
      say(
        language,
        `report needs a kind: ${REPORT_KINDS.join(", ")}`,
        `report necesita un tipo: ${REPORT_KINDS.join(", ")}`,
      ),
    );
  }
  const progress = flags.has("quiet") ? (): void => undefined : (env.progress ?? ((): void => undefined));
  const date = env.date ?? new Date();
  const top = positiveInteger(flags, "top", language);
  const ioFile = kind === "all" ? flags.get("io-input") : flags.get("input");
  const tradeFile = flags.get("input");
  if (kind !== "all" && kind !== "teach" && tradeFile === undefined) {
    throw new UsageError(say(language, `report ${kind} needs --input FILE`, `report ${kind} necesita --input ARCHIVO`));
  }
  if (kind === "all" && (ioFile === undefined || tradeFile === undefined)) {
    throw new UsageError(
      say(
        language,
        "report all needs --io-input FILE (IO table) and --input FILE (trade table)",
        "report all necesita --io-input ARCHIVO (tabla IP) e --input ARCHIVO (tabla de comercio)",
      ),
    );
  }
  checkPeriodFlags(kind as ReportKind, flags, language);
  const needsCountry = kind === "trade" || kind === "space" || kind === "all";
  const country = flags.get("country");
  if (needsCountry && country === undefined) {
    throw new UsageError(
      say(
        language,
        `report ${kind} needs --country NAME (the focus country)`,
        `report ${kind} necesita --country NOMBRE (el país foco)`,
      ),
    );
  }
  const output = resolve(flags.get("output") ?? `sela-niches-${kind}.xlsx`);
  if (extname(output).toLowerCase() !== ".xlsx") {
    throw new UsageError(say(language, "--output must end in .xlsx", "--output debe terminar en .xlsx"));
  }
  const force = flags.has("force");
  if (!force && existsSync(output)) throw exists(output, language);
  const reports: Report[] = [];

  if (kind === "io" || kind === "all") {
    const file = ioFile as string;
    progress(say(language, `reading ${file}…`, `leyendo ${file}…`));
    const sheet = flags.get(kind === "all" ? "io-sheet" : "sheet");
    const tableName = flags.get(kind === "all" ? "io-table" : "table");
    const table = loadTable(
      file,
      { ...(sheet !== undefined ? { sheet } : {}), ...(tableName !== undefined ? { table: tableName } : {}) },
      language,
    );
    const choices: { -readonly [K in keyof IoTableChoices]: IoTableChoices[K] } = {};
    const labelsColumn = flags.get("labels");
    if (labelsColumn !== undefined) choices.labelColumn = labelsColumn;
    const gross = flags.get("gross-output");
    if (gross !== undefined) choices.output = gross;
    const extras = flags.get("extras");
    if (extras !== undefined) choices.extras = extras.toLowerCase() === "none" ? [] : (list(extras) ?? []);
    const method = flags.get("forward-method") ?? "leontief";
    if (method !== "leontief" && method !== "ghosh") {
      throw new UsageError(
        say(language, "--forward-method must be leontief or ghosh", "--forward-method debe ser leontief o ghosh"),
      );
    }
    const input = ioInputFromTable(table, choices);
    progress(
      say(
        language,
        `computing IO linkages for ${String(input.sectors.length)} sectors…`,
        `calculando encadenamientos IP de ${String(input.sectors.length)} sectores…`,
      ),
    );
    reports.push(
      ioLinkages(input, {
        forwardMethod: method,
        language,
        source: describeSource(file, table, flags.get("source"), language),
        date,
        ...(top !== undefined ? { top } : {}),
      }).report,
    );
  }

  if (kind === "trade" || kind === "space" || kind === "all") {
    const file = tradeFile as string;
    progress(say(language, `reading ${file}…`, `leyendo ${file}…`));
    const sheet = flags.get("sheet");
    const tableName = flags.get("table");
    const table = loadTable(
      file,
      { ...(sheet !== undefined ? { sheet } : {}), ...(tableName !== undefined ? { table: tableName } : {}) },
      language,
    );
    const { input, reference, referenceSource } = tradeInputFromFlags(flags, file, table, language);
    // The world exports' file is part of the provenance: named after the trade table's own description.
    const override = flags.get("source");
    const source =
      describeSource(file, table, override, language) +
      (referenceSource !== undefined && override === undefined
        ? say(language, `; world exports: ${referenceSource}`, `; exportaciones mundiales: ${referenceSource}`)
        : "");
    const common = {
      country: country as string,
      language,
      source,
      date,
      ...(reference !== undefined ? { reference } : {}),
    };
    if (kind === "trade" || kind === "all") {
      progress(say(language, "computing trade niches…", "calculando nichos comerciales…"));
      const t0 = list(flags.get("t0"));
      const t1 = list(flags.get("t1"));
      reports.push(
        tradeNiches(input, {
          ...common,
          referenceHow: REFERENCE_FLAGS,
          ...(t0 ? { t0 } : {}),
          ...(t1 ? { t1 } : {}),
          ...(top !== undefined ? { top } : {}),
        }).report,
      );
    }
    if (kind === "space" || kind === "all") {
      progress(say(language, "computing the product space…", "calculando el espacio de productos…"));
      // In report all, --t1 (the trade niches' last period) is also the product space's year unless --years is given.
      const years = list(flags.get("years") ?? flags.get("t1"));
      const minExportShare = exportShare(flags, language);
      reports.push(
        productSpace(input, {
          ...common,
          ...(years ? { years } : {}),
          ...(top !== undefined ? { top } : {}),
          ...(minExportShare !== undefined ? { minExportShare } : {}),
        }).report,
      );
    }
  }

  // The trainer's sheet: Excel's own formulas next to the SELA functions (alone, or after any report).
  if (kind === "teach" || flags.has("teach")) reports.push(teachingReport(language, date));

  const report = combineReports(...reports);
  progress(say(language, `writing ${output}…`, `escribiendo ${output}…`));
  const bytes = writeReportWorkbook(report, { language, title: `SELA Niches: ${kind}`, created: date });
  try {
    writeFileSync(output, bytes, { flag: force ? "w" : "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw exists(output, language);
    const why = fileErrorReason(code, "write", language);
    throw new ReportError(say(language, `cannot write ${output}: ${why}`, `no se puede escribir ${output}: ${why}`));
  }
  return { output, sheets: report.sheets.map((s) => s.name) };
}
