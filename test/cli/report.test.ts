import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Report, ReportValue } from "../../src/analysis/report";
import { ReportError, fileErrorReason, gridToTable, runReport } from "../../src/cli/report";
import { UsageError } from "../../src/cli/call";
import { SelaError } from "../../src/core/errors";
import { outputmult } from "../../src/functions/io";
import { rca } from "../../src/functions/trade";
import { readWorkbook, type ReadSheet } from "../../src/xlsx/readWorkbook";
import { writeReportWorkbook } from "../../src/xlsx/writeWorkbook";
import { numbers } from "../support/close";
import { brazilTable, csvTable, LATAM, ROOT, WORLD } from "../analysis/samples";

const DATE = new Date("2025-01-15T12:00:00Z");
let dir: string;
let ioFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sela-report-"));
  // The Brazil table as a user's workbook: an attribution line, then the table.
  const data = brazilTable();
  const values: ReportValue[][] = [[...data.headers], ...data.rows.map((r) => [...r])];
  const book: Report = {
    sheets: [
      { name: "Notes", blocks: [{ row: 0, col: 0, style: "note", values: [["nothing here"]] }], charts: [] },
      {
        name: "MIP 2015",
        blocks: [
          { row: 0, col: 0, style: "note", values: [["Source: IBGE"]] },
          { row: 2, col: 0, style: "table", header: true, values },
        ],
        charts: [],
      },
    ],
  };
  ioFile = join(dir, "brazil.xlsx");
  writeFileSync(ioFile, writeReportWorkbook(book));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function flags(entries: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(entries));
}

