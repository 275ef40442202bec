/**
 * The text the table picker shows for a table or range. Excel tables keep their name; a plain range's name is
 * the sheet-qualified address the gateway reads (`'world_trade_sitc4'!A1:C124337`), which is long and full of
 * quotes, so the picker shows the sheet (shortened) and the address in brackets instead. The option's value
 * stays the gateway's name.
 */
import type { TableSummary } from "../analysis/gateway";
import { splitAddress } from "../excel/sheetNames";

/** Longest sheet name shown before it is cut with "…" (the pane is about 350 px wide). */
export const SHOWN_SHEET_CHARS = 20;

/**
 * The picker's text for `table`.
 *
 * @example tableOptionText({ kind: "range", name: "'world_trade_sitc4_latam'!A1:C124337", ... })
 *   // => "world_trad…4_latam (A1:C124337)"
 */
export function tableOptionText(table: Pick<TableSummary, "name" | "sheet" | "kind">): string {
  if (table.kind !== "range") return table.name;
  const { sheet, address } = splitAddress(table.name);
  const name = sheet ?? table.sheet;
  // Cut in the middle: sheets named alike ("…_latam_2000", "…_latam_2010") differ at their ends.
  const half = Math.floor((SHOWN_SHEET_CHARS - 1) / 2);
  const shown =
    name.length > SHOWN_SHEET_CHARS ? `${name.slice(0, SHOWN_SHEET_CHARS - 1 - half)}…${name.slice(-half)}` : name;
  return `${shown} (${address})`;
}
