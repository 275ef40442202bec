import type { TableData } from "../../src/analysis/gateway";
import type { ReportSheet, ReportValue } from "../../src/analysis/report";
import { appendReferenceRows, detectTradeLayout, tradeInputFromTable } from "../../src/analysis/tradeInput";
import { tradeNiches } from "../../src/analysis/tradeNiches";
import { FORMATS } from "../../src/analysis/sheetBuilder";
import { SelaError } from "../../src/core/errors";
import { pivotLong } from "../../src/core/trade/pivotLong";
import { setLanguage } from "../../src/functions/language";
import { rca, tradecan } from "../../src/functions/trade";
import { expectClose, grid, numbers } from "../support/close";
import { csvTable, LATAM, WORLD } from "./samples";

const DATE = new Date("2025-01-15T12:00:00Z");

/** Two years, three countries, two products: every number can be checked by hand (see the comments). */
const toy: TableData = {
  name: "toy",
  headers: ["Year", "Country", "Product", "Exports", "Imports"],
  rows: [
    // 2000: world p1 = 40, p2 = 160 (total 200)
    [2000, "A", "0101", 10, 0],
    [2000, "A", "0202", 10, 0],
    [2000, "B", "0101", 20, 0],
    [2000, "B", "0202", 60, 0],
    [2000, "C", "0101", 10, 0],
    [2000, "C", "0202", 90, 0],
    // 2010: world p1 = 80, p2 = 120 (total 200)
    [2010, "A", "0101", 30, 10],
    [2010, "A", "0202", 10, 50],
    [2010, "B", "0101", 20, 0],
    [2010, "B", "0202", 40, 0],
    [2010, "C", "0101", 30, 0],
    [2010, "C", "0202", 70, 0],
  ],
};

function tableOf(sheet: ReportSheet, first: string, column: string): { header: ReportValue[]; rows: ReportValue[][] } {
  const block = sheet.blocks.find(
    (b) => b.header === true && b.values[0]?.[0] === first && b.values[0].includes(column),
  );
  if (!block) throw new Error(`no table ${first}/${column}`);
  return { header: [...(block.values[0] ?? [])], rows: block.values.slice(1).map((r) => [...r]) };
}

function col(t: { header: ReportValue[]; rows: ReportValue[][] }, name: string): ReportValue[] {
  const j = t.header.indexOf(name);
  if (j < 0) throw new Error(`no column ${name} in ${JSON.stringify(t.header)}`);
  return t.rows.map((r) => r[j] as ReportValue);
}

function texts(sheet: ReportSheet): string[] {
  return sheet.blocks.flatMap((b) => b.values.flat().filter((v): v is string => typeof v === "string"));
}

