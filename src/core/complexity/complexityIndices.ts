import { inputError, numericError } from "../errors";
import { matrix, type Matrix } from "../linalg/matrix";
import { symmetricEigenpair } from "../linalg/symmetricEigen";
import {
  complexityOptions,
  type ComplexityOptions,
  type ComplexityScale,
  type ResolvedComplexityOptions,
} from "./complexityOptions";
import { presenceLists, type PresenceLists } from "./presenceLists";

/** ECI and PCI with the raw vectors they come from. NaN marks a country or product left out. */
export interface ComplexityIndices {
  /** Economic complexity index, one per country row (length m). */
  readonly eci: Float64Array;
  /** Product complexity index, one per product column (length p). */
  readonly pci: Float64Array;
  /** K: the sign-corrected, unnormalised country vector (eigen: K = D_c⁻¹ M Q). */
  readonly rawEci: Float64Array;
  /** Q: the sign-corrected, unnormalised product vector on K's scale (eigen: Q = D_p⁻¹ Mᵀ K / λ₂). */
  readonly rawPci: Float64Array;
  /** λ₂, the second-largest eigenvalue of M̃ (NaN for the method of reflections). */
  readonly eigenvalue: number;
  /** The scale applied and the mean and sd it used for the country vector (for COI/COG). */
  readonly scale: ComplexityScale;
  readonly mean: number;
  readonly sd: number;
  /** Countries and products kept in the computation (diversity > 0, ubiquity > 0). */
  readonly countriesKept: number;
  readonly productsKept: number;
}

/**
 * Economic complexity index (ECI, per country) and product complexity index (PCI, per product) from a
 * presence matrix.
 *
 * Formula (method `"eigen"`, default): with diversity k_c and ubiquity k_p, M̃_pp′ = Σ_c M_cp M_cp′/(k_c k_p),
 * Q = eigenvector of the second-largest eigenvalue λ₂ of M̃ and K = D_c⁻¹ M Q (the ECI of a country is the
 * mean PCI of its products). The smaller side is solved: the country matrix D_c⁻¹ M D_p⁻¹ Mᵀ (m x m) is
 * similar to the symmetric S = D_c^{-1/2} M D_p⁻¹ Mᵀ D_c^{-1/2}, whose eigenvector v gives K = D_c^{-1/2} v
 * and Q = D_p⁻¹ Mᵀ K / λ₂ (symmetrically when there are fewer products). The symmetric eigenproblem is
 * solved by Householder tridiagonalisation, QL for the eigenvalues (sorted explicitly) and inverse
 * iteration for the one eigenvector needed ({@link symmetricEigenpair}). Method `"reflections"`:
 * k_c,N = Σ_p M_cp k_p,N−1 / k_c, k_p,N = Σ_c M_cp k_c,N−1 / k_p from k_c,0 = k_c, k_p,0 = k_p; with
 * `iterations` N (default 20) K = k_c,N−2 and Q from k_p,N−1, as economiccomplexity's `reflections_method_`;
 * k_p,N−1 is put on K's scale as the eigen Q is (Q = a + (k_p,N−1 − a)/λ̂, a the diversity-weighted mean of
 * k_c,N−2 and λ̂ its Rayleigh quotient, an estimate of λ₂; see `toCountryScale`), since one half step from
 * countries to products shrinks the second component by λ₂.
 * Sign: K and Q are flipped together so that corr(K, diversity) > 0 (py/Stata ecomplexity); when that
 * correlation is 0 or undefined, so that the largest |K| is positive.
 * Scale (`scale`): `"growthlab"` (default) ECI = (K − mean K)/sd K, PCI = (Q − mean K)/sd K with population
 * sd (py-ecomplexity); `"stata"` the same with sd over the long m′·p′ country × product panel, n−1 (Stata
 * ecomplexity); `"zscore"` ECI and PCI each with their own mean and n−1 sd (R economiccomplexity, whose
 * eigen ECI is the growthlab one times √((n−1)/n)). With reflections the same scalings apply to K and Q; the
 * identity "ECI = mean PCI of the country's products" then holds as closely as the reflections have
 * converged (to the eigen values), and zscore gives economiccomplexity's reflections (z-scores ignore the
 * rescaling of Q). The sign rule is applied too (economiccomplexity does not flip reflections; even-order
 * k_c already correlate positively with diversity, so this only matters in degenerate tables).
 * Repeated λ₂ (method `"eigen"`): when λ₂ − λ₃ ≤ {@link EIGENVALUE_GAP_TOLERANCE} · λ₂ (1e-8) the second
 * eigenvector is not unique (typically the network splits into 3 or more separate groups) and the indices
 * are undefined: `numeric` error. Two separate groups (λ₂ = 1, simple) are fine: ECI separates them.
 * References: Hidalgo & Hausmann (2009), "The building blocks of economic complexity", PNAS 106(26);
 * Hausmann, Hidalgo et al., The Atlas of Economic Complexity (2014), technical boxes 2–4.
 *
 * Countries with diversity 0 and products with ubiquity 0 are left out of the eigenproblem (as both
 * peers do) and get NaN; they never affect the others' values.
 *
 * @param presence M, m countries x p products, 0/1 (from {@link presence}).
 * @returns ECI (length m, country order) and PCI (length p, product order) with the raw vectors.
 * @throws {SelaError} `input` for entries other than 0/1, fewer than 2 countries or products kept, or a bad
 *   option; `numeric` when λ₂ = 0 (every country exports the same products: no second dimension), when λ₂
 *   is repeated (eigen) or when the complexity vector is constant.
 * @example complexityIndices(fromRows([[1, 1, 1], [1, 1, 0], [1, 0, 0]])).eci // => ECI, highest for row 1
 */
