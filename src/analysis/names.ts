/**
 * How the analyses compare names typed by people: headers, sector and country labels. Pure string helpers,
 * shared by the table readers (so that none of them imports another just for these).
 */
import type { TableCell } from "./gateway";

/**
 * A cell as label text: blank → "", text trimmed, anything else (a number, a boolean) as written.
 *
 * @example cellText(" Agro ") // => "Agro"
 */
export function cellText(c: TableCell | undefined): string {
  if (c === null || c === undefined) return "";
  return typeof c === "string" ? c.trim() : String(c);
}

/**
 * Lower case, no accents, underscores and repeated spaces as one space.
 *
 * @example normalizeName("  Producción_Bruta ") // => "produccion bruta"
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .trim();
}

/**
 * The compact key of a header: lower case, no accents, letters and digits only, so that camelCase,
 * underscores, hyphens and spaces compare equal ("reporterISO", "Reporter ISO", "reporter_iso").
 *
 * @example compactKey("Trade Value (US$)") // => "tradevalueus"
 */
export function compactKey(name: string): string {
  return normalizeName(name).replace(/[^a-z0-9]/g, "");
}
