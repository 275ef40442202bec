import { matrix, type Matrix } from "../linalg/matrix";
import { wasmLuAvailable, wasmProximityRows } from "../linalg/wasm/luWasm";
import { complexityOptions, type ComplexityOptions, type ProximityDiagonal } from "./complexityOptions";
import { presenceLists, type PresenceLists } from "./presenceLists";

/**
 * How the co-occurrence counts MᵀM are formed: `"bitset"` (popcount of ANDed country bitsets, cost
 * p²/2 · ⌈m/32⌉ word operations whatever the density), `"wasm"` (the same bitsets with native 64-bit popcount
 * in the WebAssembly kernel, which also divides and forms whole rows of φ; the TypeScript bitsets where
 * WebAssembly SIMD is missing),
 * `"sparse"` (pairs of products of each country, cost Σ_c k_c²/2, grows with the square of the density) or
 * `"auto"` (default: the one with fewer steps, bitsets in WebAssembly when available). All give the same
 * integers, hence bit-identical φ.
 */
export type CoOccurrenceKernel = "auto" | "bitset" | "wasm" | "sparse";

/** Rows of the upper triangle counted per block: B x p Int32 counts (1.3 MB for 5,000 products) stay in cache. */
const BLOCK = 64;
/** Words per popcount chunk: 15 pairs of words keep every byte count ≤ 240 (no carry between bytes). */
const CHUNK = 30;
/** Columns per tile when the upper triangle is mirrored into the lower one (a 64 x 64 tile of doubles is 32 KB). */
const TILE = 64;

/**
 * Product proximity φ_pp′ = Σ_c M_cp M_cp′ / max(k_p, k_p′): the smaller of the two conditional
 * probabilities that a country exports one product given that it exports the other.
 *
 * Reference: Hidalgo, Klinger, Barabási & Hausmann (2007), "The product space conditions the development
 * of nations", Science 317(5837); Hausmann et al., Atlas of Economic Complexity (2014), technical box 5.
 * The co-occurrence matrix C = MᵀM is formed as one product on the binary matrix, a block of 64 product rows
 * at a time, with bitsets over countries (C_pp′ = popcount of the AND of the two products' country bitsets)
 * or, when M is sparse enough that it takes fewer steps, by counting the pairs of products each country
 * exports (Σ_c k_c²/2). With WebAssembly SIMD (the LU kernel's module) the bitsets hold 64 countries per word
 * and are counted with the native popcount; the kernel forms whole rows of φ, lower triangle included (one
 * more popcount per pair, cheaper than re-reading the upper triangle with strided loads), and each block of
 * rows is copied into the result in one piece. Without it (and with the pair count) only the upper triangle
 * is counted, in TypeScript, 32 countries per word with bit tricks; each count is divided once and the upper
 * triangle is mirrored tile by tile into the lower one (so both writes stay in cache). Convention
 * `proximityDiagonal`: `"one"` (default, φ_pp = 1: py-ecomplexity's `proximity` at commit d22c0f7, as the
 * toy oracle in test/fixtures/complexity records, the R package economiccomplexity, and the catalogue's
 * SELA.PROXIMITY) or `"zero"` (Stata `ecomplexity`, whose `proxdiscrete.ado` subtracts the identity; the
 * Growth Lab's published Atlas figures come from it). The diagonal changes density, COI and COG, not ECI or
 * PCI. A product nobody exports with advantage (k_p = 0) has an undefined (NaN) row and column.
 *
 * Memory: the result, p x p doubles (200 MB for 5,000 products), plus 64·p counts (64·p doubles in the
 * WebAssembly instance) and p·⌈m/32⌉ bitset words.
 *
 * @param presence M, m countries x p products, 0/1 (from {@link presence}).
 * @returns φ, p x p, symmetric, entries in [0, 1].
 * @throws {SelaError} for entries other than 0/1 or an unknown diagonal option.
 * @example proximity(fromRows([[1, 1], [1, 0]])).data // => Float64Array [1, 0.5, 0.5, 1]
 */
export function proximity(presence: Matrix, options: ComplexityOptions = {}): Matrix {
  return proximityOf(presenceLists(presence), complexityOptions(options).proximityDiagonal);
}