export function complexityIndices(presence: Matrix, options: ComplexityOptions = {}): ComplexityIndices {
  return complexityIndicesOf(presenceLists(presence), complexityOptions(options));
}

/**
 * How the symmetric matrix S of the eigenproblem is formed: `"bitset"` (popcount of ANDed bitsets over the
 * other side, grouped by degree; cost n²/2 · W words, W ≈ other side / 32 + number of degree levels, whatever
 * the density), `"sparse"` (pairs of neighbours of each member of the other side, cost Σ_j k_j²/2, grows with
 * the square of the density) or `"auto"` (default: the one with fewer steps). Both give S to rounding.
 */
export type SimilarityKernel = "auto" | "bitset" | "sparse";

/**
 * {@link complexityIndices} on adjacency lists already built, with resolved options (one-pass analyses);
 * `kernel` as {@link SimilarityKernel} (tests compare the two).
 */
export function complexityIndicesOf(
  lists: PresenceLists,
  options: ResolvedComplexityOptions,
  kernel: SimilarityKernel = "auto",
): ComplexityIndices {
  const { countries: m, products: p, diversity, ubiquity } = lists;
  const keptCountries = indicesWhere(diversity);
  const keptProducts = indicesWhere(ubiquity);
  const mk = keptCountries.length;
  const pk = keptProducts.length;
  if (mk < 2 || pk < 2) {
    throw inputError(
      `economic complexity needs at least 2 countries with presence and 2 products with presence (got ${String(mk)} and ${String(pk)})`,
      `la complejidad económica necesita al menos 2 países con presencia y 2 productos con presencia (hay ${String(mk)} y ${String(pk)})`,
    );
  }
  const k = new Float64Array(m).fill(NaN);
  const q = new Float64Array(p).fill(NaN);
  let eigenvalue = NaN;
  if (options.method === "eigen") {
    const countries: Side = {
      size: m,
      degree: lists.diversity,
      kept: keptCountries,
      start: lists.countryStart,
      of: lists.countryOf,
      linkStart: lists.productStart,
      links: lists.productOf,
    };
    const products: Side = {
      size: p,
      degree: lists.ubiquity,
      kept: keptProducts,
      start: lists.productStart,
      of: lists.productOf,
      linkStart: lists.countryStart,
      links: lists.countryOf,
    };
    // The eigenproblem is solved on the smaller side (usually countries) and the other index derived from it.
    eigenvalue =
      mk <= pk
        ? secondEigenpairOn(countries, products, k, q, true, kernel)
        : secondEigenpairOn(products, countries, q, k, false, kernel);
  } else {
    reflections(lists, options.iterations, k, q);
    toCountryScale(k, q, diversity, ubiquity, keptCountries, keptProducts);
  }
  fixSign(k, q, diversity, keptCountries);

  const mean = meanOver(k, keptCountries);
  let sd: number;
  const eci = new Float64Array(m).fill(NaN);
  const pci = new Float64Array(p).fill(NaN);
  const ss = sumOfSquares(k, keptCountries, mean);
  if (options.scale === "zscore") {
    sd = Math.sqrt(ss / (mk - 1));
    const qMean = meanOver(q, keptProducts);
    const qSd = Math.sqrt(sumOfSquares(q, keptProducts, qMean) / (pk - 1));
    checkSpread(sd);
    checkSpread(qSd);
    for (const c of keptCountries) eci[c] = ((k[c] as number) - mean) / sd;
    for (const j of keptProducts) pci[j] = ((q[j] as number) - qMean) / qSd;
  } else {
    sd = options.scale === "stata" ? Math.sqrt((pk * ss) / (mk * pk - 1)) : Math.sqrt(ss / mk);
    checkSpread(sd);
    for (const c of keptCountries) eci[c] = ((k[c] as number) - mean) / sd;
    for (const j of keptProducts) pci[j] = ((q[j] as number) - mean) / sd;
  }
  return {
    eci,
    pci,
    rawEci: k,
    rawPci: q,
    eigenvalue,
    scale: options.scale,
    mean,
    sd,
    countriesKept: mk,
    productsKept: pk,
  };
}

