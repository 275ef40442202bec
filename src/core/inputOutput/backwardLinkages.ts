import type { Matrix } from "../linalg/matrix";
import { leontiefSystem } from "./leontiefSystem";

/** Options of {@link backwardLinkages}. */
export interface BackwardLinkageOptions {
  /**
   * `true` (default): Rasmussen's power of dispersion n·m_j / ΣL (average 1 over sectors); `false`: the
   * column sums m_j of L themselves (type I output multipliers).
   */
  readonly normalized?: boolean;
}

/**
 * Total backward linkages (demand pull), Rasmussen (1956): the power of dispersion
 * U_j = n · Σ_i l_ij / Σ_ij l_ij, i.e. sector j's output multiplier over the average multiplier; a value
 * above 1 means that expanding sector j pulls more output from the economy than the average sector.
 *
 * One transposed solve with the LU factorisation of I − A gives the column sums of L; ΣL is their sum
 * (L is not formed). Reference: Miller & Blair (2009), ch. 12.2; Rasmussen (1956).
 *
 * @param coefficients A, n x n, rows = selling sector, columns = buying sector.
 * @param options `normalized` (default true), see {@link BackwardLinkageOptions}.
 * @returns one value per buying sector, length n.
 * @throws {SelaError} `input` for an invalid A; `numeric` if I − A is (nearly) singular or A is not productive.
 * @example backwardLinkages(fromRows([[0.15, 0.25], [0.2, 0.05]])) // => Float64Array [1.022222, 0.977778]
 */
export function backwardLinkages(coefficients: Matrix, options: BackwardLinkageOptions = {}): Float64Array {
  const normalized = options.normalized ?? true;
  const m = leontiefSystem(coefficients).columnSums();
  return normalized ? normalizeToMean(m) : m;
}

/**
 * v scaled so that its mean is 1: n·v_j / Σv (Rasmussen's normalisation; ΣL = Σ of the column or row sums).
 *
 * @example normalizeToMean(Float64Array.of(1, 3)) // => Float64Array [0.5, 1.5]
 */
export function normalizeToMean(v: Float64Array): Float64Array {
  let total = 0;
  for (const e of v) total += e;
  const n = v.length;
  return v.map((e) => (n * e) / total);
}
