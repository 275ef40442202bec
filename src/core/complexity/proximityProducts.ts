import type { Matrix } from "../linalg/matrix";
import { matrix } from "../linalg/matrix";
import type { PresenceLists } from "./presenceLists";

/** Density and the unscaled outlook gain, as produced by {@link proximityProducts}. */
export interface ProximityProductsResult {
  /** d_cj = Σ_{i ∈ P(c)} φ_ij / Σ_i φ_ij, m x p (undefined cells NaN), when asked for. */
  readonly density?: Matrix;
  /** (1 − M_cj)(Σ_i w_i φ_ij − Σ_{i ∈ P(c)} w_i φ_ij), m x p (NaN and 0 as COG), when weights are given. */
  readonly gain?: Matrix;
}

/** Target size of the accumulators of one column block (m x width doubles each): about half of a 1 MB L2. */
const ACCUMULATOR_BYTES = 256 * 1024;

/**
 * The two products of the presence matrix with proximity that density and the complexity outlook need,
 * M φ and M diag(w) φ, with the column totals 1′φ and w′φ, in one sweep over φ.
 *
 * Formulas: density d_cj = Σ_i M_ci φ_ij / Σ_i φ_ij (Hidalgo et al. 2007, Science 317(5837); Atlas of
 * Economic Complexity 2014, box 5) and outlook gain G_cj = (1 − M_cj) Σ_i (1 − M_ci) w_i φ_ij with
 * w_i = PCI_i / Σ_j φ_ij (Atlas box 6), written as (1 − M_cj)(w′φ − (M diag(w) φ))_cj. Sums run over products
 * with presence only (rows of φ with k_i = 0 are skipped).
 *
 * Why the loop is shaped this way: M φ over the ones of M costs nnz(M)·p additions (860 M for 250 x 5,000
 * at 14 % density) and φ (8p² bytes) does not fit any cache. φ is therefore swept by blocks of columns;
 * within a block each row i of φ is read once, contiguously, and added to the accumulator row of every
 * country exporting i (an axpy, no dependency chain between additions), while the accumulators of all
 * countries for the block (m x width doubles) stay in L2. Each cell's sum is still taken over i in
 * ascending order, so the values are bit-identical to the straightforward gathers Σ_{i ∈ P(c)} φ_ij.
 *
 * @param lists adjacency lists of M (m x p).
 * @param proximity φ, p x p (read by rows: φ_ij at `data[i·p + j]`; need not be symmetric).
 * @param wantDensity whether to form d.
 * @param weight w (length p) to form G, or undefined.
 * @returns the matrices asked for.
 * @example proximityProducts(lists, phi, true, undefined).density // => d, m x p
 */
export function proximityProducts(
  lists: PresenceLists,
  proximity: Matrix,
  wantDensity: boolean,
  weight: Float64Array | undefined,
): ProximityProductsResult {
  const { countries: m, products: p, countryStart, countryOf, diversity, ubiquity } = lists;
  const phi = proximity.data;
  const density = wantDensity ? matrix(m, p) : undefined;
  const gain = weight ? matrix(m, p) : undefined;
  const accumulators = (density ? 1 : 0) + (gain ? 1 : 0);
  if (accumulators === 0 || p === 0) return { density, gain };
  const width = Math.max(8, Math.min(p, Math.floor(ACCUMULATOR_BYTES / (8 * Math.max(1, m) * accumulators))));
  const accD = new Float64Array(m * width);
  const accG = new Float64Array(weight ? m * width : 0);
  const totalD = new Float64Array(width);
  const totalG = new Float64Array(width);
  const present = new Uint8Array(m * width);
  for (let j0 = 0; j0 < p; j0 += width) {
    const cols = Math.min(width, p - j0);
    accD.fill(0);
    accG.fill(0);
    totalD.fill(0);
    totalG.fill(0);
    for (let i = 0; i < p; i++) {
      if (ubiquity[i] === 0) continue;
      const row = i * p + j0;
      const start = countryStart[i] as number;
      const end = countryStart[i + 1] as number;
      for (let t = 0; t < cols; t++) totalD[t] = (totalD[t] as number) + (phi[row + t] as number);
      if (density) {
        for (let x = start; x < end; x++) {
          const at = (countryOf[x] as number) * width;
          for (let t = 0; t < cols; t++) accD[at + t] = (accD[at + t] as number) + (phi[row + t] as number);
        }
      }
      if (weight) {
        const wi = weight[i] as number;
        for (let t = 0; t < cols; t++) totalG[t] = (totalG[t] as number) + wi * (phi[row + t] as number);
        for (let x = start; x < end; x++) {
          const at = (countryOf[x] as number) * width;
          for (let t = 0; t < cols; t++) accG[at + t] = (accG[at + t] as number) + wi * (phi[row + t] as number);
        }
      }
    }
    if (density) {
      const out = density.data;
      for (let c = 0; c < m; c++) {
        const at = c * width;
        const base = c * p + j0;
        for (let t = 0; t < cols; t++) {
          const total = totalD[t] as number;
          const defined = diversity[c] !== 0 && ubiquity[j0 + t] !== 0 && total > 0;
          out[base + t] = defined ? (accD[at + t] as number) / total : NaN;
        }
      }
    }
    if (gain) {
      for (let t = 0; t < cols; t++) {
        const j = j0 + t;
        for (let x = countryStart[j] as number; x < (countryStart[j + 1] as number); x++)
          present[(countryOf[x] as number) * width + t] = 1;
      }
      const out = gain.data;
      for (let c = 0; c < m; c++) {
        const at = c * width;
        const base = c * p + j0;
        for (let t = 0; t < cols; t++) {
          out[base + t] =
            diversity[c] === 0 || ubiquity[j0 + t] === 0
              ? NaN
              : present[at + t] === 1
                ? 0
                : (totalG[t] as number) - (accG[at + t] as number);
        }
      }
      present.fill(0);
    }
  }
  return { density, gain };
}

