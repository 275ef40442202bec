/**
 * How one report value becomes what Excel is sent, so that text stays text.
 *
 * Assigning a string to `range.values` behaves like typing it: `=HYPERLINK(...)`, `+54 11`, `-` and `@user`
 * start a formula, `0101` becomes 101, `1-2` a date, `1,5` a number in a Spanish-locale Excel. Decision: every
 * string of at most 255 characters is written into a cell whose `numberFormat` is `"@"` (Text), set in the
 * same batch *before* the values. We format every string cell, not only the ones a heuristic flags, because
 * what Excel coerces depends on the user's locale (month names, decimal comma, TRUE/VERDADERO) and no list
 * of patterns covers them all; a Text-formatted label looks exactly like a General one. We prefer `"@"` to a
 * leading apostrophe because the apostrophe path is not documented for Office.js and the value read back is
 * then exactly the string written. Longer strings (notes, method text) are never coerced to numbers or dates,
 * and Text-formatted cells over 255 characters show `####` in some Excel builds, so they keep General and get
 * the apostrophe prefix only when they start with a formula character.
 *
 * Error cells are written as formulas that evaluate to the error (`=NA()` for `#N/A`, the error literal
 * `=#DIV/0!`, `=#NUM!`, `=#VALUE!` otherwise): the cell then *is* the error, so ISNA/IFERROR and charts treat it
 * as Excel's own, as the xlsx writer's error cells are; the text "#N/A" would read the same but compute wrong.
 * Numbers are JS numbers (never pre-formatted text); NaN follows the engine convention (#DIV/0!), ±Infinity #NUM!.
 */
import { clipToCellLimit, type ReportError, type ReportFormula, type ReportValue } from "../analysis/report";

/** Excel's Text number format. */
export const TEXT_FORMAT = "@";
/** Longest string written with the Text format (see the module note). */
export const MAX_TEXT_FORMAT_LENGTH = 255;
/** First characters that make Excel parse typed input as a formula (and tab/CR/LF, which paste splits on). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** A scalar Excel accepts in `range.values`; null leaves the cell unchanged (blank on a new sheet). */
export type ExcelScalar = string | number | boolean | null;

/** What one cell needs: a value, or a formula, and the number format to set first (null = leave as is). */
export interface EncodedCell {
  readonly value: ExcelScalar;
  readonly formula: string | null;
  readonly format: string | null;
}

const BLANK: EncodedCell = { value: null, formula: null, format: null };

/** The formula that evaluates to each report error. */
export const ERROR_FORMULAS: Readonly<Record<ReportError["error"], string>> = {
  "#N/A": "=NA()",
  "#DIV/0!": "=#DIV/0!",
  "#NUM!": "=#NUM!",
  "#VALUE!": "=#VALUE!",
};

/** Error values of a finished calculation that a formula can reproduce as an error literal. */
const LITERAL_ERRORS = new Set(["#N/A", "#DIV/0!", "#NUM!", "#VALUE!", "#NULL!", "#REF!"]);

/** True when a string would be read by Excel as a formula if typed (starts with = + - @, tab, CR or LF). */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * A string written so Excel keeps it as text.
 *
 * @example textCell("+54 11") // => { value: "+54 11", formula: null, format: "@" }
 */
export function textCell(full: string): EncodedCell {
  const text = clipToCellLimit(full);
  if (text.length <= MAX_TEXT_FORMAT_LENGTH) return { value: text, formula: null, format: TEXT_FORMAT };
  // The apostrophe that keeps Excel from reading a formula counts towards the limit too.
  return { value: startsLikeFormula(text) ? clipToCellLimit(`'${text}`) : text, formula: null, format: null };
}

/** The formula reproducing an error value read from Excel, or undefined when it is not a final result. */
export function errorLiteralFormula(error: string): string | undefined {
  if (error === "#N/A") return "=NA()";
  return LITERAL_ERRORS.has(error) ? `=${error}` : undefined;
}

function isFormula(v: object): v is ReportFormula {
  return "formula" in v;
}

/**
 * Encodes a report value for Excel. `columnFormat` applies to numbers, booleans, formulas and errors; text
 * always gets the Text format.
 *
 * @example encodeCell({ error: "#N/A" }, "0.00") // => { value: null, formula: "=NA()", format: "0.00" }
 */
export function encodeCell(v: ReportValue, columnFormat?: string): EncodedCell {
  const format = columnFormat ?? null;
  if (v === null) return BLANK;
  if (typeof v === "number") {
    if (Number.isNaN(v)) return { value: null, formula: ERROR_FORMULAS["#DIV/0!"], format };
    if (!Number.isFinite(v)) return { value: null, formula: ERROR_FORMULAS["#NUM!"], format };
    return { value: Object.is(v, -0) ? 0 : v, formula: null, format };
  }
  if (typeof v === "boolean") return { value: v, formula: null, format };
  if (typeof v === "string") return v === "" ? BLANK : textCell(v);
  if (isFormula(v)) {
    const f = v.formula.trim();
    return { value: null, formula: f.startsWith("=") ? f : `=${f}`, format };
  }
  return { value: null, formula: ERROR_FORMULAS[v.error], format };
}

function jsonLength(v: ExcelScalar): number {
  if (v === null) return 4;
  if (typeof v === "string") return v.length + 2 + (v.match(/["\\\n\r\t]/g)?.length ?? 0);
  return String(v).length;
}

/**
 * Estimated request bytes of one cell: its entry in the values, numberFormat and (when the chunk has
 * formulas) formulas arrays, plus separators. Characters beyond ASCII may take up to 3 bytes in UTF-8, so
 * text counts double; the chunk budget keeps a wide margin anyway.
 */
export function cellBytes(c: EncodedCell): number {
  const text = typeof c.value === "string" ? c.value.length : 0;
  return jsonLength(c.value) + text + jsonLength(c.format) + jsonLength(c.formula) + 3;
}
