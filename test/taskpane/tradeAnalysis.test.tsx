/** @jest-environment jsdom */
import "../support/jsdomSetup";
import { fireEvent, waitFor, within } from "@testing-library/react";
import type { TableData } from "../../src/analysis/gateway";
import { labels } from "../../src/analysis/labels";
import type { ReportValue } from "../../src/analysis/report";
import { marketshare, rca } from "../../src/functions/trade";
import { FakeGateway } from "../support/fakeGateway";
import { chooseCountry, openSection, renderPane, testLoader } from "../support/paneSupport";
import { tradeSampleTable } from "../../src/taskpane/samples";

const COUNTRIES = ["arg", "chl", "per"];
const PRODUCTS = ["0011", "0222", "5111"];
/** exports[year][country][product] */
const EXPORTS: Record<string, number[][]> = {
  "2019": [
    [50, 10, 40],
    [5, 60, 20],
    [30, 30, 5],
  ],
  "2020": [
    [55, 12, 30],
    [8, 70, 35],
    [25, 28, 9],
  ],
};

function smallTradeTable(): TableData {
  const rows: (string | number)[][] = [];
  for (const year of ["2019", "2020"]) {
    COUNTRIES.forEach((c, i) => {
      PRODUCTS.forEach((p, j) => rows.push([c, p, year, EXPORTS[year]![i]![j]!]));
    });
  }
  return { name: "trade_small", headers: ["reporter", "product", "year", "value"], rows };
}

/** The per-product table of the trade sheet (header starts with "Product" and has the RCA column). */
function perProduct(gateway: FakeGateway, rcaHeader: string): { header: ReportValue[]; rows: ReportValue[][] } {
  const t = labels("en");
  const sheet = gateway.reports[0]!.report.sheets[0]!;
  const block = sheet.blocks.find((b) => b.values[0]?.[0] === t.product && b.values[0].includes(rcaHeader));
  expect(block).toBeDefined();
  const [header, ...rows] = block!.values;
  return { header: [...header!], rows: rows.map((r) => [...r]) };
}

