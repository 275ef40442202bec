/**
 * The one place that knows Excel error codes: core errors become `CustomFunctions.Error`, undefined
 * cells become per-cell error values, and nothing else escapes a custom function.
 *
 * Outside Excel (the CLI, the tests) `CustomFunctions` does not exist; the same shapes are built as
 * plain {@link ExcelError} objects with `code` and `message`, like the runtime's class.
 */
import { SelaError } from "../core/errors";
import { getLanguage } from "./language";
import { spanishFunctionName } from "./i18n/spanish";

/** The Excel error codes SELA functions return. */
export type ExcelErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A";

/** An error value: `CustomFunctions.Error` in Excel, the same fields elsewhere. */
export interface ExcelError {
  readonly code: string;
  readonly message?: string;
}

/** A cell of a spilled result. */
export type Cell = number | string | boolean | ExcelError;

interface RuntimeErrors {
  Error: new (code: string, message?: string) => ExcelError;
  ErrorCode: Record<string, string>;
}

const runtimeCodeNames: Record<ExcelErrorCode, string> = {
  "#VALUE!": "invalidValue",
  "#NUM!": "invalidNumber",
  "#DIV/0!": "divisionByZero",
  "#N/A": "notAvailable",
};

function runtime(): RuntimeErrors | undefined {
  const candidate = (globalThis as { CustomFunctions?: Partial<RuntimeErrors> }).CustomFunctions;
  return candidate?.Error && candidate.ErrorCode ? (candidate as RuntimeErrors) : undefined;
}

/**
 * An Excel error value. Excel shows a message only for `#VALUE!` and `#N/A`; the message is kept on
 * the others too for the CLI and the pane.
 */
export function excelError(code: ExcelErrorCode, message?: string): ExcelError {
  const rt = runtime();
  if (rt) {
    const runtimeCode = rt.ErrorCode[runtimeCodeNames[code]] ?? code;
    return new rt.Error(runtimeCode, message);
  }
  return message === undefined ? { code } : { code, message };
}

/** True for an error value built by {@link excelError} (or the Excel runtime). */
export function isExcelError(value: unknown): value is ExcelError {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}

/** The function name as the user typed it: the id in English, the Spanish name in Spanish. */
export function displayName(id: string): string {
  return getLanguage() === "es" ? spanishFunctionName(id) : id;
}

const errorCodeOfKind: Record<SelaError["kind"], ExcelErrorCode> = {
  input: "#VALUE!",
  numeric: "#NUM!",
  undefined: "#N/A",
};

/** Maps anything thrown by a computation to the error value a user should see. */
export function toExcelError(id: string, thrown: unknown): ExcelError {
  const name = displayName(id);
  if (thrown instanceof SelaError) {
    return excelError(errorCodeOfKind[thrown.kind], `${name}: ${thrown.text[getLanguage()]}`);
  }
  // A defect of ours: say so plainly, without a stack or an internal type name.
  return excelError(
    "#VALUE!",
    getLanguage() === "es"
      ? `${name}: error inesperado al calcular; por favor repórtelo con el libro de ejemplo`
      : `${name}: unexpected error while computing; please report it with a sample workbook`,
  );
}