describe("trade niches on a hand-checkable long table with two years", () => {
  const input = tradeInputFromTable(toy, { imports: "Imports" });
  const { report, summary } = tradeNiches(input, { country: "a", date: DATE, source: "toy" });
  const sheet = report.sheets[0] as ReportSheet;

  it("detects the columns and keeps product codes as text", () => {
    expect(input.kind).toBe("long");
    if (input.kind !== "long") return;
    expect(input.columns).toMatchObject({ reporter: "Country", product: "Product", value: "Exports", year: "Year" });
    expect(input.table.cols[0]).toBe("0101");
    expect(input.table.years?.[0]).toBe("2000");
  });

  it("computes RCA, market shares, changes and TradeCAN by hand", () => {
    expect(summary.twoPeriods).toBe(true);
    expect(summary.periods).toEqual(["2000", "2010"]);
    const [p1, p2] = summary.products;
    expect(p1?.rca).toBeCloseTo(1.875, 12); // (30/40)/(80/200)
    expect(p2?.rca).toBeCloseTo(0.25 / 0.6, 12);
    expect(p1?.symmetricRca).toBeCloseTo(0.875 / 2.875, 12);
    expect(p1?.rcaT0).toBeCloseTo(0.5 / 0.2, 12);
    expect(p1?.marketShareT0).toBeCloseTo(0.25, 12);
    expect(p1?.marketShare).toBeCloseTo(0.375, 12);
    expect(p1?.shareChange).toBeCloseTo(0.125, 12);
    expect(p1?.weightChange).toBeCloseTo(0.2, 12);
    expect(p2?.weightChange).toBeCloseTo(-0.2, 12);
    expect(p1?.tradeCan).toBe("RISING_STAR");
    expect(p2?.tradeCan).toBe("FALLING_STAR");
    expect(summary.niches.map((n) => n.product)).toEqual(["0101"]);
    expect(summary.risingStars).toBe(1);
  });

  it("equals SELA.RCA and SELA.TRADECAN on the same wide tables", () => {
    setLanguage("en");
    const x0 = [
      [10, 10],
      [20, 60],
      [10, 90],
    ];
    const x1 = [
      [30, 10],
      [20, 40],
      [30, 70],
    ];
    const fromFunction = numbers(rca(x1))[0] as number[];
    expectClose(
      summary.products.map((p) => p.rca),
      fromFunction,
      1e-14,
    );
    const classes = grid(tradecan(x0, x1, [[40, 160]], [[80, 120]]))[0];
    expect(summary.products.map((p) => p.tradeCanLabel)).toEqual(classes);
    const perProduct = tableOf(sheet, "Product", "TradeCAN class");
    expect(col(perProduct, "TradeCAN class")).toEqual(classes);
    expect(col(perProduct, "RCA 2010")).toEqual(summary.products.map((p) => p.rca));
    // Symmetric RCA is of t1, labelled with its year like the other columns.
    expect(col(perProduct, "Symmetric RCA 2010")).toEqual(summary.products.map((p) => p.symmetricRca));
    expect(perProduct.header).not.toContain("Symmetric RCA");
  });

  it("summarises balance, Grubel–Lloyd and concentration from the imports column", () => {
    expect(summary.balance).toEqual({ exports: 40, imports: 60, balance: -20, glAggregate: 0.4, glAdjusted: 0.5 });
    expect(summary.concentration.hhi).toBeCloseTo(0.75 ** 2 + 0.25 ** 2, 12);
  });

  it("draws the competitiveness matrix with quadrant lines at 0 and labelled niche points", () => {
    const chart = sheet.charts[0];
    expect(chart?.title).toBe("Competitiveness matrix (TradeCAN)");
    expect(chart?.series.map((s) => s.kind)).toEqual(["markers", "markers", "line", "line"]);
    expect(chart?.series[1]?.labels).toBeDefined();
    // Axes label their ticks as percentages, like the columns they plot; the changes are signed.
    expect(chart?.xFormat).toBe(FORMATS.weightChange);
    expect(chart?.yFormat).toBe(FORMATS.shareChange);
    const perProduct = sheet.blocks.find((b) => b.values[0]?.includes("Δ product weight"));
    const weightColumn = perProduct?.values[0]?.indexOf("Δ product weight") ?? -1;
    expect(perProduct?.columnFormats?.[weightColumn]).toBe("+0.0000%;-0.0000%;0.0000%");
    expect(texts(sheet)).not.toContain(
      "TradeCAN classes and the competitiveness matrix need two periods (t0 and t1); this table has one period, so they are not shown and the niche list ranks by RCA.",
    );
  });

  it("averages several years per end", () => {
    // A third year, so that t0 = 2000–2010 ends before t1 = 2020: A's 0101 at t0 = (10 + 30) / 2 = 20.
    const later = [2020, "A", "0101", 40, 0];
    const three = tradeInputFromTable({ ...toy, rows: [...toy.rows, later] }, { imports: "Imports" });
    const { summary: s } = tradeNiches(three, { country: "A", t0: ["2000", "2010"], t1: "2020", date: DATE });
    expect(s.products[0]?.exportsT0).toBe(20);
    expect(s.periods).toEqual(["2000–2010", "2020"]);
  });

  it("writes Spanish labels", () => {
    const es = tradeNiches(input, { country: "A", language: "es", date: DATE });
    const s = es.report.sheets[0] as ReportSheet;
    expect(s.name).toBe("Nichos comerciales");
    expect(es.summary.products[0]?.tradeCanLabel).toBe("Estrellas nacientes");
    expect(texts(s)).toContain("Español (es)");
  });

  it("explains a missing country, year or column", () => {
    expect(() => tradeNiches(input, { country: "Z" })).toThrow(/the country "Z" is not a reporter/);
    expect(() => tradeNiches(input, { country: "A", t1: "1999" })).toThrow(/the year 1999 is not in the table/);
    expect(() => tradeInputFromTable(toy, { value: "FOB" })).toThrow(/no column "FOB"/);
    try {
      tradeInputFromTable(toy, { value: "FOB" });
    } catch (e) {
      expect((e as SelaError).text.es).toContain('no hay una columna "FOB"');
    }
    const bad: TableData = { ...toy, rows: [...toy.rows.slice(0, 3), [2000, "B", "0202", "n/a", 0]] };
    expect(() => tradeInputFromTable(bad)).toThrow('the column "Exports" has a non-numeric value at row 5: "n/a"');
  });

  it("reads wide tables with a world-total row as reference", () => {
    const wide: TableData = {
      name: "wide",
      headers: ["", "0101", "0202"],
      rows: [
        ["A", 30, 10],
        ["B", 20, 40],
        ["World", 100, 300],
      ],
    };
    expect(detectTradeLayout(wide)).toBe("wide");
    const w = tradeNiches(tradeInputFromTable(wide), { country: "A", reference: "world", date: DATE });
    expect(w.summary.referenceKind).toBe("row");
    expect(w.summary.products[0]?.rca).toBeCloseTo(30 / 40 / (100 / 400), 12);
    expect(
      numbers(
        rca(
          [
            [30, 10],
            [20, 40],
          ],
          [[100, 300]],
        ),
      )[0]?.[0],
    ).toBeCloseTo(w.summary.products[0]?.rca as number, 14);
    expect(w.summary.products[0]?.marketShare).toBeCloseTo(0.3, 12);
  });
});

