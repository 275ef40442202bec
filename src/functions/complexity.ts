/* eslint-disable @typescript-eslint/no-explicit-any -- custom functions take any[][] so that text and error cells reach the argument parser and are reported with their position. */
/**
 * Economic-complexity functions of the SELA catalogue (rows = countries, columns = products).
 * JSDoc here generates functions.json; Spanish names and help live in i18n/es/complexity.json.
 * Presence is M_cp = 1 when Balassa RCA ≥ threshold (world = the countries given); countries with no
 * presence and products nobody exports are left out and shown as #N/A where a result needs them.
 * Convention for a country with no exports (an all-zero row) and a product nobody exports (an all-zero
 * column), whose RCA is undefined: MCP shows their cells as #N/A, DIVERSITY of such a country and UBIQUITY
 * of such a product are #N/A (py-ecomplexity drops them before computing), never a silent 0; the
 * indicators built on presence leave them out (#N/A in ECI, PCI, PROXIMITY, DENSITY, COI and COG).
 * Every function needs at least 2 countries (RCA compares each with their sum).
 */
import { complexityOutlook } from "../core/complexity/complexityOutlook";
import { diversity } from "../core/complexity/diversity";
import { proximity } from "../core/complexity/proximity";
import { ubiquity } from "../core/complexity/ubiquity";
import {
  densityArgument,
  indicesArgument,
  presenceArgument,
  presenceCellsArgument,
  productSquareArgument,
} from "./complexityArguments";
import { evaluate } from "./evaluate";
import { columnCells, matrixCells, rowCells } from "./results";

/**
 * Presence M_cp = 1 when Balassa RCA_cp ≥ threshold (default 1), else 0; world = the countries given.
 * @customfunction MCP
 * @param exports Exports X: countries in rows, products in columns (at least 2 rows).
 * @param [threshold] RCA cut-off for presence (default 1).
 * @returns Presence matrix M of 0 and 1 (same shape as exports); #N/A where RCA is undefined (a country with no exports, a product nobody exports).
 */
export function mcp(exports: any[][], threshold?: any): any[][] {
  return evaluate("MCP", () => matrixCells(presenceCellsArgument("MCP", exports, threshold), "#N/A"));
}

/**
 * Diversity k_c = Σ_p M_cp: products a country exports with RCA ≥ threshold (default 1).
 * @customfunction DIVERSITY
 * @param exports Exports X: countries in rows, products in columns (at least 2 rows).
 * @param [threshold] RCA cut-off for presence (default 1).
 * @returns Diversity, one value per country (column); #N/A for a country with no exports.
 */
export function diversityFunction(exports: any[][], threshold?: any): any[][] {
  return evaluate("DIVERSITY", () =>
    columnCells(diversity(presenceCellsArgument("DIVERSITY", exports, threshold)), "#N/A"),
  );
}

/**
 * Ubiquity k_p = Σ_c M_cp: countries exporting a product with RCA ≥ threshold (default 1).
 * @customfunction UBIQUITY
 * @param exports Exports X: countries in rows, products in columns (at least 2 rows).
 * @param [threshold] RCA cut-off for presence (default 1).
 * @returns Ubiquity, one value per product (row); #N/A for a product nobody exports.
 */
export function ubiquityFunction(exports: any[][], threshold?: any): any[][] {
  return evaluate("UBIQUITY", () => rowCells(ubiquity(presenceCellsArgument("UBIQUITY", exports, threshold)), "#N/A"));
}

/**
 * Economic complexity index: second eigenvector of M̃ = D_c⁻¹ M D_p⁻¹ Mᵀ, sign so that it rises with diversity; Growth Lab scale by default.
 * @customfunction ECI
 * @param exports Exports X: countries in rows, products in columns (at least 2 rows).
 * @param [method] "eigen" (default, second eigenvector) or "reflections" (method of reflections, 20 iterations).
 * @param [scale] "growthlab" (default, population sd, as ecomplexity), "zscore" (own mean and n−1 sd, as the R package economiccomplexity) or "stata" (sd over the country x product panel, as Stata ecomplexity).
 * @param [threshold] RCA cut-off for presence (default 1).
 * @returns ECI, one value per country (column); #N/A for a country with no presence.
 */
