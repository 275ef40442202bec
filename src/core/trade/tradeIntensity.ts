import { inputError } from "../errors";
import { columnSums, matrix, rowSums, sum, type Matrix } from "../linalg/matrix";
import { checkSquare } from "./checkSameShape";
import { checkNonNegative } from "./revealedComparativeAdvantage";

/** Variants of {@link tradeIntensity}; `"wits"` is the default. */
export const TRADE_INTENSITY_VARIANTS = ["wits", "kojima"] as const;

/** One variant of {@link TRADE_INTENSITY_VARIANTS}. */
export type TradeIntensityVariant = (typeof TRADE_INTENSITY_VARIANTS)[number];

/** Options of {@link tradeIntensity}. */
export interface TradeIntensityOptions {
  /**
   * `"wits"` (default) TII_cj = (x_cj/X_c)/(M_j/M_w), the World Bank WITS / Brown (1949) / Yamazawa
   * (1971) form; `"kojima"` TII_cj = (x_cj/X_c)/(M_j/(M_w − M_c)), Kojima (1964), which removes the
   * exporter's own imports from the world since a country cannot export to itself.
   */
  readonly variant?: TradeIntensityVariant;
}

/**
 * Trade intensity index from a square exporter x importer matrix: how much c exports to j relative to
 * j's weight in world imports; > 1 means more trade than j's size predicts. x_cj = trade[c][j],
 * X_c = Σ_j x_cj (row sum), M_j = Σ_c x_cj (column sum), M_w = Σ x (the world is the countries given;
 * add a "rest of the world" row and column for a regional table). Variant (option `variant`, default
 * `"wits"`): see {@link TradeIntensityOptions}.
 * References: WITS Trade Outcomes help ("Trade intensity index"); Yamazawa (1971), Hitotsubashi Journal of
 * Economics 11(2); Kojima (1964), "The pattern of international trade among advanced countries",
 * Hitotsubashi Journal of Economics 5(1).
 *
 * The diagonal follows the same formula: 0 for country data (no trade with oneself), the intra-bloc
 * intensity when rows and columns are regional blocs. Undefined cells are NaN (`#DIV/0!`): an exporter
 * with no exports, an importer with no imports, and for `"kojima"` an exporter whose imports are the
 * whole world's.
 *
 * @param trade m exporters (rows) x m importers (columns), the same countries in the same order, non-negative.
 * @param options `variant` (default `"wits"`).
 * @returns TII, m x m (row = exporter c, column = importer j).
 * @throws {SelaError} `input` for a non-square matrix, negative/non-finite values or an unknown variant.
 * @example tradeIntensity(fromRows([[0, 50, 50], [40, 0, 55], [50, 40, 0]])).data[2] // => 1.357143
 */
export function tradeIntensity(trade: Matrix, options: TradeIntensityOptions = {}): Matrix {
  const variant = options.variant ?? "wits";
  if (!TRADE_INTENSITY_VARIANTS.includes(variant)) {
    throw inputError(
      `variant must be one of ${TRADE_INTENSITY_VARIANTS.join(", ")}`,
      `la variante debe ser una de ${TRADE_INTENSITY_VARIANTS.join(", ")}`,
    );
  }
  checkSquare(trade, { en: "trade", es: "comercio" });
  checkNonNegative(trade, "trade", "comercio");
  const m = trade.rows;
  const exported = rowSums(trade);
  const imported = columnSums(trade);
  const world = sum(imported);
  const result = matrix(m, m);
  for (let c = 0; c < m; c++) {
    const xc = exported[c] as number;
    const reference = variant === "wits" ? world : world - (imported[c] as number);
    for (let j = 0; j < m; j++) {
      const mj = imported[j] as number;
      const ok = xc > 0 && mj > 0 && reference > 0;
      result.data[c * m + j] = ok ? (trade.data[c * m + j] as number) / xc / (mj / reference) : NaN;
    }
  }
  return result;
}
