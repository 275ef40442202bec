/**
 * What Excel can pass to and take from a custom function. Excel on the web caps a custom-function request
 * and response at 5 MB, and a large spilled result can sit on `#BUSY!` forever; the functions state the
 * limits with advice instead. The headless command has no such cap (it streams millions of numbers to
 * stdout), so it turns the limits off with {@link setExcelLimits}.
 */
import { inputError } from "../core/errors";

/**
 * Largest spilled result a SELA function returns in Excel, in cells: 100,000 (a 316 x 316 matrix). A double
 * serialises to about 20 bytes, so this is about 2 MB, well inside the 5 MB cap; and spills of about 100,000
 * cells (5,000 x 20) have been reported to stay on `#BUSY!` forever in Excel on the web (office-js #2786).
 */
export const MAX_RESULT_CELLS = 100_000;

/**
 * Largest estimated size of a result as Excel receives it (JSON), in bytes: text results (TRADECAN's
 * labels) weigh more per cell than numbers, so the cell count alone does not bound the payload.
 */
export const MAX_RESULT_BYTES = 4_000_000;

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

/**
 * Bytes a cell takes in the JSON Excel receives: a number with 17 digits and its separator; text at 2 bytes a
 * character (an over-estimate for Latin text in UTF-8, so that accents and escapes never push a result past
 * the cap); an error value with its message.
 */
function cellBytes(cell: unknown): number {
  if (typeof cell === "number") return 20;
  if (typeof cell === "string") return 3 + 2 * cell.length;
  if (typeof cell === "boolean") return 6;
  const message = (cell as { message?: unknown } | null)?.message;
  return 40 + (typeof message === "string" ? 2 * message.length : 0);
}

/** Rejects a built result whose estimated payload exceeds {@link MAX_RESULT_BYTES}, or too many cells. */
export function checkResultPayload(grid: readonly (readonly unknown[])[]): void {
  checkResultSize(grid.length, grid[0]?.length ?? 0);
  if (!enabled) return;
  let bytes = 0;
  for (const row of grid) for (const cell of row) bytes += cellBytes(cell);
  if (bytes <= MAX_RESULT_BYTES) return;
  const mb = (bytes / 1e6).toFixed(1);
  throw inputError(
    `the result would take about ${mb} MB, more than Excel accepts from a function (${String(MAX_RESULT_BYTES / 1e6)} MB); use the SELA Niches pane, which writes large results in blocks`,
    `el resultado ocuparía unos ${mb.replace(".", ",")} MB, más de lo que Excel acepta de una función (${String(MAX_RESULT_BYTES / 1e6)} MB); use el panel SELA Niches, que escribe resultados grandes por bloques`,
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