function indicesWhere(counts: Float64Array): Int32Array {
  const out: number[] = [];
  counts.forEach((v, i) => {
    if (v > 0) out.push(i);
  });
  return Int32Array.from(out);
}

/**
 * One side of the bipartite country–product network: its members' degrees (diversity or ubiquity), the
 * members kept in the eigenproblem, for each member of the OTHER side which members of this side it links to
 * (`of[start[j] .. start[j + 1])`, ascending), and for each member of this side which members of the other
 * side it links to (`links[linkStart[i] .. linkStart[i + 1])`, ascending).
 */
interface Side {
  readonly size: number;
  readonly degree: Float64Array;
  readonly kept: Int32Array;
  readonly start: Int32Array;
  readonly of: Int32Array;
  readonly linkStart: Int32Array;
  readonly links: Int32Array;
}

/**
 * Second eigenpair on the `own` side of the symmetric matrix S = D^{-1/2} B D_other⁻¹ Bᵀ D^{-1/2} (B the
 * own × other presence matrix; S is similar to M̃ on that side), then the other side's index from it.
 * Writes `ownIndex` (the eigenvector, unscaled by D^{-1/2}) and `otherIndex`, returns λ₂.
 *
 * The other index is the degree-weighted mean of its neighbours, divided by λ₂ when going from countries to
 * products (Q = D_p⁻¹ Mᵀ K / λ) and not the other way (K = D_c⁻¹ M Q, so ECI is the mean PCI of a country's
 * products).
 */
