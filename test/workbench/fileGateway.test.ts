import { readFileSync } from "fs";
import { InPageWorker } from "../../src/taskpane/compute";
import { WorkerClient } from "../../src/worker/workerClient";
import { join } from "path";
import type { Report } from "../../src/analysis/report";
import { ioInputFromTable } from "../../src/analysis/ioInput";
import { ioLinkages } from "../../src/analysis/ioLinkages";
import { SelaError } from "../../src/core/errors";
import { createFileGateway } from "../../src/workbench/fileGateway";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeReportWorkbook } from "../../src/xlsx/writeWorkbook";

const ROOT = join(__dirname, "..", "..");

/** A workbook as a user would keep it: an IO table on one sheet (title line above), notes on another. */
function inputWorkbook(): Uint8Array {
  const report: Report = {
    sheets: [
      {
        name: "IO 2015",
        charts: [],
        blocks: [
          { row: 0, col: 0, style: "title", values: [["Input-output table, 2 sectors"]] },
          {
            row: 2,
            col: 0,
            style: "table",
            header: true,
            values: [
              ["Sector", "Farming", "Industry", "Output"],
              ["Farming", 150, 500, 1000],
              ["Industry", 200, 100, 2000],
            ],
          },
        ],
      },
      { name: "Notes", charts: [], blocks: [{ row: 0, col: 0, style: "note", values: [["only a note"]] }] },
    ],
  };
  return writeReportWorkbook(report, { created: new Date(Date.UTC(2024, 0, 1)) });
}

