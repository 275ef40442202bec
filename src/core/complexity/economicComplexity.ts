import type { Matrix } from "../linalg/matrix";
import { revealedComparativeAdvantage } from "../trade/revealedComparativeAdvantage";
import { complexityIndicesOf } from "./complexityIndices";
import { complexityOptions, type ComplexityOptions, type ResolvedComplexityOptions } from "./complexityOptions";
import { densityAndOutlookOf } from "./complexityOutlook";
import { checkCountries, presenceFromRca } from "./presence";
import { presenceLists } from "./presenceLists";
import { proximityOf } from "./proximity";

/** Everything the product-space analysis shows, from one exports matrix. NaN marks undefined cells. */
export interface EconomicComplexity {
  /** The conventions used, defaults filled in (to print next to the results). */
  readonly options: ResolvedComplexityOptions;
  /** Balassa RCA, m x p (NaN for a country with no exports or a product nobody exports). */
  readonly rca: Matrix;
  /** M, m x p, 0/1 (0 where RCA is undefined: those rows and columns are left out of every indicator). */
  readonly presence: Matrix;
  /** k_c,0 (m) and k_p,0 (p). */
  readonly diversity: Float64Array;
  readonly ubiquity: Float64Array;
  /** ECI (m) and PCI (p), scaled as `options.scale`. */
  readonly eci: Float64Array;
  readonly pci: Float64Array;
  /** λ₂ of M̃ (NaN with the method of reflections). */
  readonly eigenvalue: number;
  /** φ, p x p. */
  readonly proximity: Matrix;
  /** d and 1 − d, m x p. */
  readonly density: Matrix;
  readonly distance: Matrix;
  /** COI (m) and COG (m x p). */
  readonly coi: Float64Array;
  readonly cog: Matrix;
}

/**
 * The whole economic-complexity profile of an exports table in one pass: RCA, presence, diversity,
 * ubiquity, ECI, PCI, proximity, density, distance, COI and COG, sharing one presence structure, one
 * eigenproblem and one proximity matrix (the pane's product-space analysis needs them all; computing
 * each indicator separately would solve the eigenproblem several times).
 *
 * Formulas and conventions: {@link presence}, {@link complexityIndices}, {@link proximity},
 * {@link density} (distance = 1 − density, as economiccomplexity's `distance`), {@link complexityOutlookOf}.
 * References: Hidalgo & Hausmann (2009), PNAS 106(26); Hidalgo et al. (2007), Science 317(5837);
 * Hausmann et al., The Atlas of Economic Complexity (2014).
 * Orientation: countries are rows, products columns; per-country vectors have length m, per-product p.
 * With `{scale: "stata", comparison: "above", proximityDiagonal: "zero"}` it reproduces Stata ecomplexity.
 *
 * Cost: φ is formed once (one product MᵀM on the binary matrix); density and COG are formed together from the
 * presence lists by ubiquity level (O(Σ k_p² + m·nnz), not nnz·p; the row sums of φ are read once); the
 * eigenproblem is solved once, on the smaller side.
 * Memory: φ is p x p (8·p² bytes: 5 MB for 785 products, 200 MB for 5,000).
 *
 * @param exports X, m countries x p products, non-negative.
 * @throws {SelaError} for bad exports or options, fewer than 2 countries (rows), fewer than 2 countries/products
 *   with presence, λ₂ = 0 or repeated (see {@link complexityIndices}).
 * @example economicComplexity(fromRows(toy)).eci // => ECI per country, growthlab scale
 */
export function economicComplexity(exports: Matrix, options: ComplexityOptions = {}): EconomicComplexity {
  const resolved = complexityOptions(options);
  checkCountries(exports);
  const rca = revealedComparativeAdvantage(exports);
  const presence = presenceFromRca(rca, resolved.threshold, resolved.comparison);
  const lists = presenceLists(presence);
  const indices = complexityIndicesOf(lists, resolved);
  const proximity = proximityOf(lists, resolved.proximityDiagonal);
  // Density and COG are both products of M with φ, formed together from the presence lists (densityAndOutlookOf).
  const { density, coi, cog } = densityAndOutlookOf(lists, proximity, indices, resolved.proximityDiagonal);
  const distance = { rows: density.rows, cols: density.cols, data: density.data.map((d) => 1 - d) };
  return {
    options: resolved,
    rca,
    presence,
    diversity: lists.diversity,
    ubiquity: lists.ubiquity,
    eci: indices.eci,
    pci: indices.pci,
    eigenvalue: indices.eigenvalue,
    proximity,
    density,
    distance,
    coi,
    cog,
  };
}
