/**
 * Loads the Atlas HS92 sample with its Stata ecomplexity ground truth (test/fixtures/complexity/README.md)
 * as one countries x products matrix per year, with the Stata columns in the same orientation.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { matrix, type Matrix } from "../../../src/core/linalg/matrix";

export interface AtlasYear {
  readonly countries: string[];
  readonly products: string[];
  /** export_val as stored by Stata (float). */
  readonly exports: Matrix;
  readonly rca: Matrix;
  readonly presence: Matrix;
  readonly density: Matrix;
  readonly cog: Matrix;
  readonly eci: Float64Array;
  readonly coi: Float64Array;
  readonly diversity: Float64Array;
  readonly pci: Float64Array;
  readonly ubiquity: Float64Array;
}

const COLUMNS = [
  "year",
  "origin",
  "hs92",
  "export_val",
  "rca",
  "M",
  "density",
  "eci",
  "pci",
  "diversity",
  "ubiquity",
  "coi",
  "cog",
];

/** The sample, one entry per year (1995, 1996); countries and products in sorted order. */
export function atlasSample(): Map<number, AtlasYear> {
  const text = readFileSync(join(__dirname, "../../fixtures/complexity/atlas_hs92_stata_ground_truth.csv"), "utf8");
  const [header, ...lines] = text.trim().split(/\r?\n/);
  expect(header?.split(",")).toEqual(COLUMNS);
  const rows = lines.map((line) => line.split(","));
  const years = [...new Set(rows.map((r) => Number(r[0])))].sort();
  const out = new Map<number, AtlasYear>();
  for (const year of years) {
    const mine = rows.filter((r) => Number(r[0]) === year);
    const countries = [...new Set(mine.map((r) => r[1] as string))].sort();
    const products = [...new Set(mine.map((r) => r[2] as string))].sort();
    const m = countries.length;
    const p = products.length;
    const grid = (): Matrix => matrix(m, p);
    const exports = grid();
    const rca = grid();
    const presence = grid();
    const density = grid();
    const cog = grid();
    const eci = new Float64Array(m);
    const coi = new Float64Array(m);
    const diversity = new Float64Array(m);
    const pci = new Float64Array(p);
    const ubiquity = new Float64Array(p);
    expect(mine.length).toBe(m * p);
    for (const r of mine) {
      const c = countries.indexOf(r[1] as string);
      const j = products.indexOf(r[2] as string);
      const v = (k: number): number => Number(r[k]);
      const at = c * p + j;
      exports.data[at] = v(3);
      rca.data[at] = v(4);
      presence.data[at] = v(5);
      density.data[at] = v(6);
      eci[c] = v(7);
      pci[j] = v(8);
      diversity[c] = v(9);
      ubiquity[j] = v(10);
      coi[c] = v(11);
      cog.data[at] = v(12);
    }
    out.set(year, { countries, products, exports, rca, presence, density, cog, eci, coi, diversity, pci, ubiquity });
  }
  return out;
}