/**
 * The same matrices as {@link proximityProducts} when φ is the proximity of M itself ({@link proximityOf} with
 * the given diagonal), without reading φ: φ_ij = C_ij / max(k_i, k_j) with C = MᵀM lets the sums over products
 * be regrouped by ubiquity level, so the work is O(Σ_i k_i² + m·nnz(M)) instead of nnz(M)·p.
 *
 * For a column j (k_j > 0) and i ≠ j, split the products by ubiquity: k_i > k_j (φ_ij = C_ij/k_i) and
 * k_i ≤ k_j (φ_ij = C_ij/k_j). With C_ij = Σ_c′ M_c′i M_c′j:
 * Σ_i M_ci φ_ij = Σ_{c′ ∋ j} G_cc′(>k_j) + (Σ_{c′ ∋ j} H_cc′(≤k_j) − M_cj k_j)/k_j + M_cj φ_jj, where
 * G_cc′(>t) = Σ_{i: k_i > t} M_ci M_c′i / k_i and H_cc′(≤t) = Σ_{i: k_i ≤ t} M_ci M_c′i (integers, exact) are
 * country x country matrices built level by level: G in one pass over the levels downwards, H in one pass
 * upwards (sums of like-signed terms only, never a difference of running totals). The weighted sums
 * Σ_i M_ci w_i φ_ij and the column totals Σ_i φ_ij, Σ_i w_i φ_ij follow the same identity (a country that
 * exports every product, and the weights w_i inside G and H). Values agree with the sweep over φ to rounding
 * (a different order of summation), not bit for bit.
 *
 * @param lists adjacency lists of M (m x p).
 * @param diagonal φ_pp of the proximity meant (`"one"` or `"zero"`).
 * @param wantDensity whether to form d.
 * @param weight w (length p) to form G, or undefined.
 * @example presenceProximityProducts(lists, "one", true, undefined).density // => d, m x p
 */
