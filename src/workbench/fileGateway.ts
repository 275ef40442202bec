/**
 * The workbook gateway of the browser workbench (and of tests): an opened .xlsx/.csv held in memory.
 * Inputs are the file's Excel tables and the used range of each sheet without a table (header row found
 * as the `sela-niches report` command finds it: src/analysis/readInput.ts), plus any sample
 * table added; reports accumulate as result sheets with unique names and are downloaded as one .xlsx.
 * Freezing, repairing and inserting formulas need Excel: they fail with a bilingual error.
 *
 * Parsing a large file and building the .xlsx take seconds for big tables, so with a `compute` runner (the
 * pane's compute worker) both run there (tasks "readInputs" and "writeWorkbook", registered by
 * `./tasks.ts`) and the page stays responsive; without one (tests, no workers) they run in the page.
 */
import type { TableData, TableSummary, WorkbookGateway, WriteOptions, WrittenReport } from "../analysis/gateway";
import { csvGrid, gridToTable, tableFromRead } from "../analysis/readInput";
import type { Report, ReportSheet } from "../analysis/report";
import { inputError, SelaError } from "../core/errors";
import { uniqueSheetNames, uniqueTableName } from "../excel/sheetNames";
import type { Language } from "../functions/language";
import { rangeRef } from "../xlsx/cellRef";
import { decodeText } from "../xlsx/decodeText";
import { readWorkbook } from "../xlsx/readWorkbook";
import { writeReportWorkbook } from "../xlsx/writeWorkbook";

/** An input table of the opened file: its summary and its data. */
export interface InputTable {
  readonly summary: TableSummary;
  readonly data: TableData;
}

/** Runs a registered task off the page (the pane's compute worker). */
export interface FileTaskRunner {
  runTask(task: string, payload: unknown, language: Language): Promise<unknown>;
}

/** Names of the worker tasks behind {@link FileGateway.open} and {@link FileGateway.download}. */
export const FILE_TASKS = { readInputs: "readInputs", writeWorkbook: "writeWorkbook" } as const;

/** Payload of the "readInputs" task. */
export interface ReadInputsPayload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** Payload of the "writeWorkbook" task. */
export interface WriteWorkbookPayload {
  readonly sheets: readonly ReportSheet[];
  readonly language: Language;
}

/** The file gateway: a {@link WorkbookGateway} plus opening a file and downloading the results. */
export interface FileGateway extends WorkbookGateway {
  readonly kind: "file";
  /**
   * Replaces the input tables by the content of a file (.xlsx/.xlsm, or .csv/.tsv/.txt); results are kept.
   * `language` is that of the messages when the file cannot be read in the worker (default English).
   */
  open(fileName: string, bytes: Uint8Array, language?: Language): Promise<{ tables: number }>;
  /** The name of the opened file, if any. */
  fileName(): string | undefined;
  /** Names of the result sheets written so far, in order. */
  resultSheets(): string[];
  /** The result sheets as an .xlsx workbook (with native charts). */
  download(language: Language): Promise<Uint8Array>;
  /** Forgets the result sheets (after a download, if the user wishes). */
  clearResults(): void;
}

/** A bilingual "needs Excel" error for the operations the workbench cannot do. */
export function notInWorkbench(what: { en: string; es: string }): SelaError {
  return inputError(
    `${what.en} needs Excel: open the workbook in Excel with the SELA Niches add-in`,
    `${what.es} necesita Excel: abra el libro en Excel con el complemento SELA Nichos`,
  );
}

function abortError(): Error {
  const error = new Error("cancelled");
  error.name = "AbortError";
  return error;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot).toLowerCase();
}

