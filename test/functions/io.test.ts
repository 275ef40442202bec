import { readFileSync } from "fs";
import { join } from "path";
import { evaluateByName } from "../../src/cli/call";
import { indexCatalogue, type CatalogueData, type CatalogueEntry } from "../../src/functions/catalogue";
import * as io from "../../src/functions/io";
import { setLanguage } from "../../src/functions/language";
import { expectClose, errorOf, grid, numbers } from "../support/close";

interface MillerBlair {
  inputs: { Z: number[][]; x: number[]; f_new: number[]; labour_coeff: number[]; value_added: number[] };
  expected: Record<string, number[] | number[][]>;
}
const mb = JSON.parse(
  readFileSync(join(__dirname, "..", "fixtures", "io", "miller_blair_2009_2x2.json"), "utf8"),
) as MillerBlair;
const Z = mb.inputs.Z;
const A = mb.expected.A as number[][];
const X = [mb.inputs.x]; // a row range
const XCOL = mb.inputs.x.map((v) => [v]); // a column range
const column = (v: number[]) => v.map((e) => [e]);
const flat = (g: number[][]) => g.flat();

afterEach(() => {
  setLanguage("en");
});

describe("IO custom functions: results", () => {
  it("TECHCOEF, ALLOCCOEF, LEONTIEF, GHOSH return matrices in input orientation", () => {
    expectClose(flat(numbers(io.techcoef(Z, X))), A.flat(), 1e-15);
    expectClose(flat(numbers(io.alloccoef(Z, XCOL))), (mb.expected.B as number[][]).flat(), 1e-15);
    expectClose(flat(numbers(io.leontief(A))), (mb.expected.L as number[][]).flat(), 1e-9);
    expectClose(flat(numbers(io.leontief(Z, X))), (mb.expected.L as number[][]).flat(), 1e-9);
    expectClose(flat(numbers(io.ghosh(Z, X))), (mb.expected.G as number[][]).flat(), 1e-9);
  });

  it("per-sector results are n x 1 columns", () => {
    const cases: [unknown, number[]][] = [
      [io.outputmult(A), mb.expected.output_multipliers as number[]],
      [io.outputmult(Z, XCOL), mb.expected.output_multipliers as number[]],
      [io.effectsFunction(A, [[0.65, 0.7]]), [1, 1]],
      [io.multiplier(Z, column([0.65, 0.7]), X), [1 / 0.65, 1 / 0.7]],
      [io.backward(A), mb.expected.rasmussen_BL as number[]],
      [io.backward(A, null as never, false), mb.expected.output_multipliers as number[]],
      [io.forward(A), mb.expected.rasmussen_FL_leontief as number[]],
      [io.forward(Z, X, "GHOSH"), mb.expected.FL_ghosh_normalized as number[]],
      [io.forward(Z, X, [["ghosh"]], [[false]]), mb.expected.ghosh_rowsums as number[]],
      [io.extraction(Z, X), mb.expected.HEM_backward_abs as number[]],
      [io.extraction(Z, X, "forward"), mb.expected.HEM_forward_abs as number[]],
      [io.extraction(Z, X, null, true), [413.1578947368 / 3000, 805.8823529412 / 3000]],
      [io.impact(A, [mb.inputs.f_new]), mb.expected.x_new as number[]],
      [io.impact(Z, column(mb.inputs.f_new), X), mb.expected.x_new as number[]],
    ];
    for (const [result, expected] of cases) {
      const g = numbers(result);
      expect(g.every((row) => row.length === 1)).toBe(true);
      expectClose(flat(g), expected, 1e-9);
    }
  });

  it("MULTIPLIER gives #DIV/0! in the cell of a sector with a zero coefficient", () => {
    const g = grid(io.multiplier(A, [[0.3, 0]]));
    expect(typeof g[0]?.[0]).toBe("number");
    expect(errorOf(g[1]?.[0]).code).toBe("#DIV/0!");
  });

  it("KEYSECTORS: labels in the user's language by default, codes on request", () => {
    expect(grid(io.keysectors(A))).toEqual([["Key sector"], ["Weak linkages"]]);
    expect(grid(io.keysectors(Z, X, "ghosh", "code"))).toEqual([["KEY"], ["WEAK"]]);
    setLanguage("es");
    expect(grid(io.keysectors(A))).toEqual([["Sector clave"], ["Sector independiente"]]);
    expect(grid(io.keysectors(A, null as never, null, "CODE"))).toEqual([["KEY"], ["WEAK"]]);
  });
});

