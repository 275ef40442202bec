/**
 * Turns what Excel passes to a custom function into validated engine inputs.
 *
 * Every SELA function declares its ranges as `any[][]` so that text, booleans and error values reach
 * us and can be reported with the cell they sit in (a typed `number[][]` parameter would make Excel
 * answer a bare `#VALUE!` without telling where). Rules of the catalogue:
 * - blanks (`null`, `undefined`, `""`) count as 0;
 * - text, booleans, error values, NaN/Infinity, ragged or empty ranges are `#VALUE!` naming the
 *   function, the argument and the first offending cell;
 * - a vector may be a row or a column;
 * - options are case-insensitive; an unknown option lists the valid ones.
 *
 * All functions here throw {@link SelaError} (`input`); `excelErrors.ts` turns it into an Excel error.
 */
import { inputError } from "../core/errors";
import { matrix, type Matrix } from "../core/linalg/matrix";
import { checkInputSize } from "./limits";
import { spanishParameterName } from "./i18n/spanish";

/** The first line of an argument error: `table` (English) / `tabla` (Spanish). */
function names(fn: string, name: string): { en: string; es: string } {
  return { en: name, es: spanishParameterName(fn, name) };
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** An Excel error value as it reaches us: CustomFunctions.Error, `{error: "#N/A"}` from JSON, or "#N/A" text. */
function errorCodeOf(value: unknown): string | undefined {
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.code === "string") return record.code;
    if (typeof record.error === "string") return record.error;
    return "#VALUE!";
  }
  if (
    typeof value === "string" &&
    /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA)$/i.test(value.trim())
  ) {
    return value.trim().toUpperCase();
  }
  return undefined;
}

/** The problem with one cell for a numeric argument, or undefined when it is a usable number/blank. */
function cellProblem(value: unknown): { en: string; es: string } | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "number") {
    return Number.isFinite(value) ? undefined : { en: "a non-finite number", es: "un número no finito" };
  }
  const code = errorCodeOf(value);
  if (code !== undefined) return { en: `an error value (${code})`, es: `un valor de error (${code})` };
  if (typeof value === "boolean") return { en: "a TRUE/FALSE value", es: "un valor VERDADERO/FALSO" };
  if (typeof value === "string") return { en: "text", es: "texto" };
  return { en: "a value that is not a number", es: "un valor que no es un número" };
}

/** Shape of a raw Excel argument as rows of cells; a scalar is a 1 x 1 range. */
function asRows(fn: string, name: string, value: unknown): readonly (readonly unknown[])[] {
  const n = names(fn, name);
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) throw inputError(`${n.en} is empty`, `${n.es} está vacío`);
  const rows = value.every((row) => Array.isArray(row)) ? (value as unknown[][]) : [value as unknown[]];
  const width = rows[0]?.length ?? 0;
  if (width === 0) throw inputError(`${n.en} is empty`, `${n.es} está vacío`);
  checkInputSize(rows.length * width, n);
  rows.forEach((row, i) => {
    if (row.length !== width) {
      throw inputError(
        `${n.en} is ragged: row ${String(i + 1)} has ${String(row.length)} cells, row 1 has ${String(width)}`,
        `${n.es} es irregular: la fila ${String(i + 1)} tiene ${String(row.length)} celdas y la fila 1 tiene ${String(width)}`,
      );
    }
    row.forEach((cell, j) => {
      if (Array.isArray(cell)) {
        throw inputError(
          `${n.en} has a nested array at row ${String(i + 1)}, column ${String(j + 1)}`,
          `${n.es} tiene una matriz anidada en la fila ${String(i + 1)}, columna ${String(j + 1)}`,
        );
      }
    });
  });
  return rows;
}

/**
 * A numeric matrix from an Excel range (blanks are 0).
 *
 * @throws {SelaError} naming the first offending cell: `coefficients has text at row 3, column 2`.
 */
export function numericMatrix(fn: string, name: string, value: unknown): Matrix {
  const rows = asRows(fn, name, value);
  const m = rows.length;
  const n = rows[0]?.length ?? 0;
  const result = matrix(m, n);
  for (let i = 0; i < m; i++) {
    const row = rows[i] as readonly unknown[];
    for (let j = 0; j < n; j++) {
      const cell = row[j];
      const problem = cellProblem(cell);
      if (problem) {
        const at = names(fn, name);
        throw inputError(
          `${at.en} has ${problem.en} at row ${String(i + 1)}, column ${String(j + 1)}`,
          `${at.es} tiene ${problem.es} en la fila ${String(i + 1)}, columna ${String(j + 1)}`,
        );
      }
      result.data[i * n + j] = typeof cell === "number" ? cell : 0;
    }
  }
  return result;
}

/**
 * A numeric vector from a single row or column (blanks are 0).
 *
 * @param expectedLength when given, the vector must have exactly this many values.
 * @throws {SelaError} for a 2-D range, a wrong length or a bad cell.
 */
