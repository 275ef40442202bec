/**
 * The workbench (the built pane in a plain browser, no Office): open the sample data, an .xlsx and a CSV,
 * run the input-output and trade analyses, download the result workbook and check, in Node, that its
 * numbers are what the custom functions give on the same data, its sheet names, and its native charts.
 */
import { writeReportWorkbook } from "../../src/xlsx/writeWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { expectClose } from "../support/close";
import { describeBrowser } from "./harness";
import { closeSection, download, expectValue, guideScreenshot, openSection, runAnalysis, usePane } from "./steps";
import {
  brazilTable,
  gridColumn,
  gridTable,
  ioByFunctions,
  LATAM_CSV,
  numericColumn,
  partText,
  rcaByFunction,
  sheetNamed,
  zipParts,
} from "./workbook";

const WRITTEN = "Report written to the sheets:";

/** Checks the per-sector table of an "IO linkages" sheet against the functions. */
function expectIoNumbers(
  cells: Parameters<typeof gridTable>[0],
  expected: ReturnType<typeof ioByFunctions>,
  firstColumn = "Sector",
): void {
  const table = gridTable(cells, firstColumn, "Output multiplier");
  expect(gridColumn(table, firstColumn)).toEqual(expected.sectors);
  expectClose(numericColumn(table, "Output multiplier"), expected.multiplier, 1e-12);
  expectClose(numericColumn(table, "Backward linkage"), expected.backward, 1e-12);
  expectClose(numericColumn(table, "Forward linkage"), expected.forward, 1e-12);
}

/** Checks every product row of a "Trade niches" sheet's RCA column against SELA.RCA. */
function expectRcaNumbers(cells: Parameters<typeof gridTable>[0], expected: Map<string, number>): void {
  const table = gridTable(cells, "Product", "RCA");
  expect(table.rows.length).toBeGreaterThan(100);
  const products = gridColumn(table, "Product").map(String);
  const actual = numericColumn(table, "RCA");
  expectClose(
    actual,
    products.map((p) => expected.get(p) ?? NaN),
    1e-12,
  );
}