function secondEigenpairOn(
  own: Side,
  other: Side,
  ownIndex: Float64Array,
  otherIndex: Float64Array,
  divideByLambda: boolean,
  kernel: SimilarityKernel,
): number {
  const n = own.kept.length;
  const s = matrix(n, n);
  const root = Float64Array.from(own.kept, (i) => Math.sqrt(own.degree[i] as number));
  // Steps of each kernel: one accumulator update vs one 32-bit word AND + popcount (measured to cost about the same).
  let pairs = 0;
  for (const j of other.kept) pairs += ((other.degree[j] as number) * ((other.degree[j] as number) + 1)) / 2;
  const layout = degreeLevels(other);
  const useBitset = kernel === "bitset" || (kernel === "auto" && ((n * (n + 1)) / 2) * layout.words < pairs);
  if (useBitset) similarityByBitsets(own, layout, root, s.data);
  else similarityByPairs(own, other, root, s.data);
  const { value, vector, values } = symmetricEigenpair(s, 1);
  const lambda = secondEigenvalue(value);
  checkEigenvalueGap(values, own, other);
  orthogonaliseToRoot(vector, root);
  own.kept.forEach((i, a) => (ownIndex[i] = (vector[a] as number) / (root[a] as number)));
  for (const j of other.kept) {
    let sum = 0;
    for (let x = own.start[j] as number; x < (own.start[j + 1] as number); x++)
      sum += ownIndex[own.of[x] as number] as number;
    otherIndex[j] = sum / (other.degree[j] as number) / (divideByLambda ? lambda : 1);
  }
  return lambda;
}

/**
 * S_ab = Σ_j B_aj B_bj / k_j / √(k_a k_b), lower triangle, from the adjacency lists, one row a at a time: for
 * each neighbour j of member a, 1/k_j is added to the accumulator of every neighbour b ≤ a of j (the lists
 * are ascending, so the walk stops at a). The accumulator (one double per member, a few KB) stays in L1,
 * where scattering the same Σ_j k_j²/2 updates straight into the n x n matrix missed the cache on most of
 * them. Each cell adds its terms in ascending j.
 */
function similarityByPairs(own: Side, other: Side, root: Float64Array, data: Float64Array): void {
  const n = own.kept.length;
  const inverseDegree = new Float64Array(other.size);
  for (const j of other.kept) inverseDegree[j] = 1 / (other.degree[j] as number);
  const acc = new Float64Array(own.size);
  const { start, of, linkStart, links, kept } = own;
  for (let a = 0; a < n; a++) {
    const i = kept[a] as number;
    acc.fill(0, 0, i + 1);
    const linkEnd = linkStart[i + 1] as number;
    for (let x = linkStart[i] as number; x < linkEnd; x++) {
      const j = links[x] as number;
      const w = inverseDegree[j] as number;
      const end = start[j + 1] as number;
      for (let y = start[j] as number; y < end; y++) {
        const b = of[y] as number;
        if (b > i) break;
        acc[b] = (acc[b] as number) + w;
      }
    }
    const row = a * n;
    const rootA = root[a] as number;
    for (let b = 0; b <= a; b++) data[row + b] = (acc[kept[b] as number] as number) / (rootA * (root[b] as number));
  }
}

/**
 * Bit positions for the members of the other side, grouped by degree: the members of degree k take the
 * words `[wordStart[k], wordStart[k + 1])`, so every word holds members of one degree only and weighs 1/k.
 */
interface DegreeLevels {
  readonly words: number;
  /** Bit of member j (−1 when it has degree 0). */
  readonly bitOf: Int32Array;
  /** 1/k of the members in each word. */
  readonly weight: Float64Array;
}

function degreeLevels(other: Side): DegreeLevels {
  let top = 0;
  for (const j of other.kept) top = Math.max(top, other.degree[j] as number);
  const perLevel = new Int32Array(top + 1);
  for (const j of other.kept) {
    const k = other.degree[j] as number;
    perLevel[k] = (perLevel[k] as number) + 1;
  }
  const wordStart = new Int32Array(top + 2);
  for (let k = 0; k <= top; k++) wordStart[k + 1] = (wordStart[k] as number) + (((perLevel[k] as number) + 31) >>> 5);
  const words = wordStart[top + 1] as number;
  const weight = new Float64Array(words);
  for (let k = 1; k <= top; k++) weight.fill(1 / k, wordStart[k], wordStart[k + 1]);
  const bitOf = new Int32Array(other.size).fill(-1);
  const used = new Int32Array(top + 1);
  for (const j of other.kept) {
    const k = other.degree[j] as number;
    bitOf[j] = (wordStart[k] as number) * 32 + (used[k] as number);
    used[k] = (used[k] as number) + 1;
  }
  return { words, bitOf, weight };
}