describe("file gateway", () => {
  it("round-trips: opens a written workbook, lists its ranges, writes a report, downloads a readable workbook", async () => {
    const gateway = createFileGateway();
    expect(await gateway.open("input.xlsx", inputWorkbook())).toEqual({ tables: 1 });
    expect(gateway.fileName()).toBe("input.xlsx");
    const tables = await gateway.listTables();
    expect(tables).toEqual([
      {
        name: "'IO 2015'!A1:D5",
        sheet: "IO 2015",
        rows: 2,
        columns: 4,
        headers: ["Sector", "Farming", "Industry", "Output"],
        kind: "range",
      },
    ]);
    const table = await gateway.readTable("'io 2015'!a1:d5");
    expect(table.rows).toEqual([
      ["Farming", 150, 500, 1000],
      ["Industry", 200, 100, 2000],
    ]);

    const { report } = ioLinkages(ioInputFromTable(table), { language: "es", date: new Date(Date.UTC(2024, 0, 1)) });
    const progress: [number, number][] = [];
    const first = await gateway.writeReport(report, { onProgress: (d, t) => progress.push([d, t]) });
    const second = await gateway.writeReport(report);
    expect(progress.at(-1)).toEqual([report.sheets.length, report.sheets.length]);
    // Unique names: the second report's sheets get " (2)".
    expect(second.sheets).toEqual(first.sheets.map((s) => `${s} (2)`));
    expect(gateway.resultSheets()).toEqual([...first.sheets, ...second.sheets]);

    const book = readWorkbook(await gateway.download("es"));
    expect(book.sheets.map((s) => s.name)).toEqual(gateway.resultSheets());
    const cells = book.sheets[0]!.cells.flat();
    expect(cells).toContain("Farming");
    expect(cells).toContain(report.sheets[0]!.blocks.find((b) => b.style === "title")!.values[0]![0]);
  });

  it("reads and writes files in the compute worker when given one, with the same tables and workbook", async () => {
    const inPage = createFileGateway();
    const viaWorker = createFileGateway(new WorkerClient(() => new InPageWorker()));
    for (const g of [inPage, viaWorker]) await g.open("input.xlsx", inputWorkbook());
    const name = (await inPage.listTables())[0]!.name;
    expect(await viaWorker.listTables()).toEqual(await inPage.listTables());
    const table = await viaWorker.readTable(name);
    expect(table).toEqual(await inPage.readTable(name));
    const { report } = ioLinkages(ioInputFromTable(table), { language: "en", date: new Date(Date.UTC(2024, 0, 1)) });
    for (const g of [inPage, viaWorker]) await g.writeReport(report);
    const fromWorker = readWorkbook(await viaWorker.download("en"));
    expect(fromWorker.sheets).toEqual(readWorkbook(await inPage.download("en")).sheets);
    // errors come back with both languages (the pane shows the one chosen when it displays them)
    const failure: unknown = await viaWorker.open("a.pdf", new Uint8Array([1]), "es").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SelaError);
    expect((failure as SelaError).text.es).toMatch("tipo de archivo no admitido");
  });

  it("opens CSV files (header row, codes kept as text) and LibreOffice workbooks", async () => {
    const gateway = createFileGateway();
    const csv = new TextEncoder().encode("country;product;value\nchl;0101;1.234,5\narg;0102;10\n");
    expect(await gateway.open("C:\\data\\exports 2020.csv", csv)).toEqual({ tables: 1 });
    const [summary] = await gateway.listTables();
    expect(summary?.name).toBe("'exports 2020'!A1:C3");
    expect((await gateway.readTable(summary!.name)).rows).toEqual([
      ["chl", "0101", 1234.5],
      ["arg", "0102", 10],
    ]);
    const mixed = new Uint8Array(readFileSync(join(ROOT, "test/fixtures/xlsx/libreoffice-mixed.xlsx")));
    expect((await gateway.open("mixed.xlsx", mixed)).tables).toBeGreaterThan(0);
    expect((await gateway.listTables()).every((t) => t.sheet !== "exports 2020")).toBe(true);
  });

  it("decodes CSV files as the CLI does: Windows-1252 (Excel's CSV) and UTF-16 with BOM (Excel's Unicode text)", async () => {
    const gateway = createFileGateway();
    // "Sector;Minería;Producción\r\nMinería;1;2" in Windows-1252: ñ/í/ó are single bytes, invalid as UTF-8.
    const text = "Sector;Minería;Producción\r\nMinería;1;2\r\n";
    const cp1252 = Uint8Array.from(text, (c) => c.charCodeAt(0));
    await gateway.open("mip.csv", cp1252);
    const [summary] = await gateway.listTables();
    expect(summary?.headers).toEqual(["Sector", "Minería", "Producción"]);
    expect((await gateway.readTable(summary!.name)).rows).toEqual([["Minería", 1, 2]]);

    const utf16 = new Uint8Array(2 + 2 * text.length);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i); // all below U+0100
    await gateway.open("mip.txt", utf16);
    expect((await gateway.listTables())[0]?.headers).toEqual(["Sector", "Minería", "Producción"]);
  });

  it("adds sample tables with unique sheet and table names", async () => {
    const gateway = createFileGateway();
    const data = { name: "x", headers: ["a", "b"], rows: [[1, 2]] };
    expect(await gateway.insertSampleTable("Brazil IO 2015", "SELA_Brazil_IO_2015", data, "IBGE")).toEqual({
      sheets: ["Brazil IO 2015"],
    });
    expect(await gateway.insertSampleTable("Brazil IO 2015", "SELA_Brazil_IO_2015", data, "IBGE")).toEqual({
      sheets: ["Brazil IO 2015 (2)"],
    });
    expect((await gateway.listTables()).map((t) => [t.name, t.sheet, t.kind])).toEqual([
      ["SELA_Brazil_IO_2015", "Brazil IO 2015", "table"],
      ["SELA_Brazil_IO_2015_2", "Brazil IO 2015 (2)", "table"],
    ]);
    expect((await gateway.readTable("sela_brazil_io_2015")).headers).toEqual(["a", "b"]);
  });

  it("refuses what needs Excel, unknown tables, unsupported files and empty downloads in both languages", async () => {
    const gateway = createFileGateway();
    const bilingual = async (promise: Promise<unknown>, en: RegExp, es: RegExp): Promise<void> => {
      const error: unknown = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SelaError);
      expect((error as SelaError).text.en).toMatch(en);
      expect((error as SelaError).text.es).toMatch(es);
    };
    await bilingual(gateway.freezeFormulas("sheet"), /needs Excel/, /necesita Excel/);
    await bilingual(gateway.repairFormulas(), /needs Excel/, /necesita Excel/);
    await bilingual(
      gateway.insertFormula("=SELA.RCA(A1:B2)", () => Promise.resolve(true)),
      /needs Excel/,
      /necesita Excel/,
    );
    await bilingual(gateway.readTable("nope"), /no table "nope"/, /no hay una tabla "nope"/);
    await bilingual(
      gateway.open("a.pdf", new Uint8Array([1, 2])),
      /unsupported file type \.pdf/,
      /tipo de archivo no admitido \.pdf/,
    );
    await bilingual(gateway.download("en"), /no results to download/, /no hay resultados/);
    expect(await gateway.readSelection()).toBeUndefined();
  });

  it("writes nothing when the write is aborted", async () => {
    const gateway = createFileGateway();
    const controller = new AbortController();
    controller.abort();
    const report: Report = { sheets: [{ name: "R", blocks: [], charts: [] }] };
    await expect(gateway.writeReport(report, { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(gateway.resultSheets()).toEqual([]);
  });
});
