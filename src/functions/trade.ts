/* eslint-disable @typescript-eslint/no-explicit-any -- custom functions take any[][] so that text and error cells reach the argument parser and are reported with their position. */
/**
 * Trade functions of the SELA catalogue (rows = countries or reporters, columns = products).
 * JSDoc here generates functions.json; Spanish names and help live in i18n/es/trade.json.
 * Per-country results are columns (m x 1), per-product results rows (1 x p), matrices keep the input
 * orientation. Undefined cells are `#DIV/0!` (log of 0 is `#NUM!`).
 */
import { concentrationIndex } from "../core/trade/concentrationIndex";
import { exportSimilarity } from "../core/trade/exportSimilarity";
import { GRUBEL_LLOYD_LEVELS, grubelLloyd } from "../core/trade/grubelLloyd";
import { herfindahlHirschman } from "../core/trade/herfindahlHirschman";
import { lafayIndex } from "../core/trade/lafayIndex";
import { locationQuotient } from "../core/trade/locationQuotient";
import { marketShare } from "../core/trade/marketShare";
import { RCA_VARIANTS, revealedComparativeAdvantage } from "../core/trade/revealedComparativeAdvantage";
import { revealedComparativeAdvantageLong } from "../core/trade/revealedComparativeAdvantageLong";
import { shiftShare } from "../core/trade/shiftShare";
import { tradeCan } from "../core/trade/tradeCan";
import { tradeComplementarity } from "../core/trade/tradeComplementarity";
import { TRADE_INTENSITY_VARIANTS, tradeIntensity } from "../core/trade/tradeIntensity";
import { tradeSpecialisationIndex } from "../core/trade/tradeSpecialisationIndex";
import { flag, numericMatrix, numericVector, option, optionalVector } from "./arguments";
import { evaluate } from "./evaluate";
import { columnCells, matrixCells, textCells } from "./results";
import { longTableArgument, marketShareArguments, tradeCanText } from "./tradeArguments";

/**
 * Revealed comparative advantage, Balassa (X_cp/X_c)/(X_wp/X_w); the world defaults to the sum of the rows. Variants: "balassa" (default), "symmetric" (RCA−1)/(RCA+1), "log" ln RCA, "additive" X_cp/X_c − X_wp/X_w.
 * @customfunction RCA
 * @param exports Exports X: countries (rows) x products (columns), non-negative.
 * @param [reference] World or regional exports per product (1 x p); default: the column sums of exports (then at least 2 countries).
 * @param [variant] "balassa" (default), "symmetric", "log" or "additive".
 * @returns RCA, same shape as exports.
 */
export function rca(exports: any[][], reference?: any[][], variant?: any): any[][] {
  return evaluate("RCA", () =>
    matrixCells(
      revealedComparativeAdvantage(
        numericMatrix("RCA", "exports", exports),
        optionalVector("RCA", "reference", reference),
        {
          variant: option("RCA", "variant", variant, RCA_VARIANTS, "balassa"),
        },
      ),
    ),
  );
}

/**
 * Revealed comparative advantage (Balassa, default) for a long table, one row per country-product as trade downloads come; duplicates are summed, the world is all countries given. One value per input row.
 * @customfunction RCA.LONG
 * @param countries Country (reporter) of each row.
 * @param products Product code of each row (text keeps leading zeros).
 * @param values Export value of each row, non-negative.
 * @param [variant] "balassa" (default), "symmetric", "log" or "additive".
 * @returns RCA of each input row (k x 1), aligned with the input.
 */
export function rcaLong(countries: any[][], products: any[][], values: any[][], variant?: any): any[][] {
  return evaluate("RCA.LONG", () =>
    columnCells(
      revealedComparativeAdvantageLong(longTableArgument("RCA.LONG", countries, products, values), {
        variant: option("RCA.LONG", "variant", variant, RCA_VARIANTS, "balassa"),
      }),
    ),
  );
}

/**
 * Trade specialisation index (normalised trade balance) (X−M)/(X+M), from −1 (only imports) to 1 (only exports); #DIV/0! where X+M = 0.
 * @customfunction TSI
 * @param exports Exports X: countries (rows) x products (columns).
 * @param imports Imports M, same shape as exports.
 * @returns TSI, same shape as exports.
 */