/**
 * The same S as {@link similarityByPairs} from bitsets: member a's neighbours as bits laid out by degree
 * ({@link degreeLevels}), so S_ab = Σ_w popcount(bits_a[w] AND bits_b[w]) / k_w / √(k_a k_b): one AND, a
 * branch-free popcount (Hacker's Delight §5-1) and one multiply-add per 32 neighbours, instead of one
 * scattered update per common neighbour. The n x W words (190 KB for 250 countries and 5,000 products) stay
 * in L2, and a row's words in L1 while it meets all b ≤ a.
 */
function similarityByBitsets(own: Side, layout: DegreeLevels, root: Float64Array, data: Float64Array): void {
  const n = own.kept.length;
  const { words, bitOf, weight } = layout;
  const { linkStart, links, kept } = own;
  const bits = new Int32Array(n * words);
  for (let a = 0; a < n; a++) {
    const i = kept[a] as number;
    for (let x = linkStart[i] as number; x < (linkStart[i + 1] as number); x++) {
      const bit = bitOf[links[x] as number] as number;
      const at = a * words + (bit >>> 5);
      bits[at] = (bits[at] as number) | (1 << (bit & 31));
    }
  }
  for (let a = 0; a < n; a++) {
    const ra = a * words;
    const rootA = root[a] as number;
    for (let b = 0; b <= a; b++) {
      const rb = b * words;
      let sum = 0;
      for (let w = 0; w < words; w++) {
        let v = (bits[ra + w] as number) & (bits[rb + w] as number);
        v -= (v >>> 1) & 0x55555555;
        v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
        sum += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) * (weight[w] as number);
      }
      data[a * n + b] = sum / (rootA * (root[b] as number));
    }
  }
}

/**
 * The leading eigenvector of S is known exactly: D^{1/2}1 (components √k) with eigenvalue 1. Removing
 * it from v changes nothing when λ₂ < 1 and picks the vector orthogonal to it when λ₂ = 1 (a
 * country–product network in two separate groups), where the eigenspace of 1 is the plane of D^{1/2}1 and
 * this vector (3 or more groups repeat λ₂ and are refused before: {@link EIGENVALUE_GAP_TOLERANCE}).
 */
function orthogonaliseToRoot(v: Float64Array, root: Float64Array): void {
  let dot = 0;
  let rr = 0;
  for (let i = 0; i < v.length; i++) {
    dot += (v[i] as number) * (root[i] as number);
    rr += (root[i] as number) ** 2;
  }
  let norm = 0;
  for (let i = 0; i < v.length; i++) {
    const x = (v[i] as number) - (dot / rr) * (root[i] as number);
    v[i] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm);
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / norm;
}

function secondEigenvalue(lambda: number): number {
  // λ₁ = 1 always; λ₂ ≈ 0 means M has rank 1 and the "second eigenvector" is any vector of the null space.
  if (!(lambda > 1e-10)) {
    throw numericError(
      "the second eigenvalue is zero (all countries export the same products): ECI and PCI are undefined",
      "el segundo valor propio es cero (todos los países exportan los mismos productos): el ICE y el ICP no están definidos",
    );
  }
  return lambda;
}

/**
 * Relative gap under which λ₂ and λ₃ of M̃ count as one repeated eigenvalue: 1e-8, tested as
 * λ₂ − λ₃ ≤ 1e-8 · λ₂ where the eigenproblem is solved ({@link complexityIndices}, method `"eigen"`). With a
 * repeated λ₂ the "second eigenvector" is any vector of a plane (or more), so ECI and PCI are undefined; the
 * usual cause is a country–product network that splits into 3 or more separate groups (eigenvalue 1 then has
 * the multiplicity of the number of groups). The eigenvalues of S (norm 1) carry rounding errors of order
 * n·ε ≈ 1e-13, and the eigenvector's error grows as n·ε / gap (about 5e-6 at this gap for 250 countries), so a
 * smaller gap is a tie as far as a printed index is concerned.
 */
