import type { TableData } from "../../src/analysis/gateway";
import { LABELS } from "../../src/analysis/labels";
import type { ReportSheet } from "../../src/analysis/report";
import { DEFAULT_MIN_EXPORT_SHARE, productSpace, type ProductSpaceOptions } from "../../src/analysis/productSpace";
import { appendReferenceRows, tradeInputFromTable } from "../../src/analysis/tradeInput";
import { expectClose } from "../support/close";
import { csvTable, LATAM, WORLD } from "./samples";

const toy = require("../fixtures/complexity/toy_5x6.json") as {
  inputs: { countries: string[]; products: string[]; exports: number[][] };
  expected: {
    eci: number[];
    pci: number[];
    mcp: number[][];
    proximity: number[][];
    density: number[][];
    coi: number[];
    cog: number[][];
    diversity: number[];
  };
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

/** Every text cell of a sheet. */
function texts(sheet: ReportSheet): string[] {
  return sheet.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === "string");
}

/** The text of the method row labelled `label`. */
function methodRow(sheet: ReportSheet, label: string): string {
  for (const block of sheet.blocks) {
    for (const row of block.values) if (row[0] === label && typeof row[1] === "string") return row[1];
  }
  throw new Error(`no method row ${label}`);
}

/** K̄ / s as the ECI / PCI method row prints it. */
function printedOffset(sheet: ReportSheet, language: "en" | "es" = "en"): number {
  const t = LABELS[language];
  // Spanish texts write the decimal comma: read the number back with a point.
  const match = /K̄ \/ s = (-?[\d.,]+(?:e-?\d+)?)/.exec(methodRow(sheet, `${t.eci} / ${t.pci}`));
  if (!match) throw new Error("no K̄ / s in the method text");
  return Number((match[1] as string).replace(",", "."));
}

function zscore(v: readonly number[]): number[] {
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
  return v.map((x) => (x - mean) / sd);
}

/** φ_pq = Σ_c M_cp M_cq / max(k_p, k_q), diagonal 1, from the fixture's M (exact, not the rounded φ). */
function proximityOf(m: number[][]): number[][] {
  const p = m[0]?.length ?? 0;
  const k = Array.from({ length: p }, (_, j) => m.reduce((s, row) => s + (row[j] as number), 0));
  return Array.from({ length: p }, (_, a) =>
    Array.from({ length: p }, (_, b) =>
      a === b
        ? 1
        : m.reduce((s, row) => s + (row[a] as number) * (row[b] as number), 0) /
          Math.max(k[a] as number, k[b] as number),
    ),
  );
}

/** COG_cp = (1 − M_cp) Σ_q [φ_qp / Σ_r φ_qr] (1 − M_cq) PCI_q, as the method row writes it. */
function cogFromSheet(phi: number[][], mRow: number[], pci: number[]): number[] {
  const rowSum = phi.map((r) => r.reduce((a, b) => a + b, 0));
  return mRow.map((mp, p) =>
    mp === 1
      ? 0
      : pci.reduce(
          (s, v, q) => s + ((phi[q]?.[p] as number) / (rowSum[q] as number)) * (1 - (mRow[q] as number)) * v,
          0,
        ),
  );
}