/** {@link proximity} from adjacency lists already built (one-pass analyses); `kernel` as {@link CoOccurrenceKernel}. */
export function proximityOf(
  lists: PresenceLists,
  diagonal: ProximityDiagonal = "one",
  kernel: CoOccurrenceKernel = "auto",
): Matrix {
  const { countries: m, products: p, productStart, ubiquity } = lists;
  const result = matrix(p, p);
  const phi = result.data;
  if (p === 0) return result;
  // Steps of each kernel: one pair increment vs one 32-bit word AND + popcount (measured to cost about the same).
  let pairs = 0;
  for (let c = 0; c < m; c++) {
    const k = (productStart[c + 1] as number) - (productStart[c] as number);
    pairs += (k * (k + 1)) / 2;
  }
  const words = ((p * (p + 1)) / 2) * Math.ceil(m / 32);
  const useBitset = kernel === "bitset" || kernel === "wasm" || (kernel === "auto" && words < pairs);
  const useWasm = useBitset && kernel !== "bitset" && wasmLuAvailable();
  // k_p, with NaN for k_p = 0: Math.max(NaN, ·) is NaN, so the undefined rows and columns need no branch.
  const k = Float64Array.from(ubiquity, (v) => (v > 0 ? v : NaN));
  const diagonalValue = diagonal === "one" ? 1 : 0;
  if (useWasm) {
    const { bits, w } = countryBitsets(lists);
    const rows = wasmProximityRows(bits, w, p, k, BLOCK);
    try {
      for (let i0 = 0; i0 < p; i0 += BLOCK) {
        const i1 = Math.min(p, i0 + BLOCK);
        rows.fill(i0, i1);
        phi.set(rows.values.subarray(0, (i1 - i0) * p), i0 * p);
        for (let i = i0; i < i1; i++) phi[i * p + i] = Number.isNaN(k[i]) ? NaN : diagonalValue;
      }
    } finally {
      rows.done();
    }
    return result;
  }
  const counts = new Int32Array(BLOCK * p);
  const counter = useBitset ? bitsetCounter(lists) : sparseCounter(lists);
  for (let i0 = 0; i0 < p; i0 += BLOCK) {
    const i1 = Math.min(p, i0 + BLOCK);
    counter(counts, i0, i1);
    // Upper triangle of rows i0..i1: row i, columns j ≥ i, contiguous writes.
    for (let i = i0; i < i1; i++) {
      const ki = k[i] as number;
      const at = (i - i0) * p;
      const row = i * p;
      for (let j = i + 1; j < p; j++) phi[row + j] = (counts[at + j] as number) / Math.max(ki, k[j] as number);
      phi[row + i] = Number.isNaN(ki) ? NaN : diagonalValue;
    }
    // Mirror: φ_ji = φ_ij for j > i, one TILE of columns j at a time, so the block rows read and the rows j
    // written both stay in L1.
    for (let j0 = i0; j0 < p; j0 += TILE) {
      const j1 = Math.min(p, j0 + TILE);
      for (let j = j0; j < j1; j++) {
        const row = j * p;
        const end = Math.min(i1, j);
        for (let i = i0; i < end; i++) phi[row + i] = phi[i * p + j] as number;
      }
    }
  }
  return result;
}

/** Fills counts[(i − i0)·p + j] = C_ij for i0 ≤ i < i1 and j ≥ i (entries j < i are left as they are). */
type BlockCounter = (counts: Int32Array, i0: number, i1: number) => void;

/**
 * C_ij as the popcount of b_i AND b_j, where b_i is the bitset of the countries exporting product i
 * (⌈m/32⌉ words, padded to an even number). Two words at a time: each word's 2-bit then 4-bit partial counts
 * (≤ 4 per nibble) are added before the byte fold; the byte counts (≤ 16 per pair of words) accumulate over
 * up to 15 pairs (480 countries) before one fold into the total (Hacker's Delight, §5-1: no table, no
 * Math.clz32, no multiply).
 *
 * Four rows i..i+3 per pass over the columns j: each word pair of b_j is loaded once and ANDed with the four
 * rows' words (which stay in L1), so the loads, the loop control and the chunk bookkeeping are shared by four
 * counts (about twice as fast as one row per pass; eight rows run out of registers). The four rows start at
 * j = i, so rows i+1..i+3 also count a few columns left of their diagonal, which nobody reads.
 */