describeBrowser("the workbench (browser, no Office)", () => {
  const pane = usePane();

  it("uses the sample data, runs IO and trade, and downloads a workbook with the functions' numbers and charts", async () => {
    const { page, finish } = await pane("none", "en-US");
    const files = page.getByRole("region", { name: "Workbook file" });
    await expect(files.getByRole("button", { name: "Download results (.xlsx)" }).isDisabled()).resolves.toBe(true);
    await files.getByRole("button", { name: "Use sample data" }).click();
    await files.getByText("Sample tables added: Brazil IO 2015, LatAm trade.").waitFor();

    const io = await openSection(page, "Input-output linkages");
    await expectValue(io.getByLabel("Table", { exact: true }), "SELA_Brazil_IO_2015");
    await expect(io.getByRole("checkbox", { name: "Employment" }).isChecked()).resolves.toBe(true);
    expect(await runAnalysis(io, "Run input-output analysis", WRITTEN)).toEqual(["IO linkages", "IO matrices"]);

    const trade = await openSection(page, "Trade niches");
    await expectValue(trade.getByLabel("Table", { exact: true }), "SELA_LatAm_trade");
    await expect(trade.getByRole("radio", { name: "A world-total column" }).isChecked()).resolves.toBe(true);
    await expectValue(trade.getByLabel("World-total column", { exact: true }), "world_value");
    await trade.getByRole("combobox", { name: "Focus country" }).fill("chl");
    expect(await runAnalysis(trade, "Run trade niches", WRITTEN)).toEqual(["Trade niches"]);
    await trade.getByText(/^Top niches of chl: /).waitFor();

    const status = files.getByRole("status");
    await expect(status.textContent()).resolves.toBe("3 result sheets ready: IO linkages, IO matrices, Trade niches");
    // The guide shows the file actions with the results ready, the analysis sections folded.
    await closeSection(page, "Input-output linkages");
    await closeSection(page, "Trade niches");
    await guideScreenshot(page, "pane-workbench.en", page.locator("main"));

    const file = await download(page, files.getByRole("button", { name: "Download results (.xlsx)" }));
    expect(file.name).toBe("sela-niches-results.xlsx");
    await files.getByText("Downloaded sela-niches-results.xlsx.").waitFor();
    const book = readWorkbook(file.bytes);
    expect(book.sheets.map((s) => s.name)).toEqual(["IO linkages", "IO matrices", "Trade niches"]);

    const brazil = brazilTable();
    expectIoNumbers(sheetNamed(book.sheets, "IO linkages").cells, ioByFunctions(brazil));
    const matrices = sheetNamed(book.sheets, "IO matrices").cells;
    const a = matrices.findIndex((r) => (r[0] ?? "") === "" && r[1] === "Agriculture");
    expect(matrices[a + 1]?.[1]).toBeCloseTo((brazil.rows[0]?.[1] as number) / (brazil.rows[0]?.[13] as number), 14);
    expectRcaNumbers(sheetNamed(book.sheets, "Trade niches").cells, rcaByFunction("chl", true));

    const parts = zipParts(file.bytes);
    const chart = partText(parts, "xl/charts/chart1.xml");
    expect(chart).toContain("<c:scatterChart>");
    expect(chart).toContain("Key sectors: backward vs forward linkages");
    expect(chart).toMatch(/'IO linkages'!\$D\$\d+:\$D\$\d+/);
    await finish();
  }, 60_000);

  it('opens an .xlsx file, runs the Ghosh variant on it and downloads the numbers SELA.FORWARD(…, "ghosh") gives', async () => {
    const brazil = brazilTable();
    const input = writeReportWorkbook({
      sheets: [
        {
          name: "Brazil",
          blocks: [{ row: 0, col: 0, style: "table", header: true, values: [brazil.headers, ...brazil.rows] }],
          charts: [],
        },
      ],
    });
    const { page, finish } = await pane("none", "en-US");
    const files = page.getByRole("region", { name: "Workbook file" });
    await files.getByLabel("Open .xlsx or .csv").setInputFiles({
      name: "brazil.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(input),
    });
    await files.getByText("Opened brazil.xlsx: 1 table or range.").waitFor();
    const io = await openSection(page, "Input-output linkages");
    await expectValue(io.getByLabel("Table", { exact: true }), "'Brazil'!A1:Q13");
    await io.getByRole("radio", { name: "Ghosh (supply-driven)" }).check();
    expect(await runAnalysis(io, "Run input-output analysis", WRITTEN)).toEqual(["IO linkages", "IO matrices"]);
    const file = await download(page, files.getByRole("button", { name: "Download results (.xlsx)" }));
    const book = readWorkbook(file.bytes);
    const cells = sheetNamed(book.sheets, "IO linkages").cells;
    expect(cells.some((r) => r[0] === "12 sectors; forward linkages from the Ghosh inverse")).toBe(true);
    expectIoNumbers(cells, ioByFunctions(brazil, "ghosh"));
    await finish();
  }, 60_000);

  it("opens the trade CSV of assets/samples and, with all reporters as the world, gives SELA.RCA's numbers", async () => {
    const { page, finish } = await pane("none", "en-US");
    const files = page.getByRole("region", { name: "Workbook file" });
    await files.getByLabel("Open .xlsx or .csv").setInputFiles(LATAM_CSV);
    await files.getByText("Opened world_trade_sitc4_latam_subset.csv: 1 table or range.").waitFor();
    const trade = await openSection(page, "Trade niches");
    await trade.getByRole("radio", { name: "All reporters in the table" }).check();
    await trade.getByRole("combobox", { name: "Focus country" }).fill("chl");
    expect(await runAnalysis(trade, "Run trade niches", WRITTEN)).toEqual(["Trade niches"]);
    const file = await download(page, files.getByRole("button", { name: "Download results (.xlsx)" }));
    const book = readWorkbook(file.bytes);
    expect(book.sheets.map((s) => s.name)).toEqual(["Trade niches"]);
    expectRcaNumbers(sheetNamed(book.sheets, "Trade niches").cells, rcaByFunction("chl", false));
    await finish();
  }, 60_000);
});
