import { inputError } from "../errors";
import type { Matrix } from "../linalg/matrix";
import { complexityIndicesOf, type ComplexityIndices } from "./complexityIndices";
import { complexityOptions, type ComplexityOptions, type ProximityDiagonal } from "./complexityOptions";
import { presenceLists, type PresenceLists } from "./presenceLists";
import { proximityOf } from "./proximity";
import { presenceProximityProducts, proximityProducts } from "./proximityProducts";

/** Complexity outlook index (per country) and complexity outlook gain (per country and product). */
export interface ComplexityOutlook {
  /** COI, length m (NaN for countries with no presence). */
  readonly coi: Float64Array;
  /** COG, m x p (NaN rows of countries with no presence, NaN columns of products nobody exports). */
  readonly cog: Matrix;
}

/**
 * Complexity outlook index (COI, per country) and complexity outlook gain (COG, per country and product)
 * of a presence matrix, with proximity, density and PCI computed under the same options (defaults: eigen
 * PCI, growthlab scale, diagonal 1). The formulas and conventions are those of {@link complexityOutlookOf}.
 *
 * Reference: Hausmann et al., The Atlas of Economic Complexity (2014), technical box 6.
 *
 * @param presence M, m countries x p products, 0/1 (from {@link presence}).
 * @returns COI (length m) and COG (m x p); NaN for countries with no presence and products nobody exports.
 * @throws {SelaError} as {@link complexityIndices}.
 * @example complexityOutlook(fromRows([[1, 1, 0], [1, 0, 0], [0, 0, 1]])).coi // => COI per country
 */
export function complexityOutlook(presence: Matrix, options: ComplexityOptions = {}): ComplexityOutlook {
  const resolved = complexityOptions(options);
  const lists = presenceLists(presence);
  const indices = complexityIndicesOf(lists, resolved);
  const diagonal = resolved.proximityDiagonal;
  const { coi, cog } = densityAndOutlookOf(lists, proximityOf(lists, diagonal), indices, diagonal);
  return { coi, cog };
}

/**
 * Complexity outlook index COI_c = Σ_p d_cp (1 − M_cp) PCI_p and complexity outlook gain
 * COG_cp = (1 − M_cp) Σ_p′ [φ_p′p / Σ_p″ φ_p′p″] (1 − M_cp′) PCI_p′.
 *
 * Reference: Hausmann et al., The Atlas of Economic Complexity (2014), technical box 6 ("complexity
 * outlook" and "opportunity gain"); as computed by Growth Lab ecomplexity (`coicog.ado`, py `calc_coi_cog`).
 * Scale, from the indices given: `"growthlab"` and `"stata"` use the raw sign-corrected vector Q as PCI,
 * then COI is standardised (population sd for growthlab; n−1 sd over the long country × product panel for
 * stata) and COG is divided by the sd of the raw ECI vector K (py, Stata). `"zscore"` uses the z-scored PCI
 * and leaves COI and COG unscaled (R economiccomplexity's `complexity_outlook` given its PCI).
 * Computation: the row sums of φ once (one contiguous pass), then COG_cp = (1 − M_cp)(T_p − Σ_{p′ ∈ P(c)} w_p′ φ_p′p)
 * with w_p′ = PCI_p′/Σ_p″ φ_p′p″ and T_p = Σ_p′ w_p′ φ_p′p, the product M diag(w) φ formed over the ones of M
 * in one blocked sweep of φ ({@link proximityProducts}); COI from d in one pass over m x p.
 *
 * @param lists adjacency lists of M (m x p).
 * @param proximity φ, p x p (from {@link proximity}; its diagonal convention carries over).
 * @param density d, m x p (from {@link density}, with the same φ).
 * @param indices ECI/PCI of the same M (from {@link complexityIndices}).
 * @throws {SelaError} when the shapes disagree.
 * @example complexityOutlookOf(lists, phi, d, complexityIndicesOf(lists, options)).coi // => COI per country
 */
export function complexityOutlookOf(
  lists: PresenceLists,
  proximity: Matrix,
  density: Matrix,
  indices: ComplexityIndices,
): ComplexityOutlook {
  const { countries: m, products: p } = lists;
  if (
    proximity.rows !== p ||
    proximity.cols !== p ||
    density.rows !== m ||
    density.cols !== p ||
    indices.pci.length !== p
  ) {
    throw inputError(
      "complexity outlook: shapes of presence, proximity and density disagree",
      "perspectiva de complejidad: las formas de presencia, proximidad y densidad no coinciden",
    );
  }
  const weight = outlookWeights(lists, proximity, indices);
  const gain = proximityProducts(lists, proximity, false, weight).gain as Matrix;
  return finishOutlook(lists, density, gain, indices);
}

