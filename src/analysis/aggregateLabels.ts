/**
 * Labels of aggregate rows and columns ("Total", "World", "Mundo"…) in trade tables.
 *
 * Ministry files often keep a grand-total row or column next to the data. Counted as one more country
 * or product it silently doubles the world totals (halving market shares, changing every RCA), so the
 * trade input refuses it unless the user chose it as the reference.
 */
import { normalizeName } from "./names";

/** Whole labels (normalised: lower case, no accents) that name an aggregate, not a country or product. */
const AGGREGATE_LABELS = new Set([
  "total",
  "totals",
  "totales",
  "total general",
  "grand total",
  "sum",
  "suma",
  "soma",
  "world",
  "mundo",
  "mundial",
  "all",
  "todos",
  "todas",
  "wld",
  "w00",
]);

/** Leading or trailing words that make any label an aggregate ("Total exportaciones", "World total"). */
const AGGREGATE_PREFIXES = ["total ", "subtotal", "sub total", "suma ", "sum of "];
const AGGREGATE_SUFFIXES = [" total", " totals", " subtotal"];

/**
 * True when a trade table's reporter or product label names an aggregate (case- and accent-insensitive).
 *
 * @example isAggregateLabel("Total general") // => true
 * @example isAggregateLabel("MUNDO") // => true
 * @example isAggregateLabel("Chile") // => false
 */
export function isAggregateLabel(label: string): boolean {
  // Hyphens and punctuation as spaces: "Sub-total", "Total: exportaciones".
  const key = normalizeName(label)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (key === "") return false;
  if (AGGREGATE_LABELS.has(key)) return true;
  return AGGREGATE_PREFIXES.some((p) => key.startsWith(p)) || AGGREGATE_SUFFIXES.some((s) => key.endsWith(s));
}