export function presenceProximityProducts(
  lists: PresenceLists,
  diagonal: "one" | "zero",
  wantDensity: boolean,
  weight: Float64Array | undefined,
): ProximityProductsResult {
  const { countries: m, products: p, countryStart, countryOf, diversity, ubiquity } = lists;
  const density = wantDensity ? matrix(m, p) : undefined;
  const gain = weight ? matrix(m, p) : undefined;
  if (!density && !gain) return { density, gain };
  const w = weight ?? new Float64Array(p);
  const diag = diagonal === "one" ? 1 : 0;
  // Products with presence grouped by ubiquity level (counting sort): level t holds order[levelStart[t] ..).
  const levelStart = new Int32Array(m + 2);
  for (let j = 0; j < p; j++) {
    const t = ubiquity[j] as number;
    if (t !== 0) levelStart[t + 1] = (levelStart[t + 1] as number) + 1;
  }
  for (let t = 0; t <= m; t++) levelStart[t + 1] = (levelStart[t + 1] as number) + (levelStart[t] as number);
  const order = new Int32Array(levelStart[m + 1] as number);
  const fill = levelStart.slice(0, m + 1);
  for (let j = 0; j < p; j++) {
    const t = ubiquity[j] as number;
    if (t === 0) continue;
    const at = fill[t] as number;
    order[at] = j;
    fill[t] = at + 1;
  }
  // Country x country accumulators (m² doubles each) and their "all products" rows (the column totals).
  const big = new Float64Array(m * m);
  const bigW = new Float64Array(weight ? m * m : 0);
  const small = new Float64Array(m);
  const smallW = new Float64Array(m);
  const col = new Float64Array(m);
  const colW = new Float64Array(m);
  const totalA = new Float64Array(p);
  const totalAW = new Float64Array(p);
  const outD = density?.data;
  const outG = gain?.data;

  /** Σ_{c′ ∋ j} of the accumulator rows into col/colW; returns the sums of small/smallW over c′ ∋ j. */
  const gather = (j: number): [number, number] => {
    col.fill(0);
    colW.fill(0);
    let s = 0;
    let sw = 0;
    for (let x = countryStart[j] as number; x < (countryStart[j + 1] as number); x++) {
      const c2 = countryOf[x] as number;
      const row = c2 * m;
      s += small[c2] as number;
      sw += smallW[c2] as number;
      if (outD) for (let c = 0; c < m; c++) col[c] = (col[c] as number) + (big[row + c] as number);
      if (outG) for (let c = 0; c < m; c++) colW[c] = (colW[c] as number) + (bigW[row + c] as number);
    }
    return [s, sw];
  };
  /** Adds the products of level t to the accumulators with per-product factor f(i) (1/k_i for G, 1 for H). */
  const addLevel = (t: number, divide: boolean): void => {
    for (let y = levelStart[t] as number; y < (levelStart[t + 1] as number); y++) {
      const i = order[y] as number;
      const start = countryStart[i] as number;
      const end = countryStart[i + 1] as number;
      const f = divide ? 1 / t : 1;
      const fw = (w[i] as number) * f;
      for (let x = start; x < end; x++) {
        const row = (countryOf[x] as number) * m;
        small[countryOf[x] as number] = (small[countryOf[x] as number] as number) + f;
        smallW[countryOf[x] as number] = (smallW[countryOf[x] as number] as number) + fw;
        for (let z = start; z < end; z++) {
          const cell = row + (countryOf[z] as number);
          if (outD) big[cell] = (big[cell] as number) + f;
          if (outG) bigW[cell] = (bigW[cell] as number) + fw;
        }
      }
    }
  };

  // Downwards: G(>t) holds the levels above t when the columns of level t are gathered.
  for (let t = m; t >= 1; t--) {
    for (let y = levelStart[t] as number; y < (levelStart[t + 1] as number); y++) {
      const j = order[y] as number;
      const [s, sw] = gather(j);
      totalA[j] = s;
      totalAW[j] = sw;
      if (outD) for (let c = 0; c < m; c++) outD[c * p + j] = col[c] as number;
      if (outG) for (let c = 0; c < m; c++) outG[c * p + j] = colW[c] as number;
    }
    addLevel(t, true);
  }
  big.fill(0);
  bigW.fill(0);
  small.fill(0);
  smallW.fill(0);
  const present = new Uint8Array(m);
  // Upwards: H(≤t) includes level t (and so j itself) when the columns of level t are gathered.
  for (let t = 1; t <= m; t++) {
    addLevel(t, false);
    for (let y = levelStart[t] as number; y < (levelStart[t + 1] as number); y++) {
      const j = order[y] as number;
      const [s, sw] = gather(j);
      for (let x = countryStart[j] as number; x < (countryStart[j + 1] as number); x++)
        present[countryOf[x] as number] = 1;
      const wj = w[j] as number;
      // Column totals: the same identity for a country exporting every product with presence (M_·j = 1).
      const total = (totalA[j] as number) + (diag === 1 ? s / t : (s - t) / t);
      const totalW = (totalAW[j] as number) + (diag === 1 ? sw / t : (sw - wj * t) / t);
      for (let c = 0; c < m; c++) {
        const k = c * p + j;
        const own = present[c] === 1;
        if (outD) {
          const h = diag === 1 || !own ? (col[c] as number) : (col[c] as number) - t;
          outD[k] = diversity[c] !== 0 && total > 0 ? ((outD[k] as number) + h / t) / total : NaN;
        }
        if (outG)
          outG[k] = diversity[c] === 0 ? NaN : own ? 0 : totalW - ((outG[k] as number) + (colW[c] as number) / t);
      }
      for (let x = countryStart[j] as number; x < (countryStart[j + 1] as number); x++)
        present[countryOf[x] as number] = 0;
    }
  }
  // Products nobody exports with advantage: undefined columns.
  for (let j = 0; j < p; j++) {
    if (ubiquity[j] !== 0) continue;
    for (let c = 0; c < m; c++) {
      if (outD) outD[c * p + j] = NaN;
      if (outG) outG[c * p + j] = NaN;
    }
  }
  return { density, gain };
}
