/**
 * The custom-function catalogue as the "Insert a function" section shows it: read from the metadata the
 * build serves next to the page (functions.json in English, functions-es.json in Spanish), searched
 * accent- and case-insensitively, with an example call in English syntax (what `range.formulas` takes).
 */
import type { FunctionMetadata, ParameterMetadata } from "../functions/catalogue";
import type { Language } from "../functions/language";
import type { TextLoader } from "./samples";

/** The metadata file of each language. */
export const METADATA_FILES: Readonly<Record<Language, string>> = { en: "functions.json", es: "functions-es.json" };

/** Loads the catalogue in `language` (function id, localized name, description, parameters). */
export async function loadFunctionList(load: TextLoader, language: Language): Promise<FunctionMetadata[]> {
  const data = JSON.parse(await load(METADATA_FILES[language])) as { functions?: FunctionMetadata[] };
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

/** Example ranges: matrices side by side from column B, vectors in the next free column, options as text. */
function exampleArgument(p: ParameterMetadata, k: number): string {
  if (p.dimensionality === "matrix" || p.dimensionality === undefined) {
    const start = 1 + k * 5; // B, G, L, …: blocks of 4 columns and a blank one
    const col = (c: number): string => String.fromCharCode(65 + (c % 26));
    return k === 0 ? "B2:D4" : `${col(start)}2:${col(start)}4`;
  }
  if (p.type === "boolean") return "TRUE";
  if (p.type === "number") return "1";
  return '""';
}

/**
 * Example arguments for a function: its required parameters as ranges (optional ones left out).
 *
 * @example exampleArguments(leontiefMetadata) // => "B2:D4"
 */
export function exampleArguments(fn: FunctionMetadata): string {
  return fn.parameters
    .filter((p) => p.optional !== true)
    .map((p, k) => exampleArgument(p, k))
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