export function eci(exports: any[][], method?: any, scale?: any, threshold?: any): any[][] {
  return evaluate("ECI", () => columnCells(indicesArgument("ECI", exports, method, scale, threshold).eci, "#N/A"));
}

/**
 * Product complexity index: second eigenvector of M̃ = D_p⁻¹ Mᵀ D_c⁻¹ M; "growthlab" (default) scales it with ECI's mean and sd.
 * @customfunction PCI
 * @param exports Exports X: countries in rows, products in columns (at least 2 rows).
 * @param [method] "eigen" (default, second eigenvector) or "reflections" (method of reflections, 20 iterations).
 * @param [scale] "growthlab" (default, with ECI's mean and population sd), "zscore" (own mean and n−1 sd, as the R package economiccomplexity) or "stata" (sd over the country x product panel, as Stata ecomplexity).
 * @param [threshold] RCA cut-off for presence (default 1).
 * @returns PCI, one value per product (row); #N/A for a product nobody exports with advantage.
 */
export function pci(exports: any[][], method?: any, scale?: any, threshold?: any): any[][] {
  return evaluate("PCI", () => rowCells(indicesArgument("PCI", exports, method, scale, threshold).pci, "#N/A"));
}

/**
 * Product proximity φ_pq = Σ_c M_cp M_cq / max(k_p, k_q), diagonal 1 (Hidalgo et al. 2007).
 * @customfunction PROXIMITY
 * @param exports Exports X: countries in rows, products in columns (at least 2 rows).
 * @param [threshold] RCA cut-off for presence (default 1).
 * @returns Proximity φ (products x products, symmetric).
 */
export function proximityFunction(exports: any[][], threshold?: any): any[][] {
  return evaluate("PROXIMITY", () =>
    matrixCells(proximity(productSquareArgument("PROXIMITY", exports, threshold)), "#N/A"),
  );
}

/**
 * Density d_cp = Σ_q M_cq φ_qp / Σ_q φ_qp: how close a product is to what the country already exports (distance = 1 − density).
 * @customfunction DENSITY
 * @param exports Exports X: countries in rows, products in columns (at least 2 rows).
 * @param [threshold] RCA cut-off for presence (default 1).
 * @returns Density (same shape as exports), between 0 and 1.
 */
export function densityFunction(exports: any[][], threshold?: any): any[][] {
  return evaluate("DENSITY", () => matrixCells(densityArgument("DENSITY", exports, threshold), "#N/A"));
}

/**
 * Complexity outlook index COI_c = Σ_p d_cp (1 − M_cp) PCI_p, standardised as Growth Lab's ecomplexity.
 * @customfunction COI
 * @param exports Exports X: countries in rows, products in columns (at least 2 rows).
 * @param [threshold] RCA cut-off for presence (default 1).
 * @returns COI, one value per country (column).
 */
export function coi(exports: any[][], threshold?: any): any[][] {
  return evaluate("COI", () => columnCells(complexityOutlook(presenceArgument("COI", exports, threshold)).coi, "#N/A"));
}

/**
 * Complexity outlook gain COG_cp = (1 − M_cp) Σ_q φ_qp/Σ_r φ_qr (1 − M_cq) PCI_q, divided by sd of ECI, as ecomplexity.
 * @customfunction COG
 * @param exports Exports X: countries in rows, products in columns (at least 2 rows).
 * @param [threshold] RCA cut-off for presence (default 1).
 * @returns COG (same shape as exports); 0 where the country already exports the product.
 */
export function cog(exports: any[][], threshold?: any): any[][] {
  return evaluate("COG", () => matrixCells(complexityOutlook(presenceArgument("COG", exports, threshold)).cog, "#N/A"));
}