export function tsi(exports: any[][], imports: any[][]): any[][] {
  return evaluate("TSI", () =>
    matrixCells(
      tradeSpecialisationIndex(numericMatrix("TSI", "exports", exports), numericMatrix("TSI", "imports", imports)),
    ),
  );
}

/**
 * Lafay index 100·[(X−M)/(X+M) − Σ(X−M)/Σ(X+M)]·(X+M)/Σ(X+M), sums over the country's row; each row sums to 0, positive = specialisation.
 * @customfunction LAFAY
 * @param exports Exports X: countries (rows) x products (columns).
 * @param imports Imports M, same shape as exports.
 * @returns Lafay index, same shape as exports.
 */
export function lafay(exports: any[][], imports: any[][]): any[][] {
  return evaluate("LAFAY", () =>
    matrixCells(lafayIndex(numericMatrix("LAFAY", "exports", exports), numericMatrix("LAFAY", "imports", imports))),
  );
}

/**
 * Grubel–Lloyd intra-industry trade: "product" (default) 1 − |X−M|/(X+M) per cell; "aggregate" trade-weighted per country; "adjusted" corrected for the trade imbalance (Grubel–Lloyd 1975).
 * @customfunction GL
 * @param exports Exports X: countries (rows) x products (columns).
 * @param imports Imports M, same shape as exports.
 * @param [level] "product" (default, same shape as exports), "aggregate" or "adjusted" (one value per country, m x 1).
 * @returns Grubel–Lloyd index, between 0 and 1.
 */
export function gl(exports: any[][], imports: any[][], level?: any): any[][] {
  return evaluate("GL", () =>
    matrixCells(
      grubelLloyd(numericMatrix("GL", "exports", exports), numericMatrix("GL", "imports", imports), {
        level: option("GL", "level", level, GRUBEL_LLOYD_LEVELS, "product"),
      }),
    ),
  );
}

/**
 * Herfindahl–Hirschman concentration Σ s² of the shares in each row; normalized (H − 1/N)/(1 − 1/N) with N = number of columns (default FALSE).
 * @customfunction HHI
 * @param values Countries (rows) x products or partners (columns), non-negative.
 * @param [normalized] TRUE for (H − 1/N)/(1 − 1/N); default FALSE.
 * @returns HHI per row (m x 1).
 */
export function hhi(values: any[][], normalized?: any): any[][] {
  return evaluate("HHI", () =>
    columnCells(
      herfindahlHirschman(numericMatrix("HHI", "values", values), {
        normalized: flag("HHI", "normalized", normalized, false),
      }),
    ),
  );
}

/**
 * UNCTAD concentration index (√Σs² − √(1/N))/(1 − √(1/N)) per row, N = number of columns; 0 evenly spread, 1 a single product.
 * @customfunction CONCENTRATION
 * @param values Countries (rows) x products (columns), non-negative; include untraded products as zero columns.
 * @returns Concentration index per row (m x 1).
 */
export function concentration(values: any[][]): any[][] {
  return evaluate("CONCENTRATION", () =>
    columnCells(concentrationIndex(numericMatrix("CONCENTRATION", "values", values))),
  );
}

/**
 * Trade intensity from a square exporter x importer matrix: "wits" (default) (x_cj/X_c)/(M_j/M_w); "kojima" (x_cj/X_c)/(M_j/(M_w − M_c)). Above 1: more trade than the partner's size predicts.
 * @customfunction TII
 * @param trade Exports from row country to column country (m x m, same countries in rows and columns).
 * @param [variant] "wits" (default) or "kojima".
 * @returns Trade intensity (m x m): row = exporter, column = importer.
 */
export function tii(trade: any[][], variant?: any): any[][] {
  return evaluate("TII", () =>
    matrixCells(
      tradeIntensity(numericMatrix("TII", "trade", trade), {
        variant: option("TII", "variant", variant, TRADE_INTENSITY_VARIANTS, "wits"),
      }),
    ),
  );
}

/**
 * Michaely trade complementarity 100·(1 − Σ_p |m_kp − x_jp|/2) between exporter row j and importer row k, with x and m the product shares of exports and imports.
 * @customfunction TCI
 * @param exports Exports: countries (rows) x products (columns).
 * @param imports Imports: countries (rows) x products (columns), same products.
 * @returns Complementarity (m x m): row = exporter j, column = importer k; 0 to 100.
 */
