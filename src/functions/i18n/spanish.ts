import io from "./es/io.json";
import trade from "./es/trade.json";
import complexity from "./es/complexity.json";

/** Spanish name and help of one parameter. */
export interface SpanishParameter {
  readonly name: string;
  readonly description: string;
}

/** Spanish name and help of one function, keyed like functions.json by id. */
export interface SpanishFunction {
  readonly name: string;
  readonly description: string;
  readonly result?: string;
  readonly parameters: Readonly<Record<string, SpanishParameter>>;
}

/**
 * The translation table keyed by function id: the build writes `functions-es.json` from it and the
 * error messages use its parameter names, so Spanish users read the names they typed.
 */
export const spanishCatalogue: Readonly<Record<string, SpanishFunction>> = {
  ...(io as Record<string, SpanishFunction>),
  ...(trade as Record<string, SpanishFunction>),
  ...(complexity as Record<string, SpanishFunction>),
};

/** Spanish name of parameter `name` of function `id` (the English name when untranslated). */
export function spanishParameterName(id: string, name: string): string {
  return spanishCatalogue[id]?.parameters[name]?.name ?? name;
}

/** Spanish name of function `id` (the id when untranslated). */
export function spanishFunctionName(id: string): string {
  return spanishCatalogue[id]?.name ?? id;
}
