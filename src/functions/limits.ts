/**
 * What Excel can pass to and take from a custom function. Excel on the web caps a custom-function request
 * and response at 5 MB, and a large spilled result can sit on `#BUSY!` forever; the functions state the
 * limits with advice instead. The headless command has no such cap (it streams millions of numbers to
 * stdout), so it turns the limits off with {@link setExcelLimits}.
 */
import { inputError } from "../core/errors";

/**
 * Largest spilled result a SELA function returns in Excel, in cells: a double serialises to about 20
 * bytes, so 200,000 cells (a 447 x 447 matrix) stay well inside 5 MB with room for the request.
 */
export const MAX_RESULT_CELLS = 200_000;

/**
 * Largest range a SELA function accepts in Excel, in cells: the request carrying the arguments has the
 * same 5 MB cap; larger tables belong in the task pane, which reads and writes in blocks.
 */
export const MAX_INPUT_CELLS = 250_000;

let enabled = true;

/** Applies (Excel, the default) or lifts (the headless command) the payload limits. */
export function setExcelLimits(on: boolean): void {
  enabled = on;
}

/** Rejects an argument of `cells` cells beyond what Excel can pass. */
export function checkInputSize(cells: number, name: { en: string; es: string }): void {
  if (!enabled || cells <= MAX_INPUT_CELLS) return;
  throw inputError(
    `${name.en} has ${cells.toLocaleString("en-US")} cells, more than a function can receive from Excel (${MAX_INPUT_CELLS.toLocaleString("en-US")}); use the SELA Niches pane for tables this large`,
    `${name.es} tiene ${cells.toLocaleString("es-ES")} celdas, más de las que una función puede recibir de Excel (${MAX_INPUT_CELLS.toLocaleString("es-ES")}); use el panel SELA Niches para tablas de este tamaño`,
  );
}

/** Rejects a result of rows x cols cells beyond what Excel accepts (before it is built, when known). */
export function checkResultSize(rows: number, cols: number): void {
  const cells = rows * cols;
  if (!enabled || cells <= MAX_RESULT_CELLS) return;
  throw inputError(
    `the result would have ${cells.toLocaleString("en-US")} cells, more than Excel accepts from a function (${MAX_RESULT_CELLS.toLocaleString("en-US")}); use the SELA Niches pane, which writes large results in blocks`,
    `el resultado tendría ${cells.toLocaleString("es-ES")} celdas, más de las que Excel acepta de una función (${MAX_RESULT_CELLS.toLocaleString("es-ES")}); use el panel SELA Niches, que escribe resultados grandes por bloques`,
  );
}
