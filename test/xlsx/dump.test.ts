/**
 * Writes the sample report to $SELA_XLSX_DUMP (a folder) for manual checks in Excel or LibreOffice;
 * a no-op otherwise.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeReportWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleReport } from "./sampleReport";

const dir = process.env.SELA_XLSX_DUMP;

(dir ? test : test.skip)("dumps the sample report", () => {
  mkdirSync(dir as string, { recursive: true });
  writeFileSync(
    join(dir as string, "sample-report.xlsx"),
    writeReportWorkbook(sampleReport, { title: "Sectores clave", language: "es" }),
  );
});
