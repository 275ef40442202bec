import type { TableData } from "../../src/analysis/gateway";
import { ioInputFromTable } from "../../src/analysis/ioInput";
import { ioLinkages } from "../../src/analysis/ioLinkages";
import type { Report, ReportSheet, ReportValue } from "../../src/analysis/report";
import { SelaError } from "../../src/core/errors";
import {
  backward,
  extraction,
  forward,
  keysectors,
  multiplier,
  outputmult,
  effectsFunction,
} from "../../src/functions/io";
import { setLanguage } from "../../src/functions/language";
import { expectClose, grid, numbers } from "../support/close";
import { brazilTable } from "./samples";

const DATE = new Date("2025-01-15T12:00:00Z");

/** The values of a sheet as a sparse grid. */
function cells(sheet: ReportSheet): Map<string, ReportValue> {
  const out = new Map<string, ReportValue>();
  for (const b of sheet.blocks) {
    b.values.forEach((row, i) => {
      row.forEach((v, j) => out.set(`${b.row + i},${b.col + j}`, v));
    });
  }
  return out;
}

/** The table whose header row starts with `first` (and contains `column`): its header and rows. */
function table(sheet: ReportSheet, first: string, column?: string): { header: ReportValue[]; rows: ReportValue[][] } {
  const block = sheet.blocks.find(
    (b) => b.header === true && b.values[0]?.[0] === first && (column === undefined || b.values[0].includes(column)),
  );
  if (!block) throw new Error(`no table starting with ${first}`);
  return { header: [...(block.values[0] ?? [])], rows: block.values.slice(1).map((r) => [...r]) };
}

function column(t: { header: ReportValue[]; rows: ReportValue[][] }, name: string): ReportValue[] {
  const j = t.header.indexOf(name);
  if (j < 0) throw new Error(`no column ${name} in ${JSON.stringify(t.header)}`);
  return t.rows.map((r) => r[j] as ReportValue);
}

const asNumbers = (values: ReportValue[]): number[] =>
  values.map((v) => {
    if (typeof v !== "number") throw new Error(`not a number: ${JSON.stringify(v)}`);
    return v;
  });

function allText(report: Report): string[] {
  return report.sheets.flatMap((s) =>
    s.blocks.flatMap((b) => b.values.flat().filter((v): v is string => typeof v === "string")),
  );
}

