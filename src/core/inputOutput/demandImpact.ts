import { inputError } from "../errors";
import type { Matrix } from "../linalg/matrix";
import { leontiefSystem } from "./leontiefSystem";

/**
 * Output impact of a change in final demand, Δx = L Δf = (I − A)⁻¹ Δf (the demand-driven Leontief model).
 *
 * One solve with the LU factorisation of I − A (L is not formed). Δf may have any sign.
 * Reference: Miller & Blair (2009), ch. 2.3 and 6.
 *
 * @param coefficients A, n x n, rows = selling sector, columns = buying sector.
 * @param demandChange Δf, length n (one per sector).
 * @returns Δx, length n.
 * @throws {SelaError} `input` for invalid A or a length mismatch; `numeric` if I − A is (nearly) singular.
 * @example demandImpact(fromRows([[0.15, 0.25], [0.2, 0.05]]), [600, 1500]) // => Float64Array [1247.5248, 1841.5842]
 */
export function demandImpact(coefficients: Matrix, demandChange: ArrayLike<number>): Float64Array {
  const system = leontiefSystem(coefficients);
  if (demandChange.length !== system.n) {
    throw inputError(
      `the demand change has ${String(demandChange.length)} values but the table has ${String(system.n)} sectors`,
      `la variación de la demanda tiene ${String(demandChange.length)} valores pero la tabla tiene ${String(system.n)} sectores`,
    );
  }
  return system.solve(demandChange);
}
