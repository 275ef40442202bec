import { teachingReport } from "../../src/analysis/teaching";
import type { ReportFormula, ReportValue } from "../../src/analysis/report";
import { writeReportWorkbook } from "../../src/xlsx/writeWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { unzipSync, strFromU8 } from "fflate";

function formulas(language: "en" | "es"): Map<string, ReportFormula> {
  const out = new Map<string, ReportFormula>();
  for (const block of teachingReport(language, new Date(2026, 0, 1)).sheets[0]!.blocks)
    block.values.forEach((row, r) => {
      row.forEach((v: ReportValue, c) => {
        if (v !== null && typeof v === "object" && "formula" in v) out.set(`${block.row + r},${block.col + c}`, v);
      });
    });
  return out;
}

describe("trainer's workbook", () => {
  it("puts Excel's own formulas next to the SELA functions, with cached values that agree", () => {
    const f = formulas("en");
    expect(f.get("17,1")?.formula).toBe("=MINVERSE(B14:C15)");
    expect(f.get("17,5")?.formula).toBe("=SELA.LEONTIEF(B10:C11)");
    // Miller & Blair's L, cached on both sides.
    expect(f.get("17,1")?.array?.[0]?.[0]).toBeCloseTo(1.254125, 6);
    expect(f.get("17,5")?.array).toEqual(f.get("17,1")?.array);
    expect(f.get("21,1")?.formula).toBe("=MMULT(B18:C19,D6:D7)");
    expect(f.get("21,1")?.array?.map((r) => r[0])).toEqual([expect.closeTo(1000, 9), expect.closeTo(2000, 9)]);
    expect(f.get("25,1")?.formula).toBe("=SUM(B18:B19)");
    expect(f.get("30,7")?.formula).toBe('=SELA.KEYSECTORS(B10:C11,,,"code")');
    expect(f.get("30,5")?.formula).toBe("=SELA.BACKWARD(B10:C11)");
    expect(f.get("30,3")?.value).toBe("KEY");
    expect(f.get("31,3")?.value).toBe("WEAK");
    expect(f.get("41,1")?.value).toBeCloseTo(1.813636, 6);
    // Each check caches the largest difference of the cached values: L f reproduces x to rounding.
    expect(f.get("21,8")?.array?.[0]?.[0]).toBeLessThan(1e-9);
    expect(f.get("9,8")?.array).toEqual([[0]]);
  });

  it("writes array formulas that spreadsheet files evaluate over their whole area", () => {
    const bytes = writeReportWorkbook(teachingReport("es", new Date(2026, 0, 1)));
    const sheetXml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    expect(sheetXml).toContain('<f t="array" ref="B18:C19">MINVERSE(B14:C15)</f>');
    // The checks compare whole areas: as ordinary formulas they would be cut to one cell (implicit intersection).
    for (const [cell, formula] of [
      ["I10", "MAX(ABS(B10:C11-F10:G11))"],
      ["I18", "MAX(ABS(B18:C19-F18:G19))"],
      ["I22", "MAX(ABS(B22:B23-E6:E7))"],
      ["I26", "MAX(ABS(B26:B27-F26:F27))"],
      ["I31", "MAX(ABS(B31:C32-F31:G32))"],
      ["I42", "MAX(ABS(B42:D44-F42:H44))"],
    ]) {
      expect(sheetXml).toContain(`<f t="array" ref="${cell}:${cell}">${formula}</f>`);
    }
    const read = readWorkbook(bytes);
    expect(read.sheets[0]?.name).toBe("Libro del formador");
    const cells = read.sheets[0]!.cells;
    expect(cells[18]?.[2]).toBeCloseTo(1.122112, 6);
    expect(cells[0]?.[0]).toMatch(/^Libro del formador/);
  });
});
