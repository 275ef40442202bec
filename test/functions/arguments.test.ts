import {
  flag,
  isOmitted,
  numberOption,
  numericMatrix,
  numericVector,
  option,
  optionalVector,
  textVector,
} from "../../src/functions/arguments";
import { SelaError } from "../../src/core/errors";
import { MAX_INPUT_CELLS } from "../../src/functions/limits";

function messageOf(run: () => unknown): { en: string; es: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof SelaError) return error.text;
    throw error;
  }
  throw new Error("expected an error");
}

describe("numericMatrix", () => {
  it("reads numbers row-major and counts blanks as 0", () => {
    const m = numericMatrix("LEONTIEF", "table", [
      [1, null],
      ["", 4],
    ]);
    expect([m.rows, m.cols]).toEqual([2, 2]);
    expect(Array.from(m.data)).toEqual([1, 0, 0, 4]);
  });

  it("treats a scalar as a 1 x 1 range", () => {
    expect(Array.from(numericMatrix("LEONTIEF", "table", 0.5).data)).toEqual([0.5]);
  });

  it.each([
    [
      "text",
      [
        [1, 2],
        [3, "x"],
      ],
      "table has text at row 2, column 2",
    ],
    ["a boolean", [[true]], "table has a TRUE/FALSE value at row 1, column 1"],
    ["an error object", [[1, { error: "#N/A" }]], "table has an error value (#N/A) at row 1, column 2"],
    ["error text", [["#DIV/0!"]], "table has an error value (#DIV/0!) at row 1, column 1"],
    ["NaN", [[Number.NaN]], "table has a non-finite number at row 1, column 1"],
    ["Infinity", [[1], [Number.POSITIVE_INFINITY]], "table has a non-finite number at row 2, column 1"],
    ["a ragged range", [[1, 2], [3]], "table is ragged: row 2 has 1 cells, row 1 has 2"],
    ["an empty range", [], "table is empty"],
    ["an empty row", [[]], "table is empty"],
    ["a nested array", [[1, [2]]], "table has a nested array at row 1, column 2"],
  ])("rejects %s naming the cell", (_, value, expected) => {
    expect(messageOf(() => numericMatrix("LEONTIEF", "table", value)).en).toBe(expected);
  });

  it("names the argument in Spanish with its Spanish name", () => {
    expect(messageOf(() => numericMatrix("LEONTIEF", "table", [["x"]])).es).toBe(
      "tabla tiene texto en la fila 1, columna 1",
    );
  });

  it("refuses ranges beyond what Excel can pass, with advice", () => {
    const rows = Math.ceil(MAX_INPUT_CELLS / 100) + 1;
    const big = Array.from({ length: rows }, () => new Array<number>(100).fill(1));
    expect(messageOf(() => numericMatrix("LEONTIEF", "table", big)).en).toMatch(/use the SELA Niches pane/);
  });
});

describe("numericVector", () => {
  it("accepts a row or a column", () => {
    expect(Array.from(numericVector("F", "output", [[1, 2, 3]]))).toEqual([1, 2, 3]);
    expect(Array.from(numericVector("F", "output", [[1], [2], [3]]))).toEqual([1, 2, 3]);
  });

  it("rejects a 2-D range and a wrong length with both shapes", () => {
    expect(
      messageOf(() =>
        numericVector("F", "output", [
          [1, 2],
          [3, 4],
        ]),
      ).en,
    ).toBe("output must be a single row or column (got 2 x 2)");
    expect(messageOf(() => numericVector("F", "output", [[1, 2]], 3)).en).toBe("output has 2 values, expected 3");
  });

  it("treats null, blank and [[null]] as omitted", () => {
    expect(isOmitted(null)).toBe(true);
    expect(isOmitted([[null]])).toBe(true);
    expect(isOmitted([[""]])).toBe(true);
    expect(isOmitted([[0]])).toBe(false);
    expect(optionalVector("F", "output", null)).toBeUndefined();
  });
});

describe("options", () => {
  it("matches case-insensitively and defaults when omitted", () => {
    expect(option("RCA", "variant", "SYMMETRIC", ["balassa", "symmetric"], "balassa")).toBe("symmetric");
    expect(option("RCA", "variant", null, ["balassa", "symmetric"], "balassa")).toBe("balassa");
    expect(option("RCA", "variant", [["log"]], ["balassa", "log"], "balassa")).toBe("log");
  });

  it("lists the valid options for an unknown one", () => {
    expect(messageOf(() => option("RCA", "variant", "ricardo", ["balassa", "log"], "balassa")).en).toBe(
      'variant must be one of "balassa", "log"',
    );
    expect(messageOf(() => option("RCA", "variant", 3, ["balassa"], "balassa")).en).toBe(
      'variant must be one of "balassa"',
    );
  });

  it("reads flags from booleans, 0/1 and words in both languages", () => {
    expect(flag("F", "normalized", false, true)).toBe(false);
    expect(flag("F", "normalized", 1, false)).toBe(true);
    expect(flag("F", "normalized", "VERDADERO", false)).toBe(true);
    expect(flag("F", "normalized", null, true)).toBe(true);
    expect(messageOf(() => flag("F", "normalized", "maybe", true)).en).toBe("normalized must be TRUE or FALSE");
  });

  it("reads numbers and rejects text", () => {
    expect(numberOption("MCP", "threshold", 0.5, 1)).toBe(0.5);
    expect(numberOption("MCP", "threshold", undefined, 1)).toBe(1);
    expect(messageOf(() => numberOption("MCP", "threshold", "one", 1)).en).toBe("threshold must be a number");
  });
});

describe("textVector", () => {
  it("keeps codes as text with their leading zeros and turns numbers into text", () => {
    expect(textVector("RCA.LONG", "products", [["0101"], [8703], [" 27 "]])).toEqual(["0101", "8703", "27"]);
  });

  it("rejects blanks and error values with their position", () => {
    expect(messageOf(() => textVector("RCA.LONG", "products", [["a"], [null]])).en).toBe(
      "products has a blank at position 2",
    );
    expect(messageOf(() => textVector("RCA.LONG", "products", [["#N/A"]])).en).toBe(
      "products has an invalid label at position 1",
    );
  });
});