export function tci(exports: any[][], imports: any[][]): any[][] {
  return evaluate("TCI", () =>
    matrixCells(
      tradeComplementarity(numericMatrix("TCI", "exports", exports), numericMatrix("TCI", "imports", imports)),
    ),
  );
}

/**
 * Finger–Kreinin export similarity 100·Σ_p min(s_ap, s_bp) between the export baskets of each pair of country rows.
 * @customfunction ESI
 * @param exports Exports: countries (rows) x products (columns).
 * @returns Export similarity (m x m), 0 to 100, symmetric.
 */
export function esi(exports: any[][]): any[][] {
  return evaluate("ESI", () => matrixCells(exportSimilarity(numericMatrix("ESI", "exports", exports))));
}

/**
 * Market share: exports to the market / the market's imports, per product; #DIV/0! where the market imports nothing.
 * @customfunction MARKETSHARE
 * @param exports Exports to the market: countries (rows) x products (columns).
 * @param market_imports The market's imports per product (1 x p), or one market per row (same shape as exports).
 * @returns Market share, same shape as exports.
 */
export function marketshare(exports: any[][], market_imports: any[][]): any[][] {
  return evaluate("MARKETSHARE", () =>
    matrixCells(marketShare(...marketShareArguments("MARKETSHARE", exports, market_imports))),
  );
}

/**
 * ECLAC competitiveness matrix (TradeCAN): share up and product weight up = rising star; share up only = falling star; weight up only = missed opportunity; neither = retreat; no demand in both periods = no demand.
 * @customfunction TRADECAN
 * @param exports_t0 Exports to the market at t0: countries (rows) x products (columns).
 * @param exports_t1 Exports to the market at t1, same shape.
 * @param market_t0 The market's total imports per product at t0 (1 x p).
 * @param market_t1 The market's total imports per product at t1 (1 x p).
 * @param [style] "label" (default, in the display language) or "code" (RISING_STAR, FALLING_STAR, MISSED_OPPORTUNITY, RETREAT, NONE).
 * @returns Class of each country and product, same shape as the exports.
 */
export function tradecan(
  exports_t0: any[][],
  exports_t1: any[][],
  market_t0: any[][],
  market_t1: any[][],
  style?: any,
): any[][] {
  return evaluate("TRADECAN", () =>
    textCells(
      tradeCanText(
        "TRADECAN",
        tradeCan(
          numericMatrix("TRADECAN", "exports_t0", exports_t0),
          numericMatrix("TRADECAN", "exports_t1", exports_t1),
          numericVector("TRADECAN", "market_t0", market_t0),
          numericVector("TRADECAN", "market_t1", market_t1),
        ),
        style,
      ),
    ),
  );
}

/**
 * Location quotient (E_rs/E_r)/(E_ns/E_n): a sector's share in the region over its national share; above 1 = regional specialisation.
 * @customfunction LQ
 * @param regional Employment (or output) of regions (rows) x sectors (columns).
 * @param national National employment (or output) per sector (1 x sectors).
 * @returns Location quotient, same shape as regional.
 */
export function lq(regional: any[][], national: any[][]): any[][] {
  return evaluate("LQ", () =>
    matrixCells(locationQuotient(numericMatrix("LQ", "regional", regional), numericVector("LQ", "national", national))),
  );
}

/**
 * Shift-share decomposition of a region's change per sector: rows national share E0·g_n, industry mix E0·(g_ns − g_n), competitive effect E0·(g_rs − g_ns); they add up to the observed change.
 * @customfunction SHIFTSHARE
 * @param region_t0 The region's employment per sector at t0 (k values).
 * @param region_t1 The region's employment per sector at t1.
 * @param nation_t0 The nation's employment per sector at t0.
 * @param nation_t1 The nation's employment per sector at t1.
 * @returns 3 x k: national share, industry mix, competitive effect.
 */
export function shiftshare(region_t0: any[][], region_t1: any[][], nation_t0: any[][], nation_t1: any[][]): any[][] {
  return evaluate("SHIFTSHARE", () =>
    matrixCells(
      shiftShare(
        numericVector("SHIFTSHARE", "region_t0", region_t0),
        numericVector("SHIFTSHARE", "region_t1", region_t1),
        numericVector("SHIFTSHARE", "nation_t0", nation_t0),
        numericVector("SHIFTSHARE", "nation_t1", nation_t1),
      ),
    ),
  );
}
