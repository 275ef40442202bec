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

  constructor(kind: SelaErrorKind, text: Bilingual) {
    super(text.en);
    this.name = "SelaError";
    this.kind = kind;
    this.text = text;
  }
}

/** Bad input (shape, sign, value): shown as `#VALUE!` with the message. */
export function inputError(en: string, es: string): SelaError {
  return new SelaError("input", { en, es });
}

/** A system that cannot be solved (singular I − A): shown as `#NUM!`. */
export function numericError(en: string, es: string): SelaError {
  return new SelaError("numeric", { en, es });
}
