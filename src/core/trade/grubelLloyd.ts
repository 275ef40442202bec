import { inputError } from "../errors";
import { matrix, type Matrix } from "../linalg/matrix";
import { checkSameShape, EXPORTS, IMPORTS } from "./checkSameShape";
import { checkNonNegative } from "./revealedComparativeAdvantage";

/** Aggregation levels of {@link grubelLloyd}; `"product"` is the default. */
const LEVELS = ["product", "aggregate", "adjusted"] as const;

/**
 * Aggregation levels of {@link grubelLloyd}. (Not referenced inside functions whose parameter is named
 * `exports`, which shadows CommonJS's `exports` object in the compiled module.)
 */
export const GRUBEL_LLOYD_LEVELS: readonly GrubelLloydLevel[] = LEVELS;

/** One level of {@link GRUBEL_LLOYD_LEVELS}. */
export type GrubelLloydLevel = (typeof LEVELS)[number];

/** Options of {@link grubelLloyd}. */
export interface GrubelLloydOptions {
  /**
   * `"product"` (default) GL_cp = 1 − |X_cp − M_cp|/(X_cp + M_cp), one value per cell;
   * `"aggregate"` GL_c = Σ_p[(X_cp + M_cp) − |X_cp − M_cp|] / Σ_p(X_cp + M_cp), the trade-weighted mean;
   * `"adjusted"` GL_c = Σ_p[(X_cp + M_cp) − |X_cp − M_cp|] / [Σ_p(X_cp + M_cp) − |Σ_p X_cp − Σ_p M_cp|],
   * Grubel & Lloyd's (1975) correction for the country's overall trade imbalance.
   */
  readonly level?: GrubelLloydLevel;
}

/**
 * Grubel–Lloyd index of intra-industry trade, in [0, 1]: 0 pure inter-industry (only exports or only
 * imports of the product), 1 exports equal imports. Levels (option `level`, default `"product"`): see
 * {@link GrubelLloydOptions}. The value depends on the aggregation of the classification (HS2 vs HS6):
 * state it with the result.
 * Reference: Grubel & Lloyd (1975), Intra-Industry Trade: The Theory and Measurement of International
 * Trade in Differentiated Products, Macmillan, ch. 2.
 *
 * Undefined cells are NaN (`#DIV/0!`): X + M = 0 for a product, no trade at all for a row, and for
 * `"adjusted"` a row whose trade is all one way (the denominator is 0).
 *
 * @param exports X, m countries (rows) x p products (columns), non-negative.
 * @param imports M, same shape.
 * @param options `level` (default `"product"`).
 * @returns m x p for `"product"`; m x 1 (one per country row) for `"aggregate"` and `"adjusted"`.
 * @throws {SelaError} `input` for different shapes, negative/non-finite values or an unknown level.
 * @example grubelLloyd(fromRows([[70, 20, 10]]), fromRows([[15, 30, 45]]), { level: "adjusted" }).data[0] // => 0.5
 */
export function grubelLloyd(exports: Matrix, imports: Matrix, options: GrubelLloydOptions = {}): Matrix {
  const level = options.level ?? "product";
  if (!LEVELS.includes(level)) {
    throw inputError(`level must be one of ${LEVELS.join(", ")}`, `el nivel debe ser uno de ${LEVELS.join(", ")}`);
  }
  checkSameShape(exports, imports, EXPORTS, IMPORTS);
  checkNonNegative(exports, "exports", "exportaciones");
  checkNonNegative(imports, "imports", "importaciones");
  const { rows, cols } = exports;
  if (level === "product") {
    const result = matrix(rows, cols);
    for (let k = 0; k < result.data.length; k++) {
      const x = exports.data[k] as number;
      const m = imports.data[k] as number;
      result.data[k] = x + m > 0 ? 1 - Math.abs(x - m) / (x + m) : NaN;
    }
    return result;
  }
  const result = matrix(rows, 1);
  for (let c = 0; c < rows; c++) {
    let overlap = 0;
    let trade = 0;
    let totalX = 0;
    let totalM = 0;
    for (let p = 0; p < cols; p++) {
      const x = exports.data[c * cols + p] as number;
      const m = imports.data[c * cols + p] as number;
      overlap += x + m - Math.abs(x - m);
      trade += x + m;
      totalX += x;
      totalM += m;
    }
    const denominator = level === "aggregate" ? trade : trade - Math.abs(totalX - totalM);
    result.data[c] = denominator > 0 ? overlap / denominator : NaN;
  }
  return result;
}
