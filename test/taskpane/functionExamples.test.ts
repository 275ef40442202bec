/**
 * The "Insert a function" examples against the real catalogue: every required argument has the shape the
 * catalogue gives its kind, and every example, filled with numbers of those shapes, computes (no
 * shape-mismatch #VALUE!) through the code Excel runs.
 */
import { indexCatalogue, type CatalogueData, type FunctionMetadata } from "../../src/functions/catalogue";
import { isExcelError } from "../../src/functions/excelErrors";
import { exampleArguments, exampleShapes, type ExampleShape } from "../../src/taskpane/functionList";
import { parseRangeRef } from "../../src/xlsx/cellRef";

const { generate } = require("../../scripts/metadata.js") as { generate: () => Promise<CatalogueData> };

/**
 * The catalogue's argument kinds (docs/reference/functions.en.md), required arguments only: "matrix" a
 * block of its own, "same" the first argument's shape, "per row" one value per row of the first (sector,
 * country, record), "per column" one value per column of the first (product, 1 x p).
 */
type Kind = "matrix" | "same" | "per row" | "per column";
const KINDS: Readonly<Record<string, readonly Kind[]>> = {
  TECHCOEF: ["matrix", "per row"], // transactions, output (one per sector)
  ALLOCCOEF: ["matrix", "per row"],
  LEONTIEF: ["matrix"],
  GHOSH: ["matrix", "per row"],
  OUTPUTMULT: ["matrix"],
  EFFECTS: ["matrix", "per row"], // table, coefficients (one per sector)
  MULTIPLIER: ["matrix", "per row"],
  BACKWARD: ["matrix"],
  FORWARD: ["matrix"],
  KEYSECTORS: ["matrix"],
  EXTRACTION: ["matrix", "per row"],
  IMPACT: ["matrix", "per row"], // table, demand_change (one per sector)
  RCA: ["matrix"],
  "RCA.LONG": ["per row", "per row", "per row"], // countries, products, values: one per record
  TSI: ["matrix", "same"], // imports: same shape as exports
  LAFAY: ["matrix", "same"],
  GL: ["matrix", "same"],
  HHI: ["matrix"],
  CONCENTRATION: ["matrix"],
  TII: ["matrix"],
  TCI: ["matrix", "same"], // imports: countries x the same products
  ESI: ["matrix"],
  MARKETSHARE: ["matrix", "per column"], // market imports per product (1 x p)
  TRADECAN: ["matrix", "same", "per column", "per column"], // exports_t1 as exports_t0; markets 1 x p
  LQ: ["matrix", "per column"], // national: 1 x sectors
  SHIFTSHARE: ["per row", "per row", "per row", "per row"], // k values each
  MCP: ["matrix"],
  DIVERSITY: ["matrix"],
  UBIQUITY: ["matrix"],
  ECI: ["matrix"],
  PCI: ["matrix"],
  PROXIMITY: ["matrix"],
  DENSITY: ["matrix"],
  COI: ["matrix"],
  COG: ["matrix"],
};

const SHAPE_OF_KIND: Readonly<Record<Kind, ExampleShape>> = {
  matrix: "block",
  same: "same",
  "per row": "column",
  "per column": "row",
};

/** Rows and columns of an A1 range such as "G2:I4". */
function dimensions(range: string): { rows: number; cols: number } {
  expect(range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
  const { rows, cols } = parseRangeRef(range);
  return { rows, cols };
}

/** Numbers of a range's shape: small in blocks (a productive IO table), large in vectors (output, markets). */
function grid(rows: number, cols: number): number[][] {
  const vector = rows === 1 || cols === 1;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (vector ? 100 + r + c : 0.05 * (1 + r + c))),
  );
}

describe("Insert a function: examples", () => {
  let functions: readonly FunctionMetadata[];
  let data: CatalogueData;
  beforeAll(async () => {
    data = await generate();
    functions = data.english.functions;
  });

  it("cover the whole catalogue", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(KINDS).sort());
  });

  it("give every required argument the shape of its kind", () => {
    for (const fn of functions) {
      const kinds = KINDS[fn.id]!;
      expect([fn.id, exampleShapes(fn)]).toEqual([fn.id, kinds.map((k) => SHAPE_OF_KIND[k])]);
      const ranges = exampleArguments(fn).split(", ").map(dimensions);
      expect([fn.id, ranges.length]).toEqual([fn.id, kinds.length]);
      const first = ranges[0]!;
      kinds.forEach((kind, k) => {
        const { rows, cols } = ranges[k]!;
        const expected =
          kind === "matrix"
            ? { rows: 3, cols: 3 }
            : kind === "same"
              ? first
              : kind === "per row"
                ? { rows: first.rows, cols: 1 }
                : { rows: 1, cols: first.cols };
        expect([fn.id, k, { rows, cols }]).toEqual([fn.id, k, expected]);
      });
    }
  });

  it("compute when filled with numbers of their shapes, through the code Excel runs", async () => {
    const index = indexCatalogue(data);
    for (const fn of functions) {
      const entry = index.get(fn.id)!;
      const args: unknown[] = exampleArguments(fn)
        .split(", ")
        .map(dimensions)
        .map(({ rows, cols }) => grid(rows, cols));
      while (args.length < fn.parameters.length) args.push(null);
      const result: unknown = await entry.implementation(...args);
      const failure = isExcelError(result) ? `${result.code} ${result.message ?? ""}` : undefined;
      expect([fn.id, failure]).toEqual([fn.id, undefined]);
      expect(Array.isArray(result)).toBe(true);
    }
  });

  it("put matrices that must match the first one in a block of the same shape", () => {
    const tsi = functions.find((f) => f.id === "TSI")!;
    const tradecan = functions.find((f) => f.id === "TRADECAN")!;
    const techcoef = functions.find((f) => f.id === "TECHCOEF")!;
    expect(exampleArguments(tsi)).toBe("B2:D4, G2:I4");
    expect(exampleArguments(tradecan)).toBe("B2:D4, G2:I4, L2:N2, Q2:S2");
    expect(exampleArguments(techcoef)).toBe("B2:D4, G2:G4");
  });
});
