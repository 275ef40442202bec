/**
 * The bundled trade sample (assets/samples/trade, see its README): it pivots into a 20 x 785 table in the
 * order of the world totals and gives finite RCAs against the world.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { pivotLong } from "../../../src/core/trade/pivotLong";
import { revealedComparativeAdvantage } from "../../../src/core/trade/revealedComparativeAdvantage";

const dir = join(__dirname, "..", "..", "..", "assets", "samples", "trade");

function csv(file: string): string[][] {
  const [, ...rows] = readFileSync(join(dir, file), "utf8").trim().split(/\r?\n/);
  return rows.map((line) => line.split(","));
}

describe("bundled trade sample (LatAm SITC4 1998–2000)", () => {
  const long = csv("world_trade_sitc4_latam_subset.csv");
  const totals = csv("world_trade_sitc4_product_totals.csv");
  const products = totals.map((r) => r[0] as string);
  const world = totals.map((r) => Number(r[1]));
  const pivot = pivotLong(
    {
      rows: long.map((r) => r[0] as string),
      cols: long.map((r) => r[1] as string),
      values: long.map((r) => Number(r[2])),
    },
    { colLabels: products },
  );

  it("pivots to 20 countries x 785 products with codes kept as text", () => {
    expect(pivot.rowLabels).toHaveLength(20);
    expect(pivot.colLabels).toHaveLength(785);
    expect(pivot.colLabels[0]).toBe("0011");
    expect(pivot.rowLabels.slice(0, 3)).toEqual(["arg", "bol", "bra"]);
    // Argentina, product 0011: the first record of the file.
    expect(pivot.matrix.data[0]).toBe(988302);
  });

  it("never exports more than the world in any product", () => {
    const over: string[] = [];
    for (let p = 0; p < 785; p++) {
      let s = 0;
      for (let c = 0; c < 20; c++) s += pivot.matrix.data[c * 785 + p] as number;
      if (s > (world[p] as number)) over.push(products[p] as string);
    }
    expect(over).toEqual([]);
  });

  it("RCA against the world reference: Σ_p RCA_cp·X_wp/X_w = 1 for every country", () => {
    const rca = revealedComparativeAdvantage(pivot.matrix, world);
    const xw = world.reduce((a, b) => a + b, 0);
    for (let c = 0; c < 20; c++) {
      let s = 0;
      for (let p = 0; p < 785; p++) s += (rca.data[c * 785 + p] as number) * ((world[p] as number) / xw);
      expect(s).toBeCloseTo(1, 9);
    }
    expect(Array.from(rca.data).every(Number.isFinite)).toBe(true);
  });
});