function sheet(file: string, name: string): ReadSheet {
  const found = readWorkbook(new Uint8Array(readFileSync(file))).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Column `header` of the table whose header row holds it, as label → value. */
function columnByLabel(s: ReadSheet, header: string, first?: string): Map<string, unknown> {
  const r = s.cells.findIndex((row) => row.includes(header) && (first === undefined || row[0] === first));
  if (r < 0) throw new Error(`no header ${header}`);
  const j = (s.cells[r] as unknown[]).indexOf(header);
  const out = new Map<string, unknown>();
  for (const row of s.cells.slice(r + 1)) {
    if (row[0] === null || row[0] === undefined || row[0] === "") break;
    out.set(typeof row[0] === "object" ? JSON.stringify(row[0]) : String(row[0]), row[j]);
  }
  return out;
}

describe("sela-niches report (in process)", () => {
  it("writes the IO report from an .xlsx sheet, with the numbers of SELA.OUTPUTMULT", () => {
    const output = join(dir, "io.xlsx");
    const messages: string[] = [];
    const outcome = runReport("io", flags({ input: ioFile, sheet: "mip 2015", output }), {
      date: DATE,
      progress: (m) => messages.push(m),
    });
    expect(outcome.sheets).toEqual(["IO linkages", "IO matrices"]);
    expect(messages.some((m) => m.startsWith("reading"))).toBe(true);
    expect(messages.some((m) => m.startsWith("computing"))).toBe(true);
    expect(messages.some((m) => m.startsWith("writing"))).toBe(true);
    const names = readWorkbook(new Uint8Array(readFileSync(output))).sheets.map((s) => s.name);
    expect(names).toEqual(["IO linkages", "IO matrices"]);
    const data = brazilTable();
    const z = data.rows.map((r) => r.slice(1, 13) as number[]);
    const x = data.rows.map((r) => [r[13] as number]);
    const expected = numbers(outputmult(z, x)).map((r) => r[0] as number);
    const written = columnByLabel(sheet(output, "IO linkages"), "Output multiplier");
    data.rows.forEach((r, i) => {
      expect(written.get(String(r[0]))).toBeCloseTo(expected[i] as number, 12);
    });
  });

  it("writes the trade and product-space reports from the Latin American CSV in Spanish", () => {
    const output = join(dir, "trade-es.xlsx");
    const outcome = runReport(
      "all",
      flags({
        "io-input": ioFile,
        "io-sheet": "MIP 2015",
        input: join(ROOT, LATAM),
        "reference-file": join(ROOT, WORLD),
        country: "CHL",
        lang: "es",
        output,
        quiet: "true",
      }),
      { date: DATE, progress: () => undefined },
    );
    expect(outcome.sheets).toEqual(["Encadenamientos IP", "Matrices IP", "Nichos comerciales", "Espacio de productos"]);
    const trade = sheet(output, "Nichos comerciales");
    const rcaColumn = columnByLabel(trade, "VCR", "Producto");
    // 2712 (natural sodium nitrate) against SELA.RCA with the world totals.
    const world = csvTable(WORLD);
    const latam = csvTable(LATAM).rows.filter((r) => r[0] === "chl");
    const products = world.rows.map((r) => String(r[0]));
    const chl = products.map((p) => (latam.find((r) => String(r[1]) === p)?.[2] as number | undefined) ?? 0);
    const others = csvTable(LATAM).rows.filter((r) => r[0] !== "chl");
    const rest = products.map((p) =>
      others.filter((r) => String(r[1]) === p).reduce((s, r) => s + (r[2] as number), 0),
    );
    const expected = numbers(rca([chl, rest], [world.rows.map((r) => r[1] as number)]))[0] as number[];
    expect(rcaColumn.size).toBe(785);
    for (const [code, value] of rcaColumn) {
      if (typeof value === "number") expect(value).toBeCloseTo(expected[products.indexOf(code)] as number, 10);
    }
    expect(trade.cells.flat()).toContain(
      "Las clases TradeCAN y la matriz de competitividad necesitan dos períodos (t0 y t1); esta tabla tiene un solo período, por eso no se muestran y la lista de nichos se ordena según la VCR.",
    );
    // Product codes stay text, with their leading zeros.
    expect(trade.cells.flat()).toContain("0575");
  });

  it("never overwrites without --force", () => {
    const output = join(dir, "force.xlsx");
    writeFileSync(output, "keep me");
    expect(() => runReport("io", flags({ input: ioFile, output }), { date: DATE })).toThrow(ReportError);
    expect(() => runReport("io", flags({ input: ioFile, output }), { date: DATE })).toThrow(
      /already exists; use --force/,
    );
    expect(readFileSync(output, "utf8")).toBe("keep me");
    runReport("io", flags({ input: ioFile, output, force: "true" }), { date: DATE });
    expect(readWorkbook(new Uint8Array(readFileSync(output))).sheets[0]?.name).toBe("IO linkages");
  });

  it("explains missing files, columns, countries and flags", () => {
    const output = join(dir, "never.xlsx");
    expect(() => runReport("io", flags({ input: join(dir, "missing.csv"), output }))).toThrow(
      /cannot read .*missing.csv: no such file/,
    );
    expect(() => runReport("trade", flags({ input: join(ROOT, LATAM), country: "chl", value: "fob", output }))).toThrow(
      SelaError,
    );
    expect(() => runReport("trade", flags({ input: join(ROOT, LATAM), country: "zzz", output }))).toThrow(
      /"zzz" is not a reporter/,
    );
    expect(() => runReport("trade", flags({ input: join(ROOT, LATAM), output }))).toThrow(UsageError);
    expect(() => runReport("pie", flags({ input: ioFile }))).toThrow(UsageError);
    expect(() => runReport("io", flags({ input: ioFile, table: "Nope", output }))).toThrow(/no table "Nope"/);
    expect(() => runReport("io", flags({ input: join(ROOT, "README.md"), output }))).toThrow(
      /unsupported file type .md/,
    );
    expect(existsSync(output)).toBe(false);
  });

  it("takes the header as the first row with two values", () => {
    const t = gridToTable("g", [["title"], [], ["a", "b"], [1, null], [null, null]]);
    expect(t.headers).toEqual(["a", "b"]);
    expect(t.rows).toEqual([[1, null]]);
  });
});

/** Text in UTF-16 LE with a BOM, as Excel's "Texto Unicode" saves it. */
function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

describe("sela-niches report: files as Excel and ministries save them", () => {
  it('reads Excel\'s Windows-1252 "CSV (delimitado por comas)": accented headers and labels are recognised', () => {
    const input = join(dir, "io1252.csv");
    const text =
      "Sector;Agricultura;Minería;Producción\r\nAgricultura;10;20;200\r\nMinería;15;10;150\r\nTotal;25;30;\r\n";
    // Every character here is in Latin-1, where Windows-1252 and Latin-1 agree.
    writeFileSync(input, Buffer.from(text, "latin1"));
    const output = join(dir, "io1252.xlsx");
    runReport("io", flags({ input, output, lang: "es" }), { date: DATE });
    const expected = numbers(
      outputmult(
        [
          [10, 20],
          [15, 10],
        ],
        [[200], [150]],
      ),
    ).map((r) => r[0] as number);
    const written = columnByLabel(sheet(output, "Encadenamientos IP"), "Multiplicador de producción");
    expect(written.get("Agricultura")).toBeCloseTo(expected[0] as number, 12);
    expect(written.get("Minería")).toBeCloseTo(expected[1] as number, 12);
  });

  it('reads Excel\'s "Texto Unicode" (UTF-16 LE, tab-separated)', () => {
    const input = join(dir, "trade_utf16.txt");
    const rows = ["País\tProducto\tAño\tValor", "chl\t0101\t2020\t100", "chl\t0102\t2020\t50"];
    rows.push("arg\t0101\t2020\t10", "arg\t0102\t2020\t500");
    writeFileSync(input, utf16le(rows.join("\r\n")));
    const output = join(dir, "trade_utf16.xlsx");
    expect(runReport("trade", flags({ input, output, country: "chl" }), { date: DATE }).sheets).toEqual([
      "Trade niches",
    ]);
    expect(sheet(output, "Trade niches").cells.flat()).toContain("0102");
  });

  it("keeps HS codes with a dot as written in comma CSVs (8471.30, not 8471.3)", () => {
    const input = join(dir, "hsdot.csv");
    const text =
      "country,product,value\nchl,8471.30,100\nchl,8471.50,50\nchl,0101.21,30\narg,8471.30,10\narg,8471.50,500\narg,0101.21,70\n";
    writeFileSync(input, text);
    const output = join(dir, "hsdot.xlsx");
    runReport("trade", flags({ input, output, country: "chl" }), { date: DATE });
    const cells = sheet(output, "Trade niches").cells.flat();
    expect(cells).toContain("8471.30");
    expect(cells).toContain("8471.50");
    expect(cells).not.toContain("8471.3");
  });

  it("skips metadata rows above the header", () => {
    const input = join(dir, "min_meta.csv");
    writeFileSync(input, "Unidad:,millones de R$\n\nSector,A,B,Output\nA,10,20,200\nB,15,10,150\n");
    const output = join(dir, "min_meta.xlsx");
    expect(runReport("io", flags({ input, output }), { date: DATE }).sheets).toEqual(["IO linkages", "IO matrices"]);
  });

  it("explains a failed write in plain words in both languages (a missing folder)", () => {
    const output = join(dir, "no such folder", "out.xlsx");
    expect(() => runReport("io", flags({ input: ioFile, output }), { date: DATE })).toThrow(
      /cannot write .*out\.xlsx: the folder does not exist$/,
    );
    expect(() => runReport("io", flags({ input: ioFile, output, lang: "es" }), { date: DATE })).toThrow(
      /no se puede escribir .*out\.xlsx: la carpeta no existe$/,
    );
  });

  it("names the common errno codes in both languages and shows unknown codes as they are", () => {
    expect(fileErrorReason("EBUSY", "write", "en")).toMatch(/in use by another program \(close it in Excel/);
    expect(fileErrorReason("EBUSY", "write", "es")).toMatch(/en uso por otro programa \(ciérrelo en Excel/);
    expect(fileErrorReason("EACCES", "write", "es")).toMatch(/^permiso denegado/);
    expect(fileErrorReason("EPERM", "write", "en")).toMatch(/^permission denied/);
    expect(fileErrorReason("ENOSPC", "write", "en")).toBe("the disk is full");
    expect(fileErrorReason("EISDIR", "write", "es")).toBe("es una carpeta, no un archivo");
    expect(fileErrorReason("EEXIST", "write", "en")).toBe("the file already exists");
    expect(fileErrorReason("ENOENT", "read", "en")).toBe("no such file");
    expect(fileErrorReason("EWHAT", "write", "en")).toBe("EWHAT");
  });
});

const cli = join(ROOT, "lib", "cli", "main.js");
const built = existsSync(cli) && existsSync(join(ROOT, "lib", "cli", "report.js"));
(built ? describe : describe.skip)("sela-niches report (built command)", () => {
  it("writes a report, refuses to overwrite it (exit 1, no stack) and overwrites with --force", () => {
    const output = join(dir, "cli-io.xlsx");
    const run = (...extra: string[]) =>
      spawnSync(process.execPath, [cli, "report", "io", "--input", ioFile, "--output", output, ...extra], {
        encoding: "utf8",
      });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout.trim()).toBe(output);
    expect(first.stderr).toContain("computing");
    const second = run("--quiet");
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/^sela-niches: .*already exists; use --force/);
    expect(second.stderr).not.toMatch(/\n\s+at /);
    const third = run("--force", "--quiet");
    expect(third.status).toBe(0);
    expect(third.stderr).toBe("");
  });

  it("reports data errors in Spanish with exit code 1", () => {
    const result = spawnSync(
      process.execPath,
      [
        cli,
        "report",
        "trade",
        "--input",
        join(ROOT, LATAM),
        "--country",
        "xyz",
        "--lang",
        "es",
        "--output",
        join(dir, "x.xlsx"),
      ],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('el país "xyz" no es un declarante de la tabla');
  });
});

describe("sela-niches report trade/space: one country, world references and period flags", () => {
  let chileFile: string;
  let worldFile: string;
  let yearlyFile: string;
  const worldRows = (): (string | number)[][] => csvTable(WORLD).rows.map((r) => [String(r[0]), r[1] as number]);

  beforeAll(() => {
    // A ministry's own exports: Chile alone, and the world's exports per product in a separate file.
    const chile = csvTable(LATAM).rows.filter((r) => r[0] === "chl");
    chileFile = join(dir, "chl.csv");
    writeFileSync(chileFile, ["country,product,value", ...chile.map((r) => r.join(","))].join("\n"));
    worldFile = join(dir, "world_sitc4.csv");
    writeFileSync(worldFile, ["product,value", ...worldRows().map((r) => r.join(","))].join("\n"));
    // The sample over two years (the second doubled), for reports that choose periods.
    const latam = csvTable(LATAM).rows;
    yearlyFile = join(dir, "yearly.csv");
    const yearly = [2000, 2001].flatMap((y, k) =>
      latam.map((r) => [y, r[0], r[1], (r[2] as number) * (k + 1)].join(",")),
    );
    writeFileSync(yearlyFile, ["year,country,product,value", ...yearly].join("\n"));
  });

  it("writes the trade niches of a single country against a --reference-file, naming the file", () => {
    const output = join(dir, "one-country.xlsx");
    runReport("trade", flags({ input: chileFile, "reference-file": worldFile, country: "chl", output }), {
      date: DATE,
    });
    const trade = sheet(output, "Trade niches");
    const cells = trade.cells.flat().filter((c): c is string => typeof c === "string");
    expect(cells.some((c) => c.startsWith("Source: chl.csv") && c.includes("; world exports: world_sitc4.csv ("))).toBe(
      true,
    );
    expect(cells).toContain("world exports from world_sitc4.csv");
    expect(cells.some((c) => c.includes("the world-total row World"))).toBe(false);
    // RCA against the world file: SELA.RCA with Chile's row and the world totals as reference.
    const world = worldRows();
    const products = world.map((r) => String(r[0]));
    const chile = csvTable(LATAM).rows.filter((r) => r[0] === "chl");
    const x = products.map((p) => (chile.find((r) => String(r[1]) === p)?.[2] as number | undefined) ?? 0);
    const expected = numbers(rca([x], [world.map((r) => r[1] as number)]))[0] as number[];
    const written = columnByLabel(trade, "RCA", "Product");
    expect(written.size).toBe(products.length);
    for (const [code, value] of written) expect(value).toBeCloseTo(expected[products.indexOf(code)] as number, 10);
  });

  it("refuses a single country without a reference, saying which flags give one", () => {
    const output = join(dir, "never-one.xlsx");
    let error: unknown;
    try {
      runReport("trade", flags({ input: chileFile, country: "chl", output }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SelaError);
    expect((error as SelaError).text.en).toContain(
      "RCA compares a country with a reference, so give the world's exports with --reference-file FILE, a world column (--world COLUMN) or a world-total row (--reference LABEL), or include more countries",
    );
    expect((error as SelaError).text.es).toContain(
      "con --reference-file ARCHIVO, una columna mundial (--world COLUMNA)",
    );
    expect(() =>
      runReport("space", flags({ input: chileFile, "reference-file": worldFile, country: "chl", output })),
    ).toThrow(/economic complexity and the product space compare countries with each other/);
    expect(existsSync(output)).toBe(false);
  });

  it("refuses the period flags of the other report, and keeps both in report all", () => {
    const output = join(dir, "periods.xlsx");
    const base = { input: yearlyFile, country: "chl", output };
    expect(() => runReport("trade", flags({ ...base, years: "2001" }))).toThrow(UsageError);
    expect(() => runReport("trade", flags({ ...base, years: "2001" }))).toThrow(
      "--years applies to report space; for the trade niches choose the periods with --t0 YEAR[,YEAR] and --t1 YEAR[,YEAR]",
    );
    expect(() => runReport("space", flags({ ...base, t1: "2001" }))).toThrow(
      "--t1 applies to report trade (TradeCAN's two periods); for the product space choose the year(s) with --years YEAR[,YEAR]",
    );
    expect(() => runReport("space", flags({ ...base, t0: "2000", lang: "es" }))).toThrow(
      /^--t0 se aplica a report trade/,
    );
    expect(() => runReport("trade", flags({ ...base, t0: "2001", t1: "2000" }))).toThrow(
      "t1 (2000) is earlier than t0 (2001)",
    );
    expect(() => runReport("trade", flags({ ...base, "min-export-share": "0.01%" }))).toThrow(
      /^--min-export-share applies to report space/,
    );
    for (const bad of ["abc", "-1%", "100%", "1.5", "%", "0.01"]) {
      expect(() => runReport("space", flags({ ...base, "min-export-share": bad }))).toThrow(
        /^--min-export-share must be a percentage of total exports/,
      );
    }
    const outcome = runReport(
      "all",
      flags({ ...base, "io-input": ioFile, "io-sheet": "MIP 2015", t0: "2000", t1: "2001", years: "2000" }),
      { date: DATE },
    );
    expect(outcome.sheets).toContain("Trade niches");
    expect(
      sheet(output, "Product space")
        .cells.flat()
        .some((c) => typeof c === "string" && c.endsWith("(2000)")),
    ).toBe(true);
  });
});

describe("report space: --min-export-share", () => {
  const dir = mkdtempSync(join(tmpdir(), "sela-share-"));
  const world = join(ROOT, "assets", "samples", "trade", "world_trade_sitc4_avg_1998_2000.csv");
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes a percentage, and 0 keeps every reporter", () => {
    const countries = (share: string): number => {
      const output = join(dir, `space-${share.replace(/[^0-9]/g, "")}.xlsx`);
      runReport("space", flags({ input: world, country: "chl", output, force: "true", "min-export-share": share }), {
        date: DATE,
      });
      const text = sheet(output, "Product space")
        .cells.flat()
        .filter((c): c is string => typeof c === "string");
      // The subtitle: "226 countries, 785 products; focus: chl".
      const subtitle = text.find((c) => /^\d+ countries, \d+ products/.test(c)) ?? "";
      return Number(/^(\d+) countries/.exec(subtitle)?.[1] ?? NaN);
    };
    const all = countries("0");
    expect(all).toBe(226);
    expect(countries("0.01%")).toBeLessThan(all);
    expect(countries("0,01 %")).toBe(countries("0.01%"));
  });
});