describe("the method sheet lets a reader recompute COI and COG (toy, py-ecomplexity values)", () => {
  const { report, summary } = productSpace(tradeInputFromTable(wide), { country: "A", date: DATE });
  const sheet = report.sheets[0] as ReportSheet;
  const printedPci = toy.inputs.products.map((p) => summary.pciRanking.find((r) => r.product === p)?.pci as number);
  const printedEci = toy.inputs.countries.map((c) => summary.eciRanking.find((r) => r.country === c)?.eci as number);
  const offset = printedOffset(sheet);

  it("prints K̄ / s, equal to minus the diversity-weighted mean of the printed ECI", () => {
    const k = toy.expected.diversity;
    const weighted = printedEci.reduce((s, e, c) => s + (k[c] as number) * e, 0) / k.reduce((a, b) => a + b, 0);
    expect(offset).toBeCloseTo(-weighted, 9);
    expect(Math.abs(offset)).toBeGreaterThan(0.01);
  });

  it("COG = the gain of PCI⁰ = PCI + K̄ / s, not of the printed PCI", () => {
    const phi = proximityOf(toy.expected.mcp);
    const mA = toy.expected.mcp[0] as number[];
    const pci0 = printedPci.map((v) => v + offset);
    expectClose(cogFromSheet(phi, mA, pci0), toy.expected.cog[0] as number[], 1e-6);
    for (const o of summary.opportunities) {
      expect(o.cog).toBeCloseTo(cogFromSheet(phi, mA, pci0)[toy.inputs.products.indexOf(o.product)] as number, 8);
    }
    // With the printed PCI the numbers would not match (what the old sheet told the reader).
    const naive = cogFromSheet(phi, mA, printedPci);
    expect(Math.abs((naive[4] as number) - (toy.expected.cog[0]?.[4] as number))).toBeGreaterThan(0.05);
  });

  it("COI = the z-score (population sd) of Σ_p d_cp (1 − M_cp) PCI⁰_p", () => {
    const raw = toy.expected.density.map((row, c) =>
      row.reduce(
        (s, d, p) => s + d * (1 - (toy.expected.mcp[c]?.[p] as number)) * ((printedPci[p] as number) + offset),
        0,
      ),
    );
    expectClose(zscore(raw), toy.expected.coi, 1e-6);
    expect(summary.focus.coi).toBeCloseTo(toy.expected.coi[0] as number, 6);
    const text = methodRow(sheet, "COI / COG");
    expect(text).toContain("PCI⁰_p = Q_p / s = PCI_p + K̄ / s");
    expect(text).toContain("COI_c = Σ_p d_cp (1 − M_cp) PCI⁰_p");
    expect(text).toContain("COG_cp = (1 − M_cp) Σ_q [φ_qp / Σ_r φ_qr] (1 − M_cq) PCI⁰_q");
  });

  it("states ECI and PCI's standardisation and the proximity diagonal (1; Stata and the Atlas use 0)", () => {
    const eciText = methodRow(sheet, "ECI / PCI");
    expect(eciText).toContain("population standard deviation (divisor n)");
    expect(eciText).toContain("PCI_p = (Q_p − K̄) / s");
    // ECI_c is the mean printed PCI of the products with M_cp = 1, as the text says.
    toy.expected.mcp.forEach((row, c) => {
      const own = printedPci.filter((_, p) => row[p] === 1);
      expect(own.reduce((a, b) => a + b, 0) / own.length).toBeCloseTo(printedEci[c] as number, 9);
    });
    const density = methodRow(sheet, "Density / Distance");
    expect(density).toContain("φ_pp = 1");
    expect(density).toMatch(/Stata.*sets it to 0/);
    expect(density).toContain("density, COI and COG differ from Atlas and Stata figures");
    const zero = productSpace(tradeInputFromTable(wide), {
      country: "A",
      date: DATE,
      complexity: { proximityDiagonal: "zero" },
    });
    expect(methodRow(zero.report.sheets[0] as ReportSheet, "Density / Distance")).toContain("φ_pp = 0");
  });

  it("prints the offset the reflections and the Stata scale use, and none for z-scores", () => {
    const phi = proximityOf(toy.expected.mcp);
    const mA = toy.expected.mcp[0] as number[];
    for (const complexity of [{ method: "reflections" }, { scale: "stata" }, { scale: "zscore" }] as const) {
      const run = productSpace(tradeInputFromTable(wide), { country: "A", date: DATE, complexity, top: 10 });
      const runSheet = run.report.sheets[0] as ReportSheet;
      const pci = toy.inputs.products.map((p) => run.summary.pciRanking.find((r) => r.product === p)?.pci as number);
      const shift = "scale" in complexity && complexity.scale === "zscore" ? 0 : printedOffset(runSheet);
      const expected = cogFromSheet(
        phi,
        mA,
        pci.map((v) => v + shift),
      );
      for (const o of run.summary.opportunities) {
        expect(o.cog).toBeCloseTo(expected[toy.inputs.products.indexOf(o.product)] as number, 6);
      }
    }
  });

  it("writes the conventions in words, not option names", () => {
    const en = methodRow(sheet, "Conventions");
    expect(en).toBe(
      "presence threshold: RCA ≥ 1; proximity diagonal: 1; method: eigenvector; scale: the Growth Lab's (py-ecomplexity); minimum export share: 0.01 %",
    );
    const es = productSpace(tradeInputFromTable(wide), { country: "A", language: "es", date: DATE });
    const esText = methodRow(es.report.sheets[0] as ReportSheet, "Convenciones");
    expect(esText).toBe(
      "umbral de presencia: VCR ≥ 1; diagonal de la proximidad: 1; método: vector propio; escala: la del Growth Lab (py-ecomplexity); participación mínima en las exportaciones: 0,01 %",
    );
    for (const word of [
      "threshold=",
      "atLeast",
      "growthlab",
      "proximityDiagonal",
      "método eigen",
      "escala growthlab",
    ]) {
      expect(texts(es.report.sheets[0] as ReportSheet).join("\n")).not.toContain(word);
      expect(texts(sheet).join("\n")).not.toContain(word);
    }
  });

  it("names COI and COG unambiguously in Spanish (no IPC, the consumer price index)", () => {
    const es = productSpace(tradeInputFromTable(wide), { country: "A", language: "es", date: DATE });
    const all = texts(es.report.sheets[0] as ReportSheet).join("\n");
    expect(all).not.toMatch(/\bIPC\b|\bGPC\b/);
    expect(all).toContain("índice de perspectiva de complejidad (COI)");
    expect(all).toContain("COG (ganancia de perspectiva de complejidad)");
    expect(printedOffset(es.report.sheets[0] as ReportSheet, "es")).toBeCloseTo(offset, 9);
  });

  it("says how many opportunities it lists out of how many", () => {
    expect(texts(sheet)).toContain(
      "Opportunities for A: the 3 products it does not yet export with RCA ≥ 1 (M = 0), by COG, then density",
    );
    const two = productSpace(tradeInputFromTable(wide), { country: "A", date: DATE, top: 2 });
    expect(texts(two.report.sheets[0] as ReportSheet)).toContain(
      "Opportunities for A: the first 2 of the 3 products it does not yet export with RCA ≥ 1 (M = 0), by COG, then density",
    );
  });
});

