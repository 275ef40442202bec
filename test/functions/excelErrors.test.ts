import { inputError, numericError } from "../../src/core/errors";
import { evaluate } from "../../src/functions/evaluate";
import { MAX_RESULT_BYTES, MAX_RESULT_CELLS } from "../../src/functions/limits";
import { excelError, isExcelError, toExcelError } from "../../src/functions/excelErrors";
import { setLanguage } from "../../src/functions/language";
import { columnCells, matrixCells } from "../../src/functions/results";
import { matrix } from "../../src/core/linalg/matrix";
import { errorOf, grid } from "../support/close";

afterEach(() => {
  setLanguage("en");
  delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
});

describe("error mapping", () => {
  it("maps input errors to #VALUE! with the function name first", () => {
    const e = toExcelError("LEONTIEF", inputError("coefficients must be square (got 3 x 4)", "…"));
    expect(e).toEqual({ code: "#VALUE!", message: "LEONTIEF: coefficients must be square (got 3 x 4)" });
  });

  it("maps a singular system to #NUM!", () => {
    expect(toExcelError("LEONTIEF", numericError("singular", "singular")).code).toBe("#NUM!");
  });

  it("uses the Spanish function name and message in Spanish", () => {
    setLanguage("es");
    const e = toExcelError("TECHCOEF", inputError("bad", "malo"));
    expect(e.message).toBe("COEFTEC: malo");
  });

  it("hides internal errors behind a plain message", () => {
    const e = toExcelError("LEONTIEF", new TypeError("undefined is not a function"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).not.toMatch(/TypeError|undefined is not/);
    expect(e.message).toMatch(/^LEONTIEF: unexpected error/);
  });

  it("builds CustomFunctions.Error inside Excel", () => {
    class RuntimeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: RuntimeError,
      ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!", notAvailable: "#N/A" },
    };
    const e = excelError("#N/A", "why");
    expect(e).toBeInstanceOf(RuntimeError);
    expect(e.code).toBe("#N/A");
  });
});

describe("results", () => {
  it("turns NaN into the declared code and infinities into #NUM!", () => {
    const cells = matrixCells(matrix(1, 3, Float64Array.of(1, Number.NaN, Number.NEGATIVE_INFINITY)), "#N/A");
    expect(cells[0]?.[0]).toBe(1);
    expect(cells[0]?.[1]).toEqual({ code: "#N/A" });
    expect(cells[0]?.[2]).toEqual({ code: "#NUM!" });
    expect(columnCells(Float64Array.of(2, 3))).toEqual([[2], [3]]);
  });
});

describe("evaluate", () => {
  it("returns the grid of a successful computation", () => {
    expect(grid(evaluate("F", () => [[1, 2]]))).toEqual([[1, 2]]);
  });

  it("never throws: failures become one error value", () => {
    const result = evaluate("F", () => {
      throw new RangeError("boom");
    });
    expect(isExcelError(result)).toBe(true);
  });

  it("refuses results beyond Excel's payload limit with advice", () => {
    const rows = Math.floor(MAX_RESULT_CELLS / 10) + 1;
    const result = evaluate("F", () => Array.from({ length: rows }, () => new Array<number>(10).fill(0)));
    expect(errorOf(result).message).toMatch(/more than Excel accepts.*pane/);
  });

  it("counts text by its length: a result of long labels is refused before the cell limit", () => {
    const label = "Oportunidades perdidas (ganó en el mercado, perdió participación)";
    const rows = Math.ceil(MAX_RESULT_BYTES / (2 * label.length) / 10);
    expect(rows * 10).toBeLessThan(MAX_RESULT_CELLS);
    const result = evaluate("F", () => Array.from({ length: rows }, () => new Array<string>(10).fill(label)));
    expect(errorOf(result).message).toMatch(/about \d+\.\d MB, more than Excel accepts/);
    // The same number of cells as numbers is fine.
    expect(grid(evaluate("F", () => Array.from({ length: rows }, () => new Array<number>(10).fill(0.1))))).toHaveLength(
      rows,
    );
  });
});
