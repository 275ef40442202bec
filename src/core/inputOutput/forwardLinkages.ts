import { ghoshSystem } from "./ghoshSystem";
import { leontiefSystem } from "./leontiefSystem";
import { normalizeToMean } from "./backwardLinkages";
import { requireTransactions, type IoTable } from "./ioTable";

/**
 * Which inverse forward linkages are read from. `"leontief"`: row sums of L (Rasmussen's sensitivity
 * of dispersion, the catalogue default, as fio and the leontief package). `"ghosh"`: row sums of the
 * Ghosh inverse G (supply push; Miller & Blair's recommendation, Eurostat's manual and ioanalysis).
 */
export type ForwardMethod = "leontief" | "ghosh";

/** The forward-linkage methods, in the catalogue's order. */
export const FORWARD_METHODS: readonly ForwardMethod[] = ["leontief", "ghosh"];

/** Options of {@link forwardLinkages}. */
export interface ForwardLinkageOptions {
  /** `"leontief"` (default) or `"ghosh"` (needs transactions and output), see {@link ForwardMethod}. */
  readonly method?: ForwardMethod;
  /** `true` (default): n·row sum / total of the same inverse (average 1); `false`: the row sums. */
  readonly normalized?: boolean;
}

/**
 * Total forward linkages (supply side). Leontief method: sensitivity of dispersion
 * n · Σ_j l_ij / ΣL; Ghosh method: n · Σ_j g_ij / ΣG, each normalised by its own inverse's total.
 *
 * The row sums come from one solve with the LU factorisation of I − A: L1 = 1 + L(A1), or for Ghosh
 * G1 = 1 + x̂⁻¹ L t with t = Z1 (see {@link ghoshSystem}); no inverse is formed.
 * Reference: Miller & Blair (2009), ch. 12.2; Rasmussen (1956); Ghosh (1958).
 *
 * @param table A, with Z and x when known ({@link ioTable}); rows sell, columns buy.
 * @param options `method` (default "leontief"), `normalized` (default true).
 * @returns one value per selling sector, length n.
 * @throws {SelaError} `input` for invalid data or method "ghosh" without output; `numeric` if I − A is
 *   (nearly) singular.
 * @example forwardLinkages(ioTable(fromRows([[0.15, 0.25], [0.2, 0.05]]))) // => Float64Array [1.066667, 0.933333]
 */
export function forwardLinkages(table: IoTable, options: ForwardLinkageOptions = {}): Float64Array {
  const method = options.method ?? "leontief";
  const normalized = options.normalized ?? true;
  let sums: Float64Array;
  if (method === "ghosh") {
    const { transactions, output } = requireTransactions(table, { en: 'method "ghosh"', es: 'el método "ghosh"' });
    sums = ghoshSystem(transactions, output).rowSums();
  } else {
    sums = leontiefSystem(table.coefficients).rowSums();
  }
  return normalized ? normalizeToMean(sums) : sums;
}
