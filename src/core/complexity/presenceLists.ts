import { inputError } from "../errors";
import type { Matrix } from "../linalg/matrix";

/**
 * A 0/1 presence matrix as adjacency lists in both directions (compressed rows and columns), with
 * diversity and ubiquity. Every complexity kernel walks these lists, so its cost is proportional to
 * the number of ones (typically 10–20 % of the cells), not to m·p.
 */
export interface PresenceLists {
  readonly countries: number;
  readonly products: number;
  /** Products of country c: `productOf[productStart[c] .. productStart[c + 1])`, ascending. */
  readonly productStart: Int32Array;
  readonly productOf: Int32Array;
  /** Countries exporting product p: `countryOf[countryStart[p] .. countryStart[p + 1])`, ascending. */
  readonly countryStart: Int32Array;
  readonly countryOf: Int32Array;
  /** k_c,0 and k_p,0. */
  readonly diversity: Float64Array;
  readonly ubiquity: Float64Array;
}

/**
 * Adjacency lists of a presence matrix (Hidalgo & Hausmann 2009: the country–product bipartite network).
 *
 * @param presence M, m countries x p products, every entry 0 or 1.
 * @throws {SelaError} when an entry is neither 0 nor 1.
 * @example presenceLists(fromRows([[1, 0], [1, 1]])).ubiquity // => Float64Array [2, 1]
 */
export function presenceLists(presence: Matrix): PresenceLists {
  const m = presence.rows;
  const p = presence.cols;
  const data = presence.data;
  // The ones of a presence matrix sit at random places, so a branch on "is this cell a one" would be
  // mispredicted about as often as there are ones. Both passes over M are branch-free instead: the first adds
  // the cells of a row (its diversity) and |v (v − 1)| (0 exactly when v is 0 or 1; NaN stays NaN), checked
  // once per row; the second writes every column into the row list and advances only on a one. Ubiquity and
  // the column lists then come from the row lists in O(ones), not from another pass over M.
  const diversity = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    const base = c * p;
    let count = 0;
    let bad = 0;
    for (let j = 0; j < p; j++) {
      const v = data[base + j] as number;
      count += v;
      bad += Math.abs(v * (v - 1));
    }
    if (!(bad === 0)) notBinary(presence, c);
    diversity[c] = count;
  }
  const productStart = new Int32Array(m + 1);
  for (let c = 0; c < m; c++) productStart[c + 1] = (productStart[c] as number) + (diversity[c] as number);
  const ones = productStart[m] as number;
  // One spare slot: the branch-free fill writes the current column even after the last one of the matrix.
  const productOf = new Int32Array(ones + 1);
  let k = 0;
  for (let c = 0; c < m; c++) {
    const base = c * p;
    for (let j = 0; j < p; j++) {
      productOf[k] = j;
      k += data[base + j] as number;
    }
  }
  const ubiquity = new Float64Array(p);
  for (let x = 0; x < ones; x++) {
    const j = productOf[x] as number;
    ubiquity[j] = (ubiquity[j] as number) + 1;
  }
  const countryStart = new Int32Array(p + 1);
  for (let j = 0; j < p; j++) countryStart[j + 1] = (countryStart[j] as number) + (ubiquity[j] as number);
  const countryOf = new Int32Array(ones);
  const fill = countryStart.slice(0, p);
  for (let c = 0; c < m; c++) {
    const end = productStart[c + 1] as number;
    for (let x = productStart[c] as number; x < end; x++) {
      const j = productOf[x] as number;
      const at = fill[j] as number;
      countryOf[at] = c;
      fill[j] = at + 1;
    }
  }
  return {
    countries: m,
    products: p,
    productStart,
    productOf: productOf.subarray(0, ones),
    countryStart,
    countryOf,
    diversity,
    ubiquity,
  };
}

/** Throws for the first entry of row c that is neither 0 nor 1. */
function notBinary(presence: Matrix, c: number): never {
  const p = presence.cols;
  for (let j = 0; j < p; j++) {
    const v = presence.data[c * p + j] as number;
    if (v !== 0 && v !== 1) {
      throw inputError(
        `presence must be 0 or 1 (row ${String(c + 1)}, column ${String(j + 1)} is ${String(v)})`,
        `la presencia debe ser 0 o 1 (fila ${String(c + 1)}, columna ${String(j + 1)} es ${String(v)})`,
      );
    }
  }
  throw new Error("unreachable: row flagged as not binary");
}