describe("small exporters and regional tables", () => {
  // The toy plus a territory exporting a sliver of p6 only: below 0.01 % of the table's total.
  const tiny: TableData = { ...wide, rows: [...wide.rows, ["T", 0, 0, 0, 0, 0, 0.01]] };
  const run = (options: Partial<ProductSpaceOptions> = {}) =>
    productSpace(tradeInputFromTable(tiny), { country: "A", date: DATE, ...options });

  it("leaves reporters below the minimum export share out of the computation and the ranking", () => {
    expect(DEFAULT_MIN_EXPORT_SHARE).toBe(0.0001);
    const { summary, report } = run();
    expect(summary.leftOut).toEqual(["T"]);
    expect(summary.countries).toBe(5);
    expect(summary.eciRanking.map((r) => r.country)).toEqual(["E", "A", "B", "C", "D"]);
    const eci = new Map(summary.eciRanking.map((r) => [r.country, r.eci]));
    expectClose(
      toy.inputs.countries.map((c) => eci.get(c) as number),
      toy.expected.eci,
      1e-5,
    );
    const all = texts(report.sheets[0] as ReportSheet);
    expect(all).toContain(
      "Left out of the computation and the ranking: 1 reporters with exports below 0.01 % of the table's total: T",
    );
    expect(methodRow(report.sheets[0] as ReportSheet, "Small exporters")).toContain("US$1 billion");
  });

  it("keeps every reporter with minExportShare 0, and says what that risks", () => {
    const { summary, report } = run({ minExportShare: 0 });
    expect(summary.leftOut).toEqual([]);
    expect(summary.countries).toBe(6);
    // T's single product makes it look complex: the distortion the default avoids.
    expect(summary.eciRanking[0]?.country).toBe("T");
    expect(methodRow(report.sheets[0] as ReportSheet, "Small exporters")).toContain("No reporter is left out");
  });

  it("keeps a small focus country, with a note", () => {
    const { summary, report } = run({ country: "T" });
    expect(summary.leftOut).toEqual([]);
    expect(summary.country).toBe("T");
    expect(texts(report.sheets[0] as ReportSheet).some((s) => s.startsWith("T exports 0.00"))).toBe(true);
  });

  it("refuses a share outside [0, 1)", () => {
    for (const minExportShare of [-0.1, 1, NaN]) expect(() => run({ minExportShare })).toThrow(/minExportShare/);
  });

  it("warns that a regional table is not the world", () => {
    const { report } = run();
    expect(texts(report.sheets[0] as ReportSheet).some((s) => s.startsWith("Important: only 6 reporters."))).toBe(true);
  });

  it("says that a world reference is not used", () => {
    const input = appendReferenceRows(tradeInputFromTable(csvTable(LATAM)), csvTable(WORLD), "World");
    const withReference = productSpace(input, { country: "CHL", reference: "World", date: DATE, top: 5 });
    const note = (s: string): boolean => s.startsWith("The reference (");
    expect(texts(withReference.report.sheets[0] as ReportSheet).some(note)).toBe(true);
    const without = productSpace(tradeInputFromTable(csvTable(LATAM)), { country: "CHL", date: DATE, top: 5 });
    expect(texts(without.report.sheets[0] as ReportSheet).some(note)).toBe(false);
  });
});