describe("IO custom functions: bad input", () => {
  const text = [
    [0.1, "x"],
    [0.2, 0.1],
  ];
  const ragged = [[0.1, 0.2], [0.3]];
  const nonSquare = [[0.1, 0.2]];
  const nearlySingular = [
    [0.5, 0.5],
    [0.5 - 1e-14, 0.5 - 1e-14],
  ];
  const table: Record<string, (t: unknown, extra?: unknown) => unknown> = {
    LEONTIEF: (t) => io.leontief(t as never),
    OUTPUTMULT: (t) => io.outputmult(t as never),
    EFFECTS: (t, e) => io.effectsFunction(t as never, (e ?? [[1, 1]]) as never),
    MULTIPLIER: (t, e) => io.multiplier(t as never, (e ?? [[1, 1]]) as never),
    BACKWARD: (t) => io.backward(t as never),
    FORWARD: (t) => io.forward(t as never),
    KEYSECTORS: (t) => io.keysectors(t as never),
    IMPACT: (t, e) => io.impact(t as never, (e ?? [[1, 1]]) as never),
  };
  const transactions: Record<string, (z: unknown, x?: unknown) => unknown> = {
    TECHCOEF: (z, x) => io.techcoef(z as never, (x ?? X) as never),
    ALLOCCOEF: (z, x) => io.alloccoef(z as never, (x ?? X) as never),
    GHOSH: (z, x) => io.ghosh(z as never, (x ?? X) as never),
    EXTRACTION: (z, x) => io.extraction(z as never, (x ?? X) as never),
  };

  it.each(Object.entries(table))(
    "%s: text, ragged, empty, non-square, negative, length mismatch, nearly singular",
    (id, f) => {
      expect(errorOf(f(text))).toMatchObject({ code: "#VALUE!", message: `${id}: table has text at row 1, column 2` });
      expect(errorOf(f(ragged)).message).toBe(`${id}: table is ragged: row 2 has 1 cells, row 1 has 2`);
      expect(errorOf(f([])).message).toBe(`${id}: table is empty`);
      expect(errorOf(f(nonSquare)).message).toMatch(new RegExp(`^${id}: table must be square.*\\(got 1 x 2\\)$`));
      expect(
        errorOf(
          f([
            [0.1, -0.2],
            [0.1, 0.1],
          ]),
        ).message,
      ).toMatch(new RegExp(`^${id}: table has a negative value at row 1, column 2`));
      // Spectral radius ≈ 1.15 (column sums 1.1 and 1.2): not productive, #NUM!.
      const unproductive = errorOf(
        f([
          [0.6, 0.5],
          [0.5, 0.7],
        ]),
      );
      expect(unproductive.code).toBe("#NUM!");
      expect(unproductive.message).toMatch(new RegExp(`^${id}: the table is not productive`));
      const singular = errorOf(f(nearlySingular));
      expect(singular.code).toBe("#NUM!");
      expect(singular.message).toMatch(new RegExp(`^${id}: I − A is nearly singular \\(estimated condition number`));
      if (id === "EFFECTS" || id === "MULTIPLIER" || id === "IMPACT") {
        expect(errorOf(f(A, [[1, 2, 3]])).message).toMatch(
          new RegExp(`^${id}: .*3 values but the table has 2 sectors`),
        );
        expect(errorOf(f(A, [[1, true]])).message).toMatch(/has a TRUE\/FALSE value at row 1, column 2/);
      }
    },
  );

  it.each(Object.entries(transactions))("%s: text, non-square, output length and sign", (id, f) => {
    expect(
      errorOf(
        f([
          [1, "a"],
          [2, 3],
        ]),
      ).message,
    ).toBe(`${id}: transactions has text at row 1, column 2`);
    expect(errorOf(f(nonSquare)).message).toMatch(new RegExp(`^${id}: transactions must be square`));
    expect(errorOf(f(Z, [[1000, 2000, 5]])).message).toMatch(new RegExp(`^${id}: output has 3 values`));
    expect(errorOf(f(Z, [[1000, -2000]])).message).toMatch(
      new RegExp(`^${id}: output must be finite and non-negative \\(sector 2`),
    );
    expect(errorOf(f(Z, [[1000, { error: "#N/A" }]])).message).toBe(
      `${id}: output has an error value (#N/A) at row 1, column 2`,
    );
  });

  it("unknown options list the valid ones; Ghosh without output is explained", () => {
    expect(errorOf(io.forward(A, null as never, "rasmussen")).message).toBe(
      'FORWARD: method must be one of "leontief", "ghosh"',
    );
    expect(errorOf(io.keysectors(A, null as never, null, "words")).message).toBe(
      'KEYSECTORS: style must be one of "label", "code"',
    );
    expect(errorOf(io.extraction(Z, X, "both")).message).toBe(
      'EXTRACTION: direction must be one of "backward", "forward"',
    );
    expect(errorOf(io.backward(A, null as never, "maybe")).message).toBe("BACKWARD: normalized must be TRUE or FALSE");
    expect(errorOf(io.extraction(Z, X, null, "x")).message).toBe("EXTRACTION: relative must be TRUE or FALSE");
    expect(errorOf(io.forward(A, null as never, "ghosh")).message).toMatch(/^FORWARD: method "ghosh" needs output/);
    expect(errorOf(io.keysectors(A, null as never, "ghosh")).message).toMatch(
      /^KEYSECTORS: method "ghosh" needs output/,
    );
  });

  it("messages use the Spanish function and argument names in Spanish", () => {
    setLanguage("es");
    expect(
      errorOf(
        io.leontief([
          [0.1, "x"],
          [0.2, 0.1],
        ]),
      ).message,
    ).toBe("LEONTIEF: tabla tiene texto en la fila 1, columna 2");
    expect(errorOf(io.keysectors([[0.1, 0.2]])).message).toMatch(/^SECTORESCLAVE: tabla debe ser cuadrada/);
    expect(errorOf(io.extraction(Z, X, "ambos")).message).toBe(
      'EXTRACCION: direccion debe ser uno de "backward", "forward"',
    );
  });
});

