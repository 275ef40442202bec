/* eslint-disable @typescript-eslint/no-explicit-any -- custom functions take any[][] so that text and error cells reach the argument parser and are reported with their position. */
/**
 * Input-output functions of the SELA catalogue (rows = selling sector, columns = buying sector).
 * JSDoc here generates functions.json; Spanish names and help live in i18n/es/io.json.
 *
 * `table` is A when `output` is omitted and Z when it is given (A = Z x̂⁻¹ is formed first). Every
 * per-sector result is a column (n x 1) in matrix order.
 */
import { allocationCoefficients } from "../core/inputOutput/allocationCoefficients";
import { backwardLinkages } from "../core/inputOutput/backwardLinkages";
import { demandImpact } from "../core/inputOutput/demandImpact";
import { effects } from "../core/inputOutput/effects";
import { FORWARD_METHODS, forwardLinkages } from "../core/inputOutput/forwardLinkages";
import { ghoshInverse } from "../core/inputOutput/ghoshInverse";
import { EXTRACTION_DIRECTIONS, hypotheticalExtraction } from "../core/inputOutput/hypotheticalExtraction";
import { keySectorLabel, keySectors, type KeySectorCode } from "../core/inputOutput/keySectors";
import { leontiefInverse } from "../core/inputOutput/leontiefInverse";
import { outputMultipliers } from "../core/inputOutput/outputMultipliers";
import { ratioMultipliers } from "../core/inputOutput/ratioMultipliers";
import { technicalCoefficients } from "../core/inputOutput/technicalCoefficients";
import { flag, numericVector, option } from "./arguments";
import { evaluate } from "./evaluate";
import type { Cell } from "./excelErrors";
import { coefficientsArgument, squareArgument, tableArgument } from "./ioArguments";
import { getLanguage } from "./language";
import { columnCells, matrixCells, textColumn } from "./results";

const KEY_SECTOR_STYLES = ["label", "code"] as const;

/** Key-sector codes as the chosen style: the codes themselves, or the words in the user's language. */
function keySectorCells(codes: readonly KeySectorCode[], style: (typeof KEY_SECTOR_STYLES)[number]): Cell[][] {
  return textColumn(style === "code" ? codes : codes.map((code) => keySectorLabel(code, getLanguage())));
}

/**
 * Technical coefficients A = Z x̂⁻¹ (a_ij = z_ij / x_j). A sector with zero output gets a zero column.
 * @customfunction TECHCOEF
 * @param transactions Intermediate transactions Z (n x n): rows sell, columns buy.
 * @param output Gross output x, one value per sector (row or column).
 * @returns Technical coefficients A (n x n).
 */
export function techcoef(transactions: any[][], output: any[][]): any[][] {
  return evaluate("TECHCOEF", () =>
    matrixCells(
      technicalCoefficients(
        squareArgument("TECHCOEF", "transactions", transactions),
        numericVector("TECHCOEF", "output", output),
      ),
    ),
  );
}

/**
 * Allocation (output) coefficients B = x̂⁻¹ Z (b_ij = z_ij / x_i), the Ghosh counterpart of A. A sector with zero output gets a zero row.
 * @customfunction ALLOCCOEF
 * @param transactions Intermediate transactions Z (n x n): rows sell, columns buy.
 * @param output Gross output x, one value per sector (row or column).
 * @returns Allocation coefficients B (n x n).
 */
export function alloccoef(transactions: any[][], output: any[][]): any[][] {
  return evaluate("ALLOCCOEF", () =>
    matrixCells(
      allocationCoefficients(
        squareArgument("ALLOCCOEF", "transactions", transactions),
        numericVector("ALLOCCOEF", "output", output),
      ),
    ),
  );
}

/**
 * Leontief inverse L = (I − A)⁻¹, computed by LU factorisation. A must be productive (column sums below 1 suffice).
 * @customfunction LEONTIEF
 * @param table Technical coefficients A (n x n), or transactions Z when output is given.
 * @param [output] Gross output x, one value per sector; when given, A = Z x̂⁻¹ is formed first.
 * @returns Leontief inverse L (n x n).
 */
