/**
 * Names Excel accepts: worksheet names (≤ 31 characters, none of []:*?/\, no leading or trailing apostrophe,
 * unique ignoring case among the sheets already in the workbook), table names (letters, digits, _ and .,
 * not a cell reference, unique among tables and defined names) and sheet-qualified addresses.
 */
import { cellRef } from "../xlsx/cellRef";

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;
/** Excel's limit on sheet-name length. */
export const MAX_SHEET_NAME = 31;

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Strips what a sheet name may not start or end with: apostrophes (Excel rejects them there) and spaces
 * (an apostrophe behind a space would otherwise survive a plain trim).
 */
function trimEnds(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}

/** `text` without apostrophes or spaces at its ends, "Sheet" if nothing is left, "History_" for the reserved name. */
function settle(text: string): string {
  const name = trimEnds(text);
  if (name === "") return "Sheet";
  return name.toUpperCase() === "HISTORY" ? "History_" : name;
}

/**
 * A valid sheet name for `raw`: forbidden characters become "_", control characters spaces, no apostrophe
 * at either end, not empty, not the reserved "History", at most 31 UTF-16 units. The ends are cleaned again
 * after shortening: the cut can leave an apostrophe (or a space before one) at the end.
 *
 * @example cleanSheetName("Trade [2020]/RCA") // => "Trade _2020__RCA"
 * @example cleanSheetName("x".repeat(30) + "'s data") // => "x".repeat(30)
 */
export function cleanSheetName(raw: string): string {
  const base = settle(raw.replace(INVALID_SHEET_CHARS, "_").replace(/[\u0000-\u001F]/g, " "));
  return settle(truncate(base, MAX_SHEET_NAME));
}

/**
 * Valid names for new sheets, unique (ignoring case, Excel's rule) among `existing` and each other: a taken
 * name gets " (2)", " (3)"… with the base shortened (and its end cleaned again) to keep 31 characters.
 *
 * @example uniqueSheetNames(["Key sectors", "key sectors"], ["Key Sectors"]) // => ["Key sectors (2)", "key sectors (3)"]
 */
export function uniqueSheetNames(wanted: readonly string[], existing: readonly string[]): string[] {
  const taken = new Set(existing.map((n) => n.toUpperCase()));
  return wanted.map((raw) => {
    const base = cleanSheetName(raw);
    let name = base;
    for (let k = 2; taken.has(name.toUpperCase()); k++) {
      const suffix = ` (${k})`;
      name = trimEnds(truncate(base, MAX_SHEET_NAME - suffix.length)) + suffix;
    }
    taken.add(name.toUpperCase());
    return name;
  });
}

/** Looks like an A1 cell reference (`RCA2020`, `a1`) or R1C1 one (`R1C1`, `R`, `C`): invalid as a table name. */
function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/**
 * A valid table name, unique (ignoring case) among `existing` table and defined names: characters other than
 * letters, digits, "_" and "." become "_", a name not starting with a letter or "_" (or looking like a cell
 * reference) gets a leading "_", at most 255 characters; a taken name gets "_2", "_3"…
 *
 * @example uniqueTableName("Trade data", ["Trade_data"]) // => "Trade_data_2"
 */
export function uniqueTableName(wanted: string, existing: readonly string[]): string {
  let base = wanted.trim().replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (base === "") base = "Table";
  if (!/^[\p{L}_\\]/u.test(base) || looksLikeReference(base)) base = `_${base}`;
  base = base.slice(0, 250);
  const taken = new Set(existing.map((n) => n.toUpperCase()));
  let name = base;
  for (let k = 2; taken.has(name.toUpperCase()); k++) name = `${base}_${k}`;
  return name;
}

/**
 * A sheet name as formulas and addresses need it: always quoted, inner apostrophes doubled.
 *
 * @example quoteSheet("Bob's data") // => "'Bob''s data'"
 */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Splits a sheet-qualified address (`'Trade data'!A1:F200`, `Sheet1!B2`) into sheet and local address;
 * without "!" the sheet is undefined.
 *
 * @example splitAddress("'Bob''s data'!A1:B2") // => { sheet: "Bob's data", address: "A1:B2" }
 */
export function splitAddress(qualified: string): { sheet: string | undefined; address: string } {
  const bang = qualified.lastIndexOf("!");
  if (bang < 0) return { sheet: undefined, address: qualified.trim() };
  let sheet = qualified.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: qualified.slice(bang + 1).trim() };
}

/**
 * The A1 address of a 0-based cell.
 *
 * @example a1(1, 2) // => "C2"
 */
export function a1(row: number, col: number): string {
  return cellRef(row, col);
}
