/**
 * Typed errors of the SELA engine.
 *
 * The core never knows about Excel: it throws a {@link SelaError} whose `kind` says what went wrong
 * (bad input, a singular or non-productive system, an undefined value) and whose text exists in English
 * and Spanish. The custom-function layer (`src/functions/excelErrors.ts`) maps `kind` to an Excel error
 * code and prefixes the function name; the task pane and the CLI show `text[lang]`.
 */

/** What kind of failure: `input` → `#VALUE!`, `numeric` (singular system) → `#NUM!`, `undefined` → `#N/A`. */
export type SelaErrorKind = "input" | "numeric" | "undefined";

/** A message in both user languages. */
export interface Bilingual {
  readonly en: string;
  readonly es: string;
}

/** Error raised by the core for bad input or an impossible computation. */
export class SelaError extends Error {
  readonly kind: SelaErrorKind;
  /** The message without any function prefix, in English and Spanish. */
  readonly text: Bilingual;
  /**
   * The 0-based sector (row and column of A) the error is about, when it is about one: the core knows
   * positions only, so callers that know the sectors' names can add the name (see `withSectorName`).
   */
  readonly sector?: number;

  constructor(kind: SelaErrorKind, text: Bilingual, sector?: number) {
    super(text.en);
    this.name = "SelaError";
    this.kind = kind;
    this.text = text;
    if (sector !== undefined) this.sector = sector;
  }
}

/**
 * `error` with the name of the sector it is about appended to both texts (`… (sector 2: "Minería")`), when it
 * is a SelaError about a sector and `names` has that sector; otherwise `error` unchanged.
 *
 * @example withSectorName(new SelaError("numeric", { en: "x", es: "x" }, 1), ["A", "B"]).text.en // => 'x (sector 2: "B")'
 */
export function withSectorName(error: unknown, names: readonly string[]): unknown {
  if (!(error instanceof SelaError) || error.sector === undefined) return error;
  const name = names[error.sector];
  if (name === undefined) return error;
  const where = `(sector ${String(error.sector + 1)}: "${name}")`;
  return new SelaError(error.kind, { en: `${error.text.en} ${where}`, es: `${error.text.es} ${where}` }, error.sector);
}

/** Bad input (shape, sign, value): shown as `#VALUE!` with the message. */
export function inputError(en: string, es: string): SelaError {
  return new SelaError("input", { en, es });
}

/** A system that cannot be solved (singular I − A): shown as `#NUM!`. */
export function numericError(en: string, es: string): SelaError {
  return new SelaError("numeric", { en, es });
}
