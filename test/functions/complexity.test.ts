import { evaluateByName, serialiseResult } from "../../src/cli/call";
import { indexCatalogue, type CatalogueData } from "../../src/functions/catalogue";
import {
  coi,
  cog,
  densityFunction,
  diversityFunction,
  eci,
  mcp,
  pci,
  proximityFunction,
  ubiquityFunction,
} from "../../src/functions/complexity";
import { setLanguage } from "../../src/functions/language";
import { errorOf, expectClose, grid, numbers } from "../support/close";
import toy from "../fixtures/complexity/toy_5x6.json";
import { reflectionsSpectrum } from "../core/complexity/reflectionsSpectrum";

const { generate } = require("../../scripts/metadata.js") as { generate: () => Promise<CatalogueData> };

const toyX = toy.inputs.exports;
const want = toy.expected;
const TOL = 2e-6;

afterEach(() => {
  setLanguage("en");
});

/** Toy exports with an empty first country row and an empty last product column. */
function padded(): number[][] {
  return [[0, 0, 0, 0, 0, 0, 0], ...toyX.map((row) => [...row, 0])];
}

describe("complexity custom functions on the toy (py-ecomplexity, Growth Lab convention)", () => {
  test("MCP, DIVERSITY, UBIQUITY: shapes m x p, m x 1, 1 x p", () => {
    expect(numbers(mcp(toyX))).toEqual(want.mcp);
    expect(numbers(diversityFunction(toyX))).toEqual(want.diversity.map((v) => [v]));
    expect(numbers(ubiquityFunction(toyX))).toEqual([want.ubiquity]);
  });

  test("ECI is a column, PCI a row; defaults eigen and growthlab", () => {
    const e = numbers(eci(toyX));
    expect(e.every((row) => row.length === 1)).toBe(true);
    expectClose(e.flat(), want.eci, TOL);
    const p = numbers(pci(toyX));
    expect(p.length).toBe(1);
    expectClose(p.flat(), want.pci, TOL);
    expectClose(numbers(eci(toyX, "EIGEN", "GrowthLab", 1)).flat(), want.eci, TOL);
    expectClose(
      numbers(eci(toyX, null, "zscore")).flat(),
      want.eci.map((v) => v * Math.sqrt(4 / 5)),
      TOL,
    );
    expect(numbers(pci(toyX, "reflections", "zscore")).flat()).toHaveLength(6);
    expect(numbers(eci(toyX, [[null]], [[""]], [[1]])).flat()).toHaveLength(5);
  });

  test("PROXIMITY p x p, DENSITY and COG m x p, COI m x 1", () => {
    expectClose(numbers(proximityFunction(toyX)).flat(), want.proximity.flat(), TOL);
    expectClose(numbers(densityFunction(toyX)).flat(), want.density.flat(), TOL);
    expectClose(numbers(coi(toyX)).flat(), want.coi, TOL);
    expect(numbers(coi(toyX))[0]).toHaveLength(1);
    expectClose(numbers(cog(toyX)).flat(), want.cog.flat(), TOL);
  });

  test("threshold changes presence", () => {
    const m = numbers(mcp(toyX, 2));
    expect(m[4]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(m[0]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  test("a country with no exports and a product nobody exports are #N/A cells; the rest as before", () => {
    const x = padded();
    const na = (cell: unknown): boolean => errorOf(cell).code === "#N/A";
    // RCA is undefined in the whole empty row and column, so presence, diversity and ubiquity are too.
    const m = grid(mcp(x));
    expect(m[0]!.every(na)).toBe(true);
    expect(m.every((row) => na(row[6]))).toBe(true);
    expect(m.slice(1).map((row) => row.slice(0, 6))).toEqual(want.mcp);
    const div = grid(diversityFunction(x));
    expect(na(div[0]?.[0])).toBe(true);
    expect(div.slice(1).map((r) => r[0])).toEqual(want.diversity);
    const ubi = grid(ubiquityFunction(x))[0]!;
    expect(na(ubi[6])).toBe(true);
    expect(ubi.slice(0, 6)).toEqual(want.ubiquity);
    // A country that exports but has no product at RCA ≥ 10 has diversity 0 (a count), not #N/A.
    expect(grid(diversityFunction(x, 10))[1]).toEqual([0]);
    const e = grid(eci(x));
    expect(errorOf(e[0]?.[0]).code).toBe("#N/A");
    expectClose(
      e.slice(1).map((r) => r[0] as number),
      want.eci,
      TOL,
    );
    const p = grid(pci(x))[0]!;
    expect(errorOf(p[6]).code).toBe("#N/A");
    expectClose(p.slice(0, 6) as number[], want.pci, TOL);
    const phi = grid(proximityFunction(x));
    expect(errorOf(phi[6]?.[0]).code).toBe("#N/A");
    expect(errorOf(phi[0]?.[6]).code).toBe("#N/A");
    const d = grid(densityFunction(x));
    expect(d[0]!.every((cell) => errorOf(cell).code === "#N/A")).toBe(true);
    expect(errorOf(d[1]?.[6]).code).toBe("#N/A");
    expectClose(d[1]!.slice(0, 6) as number[], want.density[0]!, TOL);
    expect(errorOf(grid(coi(x))[0]?.[0]).code).toBe("#N/A");
    const g = grid(cog(x));
    expect(g[0]!.every(na)).toBe(true);
    expect(g.every((row) => na(row[6]))).toBe(true);
    expect(d.every((row) => na(row[6]))).toBe(true);
    for (const method of ["eigen", "reflections"]) {
      expect(na(grid(eci(x, method))[0]?.[0])).toBe(true);
      expect(na(grid(pci(x, method))[0]?.[6])).toBe(true);
    }
  });
});

const functions = {
  MCP: mcp,
  DIVERSITY: diversityFunction,
  UBIQUITY: ubiquityFunction,
  ECI: eci,
  PCI: pci,
  PROXIMITY: proximityFunction,
  DENSITY: densityFunction,
  COI: coi,
  COG: cog,
};

describe.each(Object.entries(functions))("%s: bad input", (id, fn) => {
  const call = fn as (exports: unknown, ...options: unknown[]) => unknown;
  test("text, ragged, empty, negative, one country, error cell", () => {
    expect(
      errorOf(
        call([
          [1, "x"],
          [3, 4],
        ]),
      ),
    ).toEqual({ code: "#VALUE!", message: `${id}: exports has text at row 1, column 2` });
    expect(errorOf(call([[1, 2], [3]])).message).toBe(`${id}: exports is ragged: row 2 has 1 cells, row 1 has 2`);
    expect(errorOf(call([])).message).toBe(`${id}: exports is empty`);
    expect(
      errorOf(
        call([
          [1, -2],
          [3, 4],
        ]),
      ).message,
    ).toMatch(new RegExp(`^${id}: exports must be finite and non-negative \\(row 1, column 2`));
    expect(errorOf(call([[1, 2, 3]]))).toEqual({
      code: "#VALUE!",
      message: `${id}: exports needs at least 2 countries (rows), got 1: RCA compares each country with their sum`,
    });
    expect(
      errorOf(
        call([
          [1, { error: "#N/A" }],
          [3, 4],
        ]),
      ).message,
    ).toBe(`${id}: exports has an error value (#N/A) at row 1, column 2`);
  });

  test("bad threshold", () => {
    const args = id === "ECI" || id === "PCI" ? [null, null] : [];
    expect(errorOf(call(toyX, ...args, "one")).message).toBe(`${id}: threshold must be a number`);
    expect(errorOf(call(toyX, ...args, -1)).message).toMatch(/threshold must be a non-negative number/);
  });
});

describe("ECI and PCI options", () => {
  test.each([
    ["ECI", eci],
    ["PCI", pci],
  ] as const)("%s: an unknown method or scale lists the valid ones (English and Spanish)", (id, fn) => {
    expect(errorOf(fn(toyX, "fitness")).message).toBe(`${id}: method must be one of "eigen", "reflections"`);
    expect(errorOf(fn(toyX, null, "r")).message).toBe(`${id}: scale must be one of "growthlab", "zscore", "stata"`);
    setLanguage("es");
    const name = id === "ECI" ? "ICE" : "ICP";
    expect(errorOf(fn(toyX, null, "r")).message).toBe(`${name}: escala debe ser uno de "growthlab", "zscore", "stata"`);
  });

  test("degenerate tables: identical baskets give #NUM!, a single product with presence #VALUE!", () => {
    expect(
      errorOf(
        eci([
          [1, 2],
          [2, 4],
        ]),
      ).code,
    ).toBe("#NUM!");
    expect(
      errorOf(
        pci([
          [1, 0],
          [2, 0],
          [3, 0],
        ]),
      ).message,
    ).toMatch(/at least 2 countries with presence and 2 products/);
  });
});

describe("presence-based functions with a single country", () => {
  test.each([
    ["ECI", "ICE", eci],
    ["MCP", "MCP", mcp],
  ] as const)("%s: the message in Spanish, without any reference argument", (_id, es, fn) => {
    setLanguage("es");
    expect(errorOf(fn([[1, 2, 3]])).message).toBe(
      `${es}: las exportaciones necesitan al menos 2 países (filas), hay 1: la VCR compara cada país con su suma`,
    );
  });
});

describe("ECI and PCI: repeated second eigenvalue and the reflections' PCI scale", () => {
  // Three countries each exporting one product of its own: RCA = (10/10)/(10/30) = 3, so M = I, three separate
  // groups and eigenvalue 1 three times; a 6 x 6 of three 2 x 2 blocks likewise.
  const identity = [
    [10, 0, 0],
    [0, 10, 0],
    [0, 0, 10],
  ];
  const blocks = Array.from({ length: 6 }, (_, i) =>
    Array.from({ length: 6 }, (_, j) =>
      Math.floor(i / 2) === Math.floor(j / 2) && (i % 2 === 0 || j % 2 === 0) ? 10 : 0,
    ),
  );

  test.each([
    ["ECI", eci],
    ["PCI", pci],
    ["COI", coi],
    ["COG", cog],
  ] as const)("%s: #NUM! naming the separate groups (English and Spanish)", (id, fn) => {
    for (const x of [identity, blocks]) {
      expect(errorOf(fn(x))).toEqual({
        code: "#NUM!",
        message: `${id}: the countries split into 3 separate groups with no product in common (the second eigenvalue is repeated): ECI and PCI are undefined`,
      });
    }
    setLanguage("es");
    expect(errorOf(fn(identity)).message).toMatch(/los países se dividen en 3 grupos separados sin productos en común/);
  });

  test("reflections with the growthlab scale: ECI_c within the spectral bound of the mean PCI of c's products", () => {
    // The reviewer's repro. The bound (about 0.025) comes from the spectrum of M̃ (test/core/complexity/
    // reflectionsSpectrum.ts, derivation there); before PCI was put on ECI's scale the gap was 0.26 (country 5:
    // ECI 1.653 against the mean 1.439 of PCI 1.010, 1.653, 1.653).
    const x = [
      [50, 40, 30, 20, 10, 5],
      [60, 50, 40, 5, 2, 1],
      [80, 60, 5, 2, 1, 1],
      [90, 5, 2, 1, 1, 1],
      [10, 10, 10, 30, 40, 60],
    ];
    const m = numbers(mcp(x));
    const { invariantBound } = reflectionsSpectrum(m);
    for (const method of ["eigen", "reflections"]) {
      const e = numbers(eci(x, method)).map((r) => r[0]!);
      const p = numbers(pci(x, method))[0]!;
      m.forEach((row, c) => {
        const mine = p.filter((_, j) => row[j] === 1);
        const gap = Math.abs(e[c]! - mine.reduce((a, b) => a + b, 0) / mine.length);
        expect(gap).toBeLessThanOrEqual(method === "eigen" ? 1e-12 : invariantBound + 1e-12);
      });
    }
  });
});

describe("through the CLI path (sela-niches call)", () => {
  let index: ReturnType<typeof indexCatalogue>;
  beforeAll(async () => {
    index = indexCatalogue(await generate());
  });

  const output = (value: unknown): unknown => JSON.parse([...serialiseResult(value)].join(""));

  test.each([
    ["MCP", [toyX], want.mcp],
    ["SELA.DIVERSITY", [toyX], want.diversity.map((v) => [v])],
    ["ubiquity", [toyX, null], [want.ubiquity]],
    ["ECI", [toyX, "eigen", "growthlab", 1], want.eci.map((v) => [v])],
    ["PCI", [toyX], [want.pci]],
    ["PROXIMITY", [toyX], want.proximity],
    ["DENSITY", [toyX], want.density],
    ["COI", [toyX], want.coi.map((v) => [v])],
    ["COG", [toyX], want.cog],
  ])("%s", async (name, args, expected) => {
    const { result } = output(await evaluateByName(index, name, args)) as { result: number[][] };
    expect([result.length, result[0]?.length]).toEqual([expected.length, expected[0]?.length]);
    expectClose(result.flat(), expected.flat(), TOL);
  });

  test("Spanish names reach the same functions", () => {
    for (const [es, id] of [
      ["ICE", "ECI"],
      ["ICP", "PCI"],
      ["DIVERSIDAD", "DIVERSITY"],
      ["UBICUIDAD", "UBIQUITY"],
      ["PROXIMIDAD", "PROXIMITY"],
      ["DENSIDAD", "DENSITY"],
      ["PERSPECTIVA.COMPLEJIDAD", "COI"],
      ["GANANCIA.PERSPECTIVA", "COG"],
    ]) {
      expect(index.get(es as string)?.id).toBe(id);
    }
  });

  test("undefined cells and errors serialise as the catalogue says", async () => {
    const { result } = output(await evaluateByName(index, "ECI", [padded()])) as { result: unknown[][] };
    expect(result[0]).toEqual([{ error: "#N/A" }]);
    expect(output(await evaluateByName(index, "ECI", [toyX, "fitness"]))).toEqual({
      error: "#VALUE!",
      message: 'ECI: method must be one of "eigen", "reflections"',
    });
  });
});