export function leontief(table: any[][], output?: any[][]): any[][] {
  return evaluate("LEONTIEF", () => matrixCells(leontiefInverse(coefficientsArgument("LEONTIEF", table, output))));
}

/**
 * Ghosh inverse G = (I − B)⁻¹ with B = x̂⁻¹ Z (supply-driven model, x′ = v′G); equals x̂⁻¹ L x̂.
 * @customfunction GHOSH
 * @param transactions Intermediate transactions Z (n x n): rows sell, columns buy.
 * @param output Gross output x, one value per sector (row or column).
 * @returns Ghosh inverse G (n x n).
 */
export function ghosh(transactions: any[][], output: any[][]): any[][] {
  return evaluate("GHOSH", () =>
    matrixCells(
      ghoshInverse(squareArgument("GHOSH", "transactions", transactions), numericVector("GHOSH", "output", output)),
    ),
  );
}

/**
 * Type I output multipliers: column sums of L = (I − A)⁻¹, total output per unit of final demand for each sector.
 * @customfunction OUTPUTMULT
 * @param table Technical coefficients A (n x n), or transactions Z when output is given.
 * @param [output] Gross output x, one value per sector; when given, A = Z x̂⁻¹ is formed first.
 * @returns One multiplier per sector (column).
 */
export function outputmult(table: any[][], output?: any[][]): any[][] {
  return evaluate("OUTPUTMULT", () =>
    columnCells(outputMultipliers(coefficientsArgument("OUTPUTMULT", table, output))),
  );
}

/**
 * Total effects (w′L)′: jobs, income or value added in the economy per unit of final demand for each sector, w = direct coefficient per unit of output (e.g. jobs/x).
 * @customfunction EFFECTS
 * @param table Technical coefficients A (n x n), or transactions Z when output is given.
 * @param coefficients Direct coefficients w per unit of output, one per sector (e.g. employment / x).
 * @param [output] Gross output x, one value per sector; when given, A = Z x̂⁻¹ is formed first.
 * @returns One effect per sector (column).
 */
export function effectsFunction(table: any[][], coefficients: any[][], output?: any[][]): any[][] {
  return evaluate("EFFECTS", () =>
    columnCells(
      effects(coefficientsArgument("EFFECTS", table, output), numericVector("EFFECTS", "coefficients", coefficients)),
    ),
  );
}

/**
 * Type I ratio multipliers (w′L)_j / w_j: total over direct employment, income or value added. #DIV/0! where w_j = 0.
 * @customfunction MULTIPLIER
 * @param table Technical coefficients A (n x n), or transactions Z when output is given.
 * @param coefficients Direct coefficients w per unit of output, one per sector (e.g. compensation / x).
 * @param [output] Gross output x, one value per sector; when given, A = Z x̂⁻¹ is formed first.
 * @returns One multiplier per sector (column).
 */
export function multiplier(table: any[][], coefficients: any[][], output?: any[][]): any[][] {
  return evaluate("MULTIPLIER", () =>
    columnCells(
      ratioMultipliers(
        coefficientsArgument("MULTIPLIER", table, output),
        numericVector("MULTIPLIER", "coefficients", coefficients),
      ),
    ),
  );
}

/**
 * Backward linkages, Rasmussen power of dispersion n·colsum(L)/ΣL (average 1; > 1 pulls more than average). normalized=FALSE gives the column sums of L.
 * @customfunction BACKWARD
 * @param table Technical coefficients A (n x n), or transactions Z when output is given.
 * @param [output] Gross output x, one value per sector; when given, A = Z x̂⁻¹ is formed first.
 * @param [normalized] TRUE (default): divided by the average, n·colsum(L)/ΣL; FALSE: colsum(L).
 * @returns One linkage per sector (column).
 */
export function backward(table: any[][], output?: any[][], normalized?: any): any[][] {
  return evaluate("BACKWARD", () =>
    columnCells(
      backwardLinkages(coefficientsArgument("BACKWARD", table, output), {
        normalized: flag("BACKWARD", "normalized", normalized, true),
      }),
    ),
  );
}

