import { cellRef, columnName, parseCellRef, parseRangeRef, qualifiedRef, rangeRef } from "../../src/xlsx/cellRef";

describe("cell references", () => {
  test("column names are bijective base 26", () => {
    expect([0, 25, 26, 27, 701, 702, 16383].map(columnName)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"]);
    for (let c = 0; c < 2000; c += 37) expect(parseCellRef(`${columnName(c)}1`).col).toBe(c);
  });

  test("A1 refs, absolute refs and ranges", () => {
    expect(cellRef(11, 27)).toBe("AB12");
    expect(cellRef(1, 1, true)).toBe("$B$2");
    expect(rangeRef({ row: 1, col: 1, rows: 12, cols: 1 }, true)).toBe("$B$2:$B$13");
    expect(rangeRef({ row: 0, col: 0, rows: 1, cols: 1 })).toBe("A1");
    expect(parseCellRef("$ab$12")).toEqual({ row: 11, col: 27 });
    expect(parseRangeRef("C4:B2")).toEqual({ row: 1, col: 1, rows: 3, cols: 2 });
    expect(parseRangeRef("D5")).toEqual({ row: 4, col: 3, rows: 1, cols: 1 });
  });

  test("sheet-qualified references are quoted with apostrophes doubled", () => {
    expect(qualifiedRef("O'Higgins 2018", { row: 1, col: 1, rows: 3, cols: 1 })).toBe("'O''Higgins 2018'!$B$2:$B$4");
  });

  test("bad references are input errors", () => {
    expect(() => parseCellRef("B")).toThrow(/bad cell reference/);
    expect(() => parseCellRef("XFE1")).toThrow(/outside/);
    expect(() => parseCellRef("A0")).toThrow(/outside/);
  });
});
