import type { TableData } from "../../src/analysis/gateway";
import type { ReportSheet } from "../../src/analysis/report";
import { productSpace } from "../../src/analysis/productSpace";
import { appendReferenceRows, tradeInputFromTable } from "../../src/analysis/tradeInput";
import { expectClose } from "../support/close";
import { csvTable, LATAM, WORLD } from "./samples";

const toy = require("../fixtures/complexity/toy_5x6.json") as {
  inputs: { countries: string[]; products: string[]; exports: number[][] };
  expected: { eci: number[]; pci: number[]; density: number[][]; cog: number[][]; diversity: number[] };
};
const DATE = new Date("2025-01-15T12:00:00Z");

const wide: TableData = {
  name: "toy",
  headers: ["country", ...toy.inputs.products],
  rows: toy.inputs.countries.map((c, i) => [c, ...(toy.inputs.exports[i] as number[])]),
};

describe("product space on the 5 x 6 toy case (py-ecomplexity values)", () => {
  const { report, summary } = productSpace(tradeInputFromTable(wide), { country: "A", date: DATE });

  it("ranks countries by ECI and products by PCI as the fixture", () => {
    const eci = new Map(summary.eciRanking.map((r) => [r.country, r.eci]));
    expectClose(
      toy.inputs.countries.map((c) => eci.get(c) as number),
      toy.expected.eci,
      1e-5,
    );
    expect(summary.eciRanking.map((r) => r.country)).toEqual(["E", "A", "B", "C", "D"]);
    const pci = new Map(summary.pciRanking.map((r) => [r.product, r.pci]));
    expectClose(
      toy.inputs.products.map((p) => pci.get(p) as number),
      toy.expected.pci,
      1e-5,
    );
    expect(summary.focus.rank).toBe(2);
    expect(summary.focus.diversity).toBe(3);
  });

  it("lists A's opportunities (M = 0) by COG, then density, with distance = 1 − density", () => {
    expect(summary.opportunities.map((o) => o.product)).toEqual(["p5", "p6", "p1"]);
    const p = toy.inputs.products;
    for (const o of summary.opportunities) {
      const j = p.indexOf(o.product);
      expect(o.density).toBeCloseTo(toy.expected.density[0]?.[j] as number, 5);
      expect(o.distance).toBeCloseTo(1 - (toy.expected.density[0]?.[j] as number), 5);
      expect(o.cog).toBeCloseTo(toy.expected.cog[0]?.[j] as number, 5);
    }
  });

  it("writes the opportunity list, both rankings and the method block", () => {
    const sheet = report.sheets[0] as ReportSheet;
    expect(sheet.name).toBe("Product space");
    const headers = sheet.blocks.filter((b) => b.header === true).map((b) => b.values[0]?.slice(0, 4));
    expect(headers).toEqual([
      ["Rank", "Product", "Density", "Distance"],
      ["Rank", "Country", "Diversity", "ECI"],
      ["Rank", "Product", "Ubiquity", "PCI"],
    ]);
    const text = sheet.blocks.flatMap((b) => b.values.flat());
    expect(text).toContain("Method");
    expect(text).toContain("2025-01-15");
  });

  it("writes Spanish labels", () => {
    const es = productSpace(tradeInputFromTable(wide), { country: "A", language: "es", date: DATE });
    const sheet = es.report.sheets[0] as ReportSheet;
    expect(sheet.name).toBe("Espacio de productos");
    expect(sheet.blocks.some((b) => b.values[0]?.includes("ICE"))).toBe(true);
  });
});

describe("product space on the Latin American sample", () => {
  it("leaves the world row out and ranks Chile's opportunities", () => {
    const input = appendReferenceRows(tradeInputFromTable(csvTable(LATAM)), csvTable(WORLD), "World");
    const { summary } = productSpace(input, { country: "CHL", reference: "World", date: DATE });
    expect(summary.countries).toBe(20);
    expect(summary.country).toBe("chl");
    expect(summary.eciRanking.some((r) => r.country === "World")).toBe(false);
    expect(summary.opportunities).toHaveLength(50);
    const cog = summary.opportunities.map((o) => o.cog);
    expect(cog.every((v, i) => i === 0 || v <= (cog[i - 1] as number))).toBe(true);
  });
});
