/**
 * The workbook gateway: everything the pane needs from a workbook, behind one interface with two
 * implementations — the Office gateway (src/excel, the only code that calls Excel.run) and the file
 * gateway (the browser workbench and tests: an .xlsx/.csv in memory, results downloaded). Components
 * receive it as a prop; analyses never see it.
 */
import type { Report } from "./report";

/** A cell as read from a workbook: blanks are null. */
export type TableCell = number | string | boolean | null;

/** A table or range the user can pick. */
export interface TableSummary {
  /** Excel table name, or a sheet-qualified range address for plain ranges (`'Trade data'!A1:F200`). */
  readonly name: string;
  readonly sheet: string;
  readonly rows: number;
  readonly columns: number;
  readonly headers: readonly string[];
  readonly kind: "table" | "range";
}

/** A table's content: header row and data rows (values as stored, blanks null). */
export interface TableData {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  /**
   * 1-based sheet or file row of each entry of `rows`, where the reader knows it (files, workbook ranges and
   * tables), so that messages cite the row the user sees; see `tableRowNumber` (readInput.ts).
   */
  readonly rowNumbers?: readonly number[];
}

/** Progress and cancellation for long writes. */
export interface WriteOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** Where a report went: the final (unique) sheet names, in order. */
export interface WrittenReport {
  readonly sheets: readonly string[];
}

/** The gateway. Every method fails with a readable Error (bilingual SelaError where it is the user's input). */
export interface WorkbookGateway {
  readonly kind: "office" | "file";
  /** Excel tables first, then the used range of each sheet that has no table. */
  listTables(): Promise<TableSummary[]>;
  /** Reads a table or range by the name listTables gave. */
  readTable(name: string): Promise<TableData>;
  /** The address and values of the current selection (Office) or undefined (file). */
  readSelection(): Promise<{ address: string; values: TableCell[][] } | undefined>;
  /**
   * Writes a report to NEW sheets with unique names (never over existing cells). Writes in blocks, one
   * sync per block; if anything fails, the partly written sheets are removed before the error is rethrown.
   */
  writeReport(report: Report, options?: WriteOptions): Promise<WrittenReport>;
  /** Adds a new sheet holding `data` as an Excel table named `tableName`, with an attribution line above. */
  insertSampleTable(sheetName: string, tableName: string, data: TableData, attribution: string): Promise<WrittenReport>;
  /**
   * Replaces SELA formulas in the selection (or the active sheet) by their values, recording each
   * original formula in a "SELA formulas" log sheet so nothing is lost. Returns how many cells changed.
   */
  freezeFormulas(scope: "selection" | "sheet"): Promise<{ cells: number; logSheet?: string }>;
  /** Re-enters SELA formulas that show #NAME? (entered while the add-in was not loaded). */
  repairFormulas(): Promise<{ cells: number }>;
  /**
   * Writes an English-syntax formula at the selection's top-left cell. If that cell is not empty,
   * `confirmOverwrite` is asked first; "cancelled" when the user declines.
   */
  insertFormula(formula: string, confirmOverwrite: () => Promise<boolean>): Promise<"written" | "cancelled">;
}