function bitsetCounter(lists: PresenceLists): BlockCounter {
  const { products: p } = lists;
  const { bits, w } = countryBitsets(lists);
  const one = (counts: Int32Array, i0: number, i: number): void => {
    const a = i * w;
    const at = (i - i0) * p;
    for (let j = i; j < p; j++) {
      const b = j * w;
      let total = 0;
      for (let t0 = 0; t0 < w; t0 += CHUNK) {
        const t1 = Math.min(w, t0 + CHUNK);
        let bytes = 0;
        for (let t = t0; t < t1; t += 2) {
          let u = (bits[a + t] as number) & (bits[b + t] as number);
          let v = (bits[a + t + 1] as number) & (bits[b + t + 1] as number);
          u -= (u >>> 1) & 0x55555555;
          v -= (v >>> 1) & 0x55555555;
          u = (u & 0x33333333) + ((u >>> 2) & 0x33333333) + (v & 0x33333333) + ((v >>> 2) & 0x33333333);
          bytes += (u & 0x0f0f0f0f) + ((u >>> 4) & 0x0f0f0f0f);
        }
        bytes = (bytes & 0x00ff00ff) + ((bytes >>> 8) & 0x00ff00ff);
        total += (bytes & 0xffff) + (bytes >>> 16);
      }
      counts[at + j] = total;
    }
  };
  return (counts, i0, i1) => {
    let i = i0;
    for (; i + 3 < i1; i += 4) {
      const a0 = i * w;
      const a1 = a0 + w;
      const a2 = a1 + w;
      const a3 = a2 + w;
      const at = (i - i0) * p;
      for (let j = i; j < p; j++) {
        const b = j * w;
        let c0 = 0;
        let c1 = 0;
        let c2 = 0;
        let c3 = 0;
        for (let t0 = 0; t0 < w; t0 += CHUNK) {
          const t1 = Math.min(w, t0 + CHUNK);
          let s0 = 0;
          let s1 = 0;
          let s2 = 0;
          let s3 = 0;
          for (let t = t0; t < t1; t += 2) {
            const x = bits[b + t] as number;
            const y = bits[b + t + 1] as number;
            let u = (bits[a0 + t] as number) & x;
            let v = (bits[a0 + t + 1] as number) & y;
            u -= (u >>> 1) & 0x55555555;
            v -= (v >>> 1) & 0x55555555;
            u = (u & 0x33333333) + ((u >>> 2) & 0x33333333) + (v & 0x33333333) + ((v >>> 2) & 0x33333333);
            s0 += (u & 0x0f0f0f0f) + ((u >>> 4) & 0x0f0f0f0f);
            u = (bits[a1 + t] as number) & x;
            v = (bits[a1 + t + 1] as number) & y;
            u -= (u >>> 1) & 0x55555555;
            v -= (v >>> 1) & 0x55555555;
            u = (u & 0x33333333) + ((u >>> 2) & 0x33333333) + (v & 0x33333333) + ((v >>> 2) & 0x33333333);
            s1 += (u & 0x0f0f0f0f) + ((u >>> 4) & 0x0f0f0f0f);
            u = (bits[a2 + t] as number) & x;
            v = (bits[a2 + t + 1] as number) & y;
            u -= (u >>> 1) & 0x55555555;
            v -= (v >>> 1) & 0x55555555;
            u = (u & 0x33333333) + ((u >>> 2) & 0x33333333) + (v & 0x33333333) + ((v >>> 2) & 0x33333333);
            s2 += (u & 0x0f0f0f0f) + ((u >>> 4) & 0x0f0f0f0f);
            u = (bits[a3 + t] as number) & x;
            v = (bits[a3 + t + 1] as number) & y;
            u -= (u >>> 1) & 0x55555555;
            v -= (v >>> 1) & 0x55555555;
            u = (u & 0x33333333) + ((u >>> 2) & 0x33333333) + (v & 0x33333333) + ((v >>> 2) & 0x33333333);
            s3 += (u & 0x0f0f0f0f) + ((u >>> 4) & 0x0f0f0f0f);
          }
          c0 += foldBytes(s0);
          c1 += foldBytes(s1);
          c2 += foldBytes(s2);
          c3 += foldBytes(s3);
        }
        counts[at + j] = c0;
        counts[at + p + j] = c1;
        counts[at + 2 * p + j] = c2;
        counts[at + 3 * p + j] = c3;
      }
    }
    for (; i < i1; i++) one(counts, i0, i);
  };
}

/** Sum of the four byte counts of a word. */
function foldBytes(bytes: number): number {
  const halves = (bytes & 0x00ff00ff) + ((bytes >>> 8) & 0x00ff00ff);
  return (halves & 0xffff) + (halves >>> 16);
}

/** Row j: the countries exporting product j as bits, w 32-bit words per row (w even: whole 64-bit words). */
function countryBitsets(lists: PresenceLists): { bits: Int32Array; w: number } {
  const { countries: m, products: p, countryStart, countryOf } = lists;
  const w = Math.ceil(m / 64) * 2;
  const bits = new Int32Array(p * w);
  for (let j = 0; j < p; j++) {
    for (let x = countryStart[j] as number; x < (countryStart[j + 1] as number); x++) {
      const c = countryOf[x] as number;
      const at = j * w + (c >>> 5);
      bits[at] = (bits[at] as number) | (1 << (c & 31));
    }
  }
  return { bits, w };
}

/**
 * C_ij by pairs: every country adds 1 to (i, j) for each pair i ≤ j of its products with i in the block. Each
 * country keeps a cursor into its (ascending) product list, so a block starts where the previous one ended.
 */
function sparseCounter(lists: PresenceLists): BlockCounter {
  const { countries: m, products: p, productStart, productOf } = lists;
  const cursor = productStart.slice(0, m);
  return (counts, i0, i1) => {
    counts.fill(0);
    for (let c = 0; c < m; c++) {
      const end = productStart[c + 1] as number;
      let x = cursor[c] as number;
      for (; x < end; x++) {
        const i = productOf[x] as number;
        if (i >= i1) break;
        const at = (i - i0) * p;
        for (let y = x; y < end; y++) {
          const cell = at + (productOf[y] as number);
          counts[cell] = (counts[cell] as number) + 1;
        }
      }
      cursor[c] = x;
    }
  };
}
