import { inputError } from "../errors";

/**
 * The modelling conventions of economic complexity, each a named option with its default. They differ
 * between the reference implementations (Harvard Growth Lab's `ecomplexity` for Python and Stata, the R
 * package `economiccomplexity`); the defaults follow the Growth Lab's Python package, as the catalogue
 * says. See docs in each function for where an option is applied.
 */
export interface ComplexityOptions {
  /** RCA cut-off for presence (default 1). */
  readonly threshold?: number;
  /**
   * How RCA is compared with the threshold: `"atLeast"` M = [RCA ≥ threshold] (default; py-ecomplexity,
   * economiccomplexity) or `"above"` M = [RCA > threshold] (Stata `ecomplexity`).
   */
  readonly comparison?: PresenceComparison;
  /** ECI/PCI method: `"eigen"` (default; second eigenvector) or `"reflections"` (method of reflections). */
  readonly method?: ComplexityMethod;
  /**
   * Normalisation of ECI/PCI (and COI/COG):
   * - `"growthlab"` (default, py-ecomplexity): ECI = (K − mean K)/sd K, PCI = (Q − mean K)/sd K, population sd;
   * - `"zscore"` (R economiccomplexity): ECI and PCI each z-scored with their own mean and n−1 sd;
   * - `"stata"` (Stata ecomplexity): as growthlab but sd with n−1 over the long country × product panel.
   */
  readonly scale?: ComplexityScale;
  /** Iterations of the method of reflections (default 20, as economiccomplexity); ECI from k_c,N−2, PCI from k_p,N−1 (on K's scale). */
  readonly iterations?: number;
  /** Diagonal of the proximity matrix: `"one"` (default; py, R) or `"zero"` (Stata `proxdiscrete`). */
  readonly proximityDiagonal?: ProximityDiagonal;
}

/** Presence test: RCA ≥ threshold (`"atLeast"`, py-ecomplexity and R) or RCA > threshold (`"above"`, Stata). */
export type PresenceComparison = "atLeast" | "above";
/** ECI/PCI by the second eigenvector (`"eigen"`) or the method of reflections. */
export type ComplexityMethod = "eigen" | "reflections";
/** Standardisation of ECI/PCI: Growth Lab (population sd, PCI with ECI's moments), own z-score (R), Stata's panel sd. */
export type ComplexityScale = "growthlab" | "zscore" | "stata";
/** Diagonal of the proximity matrix: 1 (py, R) or 0 (Stata). */
export type ProximityDiagonal = "one" | "zero";

/** The methods accepted, in the order error messages list them. */
export const COMPLEXITY_METHODS: readonly ComplexityMethod[] = ["eigen", "reflections"];
/** The scales accepted, in the order error messages list them. */
export const COMPLEXITY_SCALES: readonly ComplexityScale[] = ["growthlab", "zscore", "stata"];
/** The presence comparisons accepted. */
export const PRESENCE_COMPARISONS: readonly PresenceComparison[] = ["atLeast", "above"];
/** The proximity diagonals accepted. */
export const PROXIMITY_DIAGONALS: readonly ProximityDiagonal[] = ["one", "zero"];

/** Every option with its default filled in. */
export type ResolvedComplexityOptions = Required<ComplexityOptions>;

function oneOf<T extends string>(value: T | undefined, valid: readonly T[], fallback: T, en: string, es: string): T {
  if (value === undefined) return fallback;
  if (valid.includes(value)) return value;
  const list = valid.map((v) => `"${v}"`).join(", ");
  throw inputError(`${en} must be one of ${list}`, `${es} debe ser uno de ${list}`);
}

/**
 * The options with defaults applied, validated.
 *
 * @throws {SelaError} for a negative or non-finite threshold, iterations not an integer ≥ 2, or an
 *   unknown method, scale, comparison or diagonal (the message lists the valid ones).
 * @example complexityOptions({}).threshold // => 1
 */
export function complexityOptions(options: ComplexityOptions = {}): ResolvedComplexityOptions {
  const threshold = options.threshold ?? 1;
  if (!Number.isFinite(threshold) || threshold < 0) {
    throw inputError(
      `threshold must be a non-negative number (got ${String(threshold)})`,
      `el umbral debe ser un número no negativo (se recibió ${String(threshold)})`,
    );
  }
  const iterations = options.iterations ?? 20;
  if (!Number.isInteger(iterations) || iterations < 2 || iterations > 1000) {
    throw inputError(
      `iterations must be a whole number from 2 to 1000 (got ${String(iterations)})`,
      `las iteraciones deben ser un número entero de 2 a 1000 (se recibió ${String(iterations)})`,
    );
  }
  return {
    threshold,
    iterations,
    comparison: oneOf(options.comparison, PRESENCE_COMPARISONS, "atLeast", "comparison", "la comparación"),
    method: oneOf(options.method, COMPLEXITY_METHODS, "eigen", "method", "el método"),
    scale: oneOf(options.scale, COMPLEXITY_SCALES, "growthlab", "scale", "la escala"),
    proximityDiagonal: oneOf(
      options.proximityDiagonal,
      PROXIMITY_DIAGONALS,
      "one",
      "proximity diagonal",
      "la diagonal de proximidad",
    ),
  };
}
