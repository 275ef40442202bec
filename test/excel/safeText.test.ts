import { planChunks } from "../../src/excel/blocks";
import { MAX_CELL_TEXT } from "../../src/analysis/report";
import { encodeCell, textCell, TEXT_FORMAT } from "../../src/excel/safeText";

describe("encodeCell", () => {
  it.each(['=HYPERLINK("http://x","y")', "+54 11", "-", "@user", "0101", "1-2", "TRUE", "1,5", "\tTab", "#N/A"])(
    "writes %j as text with the Text format",
    (label) => {
      expect(encodeCell(label)).toEqual({ value: label, formula: null, format: TEXT_FORMAT });
    },
  );

  it("writes long text without the Text format, with an apostrophe only when it starts like a formula", () => {
    const note = "x".repeat(300);
    expect(encodeCell(note)).toEqual({ value: note, formula: null, format: null });
    expect(textCell(`=${note}`).value).toBe(`'=${note}`);
  });

  it("cuts text to Excel's 32,767 characters per cell, the apostrophe included", () => {
    const huge = "y".repeat(MAX_CELL_TEXT + 10);
    expect(textCell(huge).value).toHaveLength(MAX_CELL_TEXT);
    const formulaLike = textCell(`=${huge}`).value as string;
    expect(formulaLike).toHaveLength(MAX_CELL_TEXT);
    expect(formulaLike.startsWith("'=")).toBe(true);
    expect(formulaLike.endsWith("…")).toBe(true);
  });

  it("writes numbers as numbers with the column format", () => {
    expect(encodeCell(1.25, "0.0000")).toEqual({ value: 1.25, formula: null, format: "0.0000" });
    expect(encodeCell(-0).value).toBe(0);
    expect(encodeCell(true)).toEqual({ value: true, formula: null, format: null });
  });

  it("writes errors and non-finite numbers as error formulas", () => {
    expect(encodeCell({ error: "#N/A" }).formula).toBe("=NA()");
    expect(encodeCell({ error: "#DIV/0!" }).formula).toBe("=#DIV/0!");
    expect(encodeCell(NaN).formula).toBe("=#DIV/0!");
    expect(encodeCell(-Infinity).formula).toBe("=#NUM!");
  });

  it("writes formulas through formulas, adding the = when missing", () => {
    expect(encodeCell({ formula: "SUM(A1:A3)" }, "0.0")).toEqual({
      value: null,
      formula: "=SUM(A1:A3)",
      format: "0.0",
    });
  });

  it("leaves blanks and empty strings as null (unchanged on a new sheet)", () => {
    expect(encodeCell(null)).toEqual({ value: null, formula: null, format: null });
    expect(encodeCell("")).toEqual({ value: null, formula: null, format: null });
  });
});

describe("planChunks", () => {
  it("keeps each chunk under the cell budget", () => {
    const grid = Array.from({ length: 50_000 }, () => [encodeCell(1), encodeCell(2)]);
    const chunks = planChunks(grid);
    expect(chunks).toHaveLength(5);
    expect(chunks[0]).toEqual({ start: 0, end: 10_000 });
    expect(chunks[4]).toEqual({ start: 40_000, end: 50_000 });
  });

  it("keeps each chunk under the byte budget when cells are long text", () => {
    const grid = Array.from({ length: 2_000 }, () => [encodeCell("é".repeat(250))]);
    const chunks = planChunks(grid);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.end - c.start < 2_000)).toBe(true);
  });

  it("sends a row over budget alone rather than never", () => {
    expect(planChunks([[encodeCell(1)], [encodeCell(2)]], 1)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
    ]);
  });
});