export const EIGENVALUE_GAP_TOLERANCE = 1e-8;

/** Throws `numeric` when λ₂ and λ₃ (of the eigenvalues in descending order) are tied ({@link EIGENVALUE_GAP_TOLERANCE}). */
function checkEigenvalueGap(values: Float64Array, own: Side, other: Side): void {
  if (values.length < 3) return;
  const second = values[1] as number;
  const third = values[2] as number;
  if (second - third > EIGENVALUE_GAP_TOLERANCE * second) return;
  const groups = componentCount(own, other);
  if (groups >= 3) {
    throw numericError(
      `the countries split into ${String(groups)} separate groups with no product in common (the second eigenvalue is repeated): ECI and PCI are undefined`,
      `los países se dividen en ${String(groups)} grupos separados sin productos en común (el segundo valor propio se repite): el ICE y el ICP no están definidos`,
    );
  }
  const shown = String(Number(second.toPrecision(6)));
  throw numericError(
    `the second eigenvalue is repeated (λ₂ = λ₃ = ${shown}): the second eigenvector is not unique, so ECI and PCI are undefined`,
    `el segundo valor propio se repite (λ₂ = λ₃ = ${shown}): el segundo vector propio no es único, así que el ICE y el ICP no están definidos`,
  );
}

/** Connected components of the kept country–product network, counted on the `own` side (breadth-first). */
function componentCount(own: Side, other: Side): number {
  const seen = new Uint8Array(own.size);
  const seenOther = new Uint8Array(other.size);
  const queue = new Int32Array(own.size);
  let groups = 0;
  for (const first of own.kept) {
    if (seen[first] === 1) continue;
    groups++;
    seen[first] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = first;
    while (head < tail) {
      const i = queue[head++] as number;
      for (let x = own.linkStart[i] as number; x < (own.linkStart[i + 1] as number); x++) {
        const j = own.links[x] as number;
        if (seenOther[j] === 1) continue;
        seenOther[j] = 1;
        for (let y = own.start[j] as number; y < (own.start[j + 1] as number); y++) {
          const b = own.of[y] as number;
          if (seen[b] === 0) {
            seen[b] = 1;
            queue[tail++] = b;
          }
        }
      }
    }
  }
  return groups;
}

/**
 * Puts the reflections' product vector on the scale of the country vector, as the eigen method's
 * Q = D_p⁻¹ Mᵀ K / λ₂ is, so that the growthlab and stata scales (PCI with ECI's mean and sd) mean the same
 * with both methods. k_p,N−1 = D_p⁻¹ Mᵀ k_c,N−2 exactly, and both share the diversity-weighted mean
 * a = Σ_c k_c k_c,N−2 / Σ_c k_c = Σ_p k_p k_p,N−1 / Σ_p k_p (their component along the leading eigenvector,
 * which every reflection keeps). The remainder is the one multiplied by λ₂ in that half step; it is divided by
 * λ̂ = Σ_p k_p (k_p,N−1 − a)² / Σ_c k_c (k_c,N−2 − a)², the Rayleigh quotient of k_c,N−2 − a for M̃ on the
 * countries (self-adjoint for the k_c-weighted inner product), which is λ₂ once the reflections have converged:
 * Q = a + (k_p,N−1 − a) / λ̂. A positive affine map of k_p,N−1, so the zscore scale (each index with its own
 * mean and sd, as economiccomplexity) is unchanged.
 */