describe("trade niches on the Latin American sample (one period)", () => {
  const trade = tradeInputFromTable(csvTable(LATAM, "latam"));
  const input = appendReferenceRows(trade, csvTable(WORLD, "world"), "World");
  const { report, summary } = tradeNiches(input, { country: "chl", reference: "World", date: DATE });
  const sheet = report.sheets[0] as ReportSheet;

  it("says that TradeCAN needs two periods, draws no chart and ranks niches by RCA", () => {
    expect(summary.twoPeriods).toBe(false);
    expect(sheet.charts).toHaveLength(0);
    expect(texts(sheet)).toContain(
      "TradeCAN classes and the competitiveness matrix need two periods (t0 and t1); this table has one period, so they are not shown and the niche list ranks by RCA.",
    );
    const r = summary.niches.map((n) => n.rca);
    expect(r.every((v, i) => v >= 1 && (i === 0 || v <= (r[i - 1] as number)))).toBe(true);
    expect(summary.niches).toHaveLength(25);
    expect(summary.products).toHaveLength(785);
  });

  it("says the niche list shows the first 25 of the products with RCA ≥ 1", () => {
    const withAdvantage = summary.products.filter((p) => p.rca >= 1).length;
    expect(summary.productsWithAdvantage).toBe(withAdvantage);
    expect(withAdvantage).toBeGreaterThan(25);
    expect(texts(sheet)).toContain(
      `Niche list: the first 25 of ${String(withAdvantage)} products with RCA ≥ 1, by RCA`,
    );
    // All of them shown: the heading needs no count.
    const all = tradeNiches(input, { country: "chl", reference: "World", top: withAdvantage, date: DATE });
    expect(texts(all.report.sheets[0] as ReportSheet)).toContain("Niche list: products with RCA ≥ 1, by RCA");
    const es = tradeNiches(input, { country: "chl", reference: "World", language: "es", date: DATE });
    expect(texts(es.report.sheets[0] as ReportSheet)).toContain(
      `Lista de nichos: los primeros 25 de ${String(withAdvantage)} productos con VCR ≥ 1, según la VCR`,
    );
  });

  it("names the reference table the world exports came from", () => {
    expect(summary.referenceKind).toBe("table");
    expect(summary.reference).toBe("world");
    expect(texts(sheet)).toContain("world exports from world");
    expect(texts(sheet)).not.toContain("the world-total row World");
  });

  it("takes a world_value column, recognised by name, as the reference and names it", () => {
    // The guide's layout: the sample with the world's exports of each product joined as `world_value`.
    const latam = csvTable(LATAM, "latam");
    const worldOf = new Map(csvTable(WORLD).rows.map((r) => [String(r[0]), r[1] ?? null]));
    const joined = {
      ...latam,
      headers: [...latam.headers, "world_value"],
      rows: latam.rows.map((r) => [...r, worldOf.get(String(r[1])) ?? null]),
    };
    const column = tradeNiches(tradeInputFromTable(joined), { country: "chl", date: DATE });
    expect(column.summary.referenceKind).toBe("column");
    expect(column.summary.reference).toBe("world_value");
    const subtitle = texts(column.report.sheets[0] as ReportSheet).find((t) => t.startsWith("Reference: "));
    expect(subtitle).toBe("Reference: the world-total column world_value; one period (all records)");
    // RCA = (x_p / X) / (w_p / W), W = the world's exports of the products in the table (a column has no
    // world total for products no reporter exports, unlike a separate reference table).
    const x = new Map(column.summary.products.map((p) => [p.product, p.exports]));
    const X = [...x.values()].reduce((a, b) => a + b, 0);
    const W = column.summary.products.reduce((a, p) => a + Number(worldOf.get(p.product) ?? 0), 0);
    for (const p of column.summary.products) {
      const w = Number(worldOf.get(p.product) ?? 0);
      if (w > 0) expect(p.rca).toBeCloseTo((x.get(p.product) as number) / X / (w / W), 10);
    }
  });
  it("equals SELA.RCA with the world totals as reference", () => {
    if (trade.kind !== "long") throw new Error("long expected");
    const world = csvTable(WORLD);
    const products = world.rows.map((r) => String(r[0]));
    const pivot = pivotLong(trade.table, { colLabels: products });
    const exports = Array.from({ length: pivot.matrix.rows }, (_, i) =>
      Array.from(pivot.matrix.data.slice(i * 785, (i + 1) * 785)),
    );
    const expected = numbers(rca(exports, [world.rows.map((r) => r[1] as number)]))[
      pivot.rowLabels.indexOf("chl")
    ] as number[];
    const byProduct = new Map(summary.products.map((p) => [p.product, p.rca]));
    expectClose(
      products.map((p) => byProduct.get(p) as number),
      expected,
      1e-12,
    );
    expect(summary.products.find((p) => p.product === "2871")?.rca).toBeGreaterThan(10); // copper ores
  });
});