describe("product space on the world SITC table (226 reporters, 1998–2000)", () => {
  const world = tradeInputFromTable(csvTable("assets/samples/trade/world_trade_sitc4_avg_1998_2000.csv"));
  const { summary, report } = productSpace(world, { country: "chl", date: DATE });

  it("leaves the tiny territories out of the ECI ranking, and gives no regional warning", () => {
    expect(summary.leftOut).toEqual(expect.arrayContaining(["sgs", "hmd", "bvt"]));
    expect(summary.countries + summary.leftOut.length).toBe(226);
    expect(summary.eciRanking.slice(0, 10).map((r) => r.country)).not.toEqual(
      expect.arrayContaining(["sgs", "hmd", "bvt"]),
    );
    expect(texts(report.sheets[0] as ReportSheet).some((s) => s.startsWith("Important: only"))).toBe(false);
  });

  it("heads the opportunity list with the first 50 of the candidates", () => {
    expect(summary.opportunities).toHaveLength(50);
    expect(texts(report.sheets[0] as ReportSheet)).toContain(
      `Opportunities for chl: the first 50 of the ${String(summary.candidateCount)} products it does not yet export with RCA ≥ 1 (M = 0), by COG, then density`,
    );
  });
});

describe("product space on a period with no exports", () => {
  it("leaves nobody out for size, and says presence is missing", () => {
    const empty: TableData = {
      name: "zero",
      headers: ["year", "origin", "hs92", "export_val"],
      rows: [
        [2000, "aaa", "01", 0],
        [2000, "bbb", "01", 0],
        [2000, "ccc", "02", 0],
      ],
    };
    expect(() => productSpace(tradeInputFromTable(empty), { country: "aaa" })).toThrow(
      /needs at least 2 countries with presence and 2 products with presence \(got 0 and 0\)/,
    );
  });
});
