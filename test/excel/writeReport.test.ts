import type { Report, ReportSheet } from "../../src/analysis/report";
import { SelaError } from "../../src/core/errors";
import { MAX_CELLS_PER_SYNC } from "../../src/excel/blocks";
import { MAX_LABELLED_POINTS } from "../../src/excel/charts";
import { HEADER_FILL } from "../../src/excel/formats";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { FakeExcel } from "../support/fakeExcel";

const LABELS = ['=HYPERLINK("http://evil","click")', "+54 11", "-", "@user", "0101"];

function keySectors(name = "Key sectors"): ReportSheet {
  return {
    name,
    blocks: [
      { row: 0, col: 0, values: [["Key sectors"]], style: "title" },
      { row: 1, col: 0, values: [["Brazil 2015"]], style: "subtitle" },
      {
        row: 3,
        col: 0,
        style: "table",
        header: true,
        values: [
          ["Sector", "Backward", "Forward", "Double"],
          [LABELS[0]!, 1.2, 0.8, { formula: "=B5*2", value: 2.4 }],
          [LABELS[1]!, 0.9, 1.1, { formula: "=B6*2" }],
          [LABELS[2]!, NaN, { error: "#N/A" }, null],
          [LABELS[3]!, 1, 1.05, null],
          [LABELS[4]!, 2, 3, null],
        ],
        columnFormats: [undefined, "0.0000", "0.0000"],
      },
      {
        row: 10,
        col: 0,
        values: [
          ["x", "y"],
          [1, 0],
          [1, 3],
        ],
        style: "table",
        header: true,
      },
      { row: 14, col: 0, values: [["Source: IBGE, own calculations"]], style: "note" },
    ],
    charts: [
      {
        kind: "scatter",
        title: "Backward vs forward linkages",
        xTitle: "Backward",
        yTitle: "Forward",
        anchor: { row: 0, col: 6, rows: 15, cols: 8 },
        yFormat: "0.0%",
        series: [
          {
            name: "Sectors",
            kind: "markers",
            x: { row: 4, col: 1, rows: 5, cols: 1 },
            y: { row: 4, col: 2, rows: 5, cols: 1 },
            labels: { row: 4, col: 0, rows: 5, cols: 1 },
          },
          {
            name: "BL = 1",
            kind: "line",
            x: { row: 11, col: 0, rows: 2, cols: 1 },
            y: { row: 11, col: 1, rows: 2, cols: 1 },
          },
        ],
      },
    ],
    columnWidths: [28],
  };
}

function bigSheet(rows: number, cols = 2): ReportSheet {
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r + c / 10));
  return { name: "Big", blocks: [{ row: 0, col: 0, values, style: "table" }], charts: [] };
}

