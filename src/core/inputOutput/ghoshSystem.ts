import { matrix, type Matrix } from "../linalg/matrix";
import { leontiefSystem, type LeontiefSystem } from "./leontiefSystem";
import { technicalCoefficients } from "./technicalCoefficients";

/**
 * The Ghosh (supply-side) model of a transactions table, answered from the one factorisation of
 * I − A that the Leontief model uses.
 */
export interface GhoshSystem {
  /** Number of sectors. */
  readonly n: number;
  /** The Leontief model of the same table (A = Z x̂⁻¹). */
  readonly leontief: LeontiefSystem;
  /** Row sums G1 (total forward linkages), computed as 1 + (G − I)1 so that a sector that sells nothing gets exactly 1. */
  rowSums(): Float64Array;
  /** (v′G)′: the output a vector v of primary inputs supports (x′ = v′G). */
  leftProduct(v: ArrayLike<number>): Float64Array;
  /** The diagonal g_jj. */
  diagonal(): Float64Array;
  /** G itself (n x n). */
  inverse(): Matrix;
}

/**
 * Builds the Ghosh inverse G = (I − B)⁻¹, B = x̂⁻¹Z, from L = (I − A)⁻¹ instead of a second factorisation.
 *
 * Derivation (Miller & Blair 2009, ch. 12.1): when every x_j > 0, I − B = x̂⁻¹(I − A)x̂, so G = x̂⁻¹ L x̂.
 * With zero-output sectors (set O, zero rows of B and zero columns of A by the catalogue convention),
 * write x̂⁺ for diag(1/x_i, 0 on O), D₀ for the 0/1 indicator of O, and X̃ = x̂ + Z D₀ (column j is
 * x_j e_j, or Z's column j when j ∈ O). Partitioning B and A by (positive, O) gives exactly
 *
 *   G = x̂⁺ L X̃ + D₀,
 *
 * hence: G1 = 1 + G B1 = 1 + x̂⁺ L t with t_k = Σ_j z_kj on positive-output rows (0 on O);
 * v′G = (L′x̂⁺v)′ X̃ + v′D₀; g_jj = l_jj (1 on O). Near-singularity is judged on I − A, which is similar
 * to I − B, so the scaling of x does not trigger false alarms.
 *
 * @param transactions Z, n x n, rows = selling sector, columns = buying sector.
 * @param output gross output x, length n, non-negative.
 * @throws {SelaError} as {@link technicalCoefficients} and {@link leontiefSystem}.
 * @example ghoshSystem(fromRows([[150, 500], [200, 100]]), [1000, 2000]).rowSums() // => [1.914191, 1.254125]
 */
export function ghoshSystem(transactions: Matrix, output: ArrayLike<number>): GhoshSystem {
  const leontief = leontiefSystem(technicalCoefficients(transactions, output));
  const n = leontief.n;
  const z = transactions.data;
  const x = Float64Array.from(output);
  const zero: number[] = [];
  for (let j = 0; j < n; j++) if (x[j] === 0) zero.push(j);
  const inv = x.map((v) => (v === 0 ? 0 : 1 / v));

  /** u′X̃ as a vector. */
  const timesTilde = (u: ArrayLike<number>): Float64Array => {
    const out = new Float64Array(n);
    for (let j = 0; j < n; j++) out[j] = (u[j] as number) * (x[j] as number);
    for (const j of zero) {
      let s = 0;
      for (let k = 0; k < n; k++) s += (u[k] as number) * (z[k * n + j] as number);
      out[j] = s;
    }
    return out;
  };

  return {
    n,
    leontief,
    rowSums: () => {
      const t = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        if (x[k] === 0) continue;
        let s = 0;
        for (let j = 0; j < n; j++) s += z[k * n + j] as number;
        t[k] = s;
      }
      const y = leontief.solve(t);
      return y.map((v, i) => 1 + v * (inv[i] as number));
    },
    leftProduct: (v) => {
      const w = new Float64Array(n);
      for (let i = 0; i < n; i++) w[i] = (v[i] as number) * (inv[i] as number);
      const c = timesTilde(leontief.solveTransposed(w));
      for (const j of zero) c[j] = (c[j] as number) + (v[j] as number);
      return c;
    },
    diagonal: () => {
      const l = leontief.inverse();
      const d = new Float64Array(n);
      for (let j = 0; j < n; j++) d[j] = x[j] === 0 ? 1 : (l.data[j * n + j] as number);
      return d;
    },
    inverse: () => {
      const l = leontief.inverse();
      const g = matrix(n, n);
      for (let i = 0; i < n; i++) {
        const row = i * n;
        if (x[i] === 0) {
          g.data[row + i] = 1;
          continue;
        }
        const xi = x[i] as number;
        for (let j = 0; j < n; j++) {
          if (x[j] !== 0) {
            g.data[row + j] = ((l.data[row + j] as number) * (x[j] as number)) / xi;
          } else {
            let s = 0;
            for (let k = 0; k < n; k++) s += (l.data[row + k] as number) * (z[k * n + j] as number);
            g.data[row + j] = s / xi;
          }
        }
      }
      return g;
    },
  };
}
