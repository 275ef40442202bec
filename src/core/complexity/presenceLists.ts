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
  const diversity = new Float64Array(m);
  const ubiquity = new Float64Array(p);
  let ones = 0;
  for (let c = 0; c < m; c++) {
    for (let j = 0; j < p; j++) {
      const v = presence.data[c * p + j] as number;
      if (v === 1) {
        ones++;
        diversity[c] = (diversity[c] as number) + 1;
        ubiquity[j] = (ubiquity[j] as number) + 1;
      } else if (v !== 0) {
        throw inputError(
          `presence must be 0 or 1 (row ${String(c + 1)}, column ${String(j + 1)} is ${String(v)})`,
          `la presencia debe ser 0 o 1 (fila ${String(c + 1)}, columna ${String(j + 1)} es ${String(v)})`,
        );
      }
    }
  }
  const productStart = new Int32Array(m + 1);
  const countryStart = new Int32Array(p + 1);
  for (let c = 0; c < m; c++) productStart[c + 1] = (productStart[c] as number) + (diversity[c] as number);
  for (let j = 0; j < p; j++) countryStart[j + 1] = (countryStart[j] as number) + (ubiquity[j] as number);
  const productOf = new Int32Array(ones);
  const countryOf = new Int32Array(ones);
  const fill = countryStart.slice(0, p);
  let k = 0;
  for (let c = 0; c < m; c++) {
    for (let j = 0; j < p; j++) {
      if (presence.data[c * p + j] === 1) {
        productOf[k++] = j;
        const at = fill[j] as number;
        countryOf[at] = c;
        fill[j] = at + 1;
      }
    }
  }
  return { countries: m, products: p, productStart, productOf, countryStart, countryOf, diversity, ubiquity };
}