describe("IO linkages on Brazil 2015 (IBGE, 12 sectors)", () => {
  const data = brazilTable();
  const input = ioInputFromTable(data);
  const z = input.sectors.map((_, i) => Array.from(input.transactions.data.slice(i * 12, (i + 1) * 12)));
  const x = Array.from(input.output, (v) => [v]);
  const { report, summary } = ioLinkages(input, { source: "IBGE 2015", date: DATE });
  const main = report.sheets[0] as ReportSheet;
  const perSector = table(main, "Sector", "Output multiplier");

  it("detects the layout: 12 sectors, output column, three satellite columns", () => {
    expect(input.sectors).toHaveLength(12);
    expect(input.sectors[0]).toBe("Agriculture");
    expect(input.output[2]).toBe(2776460);
    expect(input.extras.map((e) => e.name)).toEqual(["Gross value added", "Compensation of employees", "Employment"]);
    // The report says where gross output and the satellite accounts were read from.
    expect(allText(report)).toContain(
      `Read from the table: gross output from "${input.outputLabel ?? ""}"; satellite accounts: "Gross value added"; "Compensation of employees"; "Employment"`,
    );
  });

  it("writes the numbers the custom functions give", () => {
    setLanguage("en");
    const col = (r: unknown): number[] => numbers(r).map((row) => row[0] as number);
    expectClose(asNumbers(column(perSector, "Output multiplier")), col(outputmult(z, x)), 1e-12);
    expectClose(asNumbers(column(perSector, "Backward linkage")), col(backward(z, x)), 1e-12);
    expectClose(asNumbers(column(perSector, "Forward linkage")), col(forward(z, x)), 1e-12);
    expectClose(asNumbers(column(perSector, "Extraction loss")), col(extraction(z, x)), 1e-9);
    expectClose(
      asNumbers(column(perSector, "Extraction loss (% of total output)")),
      col(extraction(z, x, "backward", true)),
      1e-12,
    );
    expect(column(perSector, "Key-sector class")).toEqual(grid(keysectors(z, x)).map((r) => r[0]));
    const jobs = input.extras[2]?.values as Float64Array;
    const w = Array.from(jobs, (v, j) => [v / (input.output[j] as number)]);
    expectClose(asNumbers(column(perSector, "Employment: effect (w′L)")), col(effectsFunction(z, w, x)), 1e-9);
    expectClose(asNumbers(column(perSector, "Employment: type I multiplier")), col(multiplier(z, w, x)), 1e-9);
  });

  it("uses the Ghosh forward linkages when asked", () => {
    const ghosh = ioLinkages(input, { forwardMethod: "ghosh", date: DATE });
    const t = table(ghosh.report.sheets[0] as ReportSheet, "Sector", "Forward linkage");
    const col = numbers(forward(z, x, "ghosh")).map((r) => r[0] as number);
    expectClose(asNumbers(column(t, "Forward linkage")), col, 1e-12);
    expect(grid(keysectors(z, x, "ghosh")).map((r) => r[0])).toEqual(column(t, "Key-sector class"));
  });

  it("summarises key sectors and sorted views", () => {
    const keys = input.sectors.filter((_, j) => column(perSector, "Key-sector class")[j] === "Key sector");
    expect(summary.keySectors).toEqual(keys);
    expect(summary.topBackward).toHaveLength(10);
    const b = asNumbers(column(perSector, "Backward linkage"));
    expect(summary.topBackward[0]?.value).toBe(Math.max(...b));
    expect(summary.matricesWritten).toBe(true);
  });

  it("writes A and L as labelled blocks, formats, the quadrant chart and the method block", () => {
    const matrices = report.sheets[1] as ReportSheet;
    const blocks = matrices.blocks.filter((b) => b.header === true);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.values[0]?.[1]).toBe("Agriculture");
    expect(blocks[0]?.values[1]?.[0]).toBe("Agriculture");
    const a11 = (z[0]?.[0] as number) / (x[0]?.[0] as number);
    expect(blocks[0]?.values[1]?.[1]).toBeCloseTo(a11, 14);
    const mainBlock = main.blocks.find((b) => b.values[0]?.[2] === "Output multiplier");
    expect(mainBlock?.columnFormats?.slice(0, 8)).toEqual([
      undefined,
      "#,##0",
      "0.0000",
      "0.0000",
      "0.0000",
      undefined,
      "#,##0",
      "0.0%",
    ]);
    const chart = main.charts[0];
    expect(chart?.series.map((s) => s.kind)).toEqual(["markers", "line", "line"]);
    const grid_ = cells(main);
    const line = chart?.series[1];
    expect(grid_.get(`${String(line?.x.row)},${String(line?.x.col)}`)).toBe(1);
    const labels = chart?.series[0]?.labels;
    expect(grid_.get(`${String(labels?.row)},${String(labels?.col)}`)).toBe("Agriculture");
    const texts = allText(report);
    expect(texts).toContain("SELA Niches " + (require("../../package.json") as { version: string }).version);
    expect(texts).toContain("2025-01-15");
    expect(texts).toContain("English (en)");
    expect(texts).toContain("IBGE 2015");
    for (const s of report.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  it("writes Spanish labels", () => {
    const es = ioLinkages(ioInputFromTable(brazilTable("es")), { language: "es", date: DATE });
    expect(es.report.sheets.map((s) => s.name)).toEqual(["Encadenamientos IP", "Matrices IP"]);
    const t = table(es.report.sheets[0] as ReportSheet, "Sector", "Multiplicador de producción");
    expect(t.header).toContain("Encadenamiento hacia atrás");
    expect(column(t, "Clasificación del sector")).toEqual(
      column(perSector, "Key-sector class").map((v) =>
        v === "Key sector"
          ? "Sector clave"
          : v === "Backward-oriented"
            ? "Sector impulsor"
            : v === "Forward-oriented"
              ? "Sector impulsado"
              : "Sector independiente",
      ),
    );
    expect(allText(es.report)).toContain("Español (es)");
    expect(allText(es.report)).toContain("Método");
    expect(es.summary.keySectors[0]).toBe("Industrias manufactureras");
  });
});

describe("IO linkages with more than 200 sectors", () => {
  it("skips A and L with a note", () => {
    const n = 201;
    const names = Array.from({ length: n }, (_, i) => `s${String(i + 1)}`);
    const rows = names.map((s, i) => [s, ...names.map((_, j) => (i === j ? 10 : (i + j) % 7)), 1000 + i]);
    const data: TableData = { name: "big", headers: ["", ...names, "Total output"], rows };
    const result = ioLinkages(ioInputFromTable(data), { date: DATE });
    expect(result.summary.matricesWritten).toBe(false);
    expect(result.summary.sectorCount).toBe(201);
    const matrices = result.report.sheets[1] as ReportSheet;
    expect(matrices.blocks.some((b) => b.header === true)).toBe(false);
    expect(
      allText(result.report).some((t) =>
        t.startsWith("A and L are not written for more than 200 sectors (this table has 201)"),
      ),
    ).toBe(true);
  });
});

describe("IO input detection", () => {
  const base = { name: "t", headers: ["", "Agro", "Industria"] };
  it("reads an output row named in Spanish and a Portuguese employment row, rows and columns in any order", () => {
    const data: TableData = {
      ...base,
      headers: ["Sector", "Industria", "Agro"],
      rows: [
        ["Agro", 500, 150],
        ["Industria", 100, 200],
        ["Valor bruto de producción", 2000, 1000],
        ["Pessoal ocupado", 30, 50],
      ],
    };
    const input = ioInputFromTable(data);
    expect(input.sectors).toEqual(["Agro", "Industria"]);
    expect(Array.from(input.transactions.data)).toEqual([150, 500, 200, 100]);
    expect(Array.from(input.output)).toEqual([1000, 2000]);
    expect(input.extras.map((e) => e.name)).toEqual(["Pessoal ocupado"]);
    expect(Array.from(input.extras[0]?.values ?? [])).toEqual([50, 30]);
  });

  it("lets explicit choices override detection", () => {
    const data: TableData = {
      name: "t",
      headers: ["code", "A", "B", "X total", "Jobs"],
      rows: [
        ["A", 150, 500, 1000, 10],
        ["B", 200, 100, 2000, 20],
      ],
    };
    expect(() => ioInputFromTable(data)).toThrow(/gross output not found/);
    const input = ioInputFromTable(data, { output: "x TOTAL", extras: [] });
    expect(Array.from(input.output)).toEqual([1000, 2000]);
    expect(input.extras).toEqual([]);
    const withJobs = ioInputFromTable(data, { output: "X total", extras: ["jobs"] });
    expect(withJobs.extras[0]?.name).toBe("Jobs");
  });

  it("names non-numeric cells with row and column, in both languages", () => {
    const data: TableData = {
      ...base,
      rows: [
        ["Agro", 1, "n/a"],
        ["Industria", 2, 3],
        ["Output", 10, 10],
      ],
    };
    let error: unknown;
    try {
      ioInputFromTable(data);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SelaError);
    expect((error as SelaError).text.en).toBe(
      'the transactions block has a non-numeric cell at row 2, column C "Industria": "n/a"',
    );
    expect((error as SelaError).text.es).toContain("fila 2, columna C");
  });

  it("refuses a table without a square block, missing choices and negative output", () => {
    expect(() =>
      ioInputFromTable({
        name: "t",
        headers: ["", "a", "b"],
        rows: [
          ["x", 1, 2],
          ["y", 3, 4],
        ],
      }),
    ).toThrow(/no transactions block found/);
    const ok: TableData = {
      ...base,
      rows: [
        ["Agro", 1, 2],
        ["Industria", 2, 3],
        ["Output", 10, 10],
      ],
    };
    expect(() => ioInputFromTable(ok, { output: "VBP" })).toThrow(/no row or column "VBP"/);
    expect(() => ioInputFromTable(ok, { labelColumn: "nope" })).toThrow(/no column "nope"/);
    expect(() => ioInputFromTable(ok, { extras: ["Empleo"] })).toThrow(/no row or column "Empleo"/);
    const negative: TableData = {
      ...base,
      rows: [
        ["Agro", 1, 2],
        ["Industria", 2, 3],
        ["Output", -10, 10],
      ],
    };
    expect(() => ioInputFromTable(negative)).toThrow(/must not be negative/);
  });

  it("keeps labels that look like formulas as text in the report", () => {
    const data: TableData = {
      name: "t",
      headers: ["", "=SUM(A1)", "+Agro", "Output"],
      rows: [
        ["=SUM(A1)", 150, 500, 1000],
        ["+Agro", 200, 100, 2000],
      ],
    };
    const { report } = ioLinkages(ioInputFromTable(data), { date: DATE });
    const values = report.sheets.flatMap((s) => s.blocks.flatMap((b) => b.values.flat()));
    expect(values).toContain("=SUM(A1)");
    expect(values.some((v) => v !== null && typeof v === "object" && "formula" in v)).toBe(false);
  });
});

describe("IO linkages on a table that is not productive", () => {
  it("names the sector by its label, in both languages", () => {
    // A = [[0.6, 0.5], [0.5, 0.7]] (x = 10): spectral radius ≈ 1.15.
    const input = ioInputFromTable({
      name: "io",
      headers: ["", "Agro", "Minería", "Output"],
      rows: [
        ["Agro", 6, 5, 10],
        ["Minería", 5, 7, 10],
      ],
    });
    let failure: unknown;
    try {
      ioLinkages(input, { date: DATE });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(SelaError);
    expect((failure as SelaError).text.en).toMatch(/sector 2 add up to 1\.2000.*\(sector 2: "Minería"\)$/);
    expect((failure as SelaError).text.es).toMatch(/sector 2 suman 1,2000.*\(sector 2: "Minería"\)$/);
  });
});
