import type { Matrix } from "../linalg/matrix";
import { checkSameShape, checkVectorLength, type ArgumentName } from "./checkSameShape";
import { marketShareChange } from "./marketShare";
import { productWeightChange } from "./productWeights";

/** The classes of the ECLAC competitiveness matrix, as language-independent codes. */
export const TRADECAN_CODES = ["RISING_STAR", "FALLING_STAR", "MISSED_OPPORTUNITY", "RETREAT", "NONE"] as const;

/** One class of {@link TRADECAN_CODES}. */
export type TradeCanCode = (typeof TRADECAN_CODES)[number];

/** Languages of the class labels. */
export type TradeCanLanguage = "en" | "es";

/**
 * Labels of the classes as ECLAC publishes them (TradeCAN; "matriz de competitividad"), for the custom
 * function, the pane and the reports.
 */
export const TRADECAN_LABELS: Readonly<Record<TradeCanLanguage, Readonly<Record<TradeCanCode, string>>>> = {
  en: {
    RISING_STAR: "Rising stars",
    FALLING_STAR: "Falling stars",
    MISSED_OPPORTUNITY: "Missed opportunities",
    RETREAT: "Retreat",
    NONE: "No demand",
  },
  es: {
    RISING_STAR: "Estrellas nacientes",
    FALLING_STAR: "Estrellas menguantes",
    MISSED_OPPORTUNITY: "Oportunidades perdidas",
    RETREAT: "Retroceso",
    NONE: "Sin demanda",
  },
};

/**
 * The label of a class in a language.
 *
 * @example tradeCanLabel("RISING_STAR", "es") // => "Estrellas nacientes"
 */
export function tradeCanLabel(code: TradeCanCode, language: TradeCanLanguage): string {
  return TRADECAN_LABELS[language][code];
}

/** Options of {@link tradeCan}. */
export interface TradeCanOptions {
  /**
   * A change counts as "up" only when strictly above this threshold (default 0, ECLAC's rule:
   * ΔMS > 0, ΔW > 0; an unchanged share or weight is "not up").
   */
  readonly threshold?: number;
}

const EXPORTS_T0: ArgumentName = { en: "exports_t0", es: "exportaciones_t0" };
const EXPORTS_T1: ArgumentName = { en: "exports_t1", es: "exportaciones_t1" };

/**
 * ECLAC competitiveness matrix (TradeCAN, "matriz de Fajnzylber") per exporter and product, comparing
 * two periods in one market (the world or one importer):
 * - ΔMS_cp = X_cp/M_p [t1] − X_cp/M_p [t0] (change of c's share of the market's imports of p);
 * - ΔW_p = M_p/M [t1] − M_p/M [t0] (change of p's weight in the market's imports);
 * - ΔMS > 0 and ΔW > 0 RISING_STAR; ΔMS > 0, ΔW ≤ 0 FALLING_STAR; ΔMS ≤ 0, ΔW > 0
 *   MISSED_OPPORTUNITY; ΔMS ≤ 0, ΔW ≤ 0 RETREAT; no market demand for p in both periods NONE.
 * Conventions: a product not imported in one period has share 0 there (entry from zero is a gain); the
 * threshold (option `threshold`, default 0, strict ">") applies to both axes. Use period averages
 * (e.g. 3 years) at both ends to damp noise.
 * Reference: ECLAC & World Bank (1999), TradeCAN 1999 User Guide; Mandeng (1991), "Competitividad
 * internacional y especialización", Revista de la CEPAL 45; methodology notes §2.5.
 *
 * @param exportsT0 exports to the market at t0, m exporters (rows) x p products, non-negative.
 * @param exportsT1 the same at t1 (same shape).
 * @param marketT0 the market's imports per product at t0 (all origins), length p.
 * @param marketT1 the same at t1.
 * @param options `threshold` (default 0).
 * @returns class codes, m x p (same orientation as the exports); see {@link TRADECAN_LABELS}.
 * @throws {SelaError} `input` for shape/length mismatches or negative/non-finite values.
 * @example tradeCan(fromRows([[20, 15, 5]]), fromRows([[30, 10, 10]]), [30, 35, 35], [35, 40, 30])
 *   // => [["RISING_STAR", "MISSED_OPPORTUNITY", "FALLING_STAR"]]
 */
export function tradeCan(
  exportsT0: Matrix,
  exportsT1: Matrix,
  marketT0: ArrayLike<number>,
  marketT1: ArrayLike<number>,
  options: TradeCanOptions = {},
): TradeCanCode[][] {
  const threshold = options.threshold ?? 0;
  checkSameShape(exportsT0, exportsT1, EXPORTS_T0, EXPORTS_T1);
  checkVectorLength(
    marketT0,
    exportsT0.cols,
    { en: "market_t0", es: "mercado_t0" },
    { en: "the product count of exports_t0", es: "el número de productos de exportaciones_t0" },
  );
  checkVectorLength(
    marketT1,
    exportsT0.cols,
    { en: "market_t1", es: "mercado_t1" },
    { en: "the product count of exports_t0", es: "el número de productos de exportaciones_t0" },
  );
  const weightChange = productWeightChange(marketT0, marketT1);
  const shareChange = marketShareChange(exportsT0, exportsT1, marketT0, marketT1);
  const p = exportsT0.cols;
  const out: TradeCanCode[][] = [];
  for (let c = 0; c < exportsT0.rows; c++) {
    const row: TradeCanCode[] = [];
    for (let q = 0; q < p; q++) {
      const ds = shareChange.data[c * p + q] as number;
      if (Number.isNaN(ds)) {
        row.push("NONE");
        continue;
      }
      const shareUp = ds > threshold;
      const weightUp = (weightChange[q] as number) > threshold;
      row.push(shareUp ? (weightUp ? "RISING_STAR" : "FALLING_STAR") : weightUp ? "MISSED_OPPORTUNITY" : "RETREAT");
    }
    out.push(row);
  }
  return out;
}
