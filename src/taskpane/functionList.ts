/**
 * The custom-function catalogue as the "Insert a function" section shows it: read from the metadata the
 * build serves next to the page (functions.json in English, functions-es.json in Spanish), searched
 * accent- and case-insensitively, with an example call in English syntax (what `range.formulas` takes).
 */
import { inputError } from "../core/errors";
import type { FunctionMetadata, ParameterMetadata } from "../functions/catalogue";
import type { Language } from "../functions/language";
import { cellRef } from "../xlsx/cellRef";
import type { TextLoader } from "./samples";

/** The metadata file of each language. */
export const METADATA_FILES: Readonly<Record<Language, string>> = { en: "functions.json", es: "functions-es.json" };

/**
 * Loads the catalogue in `language` (function id, localized name, description, parameters).
 *
 * @throws inputError (bilingual) when the file is not the metadata JSON (a broken deployment)
 */
export async function loadFunctionList(load: TextLoader, language: Language): Promise<FunctionMetadata[]> {
  const file = METADATA_FILES[language];
  const text = await load(file);
  let data: { functions?: FunctionMetadata[] };
  try {
    data = JSON.parse(text) as { functions?: FunctionMetadata[] };
  } catch (cause) {
    const error = inputError(
      `the add-in's function list ${file} is damaged (not JSON)`,
      `la lista de funciones ${file} del complemento está dañada (no es JSON)`,
    );
    error.cause = cause;
    throw error;
  }
  return data.functions ?? [];
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * The functions whose id, name or description contain every word of `query`.
 *
 * @example searchFunctions(list, "leontief inverse") // => [LEONTIEF, …]
 */
export function searchFunctions(list: readonly FunctionMetadata[], query: string): FunctionMetadata[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return [...list];
  return list.filter((f) => {
    const hay = fold(`${f.id} ${f.name} ${f.description ?? ""}`);
    return words.every((w) => hay.includes(w));
  });
}

/**
 * The shape of an example argument, relative to the first one (a 3 x 3 block at B2:D4):
 * - "block": a matrix of its own (the first argument, or a square trade matrix);
 * - "same": a matrix that must match the first one's shape (imports next to exports, exports at t1);
 * - "column": one value per row of the first (per sector, per country, or a record of a long table);
 * - "row": one value per column of the first (per product, 1 x p).
 */
export type ExampleShape = "block" | "same" | "column" | "row";

/**
 * Shapes of the required arguments where they are not one block each (the argument kinds of the
 * catalogue, docs/reference/functions.en.md); a function missing here takes a block for each matrix.
 */
const EXAMPLE_SHAPES: Readonly<Record<string, readonly ExampleShape[]>> = {
  // IO: the table, then gross output or coefficients per sector.
  TECHCOEF: ["block", "column"],
  ALLOCCOEF: ["block", "column"],
  GHOSH: ["block", "column"],
  EFFECTS: ["block", "column"],
  MULTIPLIER: ["block", "column"],
  EXTRACTION: ["block", "column"],
  IMPACT: ["block", "column"],
  // Trade: a long table's columns; imports and later exports shaped as the exports; per-product market rows.
  "RCA.LONG": ["column", "column", "column"],
  TSI: ["block", "same"],
  LAFAY: ["block", "same"],
  GL: ["block", "same"],
  TCI: ["block", "same"],
  MARKETSHARE: ["block", "row"],
  TRADECAN: ["block", "same", "row", "row"],
  LQ: ["block", "row"],
  SHIFTSHARE: ["column", "column", "column", "column"],
};

/** Rows and columns of the example's first block. */
const BLOCK = 3;

/** The example range of the k-th argument: blocks side by side from column B (B, G, L, Q: 4 columns and a blank one). */
function exampleRange(shape: ExampleShape, k: number): string {
  const col = 1 + k * 5;
  const rows = shape === "row" ? 1 : BLOCK;
  const cols = shape === "column" ? 1 : BLOCK;
  return `${cellRef(1, col)}:${cellRef(rows, col + cols - 1)}`;
}

/** Example of one argument: a range shaped as the function needs, an option as text, TRUE or 1. */
function exampleArgument(p: ParameterMetadata, shape: ExampleShape, k: number): string {
  if (p.dimensionality === "matrix" || p.dimensionality === undefined) return exampleRange(shape, k);
  if (p.type === "boolean") return "TRUE";
  if (p.type === "number") return "1";
  return '""';
}

/**
 * The shapes of a function's required arguments, in order.
 *
 * @example exampleShapes(tsiMetadata) // => ["block", "same"]
 */
export function exampleShapes(fn: FunctionMetadata): ExampleShape[] {
  const required = fn.parameters.filter((p) => p.optional !== true);
  const known = EXAMPLE_SHAPES[fn.id];
  return required.map((_, k) => known?.[k] ?? "block");
}

/**
 * Example arguments for a function: its required parameters as ranges of the shapes it needs (optional
 * ones left out), so that the inserted example computes instead of failing on a shape mismatch.
 *
 * @example exampleArguments(leontiefMetadata) // => "B2:D4"
 * @example exampleArguments(tsiMetadata) // => "B2:D4, G2:I4"
 */
export function exampleArguments(fn: FunctionMetadata): string {
  const shapes = exampleShapes(fn);
  return fn.parameters
    .filter((p) => p.optional !== true)
    .map((p, k) => exampleArgument(p, shapes[k] ?? "block", k))
    .join(", ");
}

/**
 * The formula to insert, English syntax: `=SELA.ID(arguments)`.
 *
 * @example formulaFor("LEONTIEF", "B2:D4, F2:F4") // => "=SELA.LEONTIEF(B2:D4, F2:F4)"
 */
export function formulaFor(id: string, args: string): string {
  return `=SELA.${id}(${args.trim()})`;
}
