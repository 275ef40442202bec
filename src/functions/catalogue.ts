/**
 * The catalogue as data for code outside Excel (the CLI, the pane's function list, the docs): every
 * custom function by id, the JavaScript function that implements it, and its English and Spanish
 * metadata. The mapping comes from the same JSDoc that generates functions.json, so it cannot drift.
 */
import * as complexity from "./complexity";
import * as io from "./io";
import * as trade from "./trade";

/** One parameter as functions.json describes it. */
export interface ParameterMetadata {
  readonly name: string;
  readonly description?: string;
  readonly optional?: boolean;
  readonly dimensionality?: string;
  readonly type?: string;
}

/** One function as functions.json describes it. */
export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly ParameterMetadata[];
}

/** What scripts/metadata.js writes to catalogue.json. */
export interface CatalogueData {
  readonly associations: Readonly<Record<string, string>>;
  readonly english: { readonly functions: readonly FunctionMetadata[] };
  readonly spanish: { readonly functions: readonly FunctionMetadata[] };
}

/** A custom function as the runtime calls it. */
export type CustomFunction = (...args: unknown[]) => unknown;

const implementations: Readonly<Record<string, unknown>> = { ...io, ...trade, ...complexity };

/** A resolved catalogue entry. */
export interface CatalogueEntry {
  readonly id: string;
  readonly implementation: CustomFunction;
  readonly english: FunctionMetadata;
  readonly spanish: FunctionMetadata;
}

/**
 * Indexes the catalogue data by id and by English and Spanish name (upper case, without `SELA.`).
 *
 * @throws Error when catalogue.json names a function the modules do not export (a build defect).
 */
export function indexCatalogue(data: CatalogueData): Map<string, CatalogueEntry> {
  const index = new Map<string, CatalogueEntry>();
  const spanishById = new Map(data.spanish.functions.map((f) => [f.id, f]));
  for (const english of data.english.functions) {
    const functionName = data.associations[english.id];
    const implementation = functionName === undefined ? undefined : implementations[functionName];
    if (typeof implementation !== "function") throw new Error(`catalogue: no implementation for ${english.id}`);
    const entry: CatalogueEntry = {
      id: english.id,
      implementation: implementation as CustomFunction,
      english,
      spanish: spanishById.get(english.id) ?? english,
    };
    for (const key of [english.id, english.name, entry.spanish.name]) index.set(key.toUpperCase(), entry);
  }
  return index;
}

/** Looks a function up by id or name, with or without the `SELA.` prefix, in any case. */
export function findFunction(index: Map<string, CatalogueEntry>, name: string): CatalogueEntry | undefined {
  const key = name
    .trim()
    .toUpperCase()
    .replace(/^SELA\./, "");
  return index.get(key);
}