describe("trade niches in the pane", () => {
  it("runs on a two-year long table and writes the RCA and market shares the functions give", async () => {
    const gateway = new FakeGateway();
    gateway.addTable("trade_small", smallTradeTable());
    renderPane({ gateway });
    const trade = openSection("Trade niches");
    await waitFor(() => {
      expect(within(trade).getByLabelText<HTMLSelectElement>("Last period (t1)").value).toBe("2020");
    });
    expect(within(trade).getByLabelText<HTMLSelectElement>("First period (t0)").value).toBe("2019");
    expect(within(trade).getByLabelText<HTMLSelectElement>("Reporter (country) column").value).toBe("reporter");
    expect(within(trade).getByLabelText<HTMLSelectElement>("Year column (optional)").value).toBe("year");
    const run = within(trade).getByRole("button", { name: "Run trade niches" });
    expect(run).toHaveProperty("disabled", true); // no focus country yet
    await chooseCountry(trade, "CHL");
    await waitFor(() => {
      expect(run).toHaveProperty("disabled", false);
    });
    fireEvent.click(run);
    await within(trade).findByText("Report written to the sheets:", {}, { timeout: 10000 });
    expect(within(trade).getByText(/^Top niches of chl:/)).toBeTruthy();

    const { header, rows } = perProduct(gateway, "RCA 2020");
    const col = (name: string): number => header.indexOf(name);
    for (const [year, rcaName, shareName] of [
      ["2019", "RCA 2019", "Market share 2019"],
      ["2020", "RCA 2020", "Market share 2020"],
    ] as const) {
      const matrix = EXPORTS[year]!;
      const expected = rca(matrix);
      const world = [PRODUCTS.map((_, j) => matrix.reduce((s, r) => s + r[j]!, 0))];
      const share = marketshare([matrix[1]!], world);
      PRODUCTS.forEach((p, j) => {
        const row = rows.find((r) => r[0] === p)!;
        expect(row[col(rcaName)] as number).toBeCloseTo(expected[1]![j] as number, 12);
        expect(row[col(shareName)] as number).toBeCloseTo(share[0]![j] as number, 12);
      });
    }
  });

  it("says which typed country is not a reporter and keeps Run disabled", async () => {
    const gateway = new FakeGateway();
    gateway.addTable("trade_small", smallTradeTable());
    renderPane({ gateway });
    const trade = openSection("Trade niches");
    await chooseCountry(trade, "bra");
    await within(trade).findByText('"bra" is not a reporter of the table.');
    expect(within(trade).getByRole("button", { name: "Run trade niches" })).toHaveProperty("disabled", true);
  });

  it("runs on the Latin American sample against its world-total column, as SELA.RCA with that reference", async () => {
    const gateway = new FakeGateway();
    const table = tradeSampleTable(
      await testLoader("samples/trade/world_trade_sitc4_latam_subset.csv"),
      await testLoader("samples/trade/world_trade_sitc4_product_totals.csv"),
      "en",
    );
    gateway.addTable("SELA_LatAm_trade", table);
    renderPane({ gateway });
    const trade = openSection("Trade niches");
    await waitFor(() => {
      expect(within(trade).getByLabelText<HTMLSelectElement>("World-total column").value).toBe("world_value");
    });
    expect(within(trade).getByRole<HTMLInputElement>("radio", { name: "A world-total column" }).checked).toBe(true);
    await chooseCountry(trade, "chl");
    const run = within(trade).getByRole("button", { name: "Run trade niches" });
    await waitFor(() => {
      expect(run).toHaveProperty("disabled", false);
    });
    fireEvent.click(run);
    await within(trade).findByText("Report written to the sheets:", {}, { timeout: 20000 });

    // Wide exports and the world row on the products of the table, in first-seen order.
    const products: string[] = [];
    const countries: string[] = [];
    const value = new Map<string, number>();
    const worldOf = new Map<string, number>();
    for (const [c, code, v, w] of table.rows as [string, string | number, number, number][]) {
      const p = String(code); // codes without a leading zero are numbers in the CSV, text in the analysis
      if (!products.includes(p)) products.push(p);
      if (!countries.includes(c)) countries.push(c);
      value.set(`${c}|${p}`, v);
      worldOf.set(p, w);
    }
    const matrix = countries.map((c) => products.map((p) => value.get(`${c}|${p}`) ?? 0));
    const expected = rca(matrix, [products.map((p) => worldOf.get(p)!)]);
    const chl = countries.indexOf("chl");
    const { header, rows } = perProduct(gateway, "RCA");
    const k = header.indexOf("RCA");
    expect(rows).toHaveLength(products.length);
    for (const row of rows) {
      const j = products.indexOf(row[0] as string);
      expect(row[k] as number).toBeCloseTo(expected[chl]![j] as number, 10);
    }
  }, 30000);

  it("recognises the Spanish sample's headers and runs on them against its world-total column", async () => {
    const gateway = new FakeGateway();
    const table = tradeSampleTable(
      await testLoader("samples/trade/world_trade_sitc4_latam_subset.csv"),
      await testLoader("samples/trade/world_trade_sitc4_product_totals.csv"),
      "es",
    );
    gateway.addTable("SELA_LatAm_trade", table);
    renderPane({ gateway, language: "es" });
    const trade = openSection("Nichos comerciales");
    await waitFor(() => {
      expect(within(trade).getByLabelText<HTMLSelectElement>("Columna del total mundial").value).toBe("valor_mundial");
    });
    const chosen = (label: string): string => within(trade).getByLabelText<HTMLSelectElement>(label).value;
    expect(chosen("Columna del declarante (país)")).toBe("país");
    expect(chosen("Columna del producto")).toBe("producto");
    expect(chosen("Columna del valor exportado")).toBe("valor");
    const box = await within(trade).findByRole("combobox", { name: "País foco" });
    fireEvent.change(box, { target: { value: "chl" } });
    const run = within(trade).getByRole("button", { name: "Ejecutar nichos comerciales" });
    await waitFor(() => {
      expect(run).toHaveProperty("disabled", false);
    });
    fireEvent.click(run);
    await within(trade).findByText("Informe escrito en las hojas:", {}, { timeout: 20000 });
  }, 30000);
});