describe("trade niches of a single country against world totals", () => {
  // Chile's own exports (400 in all) with the world's exports of each product (2000 in all).
  const chile: TableData = {
    name: "chl",
    headers: ["country", "product", "exports", "world_value"],
    rows: [
      ["chl", "0011", 100, 1000],
      ["chl", "0012", 300, 1000],
    ],
  };

  it("computes RCA and market shares against the world column", () => {
    const { summary } = tradeNiches(tradeInputFromTable(chile), { country: "chl", date: DATE });
    expect(summary.products.map((p) => p.rca)).toEqual([0.5, 1.5]); // (100/400)/(1000/2000), (300/400)/(1000/2000)
    expect(summary.products.map((p) => p.marketShare)).toEqual([0.1, 0.3]);
  });

  it("computes the same against a reference table", () => {
    const bare = tradeInputFromTable({
      ...chile,
      headers: chile.headers.slice(0, 3),
      rows: chile.rows.map((r) => r.slice(0, 3)),
    });
    const world: TableData = {
      name: "w",
      headers: ["product", "value"],
      rows: [
        ["0011", 1000],
        ["0012", 1000],
      ],
    };
    const input = appendReferenceRows(bare, world, "World", "world.csv");
    const { summary } = tradeNiches(input, { country: "chl", reference: "World", date: DATE });
    expect(summary.products.map((p) => p.rca)).toEqual([0.5, 1.5]);
  });

  it("is refused without a reference (the column sums of one country are the country itself)", () => {
    expect(() => tradeNiches(tradeInputFromTable(chile), { country: "chl", reference: "all" })).toThrow(
      /^the table has one reporter \(chl\) and no world reference: RCA compares a country with a reference/,
    );
  });
});

describe("trade niches against a world column", () => {
  it("warns that the world total only covers the products the table lists", () => {
    const table: TableData = {
      name: "chl",
      headers: ["country", "product", "value", "world_value"],
      rows: [
        ["chl", "0101", 10, 100],
        ["chl", "0102", 30, 900],
      ],
    };
    const { report } = tradeNiches(tradeInputFromTable(table), { country: "chl", date: DATE });
    expect(texts(report.sheets[0] as ReportSheet)).toContain(
      "The world total X_w is the world column summed over the products in the table: if the table lists only some products (one country's exports), give the world's exports of every product as a reference table instead.",
    );
  });
});
