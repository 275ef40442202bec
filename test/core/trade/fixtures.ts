/**
 * Loaders for the trade fixtures in test/fixtures/trade (see its README for sources).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { fromRows, type Matrix } from "../../../src/core/linalg/matrix";

const dir = join(__dirname, "..", "..", "fixtures", "trade");

interface ToyTrade {
  inputs: {
    "bilateral_t1[exporter][importer][product]": number[][][];
    "market_C_imports_t0_from[A,B]": number[][];
  };
  expected: Record<string, unknown> & {
    exports: number[][];
    imports: number[][];
    rca: number[][];
    srca: number[][];
    arca: number[][];
    tsi: number[][];
    lafay: number[][];
    gl: number[][];
    gl_aggregate: number[];
    gl_aggregate_adjusted: number[];
    hhi_products: number[];
    hhi_normalized: number[];
    unctad_concentration_sqrt: number[];
    hhi_markets_A: number;
    tii_A_to_C_wits: number;
    tii_A_to_C_kojima: number;
    tci_A_exports_C_imports: number;
    tci_B_exports_A_imports: number;
    esi_A_B: number;
    tradecan_market_C: Record<string, Record<string, string>>;
  };
}

interface ToyRegional {
  inputs: { national_t0: number[]; national_t1: number[]; region_t0: number[]; region_t1: number[] };
  expected: {
    lq_t0: number[];
    lq_t1: number[];
    national_share: number[];
    industry_mix: number[];
    competitive: number[];
  };
}

const oracles = JSON.parse(readFileSync(join(dir, "toy_trade_oracles.json"), "utf8")) as {
  toy_trade_3x3x3: ToyTrade;
  toy_lq_shiftshare: ToyRegional;
};

/** Oracle O7/O8: 3 countries x 3 products. */
export const toy = oracles.toy_trade_3x3x3;
/** Oracle O9: location quotient and shift-share. */
export const regional = oracles.toy_lq_shiftshare;

export const exports: Matrix = fromRows(toy.expected.exports);
export const imports: Matrix = fromRows(toy.expected.imports);

/** Bilateral totals over products, exporter (rows) x importer (columns). */
export function bilateralTotals(): Matrix {
  const b = toy.inputs["bilateral_t1[exporter][importer][product]"];
  return fromRows(b.map((row) => row.map((flows) => flows.reduce((s, v) => s + v, 0))));
}

/** One record of the Atlas HS92 sample with the Stata ground truth. */
export interface AtlasRecord {
  year: string;
  origin: string;
  hs92: string;
  exportVal: number;
  stataExportVal: number;
  stataRca: number;
}

function csv(file: string): string[][] {
  return readFileSync(join(dir, file), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(","));
}

/** The Atlas sample joined with the Stata ground truth on (year, origin, hs92). */
export function atlas(): AtlasRecord[] {
  const [header, ...rows] = csv("atlas_hs92_trade_data_sample.csv");
  const [stataHeader, ...stataRows] = csv("atlas_hs92_stata_ground_truth.csv");
  const col = (h: string[] | undefined, name: string): number => (h ?? []).indexOf(name);
  const truth = new Map(
    stataRows.map((r) => [
      `${r[col(stataHeader, "year")]}|${r[col(stataHeader, "origin")]}|${r[col(stataHeader, "hs92")]}`,
      r,
    ]),
  );
  return rows.map((r) => {
    const year = r[col(header, "year")] as string;
    const origin = r[col(header, "origin")] as string;
    const hs92 = r[col(header, "hs92")] as string;
    const t = truth.get(`${year}|${origin}|${hs92}`);
    if (!t) throw new Error(`no Stata row for ${year} ${origin} ${hs92}`);
    return {
      year,
      origin,
      hs92,
      exportVal: Number(r[col(header, "export_val")]),
      stataExportVal: Number(t[col(stataHeader, "export_val")]),
      stataRca: Number(t[col(stataHeader, "rca")]),
    };
  });
}