function baseName(fileName: string): string {
  const slash = Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\"));
  const name = fileName.slice(slash + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

/** A sheet range's name as Office gives it: `'Sheet name'!A1:F200`. */
function rangeName(sheet: string, rows: number, cols: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${rangeRef({ row: 0, col: 0, rows: Math.max(1, rows), cols: Math.max(1, cols) })}`;
}

function summaryOf(data: TableData, name: string, sheet: string, kind: "table" | "range"): TableSummary {
  return { name, sheet, rows: data.rows.length, columns: data.headers.length, headers: data.headers, kind };
}

/** Reads the input tables of a file (the "readInputs" task). */
export function readInputs(fileName: string, bytes: Uint8Array): InputTable[] {
  const ext = extensionOf(fileName);
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") {
    const sheet = uniqueSheetNames([baseName(fileName)], [])[0] as string;
    // The same decoding as the CLI: BOM, else strict UTF-8, else Windows-1252 (Excel's "CSV" on Windows).
    const grid = csvGrid(decodeText(bytes));
    const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
    const name = rangeName(sheet, grid.length, width);
    const data = { ...gridToTable(name, grid), name };
    return data.headers.length === 0 ? [] : [{ summary: summaryOf(data, name, sheet, "range"), data }];
  }
  if (ext !== ".xlsx" && ext !== ".xlsm") {
    throw inputError(
      `cannot open ${fileName}: unsupported file type ${ext === "" ? "(none)" : ext}; use .xlsx or .csv`,
      `no se puede abrir ${fileName}: tipo de archivo no admitido ${ext === "" ? "(ninguno)" : ext}; use .xlsx o .csv`,
    );
  }
  const book = readWorkbook(bytes);
  const inputs: InputTable[] = book.tables.map((t) => {
    const data = tableFromRead(t);
    return { summary: summaryOf(data, t.name, t.sheet, "table"), data };
  });
  const withTable = new Set(book.tables.map((t) => t.sheet.toUpperCase()));
  for (const s of book.sheets) {
    if (withTable.has(s.name.toUpperCase())) continue;
    const width = s.cells.reduce((w, r) => Math.max(w, r.length), 0);
    const name = rangeName(s.name, s.cells.length, width);
    const data = { ...gridToTable(name, s.cells), name };
    if (data.headers.length > 0 && data.rows.length > 0)
      inputs.push({ summary: summaryOf(data, name, s.name, "range"), data });
  }
  return inputs;
}

/** The result sheets as an .xlsx workbook (the "writeWorkbook" task). */
export function writeResults(payload: WriteWorkbookPayload): Uint8Array {
  return writeReportWorkbook({ sheets: payload.sheets }, { language: payload.language, title: "SELA Niches" });
}

/**
 * Creates an empty file gateway (open a file or add a sample table to give it inputs); `compute` runs the
 * file parsing and the workbook writing off the page.
 *
 * @example
 * const gateway = createFileGateway(compute);
 * await gateway.open("io.xlsx", bytes);
 * await gateway.writeReport(report);
 * const xlsx = await gateway.download("es");
 */
export function createFileGateway(compute?: FileTaskRunner): FileGateway {
  let inputs: InputTable[] = [];
  let results: ReportSheet[] = [];
  let opened: string | undefined;
  /** Sheet names of the inputs (kept across files: the download holds results only, but names stay unique). */
  const sheetNames = (): string[] => [...inputs.map((t) => t.summary.sheet), ...results.map((s) => s.name)];

  const find = (name: string): InputTable | undefined => {
    const key = name.trim().toUpperCase();
    return inputs.find((t) => t.summary.name.toUpperCase() === key);
  };

  return {
    kind: "file",
    async open(fileName, bytes, language = "en") {
      const payload: ReadInputsPayload = { fileName, bytes };
      const next = compute
        ? ((await compute.runTask(FILE_TASKS.readInputs, payload, language)) as InputTable[])
        : readInputs(fileName, bytes);
      inputs = next;
      opened = fileName;
      return { tables: next.length };
    },
    fileName: () => opened,
    resultSheets: () => results.map((s) => s.name),
    async download(language) {
      if (results.length === 0) {
        throw inputError(
          "there are no results to download yet: run an analysis first",
          "todavía no hay resultados para descargar: ejecute primero un análisis",
        );
      }
      const payload: WriteWorkbookPayload = { sheets: results, language };
      return compute
        ? ((await compute.runTask(FILE_TASKS.writeWorkbook, payload, language)) as Uint8Array)
        : writeResults(payload);
    },
    clearResults() {
      results = [];
    },
    listTables: () => Promise.resolve(inputs.map((t) => t.summary)),
    readTable(name) {
      const t = find(name);
      if (t === undefined) {
        const names = inputs.map((x) => x.summary.name).join(", ");
        return Promise.reject(
          inputError(
            `there is no table "${name}" (tables: ${names === "" ? "none" : names}); open a file or add the sample data`,
            `no hay una tabla "${name}" (tablas: ${names === "" ? "ninguna" : names}); abra un archivo o agregue los datos de ejemplo`,
          ),
        );
      }
      return Promise.resolve(t.data);
    },
    readSelection: () => Promise.resolve(undefined),
    writeReport(report: Report, options: WriteOptions = {}): Promise<WrittenReport> {
      const aborted = (): boolean => options.signal?.aborted === true;
      if (aborted()) return Promise.reject(abortError());
      const names = uniqueSheetNames(
        report.sheets.map((s) => s.name),
        sheetNames(),
      );
      const total = report.sheets.length;
      const written: ReportSheet[] = report.sheets.map((s, i) => ({ ...s, name: names[i] as string }));
      written.forEach((_, i) => options.onProgress?.(i + 1, total));
      if (aborted()) return Promise.reject(abortError());
      results = [...results, ...written];
      return Promise.resolve({ sheets: names });
    },
    insertSampleTable(sheetName, tableName, data) {
      const sheet = uniqueSheetNames([sheetName], sheetNames())[0] as string;
      const name = uniqueTableName(
        tableName,
        inputs.map((t) => t.summary.name),
      );
      const copy: TableData = { name, headers: [...data.headers], rows: data.rows };
      inputs = [...inputs, { summary: summaryOf(copy, name, sheet, "table"), data: copy }];
      return Promise.resolve({ sheets: [sheet] });
    },
    freezeFormulas: () => Promise.reject(notInWorkbench({ en: "freezing formulas", es: "congelar fórmulas" })),
    repairFormulas: () => Promise.reject(notInWorkbench({ en: "repairing formulas", es: "reparar fórmulas" })),
    insertFormula: () => Promise.reject(notInWorkbench({ en: "inserting a formula", es: "insertar una fórmula" })),
  };
}
