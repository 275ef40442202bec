import type { Matrix } from "../linalg/matrix";
import { ghoshSystem } from "./ghoshSystem";
import { leontiefSystem } from "./leontiefSystem";
import { checkOutput, technicalCoefficients } from "./technicalCoefficients";

/**
 * Which links of the extracted sector are cut. `"backward"` (default): its purchases (column j of A set
 * to 0, demand-driven Leontief model); `"forward"`: its sales (row j of B set to 0, supply-driven Ghosh
 * model). As ioanalysis and fio; Miller & Blair (2009), ch. 12.2.3.
 */
export type ExtractionDirection = "backward" | "forward";

/** The extraction directions, in the catalogue's order. */
export const EXTRACTION_DIRECTIONS: readonly ExtractionDirection[] = ["backward", "forward"];

/** Options of {@link hypotheticalExtraction}. */
export interface ExtractionOptions {
  /** `"backward"` (default) or `"forward"`, see {@link ExtractionDirection}. */
  readonly direction?: ExtractionDirection;
  /** `false` (default): the fall in total output; `true`: the fall divided by total output Σx. */
  readonly relative?: boolean;
}

/**
 * Hypothetical extraction (Strassert 1968; Cella 1984; Dietzenbacher & van der Linden 1997): for every
 * sector j, the fall in total output Σx − Σx̄ when j's intermediate links are removed, final demand f =
 * x − Z1 (backward) or primary inputs v = x − 1′Z (forward) kept as they are.
 * - backward: x̄ = (I − A₍₋ⱼ₎)⁻¹ f, A₍₋ⱼ₎ = A with column j set to 0;
 * - forward:  x̄′ = v′(I − B₍₋ⱼ₎)⁻¹, B₍₋ⱼ₎ = B with row j set to 0.
 *
 * All n extractions come from ONE factorisation of I − A. Removing column j is a rank-one change,
 * I − A₍₋ⱼ₎ = (I − A) + a_j e_j′, so by Sherman–Morrison, with L a_j = (L − I)e_j and hence
 * 1 + e_j′L a_j = l_jj:  x̄ = Lf − (L − I)e_j (Lf)_j / l_jj, and
 *
 *   Σx − Σx̄ = (Σx − Σx⁰) + x⁰_j (m_j − 1) / l_jj,   x⁰ = Lf, m_j = column sum j of L.
 *
 * Forward, likewise (I − B₍₋ⱼ₎ = (I − B) + e_j b_j′, b_j′G e_j = g_jj − 1, b_j′G1 = r_j − 1):
 *
 *   Σx − Σx̄ = (Σx − Σc) + c_j (r_j − 1) / g_jj,   c′ = v′G, r_j = row sum j of G.
 *
 * For a consistent table x⁰ = c = x and the first term is 0; in general Σx − Σx⁰ = 1′L u with u the
 * purchases of zero-output sectors (forward: u′G1 with u their sales), which is how it is computed.
 * Cost: one LU, the diagonal of L (O(n³)) and a few solves, against n factorisations done naively.
 *
 * @param transactions Z, n x n, rows = selling sector, columns = buying sector.
 * @param output gross output x, length n.
 * @param options `direction` (default "backward"), `relative` (default false).
 * @returns the fall for each extracted sector, length n (≥ 0 for a productive table).
 * @throws {SelaError} `input` for invalid data; `numeric` if I − A is (nearly) singular.
 * @example hypotheticalExtraction(fromRows([[150, 500], [200, 100]]), [1000, 2000]) // => Float64Array [413.1579, 805.8824]
 */
export function hypotheticalExtraction(
  transactions: Matrix,
  output: ArrayLike<number>,
  options: ExtractionOptions = {},
): Float64Array {
  const direction = options.direction ?? "backward";
  checkOutput(transactions, output);
  const n = transactions.rows;
  const x = Float64Array.from(output);
  const z = transactions.data;
  let totalOutput = 0;
  for (const v of x) totalOutput += v;
  // u: the flows of zero-output sectors that the coefficient conventions drop (0 in a consistent table).
  const u = new Float64Array(n);
  let anyDropped = false;
  for (let k = 0; k < n; k++) {
    if (x[k] !== 0) continue;
    for (let i = 0; i < n; i++) {
      const flow = direction === "backward" ? (z[i * n + k] as number) : (z[k * n + i] as number);
      u[i] = (u[i] as number) + flow;
      if (flow !== 0) anyDropped = true;
    }
  }
  let base: Float64Array; // x⁰ (backward) or c (forward)
  let above: Float64Array; // m − 1 or r − 1
  let diagonal: Float64Array; // l_jj or g_jj
  let offset = 0; // Σx − Σx⁰ or Σx − Σc
  if (direction === "forward") {
    const ghosh = ghoshSystem(transactions, x);
    const r = ghosh.rowSums();
    above = r.map((v) => Math.max(0, v - 1));
    diagonal = ghosh.diagonal();
    base = x;
    if (anyDropped) {
      const uG = ghosh.leftProduct(u);
      base = x.map((v, j) => v - (uG[j] as number));
      for (let i = 0; i < n; i++) offset += (u[i] as number) * (r[i] as number);
    }
  } else {
    const leontief = leontiefSystem(technicalCoefficients(transactions, x));
    const m = leontief.columnSums();
    above = m.map((v) => Math.max(0, v - 1));
    const l = leontief.inverse();
    diagonal = new Float64Array(n);
    for (let j = 0; j < n; j++) diagonal[j] = l.data[j * n + j] as number;
    base = x;
    if (anyDropped) {
      const lu = leontief.solve(u);
      base = x.map((v, j) => v - (lu[j] as number));
      for (const v of lu) offset += v;
    }
  }
  const fall = base.map((b, j) => offset + (b * (above[j] as number)) / (diagonal[j] as number));
  if (!options.relative) return fall;
  return fall.map((v) => (totalOutput === 0 ? Number.NaN : v / totalOutput));
}
