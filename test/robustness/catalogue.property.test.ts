/**
 * Every function of the catalogue, every argument (issue: robustness). Random valid inputs must give
 * results of the catalogue's shape that satisfy the indicator's identities; random bad inputs must give
 * a result or one clear error value — never a throw, a hang, an internal message or a stack.
 */
import fc from "fast-check";
import { indexCatalogue, type CatalogueData, type CatalogueEntry } from "../../src/functions/catalogue";
import { isExcelError } from "../../src/functions/excelErrors";
import { setLanguage } from "../../src/functions/language";
import {
  column,
  finiteCells,
  ioSystem,
  longTable,
  row,
  shapeOf,
  tradePair,
  validExample,
  type Cells,
} from "./validInputs";

const { generate } = require("../../scripts/metadata.js") as { generate: () => Promise<CatalogueData> };

let entries: CatalogueEntry[];
beforeAll(async () => {
  entries = [...new Map([...indexCatalogue(await generate()).values()].map((e) => [e.id, e])).values()];
});

const RUNS = { numRuns: 40, seed: 20261127 };

function call(id: string, ...args: unknown[]): unknown {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no function ${id}`);
  return entry.implementation(...args);
}

/** The grid, or an empty one when the function answered one of the `allowed` whole-result errors. */
function cellsUnless(value: unknown, allowed: RegExp): Cells | undefined {
  if (isExcelError(value) && allowed.test(value.message ?? "")) return undefined;
  return cells(value);
}

function cells(value: unknown): Cells {
  if (isExcelError(value)) throw new Error(`unexpected error value ${value.code}: ${value.message ?? ""}`);
  expect(Array.isArray(value)).toBe(true);
  return value as Cells;
}

const close = (a: number, b: number, tol = 1e-7) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

describe("valid inputs satisfy the catalogue's shapes and identities", () => {
  it("input-output functions", () => {
    fc.assert(
      fc.property(ioSystem, ({ n, z, x, a, w, demand }) => {
        const xc = column(x);
        expect(shapeOf(cells(call("TECHCOEF", z, xc)))).toEqual([n, n]);
        expect(shapeOf(cells(call("ALLOCCOEF", z, xc)))).toEqual([n, n]);
        const l = cells(call("LEONTIEF", z, xc)) as number[][];
        // (I − A)L = I
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) {
            let s = l[i]![j]!;
            for (let k = 0; k < n; k++) s -= a[i]![k]! * l[k]![j]!;
            expect(close(s, i === j ? 1 : 0, 1e-9)).toBe(true);
          }
        expect(shapeOf(cells(call("GHOSH", z, xc)))).toEqual([n, n]);
        const mult = finiteCells(cells(call("OUTPUTMULT", a)));
        expect(mult).toHaveLength(n);
        mult.forEach((m) => {
          expect(m).toBeGreaterThanOrEqual(1 - 1e-12);
        });
        const back = finiteCells(cells(call("BACKWARD", z, xc)));
        expect(close(back.reduce((s, v) => s + v, 0) / n, 1, 1e-9)).toBe(true);
        for (const method of ["leontief", "ghosh"]) {
          const fwd = finiteCells(cells(call("FORWARD", z, xc, method, true)));
          expect(close(fwd.reduce((s, v) => s + v, 0) / n, 1, 1e-9)).toBe(true);
          const keys = cells(call("KEYSECTORS", z, xc, method, "code")).flat();
          keys.forEach((k) => {
            expect(["KEY", "BACKWARD", "FORWARD", "WEAK"]).toContain(k);
          });
        }
        expect(finiteCells(cells(call("EFFECTS", a, column(w))))).toHaveLength(n);
        expect(shapeOf(cells(call("MULTIPLIER", z, column(w), xc)))).toEqual([n, 1]);
        for (const direction of ["backward", "forward"]) {
          const loss = finiteCells(cells(call("EXTRACTION", z, xc, direction, false)));
          expect(loss).toHaveLength(n);
          loss.forEach((v) => {
            expect(v).toBeGreaterThanOrEqual(-1e-9 * Math.max(...x));
          });
        }
        const impact = finiteCells(cells(call("IMPACT", a, column(demand))));
        // Δx = LΔf
        impact.forEach((v, i) => {
          expect(
            close(
              v,
              l[i]!.reduce((s, lij, j) => s + lij * demand[j]!, 0),
              1e-9,
            ),
          ).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("trade functions", () => {
    fc.assert(
      fc.property(tradePair, ({ x, y, marketA, marketB, square }) => {
        const m = x.length;
        const p = x[0]!.length;
        for (const variant of ["balassa", "symmetric", "log", "additive"])
          expect(shapeOf(cells(call("RCA", x, null, variant)))).toEqual([m, p]);
        finiteCells(cells(call("TSI", x, y))).forEach((v) => {
          expect(Math.abs(v)).toBeLessThanOrEqual(1 + 1e-12);
        });
        const lafay = cells(call("LAFAY", x, y));
        for (const r of lafay) {
          const finite = r.filter((c): c is number => typeof c === "number");
          if (finite.length === p) expect(Math.abs(finite.reduce((s, v) => s + v, 0))).toBeLessThan(1e-8);
        }
        finiteCells(cells(call("GL", x, y))).forEach((v) => {
          expect(v >= -1e-12 && v <= 1 + 1e-12).toBe(true);
        });
        for (const level of ["aggregate", "adjusted"]) expect(shapeOf(cells(call("GL", x, y, level)))).toEqual([m, 1]);
        finiteCells(cells(call("HHI", x))).forEach((v) => {
          expect(v >= 1 / p - 1e-12 && v <= 1 + 1e-12).toBe(true);
        });
        expect(shapeOf(cells(call("HHI", x, true)))).toEqual([m, 1]);
        expect(shapeOf(cells(call("CONCENTRATION", x)))).toEqual([m, 1]);
        expect(shapeOf(cells(call("TII", square, "kojima")))).toEqual([m, m]);
        expect(shapeOf(cells(call("TCI", x, y)))).toEqual([m, m]);
        finiteCells(cells(call("ESI", x))).forEach((v) => {
          expect(v >= -1e-9 && v <= 100 + 1e-9).toBe(true);
        });
        expect(shapeOf(cells(call("MARKETSHARE", x, marketA)))).toEqual([m, p]);
        cells(call("TRADECAN", x, y, marketA, marketB, "code"))
          .flat()
          .forEach((c) => {
            expect(["RISING_STAR", "FALLING_STAR", "MISSED_OPPORTUNITY", "RETREAT", "NONE"]).toContain(c);
          });
        expect(shapeOf(cells(call("LQ", x, marketA)))).toEqual([m, p]);
        const region0 = x[0]!;
        const region1 = y[0]!;
        const parts = cells(call("SHIFTSHARE", row(region0), row(region1), marketA, marketB)) as number[][];
        expect(shapeOf(parts)).toEqual([3, p]);
        for (let k = 0; k < p; k++) {
          const total = parts[0]![k]! + parts[1]![k]! + parts[2]![k]!;
          if (Number.isFinite(total)) expect(close(total, region1[k]! - region0[k]!, 1e-9)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("RCA.LONG returns one value per input row", () => {
    fc.assert(
      fc.property(longTable, (rows) => {
        const result = cells(
          call(
            "RCA.LONG",
            column(rows.map((r) => r.c) as never),
            rows.map((r) => [r.p]),
            column(rows.map((r) => r.v)),
          ),
        );
        expect(shapeOf(result)).toEqual([rows.length, 1]);
      }),
      RUNS,
    );
  });

  it("complexity functions", () => {
    fc.assert(
      fc.property(tradePair, ({ x }) => {
        const m = x.length;
        const p = x[0]!.length;
        // Presence is 0 or 1, and #N/A where RCA is undefined (a country or product whose row or column is all 0).
        const mcp = cells(call("MCP", x));
        mcp.forEach((row, c) => {
          row.forEach((v, q) => {
            const undefinedRca = x[c]!.every((e) => e === 0) || x.every((r) => r[q] === 0);
            if (undefinedRca) expect(isExcelError(v) ? v.code : v).toBe("#N/A");
            else expect([0, 1]).toContain(v);
          });
        });
        expect(shapeOf(cells(call("DIVERSITY", x)))).toEqual([m, 1]);
        expect(shapeOf(cells(call("UBIQUITY", x)))).toEqual([1, p]);
        // Too little presence (fewer than 2 countries or products), a constant complexity vector (disconnected
        // presence) or a repeated second eigenvalue (three or more separate groups) are documented whole-result errors.
        const degenerate = /needs at least 2|is constant|is repeated/;
        for (const method of ["eigen", "reflections"])
          for (const scale of ["growthlab", "zscore"]) {
            const eci = cellsUnless(call("ECI", x, method, scale), degenerate);
            if (eci) expect(shapeOf(eci)).toEqual([m, 1]);
            const pci = cellsUnless(call("PCI", x, method, scale), degenerate);
            if (pci) expect(shapeOf(pci)).toEqual([1, p]);
          }
        const phi = cells(call("PROXIMITY", x));
        for (let i = 0; i < p; i++)
          for (let j = 0; j < p; j++) {
            const a = phi[i]![j];
            const b = phi[j]![i];
            if (typeof a === "number" && typeof b === "number") expect(close(a, b, 1e-12)).toBe(true);
          }
        finiteCells(cells(call("DENSITY", x))).forEach((v) => {
          expect(v >= -1e-12 && v <= 1 + 1e-12).toBe(true);
        });
        const coi = cellsUnless(call("COI", x), degenerate);
        if (coi) expect(shapeOf(coi)).toEqual([m, 1]);
        const cog = cellsUnless(call("COG", x), degenerate);
        if (cog) expect(shapeOf(cog)).toEqual([m, p]);
      }),
      RUNS,
    );
  });
});

const INTERNAL =
  /TypeError|RangeError|ReferenceError|SyntaxError|undefined is not|Cannot read|is not a function|at \S+\.(ts|js):\d+|\bNaN\b.*\bNaN\b/;

/** Values Excel (or a JSON caller) can send that are not what an argument expects. */
const badValue = fc.oneof(
  fc.constantFrom<unknown>(
    "text",
    "",
    true,
    false,
    "#N/A",
    "#REF!",
    { error: "#DIV/0!" },
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0,
    1e300,
    -1e300,
    1e-300,
    [],
    [[]],
    [[1, 2], [3]],
    [[1, [2]]],
    [[null]],
    [["=cmd|' /C calc'!A0"]],
    "unknown-option",
  ),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.array(
    fc.array(fc.oneof(fc.double(), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant(null)), {
      minLength: 1,
      maxLength: 4,
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  ),
);

describe("bad inputs give a result or a clear error, never a crash", () => {
  it.each(["en", "es"] as const)("every function, every argument (%s)", (language) => {
    setLanguage(language);
    for (const entry of entries) {
      const count = entry.english.parameters.length;
      const prefixes = [`${entry.id}: `, `${entry.spanish.name}: `];
      fc.assert(
        fc.property(fc.array(badValue, { minLength: count, maxLength: count }), (args) => {
          let value: unknown;
          expect(() => (value = entry.implementation(...args))).not.toThrow();
          if (isExcelError(value)) {
            expect(["#VALUE!", "#NUM!", "#N/A", "#DIV/0!"]).toContain(value.code);
            expect(
              prefixes.some((p) => value !== undefined && (value as { message?: string }).message?.startsWith(p)),
            ).toBe(true);
            expect((value as { message?: string }).message).not.toMatch(INTERNAL);
          } else {
            expect(Array.isArray(value)).toBe(true);
          }
        }),
        { numRuns: 25, seed: 7 },
      );
    }
    setLanguage("en");
  });

  it("names the function, the argument and the cell for a text cell in any range argument", () => {
    for (const entry of entries) {
      const example = validExample[entry.id];
      expect(example).toBeDefined();
      expect(isExcelError(entry.implementation(...example!))).toBe(false);
      entry.english.parameters.forEach((param, k) => {
        const base = example![k];
        if (!Array.isArray(base) || param.name === "countries" || param.name === "products") return;
        const args = [...example!];
        const grid = (base as unknown[][]).map((r) => [...r]);
        const last = grid.length - 1;
        const lastCol = grid[last]!.length - 1;
        grid[last]![lastCol] = "oops";
        args[k] = grid;
        const value = entry.implementation(...args);
        expect(isExcelError(value)).toBe(true);
        const message = (value as { message?: string }).message ?? "";
        expect(message).toBe(`${entry.id}: ${param.name} has text at row ${last + 1}, column ${lastCol + 1}`);
      });
    }
  });
});