export function numericVector(fn: string, name: string, value: unknown, expectedLength?: number): Float64Array {
  const m = numericMatrix(fn, name, value);
  const n = names(fn, name);
  if (m.rows !== 1 && m.cols !== 1) {
    throw inputError(
      `${n.en} must be a single row or column (got ${String(m.rows)} x ${String(m.cols)})`,
      `${n.es} debe ser una sola fila o columna (se recibió ${String(m.rows)} x ${String(m.cols)})`,
    );
  }
  if (expectedLength !== undefined && m.data.length !== expectedLength) {
    throw inputError(
      `${n.en} has ${String(m.data.length)} values, expected ${String(expectedLength)}`,
      `${n.es} tiene ${String(m.data.length)} valores, se esperaban ${String(expectedLength)}`,
    );
  }
  return m.data;
}

/** True when an optional argument was omitted (Excel passes null; the CLI null or nothing). */
export function isOmitted(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  // An omitted range can also arrive as [[null]] or [[""]].
  return (
    Array.isArray(value) &&
    value.length === 1 &&
    Array.isArray(value[0]) &&
    value[0].length === 1 &&
    isBlank(value[0][0])
  );
}

/** An optional numeric vector: undefined when omitted. */
export function optionalVector(
  fn: string,
  name: string,
  value: unknown,
  expectedLength?: number,
): Float64Array | undefined {
  return isOmitted(value) ? undefined : numericVector(fn, name, value, expectedLength);
}

/** A single cell's value, whether Excel passed a scalar or a 1 x 1 range. */
function scalar(fn: string, name: string, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const rows = asRows(fn, name, value);
  if (rows.length !== 1 || rows[0]?.length !== 1) {
    const n = names(fn, name);
    throw inputError(`${n.en} must be a single value`, `${n.es} debe ser un solo valor`);
  }
  return rows[0][0];
}

/**
 * A text option, case-insensitive, from a fixed list; the default when omitted.
 *
 * @throws {SelaError} listing the valid options.
 */
export function option<T extends string>(
  fn: string,
  name: string,
  value: unknown,
  valid: readonly T[],
  fallback: T,
): T {
  const raw = scalar(fn, name, value);
  if (isBlank(raw)) return fallback;
  const text = typeof raw === "string" ? raw.trim().toLowerCase() : undefined;
  const match = valid.find((v) => v.toLowerCase() === text);
  if (match === undefined) {
    const n = names(fn, name);
    const list = valid.map((v) => `"${v}"`).join(", ");
    throw inputError(`${n.en} must be one of ${list}`, `${n.es} debe ser uno de ${list}`);
  }
  return match;
}

/** A TRUE/FALSE flag (also 1/0 and the words true/false, verdadero/falso); the default when omitted. */
export function flag(fn: string, name: string, value: unknown, fallback: boolean): boolean {
  const raw = scalar(fn, name, value);
  if (isBlank(raw)) return fallback;
  if (typeof raw === "boolean") return raw;
  if (raw === 1 || raw === 0) return raw === 1;
  if (typeof raw === "string") {
    const word = raw.trim().toLowerCase();
    if (word === "true" || word === "verdadero") return true;
    if (word === "false" || word === "falso") return false;
  }
  const n = names(fn, name);
  throw inputError(`${n.en} must be TRUE or FALSE`, `${n.es} debe ser VERDADERO o FALSO`);
}

/** A finite number; the default when omitted. */
export function numberOption(fn: string, name: string, value: unknown, fallback: number): number {
  const raw = scalar(fn, name, value);
  if (isBlank(raw)) return fallback;
  if (typeof raw === "number" && Number.isFinite(raw)) return raw;
  const n = names(fn, name);
  throw inputError(`${n.en} must be a number`, `${n.es} debe ser un número`);
}

/**
 * Labels from a single row or column (country names, product codes). Numbers become text as Excel
 * shows them; text is kept as is, so codes such as "0101" keep their leading zeros.
 *
 * @throws {SelaError} for blanks, error values or a 2-D range.
 */
export function textVector(fn: string, name: string, value: unknown): string[] {
  const rows = asRows(fn, name, value);
  const n = names(fn, name);
  if (rows.length !== 1 && rows[0]?.length !== 1) {
    throw inputError(
      `${n.en} must be a single row or column (got ${String(rows.length)} x ${String(rows[0]?.length ?? 0)})`,
      `${n.es} debe ser una sola fila o columna (se recibió ${String(rows.length)} x ${String(rows[0]?.length ?? 0)})`,
    );
  }
  const cells = rows.length === 1 ? (rows[0] as readonly unknown[]) : rows.map((r) => r[0]);
  return cells.map((cell, k) => {
    const code =
      typeof cell === "string"
        ? errorCodeOf(cell)
        : typeof cell === "object" && cell !== null
          ? errorCodeOf(cell)
          : undefined;
    if (isBlank(cell) || code !== undefined || (typeof cell !== "string" && typeof cell !== "number")) {
      const what = isBlank(cell)
        ? { en: "a blank", es: "una celda vacía" }
        : { en: "an invalid label", es: "una etiqueta no válida" };
      throw inputError(
        `${n.en} has ${what.en} at position ${String(k + 1)}`,
        `${n.es} tiene ${what.es} en la posición ${String(k + 1)}`,
      );
    }
    return typeof cell === "number" ? String(cell) : cell.trim();
  });
}
