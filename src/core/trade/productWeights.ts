import { sum } from "../linalg/matrix";
import { checkNonNegativeVector, checkVectorLength, type ArgumentName } from "./checkSameShape";

const MARKET_T0: ArgumentName = { en: "market_t0", es: "mercado_t0" };
const MARKET_T1: ArgumentName = { en: "market_t1", es: "mercado_t1" };

/**
 * Weight of each product in a market's imports, W_p = M_m,p / Σ_q M_m,q ("peso en las importaciones del
 * mercado"); a market with no imports at all gives weights 0 (nothing is demanded).
 * Reference: ECLAC & World Bank (1999), TradeCAN User Guide; methodology notes §2.5.
 *
 * @param marketImports M_m,p, length p, non-negative.
 * @returns W, length p (sums to 1 unless the market imports nothing).
 * @throws {SelaError} `input` for negative or non-finite values.
 * @example productWeights([35, 40, 30]) // => Float64Array [0.333333, 0.380952, 0.285714]
 */
export function productWeights(marketImports: ArrayLike<number>): Float64Array {
  checkNonNegativeVector(marketImports, { en: "market_imports", es: "importaciones_mercado" });
  const total = sum(marketImports);
  return Float64Array.from({ length: marketImports.length }, (_, p) =>
    total > 0 ? (marketImports[p] as number) / total : 0,
  );
}

/**
 * Change of each product's weight in the market's imports, ΔW_p = W_p[t1] − W_p[t0] (product dynamism,
 * the vertical axis of the ECLAC competitiveness matrix): > 0 a dynamic product, ≤ 0 a stagnant one.
 * Reference: ECLAC & World Bank (1999), TradeCAN User Guide; methodology notes §2.5.
 *
 * @param marketT0 market imports per product at t0, length p; `marketT1` the same at t1.
 * @returns ΔW, length p.
 * @throws {SelaError} `input` for different lengths or negative/non-finite values.
 * @example productWeightChange([30, 35, 35], [35, 40, 30])[2] // => -0.064286
 */
export function productWeightChange(marketT0: ArrayLike<number>, marketT1: ArrayLike<number>): Float64Array {
  checkVectorLength(marketT1, marketT0.length, MARKET_T1, MARKET_T0);
  checkNonNegativeVector(marketT0, MARKET_T0);
  checkNonNegativeVector(marketT1, MARKET_T1);
  const w0 = productWeights(marketT0);
  const w1 = productWeights(marketT1);
  return w1.map((w, p) => w - (w0[p] as number));
}