function toCountryScale(
  k: Float64Array,
  q: Float64Array,
  diversity: Float64Array,
  ubiquity: Float64Array,
  keptCountries: Int32Array,
  keptProducts: Int32Array,
): void {
  let weight = 0;
  let weighted = 0;
  for (const c of keptCountries) {
    weight += diversity[c] as number;
    weighted += (diversity[c] as number) * (k[c] as number);
  }
  const a = weighted / weight;
  let countrySquares = 0;
  for (const c of keptCountries) countrySquares += (diversity[c] as number) * ((k[c] as number) - a) ** 2;
  // A constant K: the scaling below then reports it (checkSpread).
  if (!(countrySquares > 0)) return;
  let productSquares = 0;
  for (const j of keptProducts) productSquares += (ubiquity[j] as number) * ((q[j] as number) - a) ** 2;
  const lambda = secondEigenvalue(productSquares / countrySquares);
  for (const j of keptProducts) q[j] = a + ((q[j] as number) - a) / lambda;
}

/** Method of reflections over the kept countries/products (left-out entries stay NaN). */
function reflections(lists: PresenceLists, iterations: number, k: Float64Array, q: Float64Array): void {
  const { countries: m, products: p, productStart, productOf, countryStart, countryOf, diversity, ubiquity } = lists;
  let kc = Float64Array.from(diversity);
  let kp = Float64Array.from(ubiquity);
  for (let step = 1; step < iterations; step++) {
    const nextC = new Float64Array(m).fill(NaN);
    const nextP = new Float64Array(p).fill(NaN);
    for (let c = 0; c < m; c++) {
      if (diversity[c] === 0) continue;
      let sum = 0;
      for (let x = productStart[c] as number; x < (productStart[c + 1] as number); x++)
        sum += kp[productOf[x] as number] as number;
      nextC[c] = sum / (diversity[c] as number);
    }
    for (let j = 0; j < p; j++) {
      if (ubiquity[j] === 0) continue;
      let sum = 0;
      for (let x = countryStart[j] as number; x < (countryStart[j + 1] as number); x++)
        sum += kc[countryOf[x] as number] as number;
      nextP[j] = sum / (ubiquity[j] as number);
    }
    // ECI is k_c at step N−2, PCI k_p at step N−1 (economiccomplexity's reflections_method_).
    if (step === iterations - 2) k.set(nextC);
    if (step === iterations - 1) q.set(nextP);
    kc = nextC;
    kp = nextP;
  }
  if (iterations === 2) {
    for (let c = 0; c < m; c++) k[c] = diversity[c] === 0 ? NaN : (diversity[c] as number);
  }
}

function fixSign(k: Float64Array, q: Float64Array, diversity: Float64Array, kept: Int32Array): void {
  const kMean = meanOver(k, kept);
  const dMean = meanOver(diversity, kept);
  let cov = 0;
  for (const c of kept) cov += ((k[c] as number) - kMean) * ((diversity[c] as number) - dMean);
  let sign = cov > 0 ? 1 : cov < 0 ? -1 : 0;
  if (sign === 0) {
    let largest = 0;
    for (const c of kept) if (Math.abs(k[c] as number) > Math.abs(largest)) largest = k[c] as number;
    sign = largest < 0 ? -1 : 1;
  }
  if (sign < 0) {
    for (let i = 0; i < k.length; i++) k[i] = -(k[i] as number);
    for (let i = 0; i < q.length; i++) q[i] = -(q[i] as number);
  }
}

function meanOver(values: Float64Array, kept: Int32Array): number {
  let s = 0;
  for (const i of kept) s += values[i] as number;
  return s / kept.length;
}

function sumOfSquares(values: Float64Array, kept: Int32Array, mean: number): number {
  let s = 0;
  for (const i of kept) s += ((values[i] as number) - mean) ** 2;
  return s;
}

function checkSpread(sd: number): void {
  if (!(sd > 0) || !Number.isFinite(sd)) {
    throw numericError(
      "the complexity vector is constant: ECI and PCI cannot be standardised",
      "el vector de complejidad es constante: el ICE y el ICP no se pueden estandarizar",
    );
  }
}