describe("IO custom functions through the CLI path (evaluateByName)", () => {
  let index: Map<string, CatalogueEntry>;
  beforeAll(async () => {
    const metadata = require("../../scripts/metadata.js") as { generate: () => Promise<CatalogueData> };
    index = indexCatalogue(await metadata.generate());
  });

  const calls: [string, unknown[], number[]][] = [
    ["SELA.TECHCOEF", [Z, X], A.flat()],
    ["alloccoef", [Z, X], (mb.expected.B as number[][]).flat()],
    ["LEONTIEF", [A], (mb.expected.L as number[][]).flat()],
    ["SELA.GHOSH", [Z, XCOL], (mb.expected.G as number[][]).flat()],
    ["SELA.OUTPUTMULT", [Z, X], mb.expected.output_multipliers as number[]],
    ["SELA.EFFECTS", [A, [[0.65, 0.7]]], [1, 1]],
    ["SELA.MULTIPLIER", [A, [[0.65, 0.7]]], [1 / 0.65, 1 / 0.7]],
    ["SELA.BACKWARD", [A], mb.expected.rasmussen_BL as number[]],
    ["SELA.FORWARD", [Z, X, "ghosh"], mb.expected.FL_ghosh_normalized as number[]],
    ["SELA.EXTRACTION", [Z, X, "forward"], mb.expected.HEM_forward_abs as number[]],
    ["SELA.IMPACT", [A, [mb.inputs.f_new]], mb.expected.x_new as number[]],
    ["SELA.MULTPROD", [A], mb.expected.output_multipliers as number[]],
    ["encadadelante", [A, null, "leontief", false], [1.584158416, 1.386138614]],
  ];

  it.each(calls)("%s", async (name, args, expected) => {
    expectClose(flat(numbers(await evaluateByName(index, name, args))), expected, 1e-9);
  });

  it("every IO function is in the catalogue with a Spanish name", () => {
    const ids = [
      "TECHCOEF",
      "ALLOCCOEF",
      "LEONTIEF",
      "GHOSH",
      "OUTPUTMULT",
      "EFFECTS",
      "MULTIPLIER",
      "BACKWARD",
      "FORWARD",
      "KEYSECTORS",
      "EXTRACTION",
      "IMPACT",
    ];
    const spanish = [
      "COEFTEC",
      "COEFDIST",
      "LEONTIEF",
      "GHOSH",
      "MULTPROD",
      "EFECTOS",
      "MULTIPLICADOR",
      "ENCADATRAS",
      "ENCADADELANTE",
      "SECTORESCLAVE",
      "EXTRACCION",
      "IMPACTO",
    ];
    ids.forEach((id, k) => {
      const entry = index.get(id);
      expect(entry?.spanish.name).toBe(spanish[k]);
      expect(entry?.english.parameters.length).toBe(entry?.spanish.parameters.length);
    });
  });

  it("KEYSECTORS labels and errors through the CLI path", async () => {
    expect(await evaluateByName(index, "SELA.KEYSECTORS", [A])).toEqual([["Key sector"], ["Weak linkages"]]);
    setLanguage("es");
    expect(await evaluateByName(index, "sectoresclave", [Z, X, "ghosh"])).toEqual([
      ["Sector clave"],
      ["Sector independiente"],
    ]);
    expect(
      errorOf(
        await evaluateByName(index, "LEONTIEF", [
          [
            [0.6, 0.5],
            [0.5, 0.7],
          ],
        ]),
      ).code,
    ).toBe("#NUM!");
  });
});
