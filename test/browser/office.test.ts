/**
 * The pane in Office mode: the Office.js request is answered by a stub that reports an Excel host and
 * installs the in-memory fake workbook, so the pane's real Office gateway writes into it and the tests
 * read what it wrote through `window.__fakeExcel`: the sample sheets, the report sheets with the functions'
 * numbers and native charts, labels kept as text, the trainer's workbook, freezing and repairing formulas,
 * and a formula inserted at the selection.
 */
import { expectClose } from "../support/close";
import { describeBrowser } from "./harness";
import {
  ANALYSIS_TIMEOUT,
  fakeRange,
  expectValue,
  fakeSheets,
  guideScreenshot,
  inFake,
  openSection,
  runAnalysis,
  usePane,
} from "./steps";
import { brazilTable, ioByFunctions, rcaByFunction } from "./workbook";

const WRITTEN = "Report written to the sheets:";

/** "'IO linkages'!D9:D20" → "D9:D20". */
const local = (address: string | undefined): string => (address ?? "").slice((address ?? "").lastIndexOf("!") + 1);
const column = (grid: unknown[][]): unknown[] => grid.map((r) => r[0]);

describeBrowser("the pane in Excel (Office.js stub, fake workbook)", () => {
  const pane = usePane();

  it("inserts the Brazil sample and writes the IO report: sheets, the functions' numbers, the chart, text labels", async () => {
    const { page, finish } = await pane("excel", "en-US");
    for (const name of ["Input-output linkages", "Sample data"]) {
      await expect(page.getByRole("button", { name, exact: true }).getAttribute("aria-expanded")).resolves.toBe("true");
    }
    for (const name of ["Trade niches", "Product space", "Share safely", "Insert a function"]) {
      await expect(page.getByRole("button", { name, exact: true }).getAttribute("aria-expanded")).resolves.toBe(
        "false",
      );
    }
    await expect(page.getByRole("region", { name: "Workbook file" }).count()).resolves.toBe(0);
    await guideScreenshot(page, "pane-start.en");

    const samples = page.getByRole("region", { name: "Sample data" });
    await samples.getByRole("button", { name: "Insert Brazil 2015 input-output table" }).click();
    await samples.getByText("Inserted on the sheet Brazil IO 2015.").waitFor();
    const io = page.getByRole("region", { name: "Input-output linkages" });
    await expectValue(io.getByLabel("Table", { exact: true }), "SELA_Brazil_IO_2015");
    await io.getByText("12 sectors found.").waitFor();
    expect(await runAnalysis(io, "Run input-output analysis", WRITTEN)).toEqual(["IO linkages", "IO matrices"]);
    await io.getByText(/^Key sectors: Manufacturing; /).waitFor();
    await guideScreenshot(page, "pane-io.en", io.locator(".."));

    const sheets = await fakeSheets(page);
    expect(sheets.map((s) => s.name)).toEqual(["Sheet1", "Brazil IO 2015", "IO linkages", "IO matrices"]);
    const linkages = sheets.find((s) => s.name === "IO linkages")!;
    expect(linkages.charts).toHaveLength(1);
    const chart = linkages.charts[0]!;
    expect(chart.title).toBe("Key sectors: backward vs forward linkages");
    expect(chart.series.map((s) => [s.name, s.type])).toEqual([
      ["Sectors", "XYScatter"],
      ["Backward = 1", "XYScatterLinesNoMarkers"],
      ["Forward = 1", "XYScatterLinesNoMarkers"],
    ]);

    // The chart's points are the sectors' backward (x) and forward (y) linkages, labelled with their names.
    const expected = ioByFunctions(brazilTable());
    const sectors = chart.series[0]!;
    expect(sectors.labels).toEqual(expected.sectors);
    const x = await fakeRange(page, "IO linkages", local(sectors.x));
    const y = await fakeRange(page, "IO linkages", local(sectors.y));
    expectClose(column(x.values) as number[], expected.backward, 1e-12);
    expectClose(column(y.values) as number[], expected.forward, 1e-12);

    // The per-sector table: labels written as Text (never coerced), the multipliers as numbers.
    const top = Number(/\d+/.exec(local(sectors.x))![0]);
    const table = await fakeRange(page, "IO linkages", `A${top - 1}:C${top + 11}`);
    expect(table.values[0]).toEqual(["Sector", "Gross output", "Output multiplier"]);
    expect(column(table.values.slice(1))).toEqual(expected.sectors);
    expect(column(table.formats.slice(1))).toEqual(Array<string>(12).fill("@"));
    expect(table.coerced.flat().some(Boolean)).toBe(false);
    expectClose(
      table.values.slice(1).map((r) => r[2] as number),
      expected.multiplier,
      1e-12,
    );
    expect(table.formulas.flat().some((f) => typeof f === "string" && f.startsWith("="))).toBe(false);

    // The sample sheet keeps its headers and labels as text too.
    const sample = await fakeRange(page, "Brazil IO 2015", "A3:B4");
    expect(sample.values).toEqual([
      ["Sector", "Agriculture"],
      ["Agriculture", expect.any(Number)],
    ]);
    expect(sample.formats[0]).toEqual(["@", "@"]);
    await finish();
  }, 60_000);

  it("runs trade niches and product space on the trade sample: new sheets, product codes kept as text", async () => {
    const { page, finish } = await pane("excel", "en-US");
    const samples = page.getByRole("region", { name: "Sample data" });
    // Brazil first, as a workshop does: the trade forms must then move to the trade table when it arrives.
    await samples.getByRole("button", { name: "Insert Brazil 2015 input-output table" }).click();
    await samples.getByText("Inserted on the sheet Brazil IO 2015.").waitFor();
    await samples.getByRole("button", { name: "Insert Latin American trade sample" }).click();
    await samples.getByText("Inserted on the sheet LatAm trade.").waitFor();
    await page.getByRole("button", { name: "Sample data", exact: true }).click();
    await page.getByRole("button", { name: "Input-output linkages", exact: true }).click();

    const trade = await openSection(page, "Trade niches");
    await expectValue(trade.getByLabel("Table", { exact: true }), "SELA_LatAm_trade");
    await trade.getByRole("combobox", { name: "Focus country" }).fill("chl");
    expect(await runAnalysis(trade, "Run trade niches", WRITTEN)).toEqual(["Trade niches"]);
    const summary = await trade.getByText(/^Top niches of chl: /).textContent();
    await guideScreenshot(page, "pane-trade.en", trade.locator(".."));

    // The first niche's code keeps its leading zero or digits as text, and its RCA is SELA.RCA's.
    const first = /^Top niches of chl: (\d{4})/.exec(summary ?? "")![1]!;
    const found = await inFake(
      page,
      (fake, code) => {
        const ws = fake.sheet("Trade niches");
        for (const [key, cell] of ws.cells) {
          if (cell.value !== code) continue;
          const [r, c] = key.split(",").map(Number) as [number, number];
          const header: unknown[] = [];
          for (let h = r - 1; h >= 0; h--) {
            if (ws.peek(h, c).value === "Product") {
              for (let k = 0; k < 12; k++) header.push(ws.peek(h, c + k).value);
              break;
            }
          }
          const row: unknown[] = [];
          for (let k = 0; k < 12; k++) row.push(ws.peek(r, c + k).value);
          return { format: cell.numberFormat, coerced: cell.coerced, header, row };
        }
        return undefined;
      },
      first,
    );
    expect(found).toMatchObject({ format: "@", coerced: false });
    const rcaAt = found!.header.indexOf("RCA");
    expect(rcaAt).toBeGreaterThan(0);
    expect(found!.row[rcaAt]).toBeCloseTo(rcaByFunction("chl", true).get(first)!, 12);

    await page.getByRole("button", { name: "Trade niches", exact: true }).click();
    const space = await openSection(page, "Product space");
    await expectValue(space.getByLabel("Table", { exact: true }), "SELA_LatAm_trade");
    await space.getByRole("combobox", { name: "Focus country" }).fill("chl");
    expect(await runAnalysis(space, "Run product space", WRITTEN)).toEqual(["Product space"]);
    await space.getByText(/^chl: ECI rank \d+ of 20/).waitFor({ timeout: ANALYSIS_TIMEOUT });
    await guideScreenshot(page, "pane-space.en", space.locator(".."));
    const names = (await fakeSheets(page)).map((s) => s.name);
    expect(names).toEqual(["Sheet1", "Brazil IO 2015", "LatAm trade", "Trade niches", "Product space"]);
    await finish();
  }, 60_000);

  it("writes the trainer's workbook: Excel's formulas next to the SELA functions, which evaluate", async () => {
    const { page, finish } = await pane("excel", "en-US");
    const samples = page.getByRole("region", { name: "Sample data" });
    await samples.getByRole("button", { name: "Write the trainer's workbook" }).click();
    await samples.getByText("Inserted on the sheet Trainer's workbook.").waitFor();
    const { names, entered, errors } = await inFake(page, (fake) => ({
      names: fake.sheetList.map((s) => s.name),
      entered: fake.entered.map((e) => `${e.address} ${e.formula}`),
      // The fake evaluates SELA functions only (Excel's own show #NAME? there): none may be an error.
      errors: [...fake.sheet("Trainer's workbook").cells.values()]
        .filter((c) => c.error && c.formula.includes("SELA."))
        .map((c) => c.formula),
    }));
    expect(names).toEqual(["Sheet1", "Trainer's workbook"]);
    expect(entered).toContain("'Trainer''s workbook'!B18 =MINVERSE(B14:C15)");
    expect(entered).toContain("'Trainer''s workbook'!F18 =SELA.LEONTIEF(B10:C11)");
    expect(entered).toContain("'Trainer''s workbook'!F10 =SELA.TECHCOEF(B6:C7,E6:E7)");
    expect(entered.filter((e) => e.includes("=SELA.")).length).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await finish();
  }, 60_000);

  it("inserts a function at the selection, asks before replacing a non-empty cell, and keeps it when told to", async () => {
    const { page, finish } = await pane("excel", "en-US");
    await inFake(page, (fake) => {
      fake.select("Sheet1", "C3");
    });
    const section = await openSection(page, "Insert a function");
    await section.getByRole("searchbox", { name: "Search functions" }).fill("leontief");
    const list = section.getByRole("list", { name: "Functions" });
    await list.getByRole("button", { name: "SELA.RCA", exact: true }).waitFor({ state: "detached" });
    await list.getByRole("button", { name: "SELA.LEONTIEF", exact: true }).click();
    await section.getByRole("textbox", { name: "Arguments of the formula" }).fill("B2:D4, F2:F4");
    await section.getByRole("button", { name: "Insert at the selection" }).click();
    await section.getByText("Inserted =SELA.LEONTIEF(B2:D4, F2:F4).").waitFor();
    const c3 = async (): Promise<{ formula: string; value: unknown }> =>
      inFake(page, (fake) => {
        const cell = fake.sheet("Sheet1").get("C3");
        return { formula: cell.formula, value: cell.value };
      });
    await expect(c3()).resolves.toEqual({ formula: "=SELA.LEONTIEF(B2:D4, F2:F4)", value: 1 });

    // C3 is no longer empty: the pane asks; "Keep the cell" writes nothing, "Replace" writes.
    await section.getByRole("textbox", { name: "Arguments of the formula" }).fill("B2:D4");
    await section.getByRole("button", { name: "Insert at the selection" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: "Keep the cell" }).click();
    await section.getByText("Nothing was written: the cell keeps its content.").waitFor();
    await dialog.waitFor({ state: "detached" });
    await expect(c3()).resolves.toEqual({ formula: "=SELA.LEONTIEF(B2:D4, F2:F4)", value: 1 });
    await section.getByRole("button", { name: "Insert at the selection" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Replace" }).click();
    await section.getByText("Inserted =SELA.LEONTIEF(B2:D4).").waitFor();
    await expect(c3()).resolves.toEqual({ formula: "=SELA.LEONTIEF(B2:D4)", value: 1 });
    await finish();
  }, 60_000);

  it("freezes the selection's SELA formulas to values after confirming, logs them, and repairs #NAME? formulas", async () => {
    const { page, finish } = await pane("excel", "en-US");
    await inFake(page, (fake) => {
      const sheet = fake.sheet("Sheet1");
      sheet.set("B2", 1.25, "=SELA.RCA(E2:F3)");
      sheet.set("C2", 7, "=SUM(E2:F3)");
      sheet.set("B3", 0.5, "=SELA.HHI(E2:E3)");
      sheet.set("B9", "#NAME?", "=SELA.GL(E2:E3,F2:F3)", true);
      fake.select("Sheet1", "B2:C3");
    });
    await page.getByRole("button", { name: "Sample data", exact: true }).click();
    await page.getByRole("button", { name: "Input-output linkages", exact: true }).click();
    const section = await openSection(page, "Share safely");
    await expect(section.getByRole("radio", { name: "The selection" }).isChecked()).resolves.toBe(true);
    await guideScreenshot(page, "pane-share.en", section.locator(".."));

    await section.getByRole("button", { name: "Freeze to values" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect(fakeRange(page, "Sheet1", "B2")).resolves.toMatchObject({ formulas: [["=SELA.RCA(E2:F3)"]] });

    await section.getByRole("button", { name: "Freeze to values" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Freeze" }).click();
    await section.getByText("2 cells frozen; the formulas are recorded in the sheet SELA formulas.").waitFor();
    const frozen = await fakeRange(page, "Sheet1", "B2:C3");
    expect(frozen.formulas).toEqual([
      [1.25, "=SUM(E2:F3)"],
      [0.5, ""],
    ]);
    const log = await fakeRange(page, "SELA formulas", "A1:D3");
    expect(log.values).toEqual([
      ["Sheet", "Cell", "Spilled range", "Formula"],
      ["Sheet1", "B2", "", "=SELA.RCA(E2:F3)"],
      ["Sheet1", "B3", "", "=SELA.HHI(E2:E3)"],
    ]);

    await section.getByRole("button", { name: "Repair formulas" }).click();
    await section.getByText("1 formula re-entered.").waitFor();
    await expect(fakeRange(page, "Sheet1", "B9")).resolves.toMatchObject({
      formulas: [["=SELA.GL(E2:E3,F2:F3)"]],
      values: [[1]],
    });
    await finish();
  }, 60_000);
});
