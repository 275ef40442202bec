/**
 * Opens a written report in LibreOffice (when `soffice` is on PATH; skipped otherwise, e.g. in CI) and
 * reads back what LibreOffice saves: proof that a second implementation accepts our parts, keeps text
 * as text and imports the chart with its per-point labels. Set SELA_XLSX_DUMP=<folder> to also keep the
 * files (and a PDF rendering) for a look by eye.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeReportWorkbook } from "../../src/xlsx/writeWorkbook";
import { SECTORS, sampleReport } from "./sampleReport";
import { partText } from "./support";

const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
const keep = process.env.SELA_XLSX_DUMP;

(soffice === "" ? describe.skip : describe)("LibreOffice opens written reports", () => {
  const dir = keep ?? mkdtempSync(join(tmpdir(), "sela-xlsx-"));
  const profile = mkdtempSync(join(tmpdir(), "sela-lo-profile-"));
  afterAll(() => {
    rmSync(profile, { recursive: true, force: true });
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  });

  function convert(file: string, to: string, outDir: string): void {
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", outDir, file],
      { stdio: "ignore", timeout: 120_000 },
    );
  }

  test("values, text-as-text and the labelled chart survive a LibreOffice save", () => {
    mkdirSync(join(dir, "resaved"), { recursive: true });
    const file = join(dir, "sample-report.xlsx");
    writeFileSync(file, writeReportWorkbook(sampleReport, { title: "Sectores clave", language: "es" }));
    convert(file, "xlsx:Calc MS Excel 2007 XML", join(dir, "resaved"));
    if (keep !== undefined) convert(file, "pdf", dir);
    const resaved = new Uint8Array(readFileSync(join(dir, "resaved", "sample-report.xlsx")));
    const { sheets } = readWorkbook(resaved);
    expect(sheets.map((s) => s.name)).toEqual(["Sectores clave_ BL_FL", "Edge cases"]);
    expect(sheets[1]!.cells.map((r) => r[0]).slice(1, 5)).toEqual(["=SUM(A1:A2)", "+56 2 2345", "-x-", "@home"]);
    const chart = partText(resaved, "xl/charts/chart1.xml");
    for (const s of SECTORS) expect(chart).toContain(`<a:t>${s}</a:t>`);
    expect(chart.replace(/&apos;/g, "'")).toContain("'Sectores clave_ BL_FL'!$B$5:$B$12");
  }, 180_000);
});