describe("writeReport", () => {
  it("writes each sheet to a new sheet with a unique name and activates the first", async () => {
    const fake = new FakeExcel(["Data", "Key sectors"]);
    const gateway = createOfficeGateway(fake.host());
    const report: Report = { sheets: [keySectors(), keySectors("key SECTORS"), keySectors("Trade/niches [2020]")] };
    const written = await gateway.writeReport(report);
    expect(written.sheets).toEqual(["Key sectors (2)", "key SECTORS (3)", "Trade_niches _2020_"]);
    expect(fake.sheetList.map((s) => s.name)).toEqual(["Data", "Key sectors", ...written.sheets]);
    expect(fake.activeSheet?.name).toBe("Key sectors (2)");
    // The existing sheet was not touched.
    expect(fake.sheet("Key sectors").cells.size).toBe(0);
  });

  it("writes labels that look like formulas, numbers or mentions as text", async () => {
    const fake = new FakeExcel(["Data"]);
    await createOfficeGateway(fake.host()).writeReport({ sheets: [keySectors()] });
    const sheet = fake.sheet("Key sectors");
    LABELS.forEach((label, i) => {
      const cell = sheet.get(`A${5 + i}`);
      expect(cell.value).toBe(label);
      expect(cell.formula).toBe("");
      expect(cell.coerced).toBe(false);
      expect(cell.numberFormat).toBe("@");
    });
    expect(fake.entered.some((e) => /HYPERLINK/i.test(e.formula))).toBe(false);
  });

  it("writes numbers as numbers, errors as error formulas and formulas through formulas", async () => {
    const fake = new FakeExcel();
    await createOfficeGateway(fake.host()).writeReport({ sheets: [keySectors()] });
    const sheet = fake.sheet("Key sectors");
    expect(sheet.get("B5")).toMatchObject({ value: 1.2, numberFormat: "0.0000", formula: "" });
    expect(sheet.get("B7")).toMatchObject({ value: "#DIV/0!", error: true, formula: "=#DIV/0!" });
    expect(sheet.get("C7")).toMatchObject({ value: "#N/A", error: true, formula: "=NA()", numberFormat: "0.0000" });
    expect(sheet.get("D5").formula).toBe("=B5*2");
    expect(sheet.get("D8").value).toBe("");
  });

  it("applies block styles, column widths, autofit and frozen panes", async () => {
    const fake = new FakeExcel();
    await createOfficeGateway(fake.host()).writeReport({ sheets: [keySectors()] });
    const sheet = fake.sheet("Key sectors");
    expect(sheet.get("A1")).toMatchObject({ bold: true, size: 14 });
    expect(sheet.get("A2").bold).toBe(true);
    expect(sheet.get("B4")).toMatchObject({ bold: true, fill: HEADER_FILL, borderBottom: "Continuous" });
    expect(sheet.get("B5").bold).toBeUndefined();
    expect(sheet.get("A15")).toMatchObject({ italic: true, color: "#595959" });
    expect(sheet.columnWidths.get(0)).toBe(Math.round(28 * 7 + 5) * 0.75);
    expect(sheet.autofits).toContain("'Key sectors'!B4:D9");
    expect(sheet.autofits.some((a) => a.includes("A4"))).toBe(false);
    expect(sheet.frozenRows).toBe(4);
    // Column A repeats on every printed page across, where the host has print titles (ExcelApi 1.9).
    expect(sheet.printTitleColumns).toBe("$A:$A");
    const older = new FakeExcel();
    await createOfficeGateway(older.host(8)).writeReport({ sheets: [keySectors()] });
    expect(older.sheet("Key sectors").printTitleColumns).toBeUndefined();
  });

  it("builds scatter charts series by series with markers, lines, titles, labels and position", async () => {
    const fake = new FakeExcel();
    await createOfficeGateway(fake.host()).writeReport({ sheets: [keySectors()] });
    const [chart] = fake.sheet("Key sectors").chartList;
    expect(chart).toBeDefined();
    expect(chart!.type).toBe("XYScatter");
    expect(chart!.title.text).toBe("Backward vs forward linkages");
    expect(chart!.axes.categoryAxis.title.text).toBe("Backward");
    expect(chart!.axes.valueAxis.title.text).toBe("Forward");
    // An axis given a format labels its ticks with it; the other keeps Excel's default.
    expect(chart!.axes.valueAxis.numberFormat).toBe("0.0%");
    expect(chart!.axes.categoryAxis.numberFormat).toBeUndefined();
    expect(chart!.position).toEqual(["G1", "N15"]);
    const [points, line] = chart!.seriesList;
    expect(chart!.seriesList).toHaveLength(2);
    expect(points).toMatchObject({
      name: "Sectors",
      chartType: "XYScatter",
      markerStyle: "Circle",
      hasDataLabels: true,
      xValues: "'Key sectors'!B5:B9",
      yValues: "'Key sectors'!C5:C9",
    });
    expect(points!.pointList.map((p) => p.dataLabel.text)).toEqual(LABELS);
    expect(line).toMatchObject({ name: "BL = 1", chartType: "XYScatterLinesNoMarkers", markerStyle: "None" });
    expect(line!.hasDataLabels).toBe(false);
  });

  it("labels points only up to the limit", async () => {
    const n = MAX_LABELLED_POINTS + 1;
    const values = Array.from({ length: n }, (_, i) => [`p${i}`, i, i]);
    const sheet: ReportSheet = {
      name: "Many",
      blocks: [{ row: 0, col: 0, values, style: "table" }],
      charts: [
        {
          kind: "scatter",
          title: "t",
          xTitle: "x",
          yTitle: "y",
          anchor: { row: 0, col: 4, rows: 10, cols: 6 },
          series: [
            {
              name: "all",
              kind: "markers",
              x: { row: 0, col: 1, rows: n, cols: 1 },
              y: { row: 0, col: 2, rows: n, cols: 1 },
              labels: { row: 0, col: 0, rows: n, cols: 1 },
            },
          ],
        },
      ],
    };
    const fake = new FakeExcel();
    await createOfficeGateway(fake.host()).writeReport({ sheets: [sheet] });
    const series = fake.sheet("Many").chartList[0]!.seriesList[0]!;
    expect(series.hasDataLabels).toBe(false);
    expect(series.pointList).toHaveLength(0);
  });

  it("writes large blocks in chunks, one sync each, under the cell budget, reporting progress", async () => {
    const fake = new FakeExcel();
    const progress: [number, number][] = [];
    await createOfficeGateway(fake.host()).writeReport(
      { sheets: [bigSheet(50_000)] },
      { onProgress: (d, t) => progress.push([d, t]) },
    );
    const writes = fake.syncs.filter((s) => s.cells > 0);
    expect(writes).toHaveLength(5);
    expect(Math.max(...fake.syncs.map((s) => s.cells))).toBeLessThanOrEqual(MAX_CELLS_PER_SYNC);
    expect(Math.max(...fake.syncs.map((s) => s.bytes))).toBeLessThan(5 * 1024 * 1024);
    // names, add sheets, 5 chunks, layout and charts, activate
    expect(fake.syncs).toHaveLength(9);
    expect(fake.calcSuspensions).toBe(5);
    expect(progress[0]).toEqual([0, 100_000]);
    expect(progress.at(-1)).toEqual([100_000, 100_000]);
    expect(fake.sheet("Big").get("B50000").value).toBeCloseTo(49_999.1);
  });

  it("keeps long-text chunks under the byte budget", async () => {
    const values = Array.from({ length: 3_000 }, (_, r) => [`${r} ${"texto largo ñ ".repeat(17)}`]);
    const fake = new FakeExcel();
    await createOfficeGateway(fake.host()).writeReport({
      sheets: [{ name: "Notes", blocks: [{ row: 0, col: 0, values, style: "note" }], charts: [] }],
    });
    const writes = fake.syncs.filter((s) => s.cells > 0);
    expect(writes.length).toBeGreaterThan(1);
    expect(Math.max(...writes.map((s) => s.bytes))).toBeLessThan(1_000_000);
  });

  it("leaves no sheet behind when Excel fails midway, and says what happened", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.failAtSync(4, "RequestPayloadSizeLimitExceeded");
    const error = await createOfficeGateway(fake.host())
      .writeReport({ sheets: [bigSheet(50_000), keySectors()] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SelaError);
    expect((error as SelaError).message).toMatch(/5 MB/);
    expect((error as SelaError).message).toMatch(/RequestPayloadSizeLimitExceeded/);
    expect((error as SelaError).text.es).toMatch(/5 MB en la web/);
    expect((error as Error).cause).toBeDefined();
    expect(fake.sheetList.map((s) => s.name)).toEqual(["Data"]);
    // The cleanup ran in a fresh batch, not on the context whose batch failed.
    expect(fake.runs).toBe(2);
  });

  it("leaves no sheet behind when a later sheet's chart fails", async () => {
    const fake = new FakeExcel(["Data"]);
    const bad = keySectors("Bad");
    const broken: ReportSheet = {
      ...bad,
      charts: [
        { ...bad.charts[0]!, series: [{ ...bad.charts[0]!.series[0]!, x: { row: 0, col: 0, rows: 0, cols: 1 } }] },
      ],
    };
    await expect(createOfficeGateway(fake.host()).writeReport({ sheets: [keySectors(), broken] })).rejects.toThrow(
      /InvalidArgument/,
    );
    expect(fake.sheetList.map((s) => s.name)).toEqual(["Data"]);
  });

  it("stops between chunks when cancelled and removes what it wrote", async () => {
    const fake = new FakeExcel(["Data"]);
    const controller = new AbortController();
    const written = createOfficeGateway(fake.host()).writeReport(
      { sheets: [bigSheet(50_000)] },
      {
        signal: controller.signal,
        onProgress: (done) => {
          if (done >= 20_000) controller.abort();
        },
      },
    );
    await expect(written).rejects.toMatchObject({ name: "AbortError" });
    expect(fake.syncs.filter((s) => s.cells > 0)).toHaveLength(1);
    expect(fake.sheetList.map((s) => s.name)).toEqual(["Data"]);
  });

  it("writes nothing for an empty report and refuses an aborted signal up front", async () => {
    const fake = new FakeExcel();
    expect(await createOfficeGateway(fake.host()).writeReport({ sheets: [] })).toEqual({ sheets: [] });
    const controller = new AbortController();
    controller.abort();
    await expect(
      createOfficeGateway(fake.host()).writeReport({ sheets: [keySectors()] }, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(fake.sheetList).toHaveLength(1);
  });
});
