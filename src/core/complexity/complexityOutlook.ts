import { inputError } from "../errors";
import { matrix, type Matrix } from "../linalg/matrix";
import { complexityIndicesOf, type ComplexityIndices } from "./complexityIndices";
import { complexityOptions, type ComplexityOptions } from "./complexityOptions";
import { columnMajor, densityOf } from "./density";
import { presenceLists, type PresenceLists } from "./presenceLists";
import { proximityOf } from "./proximity";

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
  const phi = proximityOf(lists, resolved.proximityDiagonal);
  return complexityOutlookOf(lists, phi, densityOf(lists, phi), indices);
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
  const { countries: m, products: p, productStart, productOf, countryStart, countryOf, diversity, ubiquity } = lists;
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
  const phi = proximity.data;
  const columns = columnMajor(proximity);
  const pci = indices.scale === "zscore" ? indices.pci : indices.rawPci;

  // w_p′ = PCI_p′ / Σ_p″ φ_p′p″ over products with presence.
  const weight = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    if (ubiquity[i] === 0) continue;
    let rowSum = 0;
    for (let j = 0; j < p; j++) if (ubiquity[j] !== 0) rowSum += phi[i * p + j] as number;
    weight[i] = rowSum > 0 ? (pci[i] as number) / rowSum : 0;
  }

  const coi = new Float64Array(m);
  const cog = matrix(m, p);
  const out = cog.data;
  const present = new Uint8Array(m);
  // One product at a time, as density: column j of φ is read once and each country gathers
  // Σ_{p′ ∈ P(c)} w_p′ φ_p′j from it; COG_cj = T_j − that sum, with T_j = Σ_p′ w_p′ φ_p′j.
  for (let j = 0; j < p; j++) {
    if (ubiquity[j] === 0) {
      for (let c = 0; c < m; c++) out[c * p + j] = NaN;
      continue;
    }
    const base = j * p;
    let total = 0;
    for (let i = 0; i < p; i++) if (ubiquity[i] !== 0) total += (weight[i] as number) * (columns[base + i] as number);
    for (let x = countryStart[j] as number; x < (countryStart[j + 1] as number); x++)
      present[countryOf[x] as number] = 1;
    const pj = pci[j] as number;
    for (let c = 0; c < m; c++) {
      if (diversity[c] === 0) {
        out[c * p + j] = NaN;
        continue;
      }
      if (present[c] === 1) {
        out[c * p + j] = 0;
        continue;
      }
      let s = 0;
      for (let x = productStart[c] as number; x < (productStart[c + 1] as number); x++) {
        const i = productOf[x] as number;
        s += (weight[i] as number) * (columns[base + i] as number);
      }
      out[c * p + j] = total - s;
      coi[c] = (coi[c] as number) + (density.data[c * p + j] as number) * pj;
    }
    for (let x = countryStart[j] as number; x < (countryStart[j + 1] as number); x++)
      present[countryOf[x] as number] = 0;
  }
  for (let c = 0; c < m; c++) if (diversity[c] === 0) coi[c] = NaN;

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
