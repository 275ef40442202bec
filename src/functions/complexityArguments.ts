/**
 * Argument conventions shared by the economic-complexity functions: `exports` is a countries x products
 * range (rows = countries), `threshold` the RCA cut-off for presence (default 1), `method` and `scale`
 * the ECI/PCI conventions (defaults "eigen" and "growthlab"). Options are parsed before any computation,
 * so a bad option is reported even on a large table.
 */
import { complexityIndices, type ComplexityIndices } from "../core/complexity/complexityIndices";
import { COMPLEXITY_METHODS, COMPLEXITY_SCALES } from "../core/complexity/complexityOptions";
import { density } from "../core/complexity/density";
import { presence } from "../core/complexity/presence";
import { presenceCells } from "../core/complexity/presenceCells";
import { proximity } from "../core/complexity/proximity";
import type { Matrix } from "../core/linalg/matrix";
import { numberOption, numericMatrix, option } from "./arguments";
import { checkResultSize } from "./limits";

/**
 * M as shown by MCP, DIVERSITY and UBIQUITY: 0/1, NaN where RCA is undefined (every cell of a country with
 * no exports or of a product nobody exports).
 */
export function presenceCellsArgument(fn: string, exports: unknown, threshold: unknown): Matrix {
  const t = numberOption(fn, "threshold", threshold, 1);
  return presenceCells(numericMatrix(fn, "exports", exports), { threshold: t });
}

/** M from `exports` and the optional `threshold`, 0/1 (0 where RCA is undefined), for the indicators built on it. */
export function presenceArgument(fn: string, exports: unknown, threshold: unknown): Matrix {
  const t = numberOption(fn, "threshold", threshold, 1);
  return presence(numericMatrix(fn, "exports", exports), { threshold: t });
}

/** M, refusing up front a p x p result (PROXIMITY) that Excel could not receive. */
export function productSquareArgument(fn: string, exports: unknown, threshold: unknown): Matrix {
  const t = numberOption(fn, "threshold", threshold, 1);
  const x = numericMatrix(fn, "exports", exports);
  checkResultSize(x.cols, x.cols);
  return presence(x, { threshold: t });
}

/** ECI and PCI from `exports` with the optional `method`, `scale` and `threshold`. */
export function indicesArgument(
  fn: string,
  exports: unknown,
  method: unknown,
  scale: unknown,
  threshold: unknown,
): ComplexityIndices {
  const options = {
    method: option(fn, "method", method, COMPLEXITY_METHODS, "eigen"),
    scale: option(fn, "scale", scale, COMPLEXITY_SCALES, "growthlab"),
  };
  return complexityIndices(presenceArgument(fn, exports, threshold), options);
}

/** Density of `exports` (M φ over the column sums of φ) with the optional `threshold`. */
export function densityArgument(fn: string, exports: unknown, threshold: unknown): Matrix {
  const m = presenceArgument(fn, exports, threshold);
  return density(m, proximity(m));
}