/**
 * Density and COI/COG of the one-pass profile: {@link densityOf} and {@link complexityOutlookOf} with both
 * products of M and φ formed together. Given `diagonal`, φ must be `proximityOf(lists, diagonal)`: the products
 * then come from the presence lists by ubiquity level ({@link presenceProximityProducts}, O(Σ k_p² + m·nnz)
 * instead of nnz·p; equal to rounding). Without it, one sweep over φ forms both ({@link proximityProducts}; the
 * same values, bit for bit, as calling the two functions). φ is read once more, contiguously, for its row sums.
 *
 * @throws {SelaError} when the shapes disagree.
 * @example densityAndOutlookOf(lists, phi, indices).cog // => COG, m x p
 */
export function densityAndOutlookOf(
  lists: PresenceLists,
  proximity: Matrix,
  indices: ComplexityIndices,
  diagonal?: ProximityDiagonal,
): ComplexityOutlook & { readonly density: Matrix } {
  const { products: p } = lists;
  if (proximity.rows !== p || proximity.cols !== p || indices.pci.length !== p) {
    throw inputError(
      "complexity outlook: shapes of presence, proximity and density disagree",
      "perspectiva de complejidad: las formas de presencia, proximidad y densidad no coinciden",
    );
  }
  const weight = outlookWeights(lists, proximity, indices);
  const products =
    diagonal === undefined
      ? proximityProducts(lists, proximity, true, weight)
      : presenceProximityProducts(lists, diagonal, true, weight);
  const density = products.density as Matrix;
  return { density, ...finishOutlook(lists, density, products.gain as Matrix, indices) };
}

/** w_p′ = PCI_p′ / Σ_p″ φ_p′p″ over products with presence (0 where the row sum is 0 or k_p′ = 0). */
function outlookWeights(lists: PresenceLists, proximity: Matrix, indices: ComplexityIndices): Float64Array {
  const { products: p, ubiquity } = lists;
  const phi = proximity.data;
  const pci = indices.scale === "zscore" ? indices.pci : indices.rawPci;
  const weight = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    if (ubiquity[i] === 0) continue;
    let rowSum = 0;
    for (let j = 0; j < p; j++) if (ubiquity[j] !== 0) rowSum += phi[i * p + j] as number;
    weight[i] = rowSum > 0 ? (pci[i] as number) / rowSum : 0;
  }
  return weight;
}

/** COI_c = Σ_j d_cj (1 − M_cj) PCI_j (j ascending), then the scale's standardisation of COI and COG (in place). */
function finishOutlook(
  lists: PresenceLists,
  density: Matrix,
  cog: Matrix,
  indices: ComplexityIndices,
): ComplexityOutlook {
  const { countries: m, products: p, productStart, productOf, diversity, ubiquity } = lists;
  const pci = indices.scale === "zscore" ? indices.pci : indices.rawPci;
  const coi = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    if (diversity[c] === 0) {
      coi[c] = NaN;
      continue;
    }
    // The products of c are ascending: walk them alongside j to skip M_cj = 1.
    let x = productStart[c] as number;
    const end = productStart[c + 1] as number;
    let s = 0;
    for (let j = 0; j < p; j++) {
      if (x < end && productOf[x] === j) {
        x++;
        continue;
      }
      if (ubiquity[j] === 0) continue;
      s += (density.data[c * p + j] as number) * (pci[j] as number);
    }
    coi[c] = s;
  }

  if (indices.scale !== "zscore") {
    const kept = indices.countriesKept;
    let mean = 0;
    for (let c = 0; c < m; c++) if (diversity[c] !== 0) mean += coi[c] as number;
    mean /= kept;
    let ss = 0;
    for (let c = 0; c < m; c++) if (diversity[c] !== 0) ss += ((coi[c] as number) - mean) ** 2;
    const pk = indices.productsKept;
    const sd = indices.scale === "stata" ? Math.sqrt((pk * ss) / (kept * pk - 1)) : Math.sqrt(ss / kept);
    for (let c = 0; c < m; c++) if (diversity[c] !== 0) coi[c] = sd > 0 ? ((coi[c] as number) - mean) / sd : NaN;
    for (let k = 0; k < cog.data.length; k++) cog.data[k] = (cog.data[k] as number) / indices.sd;
  }
  return { coi, cog };
}