/**
 * Forward linkages, sensitivity of dispersion n·rowsum(L)/ΣL by default; method "ghosh": n·rowsum(G)/ΣG (needs output). normalized=FALSE gives the row sums.
 * @customfunction FORWARD
 * @param table Technical coefficients A (n x n), or transactions Z when output is given.
 * @param [output] Gross output x, one value per sector; when given, A = Z x̂⁻¹ is formed first.
 * @param [method] "leontief" (default): rows of L; "ghosh": rows of G = (I − B)⁻¹.
 * @param [normalized] TRUE (default): divided by the average; FALSE: the row sums.
 * @returns One linkage per sector (column).
 */
export function forward(table: any[][], output?: any[][], method?: any, normalized?: any): any[][] {
  return evaluate("FORWARD", () =>
    columnCells(
      forwardLinkages(tableArgument("FORWARD", table, output), {
        method: option("FORWARD", "method", method, FORWARD_METHODS, "leontief"),
        normalized: flag("FORWARD", "normalized", normalized, true),
      }),
    ),
  );
}

/**
 * Key sectors from normalized backward and forward linkages: both > 1 key, only backward > 1 backward-oriented, only forward > 1 forward-oriented, neither weak.
 * @customfunction KEYSECTORS
 * @param table Technical coefficients A (n x n), or transactions Z when output is given.
 * @param [output] Gross output x, one value per sector; when given, A = Z x̂⁻¹ is formed first.
 * @param [method] Forward linkages from "leontief" (default, rows of L) or "ghosh" (rows of G, needs output).
 * @param [style] "label" (default): words in the user's language; "code": KEY, BACKWARD, FORWARD, WEAK.
 * @returns One class per sector (column).
 */
export function keysectors(table: any[][], output?: any[][], method?: any, style?: any): any[][] {
  return evaluate("KEYSECTORS", () =>
    keySectorCells(
      keySectors(tableArgument("KEYSECTORS", table, output), {
        method: option("KEYSECTORS", "method", method, FORWARD_METHODS, "leontief"),
      }),
      option("KEYSECTORS", "style", style, KEY_SECTOR_STYLES, "label"),
    ),
  );
}

/**
 * Hypothetical extraction: fall in total output Σx − Σx̄ when each sector's links are removed. backward (default): its column of A set to 0, final demand x − Z·1 kept.
 * @customfunction EXTRACTION
 * @param transactions Intermediate transactions Z (n x n): rows sell, columns buy.
 * @param output Gross output x, one value per sector (row or column).
 * @param [direction] "backward" (default): cut purchases (column of A); "forward": cut sales (row of B, value added x − 1′Z kept).
 * @param [relative] FALSE (default): fall in output; TRUE: fall divided by total output Σx.
 * @returns One value per extracted sector (column).
 */
export function extraction(transactions: any[][], output: any[][], direction?: any, relative?: any): any[][] {
  return evaluate("EXTRACTION", () =>
    columnCells(
      hypotheticalExtraction(
        squareArgument("EXTRACTION", "transactions", transactions),
        numericVector("EXTRACTION", "output", output),
        {
          direction: option("EXTRACTION", "direction", direction, EXTRACTION_DIRECTIONS, "backward"),
          relative: flag("EXTRACTION", "relative", relative, false),
        },
      ),
    ),
  );
}

/**
 * Output impact of a change in final demand, Δx = L Δf = (I − A)⁻¹ Δf.
 * @customfunction IMPACT
 * @param table Technical coefficients A (n x n), or transactions Z when output is given.
 * @param demand_change Change in final demand Δf, one value per sector (row or column).
 * @param [output] Gross output x, one value per sector; when given, A = Z x̂⁻¹ is formed first.
 * @returns Change in output Δx per sector (column).
 */
export function impact(table: any[][], demand_change: any[][], output?: any[][]): any[][] {
  return evaluate("IMPACT", () =>
    columnCells(
      demandImpact(
        coefficientsArgument("IMPACT", table, output),
        numericVector("IMPACT", "demand_change", demand_change),
      ),
    ),
  );
}
