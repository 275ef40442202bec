import { matrix, sum, type Matrix } from "../linalg/matrix";
import { checkNonNegativeVector, checkVectorLength, type ArgumentName } from "./checkSameShape";

const REGION_T0: ArgumentName = { en: "region_t0", es: "region_t0" };
const REGION_T1: ArgumentName = { en: "region_t1", es: "region_t1" };
const NATION_T0: ArgumentName = { en: "nation_t0", es: "nacion_t0" };
const NATION_T1: ArgumentName = { en: "nation_t1", es: "nacion_t1" };

/**
 * Classic shift-share decomposition of a region's change per sector s between t0 and t1:
 * ΔE_rs = E_rs0·g_n + E_rs0·(g_ns − g_n) + E_rs0·(g_rs − g_ns), with g_n the national growth rate over
 * all sectors given, g_ns the national growth of sector s and g_rs the region's growth of sector s:
 * national share + industry mix + competitive (regional) effect. The three rows add up to the observed
 * change E_rs1 − E_rs0 (the competitive effect is computed as the change minus the other two, so the
 * identity holds also when the region enters a sector from 0).
 * Reference: Dunn (1960), "A statistical and analytical technique for regional analysis", Papers of the
 * Regional Science Association 6; Stevens & Moore (1980), Journal of Regional Science 20(4).
 *
 * Undefined cells are NaN (`#DIV/0!`): the whole result when the nation had nothing at t0 (g_n undefined);
 * a sector the nation did not have at t0 (g_ns undefined) in its industry mix and competitive effect,
 * unless the region also had 0 there at t0 (then both effects are 0 and the change is competitive).
 *
 * @param regionT0 E_rs at t0, one value per sector (length k); `regionT1` the same at t1.
 * @param nationT0 E_ns at t0, length k; `nationT1` the same at t1. All non-negative.
 * @returns 3 x k: row 1 national share, row 2 industry mix, row 3 competitive effect.
 * @throws {SelaError} `input` for length mismatches or negative/non-finite values.
 * @example shiftShare([100, 100, 200], [120, 105, 190], [1000, 2000, 1000], [1100, 2200, 900]).data
 *   // => Float64Array [5, 5, 10, 5, 5, -30, 10, -5, 10]
 */
export function shiftShare(
  regionT0: ArrayLike<number>,
  regionT1: ArrayLike<number>,
  nationT0: ArrayLike<number>,
  nationT1: ArrayLike<number>,
): Matrix {
  const k = regionT0.length;
  checkVectorLength(regionT1, k, REGION_T1, REGION_T0);
  checkVectorLength(nationT0, k, NATION_T0, REGION_T0);
  checkVectorLength(nationT1, k, NATION_T1, REGION_T0);
  for (const [v, name] of [
    [regionT0, REGION_T0],
    [regionT1, REGION_T1],
    [nationT0, NATION_T0],
    [nationT1, NATION_T1],
  ] as const) {
    checkNonNegativeVector(v, name);
  }
  const n0 = sum(nationT0);
  const gn = n0 > 0 ? sum(nationT1) / n0 - 1 : NaN;
  const result = matrix(3, k);
  for (let s = 0; s < k; s++) {
    const e0 = regionT0[s] as number;
    const change = (regionT1[s] as number) - e0;
    const ns0 = nationT0[s] as number;
    const gns = ns0 > 0 ? (nationT1[s] as number) / ns0 - 1 : NaN;
    const nationalShare = e0 * gn;
    const industryMix = e0 === 0 && !Number.isNaN(gn) ? 0 : e0 * (gns - gn);
    result.data[s] = nationalShare;
    result.data[k + s] = industryMix;
    result.data[2 * k + s] = change - nationalShare - industryMix;
  }
  return result;
}
