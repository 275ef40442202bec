import { inputError } from "../errors";
import type { Matrix } from "../linalg/matrix";

/** The name of an argument in both languages, for messages (`exports` / `exportaciones`). */
export interface ArgumentName {
  readonly en: string;
  readonly es: string;
}

function shape(m: Matrix): string {
  return `${String(m.rows)} x ${String(m.cols)}`;
}

/**
 * Checks that two tables have the same shape (exports and imports, the two periods of a comparison).
 *
 * @throws {SelaError} `input` naming both arguments and both shapes.
 * @example checkSameShape(fromRows([[1, 2]]), fromRows([[3, 4]]), EXPORTS, IMPORTS) // passes
 */
export function checkSameShape(a: Matrix, b: Matrix, aName: ArgumentName, bName: ArgumentName): void {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw inputError(
      `${bName.en} is ${shape(b)} but ${aName.en} is ${shape(a)}; they must have the same shape`,
      `${bName.es} es ${shape(b)} pero ${aName.es} es ${shape(a)}; deben tener la misma forma`,
    );
  }
}

/**
 * Checks that a vector has one value per column of a table (a reference or market per product).
 *
 * @throws {SelaError} `input` naming both lengths.
 */
export function checkVectorLength(
  values: ArrayLike<number>,
  expected: number,
  name: ArgumentName,
  of: ArgumentName,
): void {
  if (values.length !== expected) {
    throw inputError(
      `${name.en} has ${String(values.length)} values but ${of.en} has ${String(expected)}`,
      `${name.es} tiene ${String(values.length)} valores pero ${of.es} tiene ${String(expected)}`,
    );
  }
}

/**
 * Checks that every value of a vector is finite and non-negative.
 *
 * @throws {SelaError} `input` naming the first bad position.
 */
export function checkNonNegativeVector(values: ArrayLike<number>, name: ArgumentName): void {
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    if (!Number.isFinite(v) || v < 0) {
      throw inputError(
        `${name.en} must be finite and non-negative (position ${String(k + 1)} is ${String(v)})`,
        `${name.es} deben ser finitos y no negativos (la posición ${String(k + 1)} es ${String(v)})`,
      );
    }
  }
}

/**
 * Checks that a table is square (an exporter x importer matrix with the same countries both ways).
 *
 * @throws {SelaError} `input` with the shape.
 */
export function checkSquare(m: Matrix, name: ArgumentName): void {
  if (m.rows !== m.cols) {
    throw inputError(
      `${name.en} must be square, the same countries as rows and columns (got ${shape(m)})`,
      `${name.es} debe ser cuadrada, con los mismos países en filas y columnas (se recibió ${shape(m)})`,
    );
  }
}

/** Argument name "exports" in both languages, shared by the trade indicators' messages. */
export const EXPORTS: ArgumentName = { en: "exports", es: "exportaciones" };
/** Argument name "imports" in both languages. */
export const IMPORTS: ArgumentName = { en: "imports", es: "importaciones" };
/** Argument name "values" in both languages. */
export const VALUES: ArgumentName = { en: "values", es: "valores" };
