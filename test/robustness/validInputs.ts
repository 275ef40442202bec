/**
 * Random VALID arguments for every catalogue function, with the invariant its result must satisfy.
 * Shapes follow the catalogue (IO: productive tables built so that column sums of A stay below 1;
 * trade: non-negative flows with zeros, so undefined cells appear).
 */
import fc from "fast-check";

type Grid = number[][];
export type Cells = unknown[][];

const flow = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 1000 }) },
  { weight: 1, arbitrary: fc.constant(0) },
);

function gridOf(rows: number, cols: number, cell: fc.Arbitrary<number> = flow): fc.Arbitrary<Grid> {
  return fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
}

/** A productive IO system: Z (n x n), x with column sums of A ≤ 0.8, and derived pieces. */
export const ioSystem = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc
    .record({
      z: gridOf(n, n),
      slack: fc.array(fc.double({ min: 1.25, max: 4, noNaN: true }), { minLength: n, maxLength: n }),
      labour: fc.array(fc.integer({ min: 1, max: 500 }), { minLength: n, maxLength: n }),
      demand: fc.array(fc.integer({ min: -100, max: 100 }), { minLength: n, maxLength: n }),
    })
    .map(({ z, slack, labour, demand }) => {
      const x = z[0]!.map((_, j) => z.reduce((s, row) => s + row[j]!, 0) * slack[j]! + 1);
      const a = z.map((row) => row.map((v, j) => v / x[j]!));
      return { n, z, x, a, w: labour.map((l, j) => l / x[j]!), demand };
    }),
);

/** Trade flows: m countries x p products, plus a second matrix of the same shape. */
export const tradePair = fc
  .record({ m: fc.integer({ min: 2, max: 6 }), p: fc.integer({ min: 2, max: 7 }) })
  .chain(({ m, p }) =>
    fc.record({ x: gridOf(m, p), y: gridOf(m, p), marketA: gridOf(1, p), marketB: gridOf(1, p), square: gridOf(m, m) }),
  );

/** A long table (k rows) of countries, products and values, with duplicates; at least two countries. */
export const longTable = fc
  .array(
    fc.record({
      c: fc.constantFrom("arg", "bra", "chl", "pry"),
      p: fc.constantFrom("0101", "0102", "2709", "8703"),
      v: flow,
    }),
    { minLength: 0, maxLength: 30 },
  )
  .map((rows) => [{ c: "ury", p: "0101", v: 5 }, { c: "bol", p: "2709", v: 7 }, ...rows]);

/** A small valid argument list for every function (Miller & Blair's table; a 2 x 2 trade table). */
export const validExample: Readonly<Record<string, readonly unknown[]>> = (() => {
  const z = [
    [150, 500],
    [200, 100],
  ];
  const x = [[1000], [2000]];
  const v = [[0.3], [0.25]];
  const t = [
    [70, 20],
    [10, 50],
  ];
  const u = [
    [15, 30],
    [60, 15],
  ];
  const market = [[80, 70]];
  return {
    TECHCOEF: [z, x],
    ALLOCCOEF: [z, x],
    LEONTIEF: [z, x],
    GHOSH: [z, x],
    OUTPUTMULT: [z, x],
    EFFECTS: [z, v, x],
    MULTIPLIER: [z, v, x],
    BACKWARD: [z, x],
    FORWARD: [z, x],
    KEYSECTORS: [z, x],
    EXTRACTION: [z, x],
    IMPACT: [z, v, x],
    RCA: [t, market],
    "RCA.LONG": [
      [["a"], ["b"]],
      [["p1"], ["p2"]],
      [[1], [2]],
    ],
    TSI: [t, u],
    LAFAY: [t, u],
    GL: [t, u],
    HHI: [t],
    CONCENTRATION: [t],
    TII: [t],
    TCI: [t, u],
    ESI: [t],
    MARKETSHARE: [t, market],
    TRADECAN: [t, u, market, market],
    LQ: [t, market],
    SHIFTSHARE: [
      [[1], [2]],
      [[2], [3]],
      [[10], [20]],
      [[12], [21]],
    ],
    MCP: [t],
    DIVERSITY: [t],
    UBIQUITY: [t],
    ECI: [t],
    PCI: [t],
    PROXIMITY: [t],
    DENSITY: [t],
    COI: [t],
    COG: [t],
  };
})();

export const column = (v: readonly number[]): Grid => v.map((x) => [x]);
export const row = (v: readonly number[]): Grid => [[...v]];

/** Finite numbers of a grid, skipping error cells. */
export function finiteCells(cells: Cells): number[] {
  return cells.flat().filter((c): c is number => typeof c === "number");
}

export function shapeOf(cells: Cells): [number, number] {
  return [cells.length, cells[0]?.length ?? 0];
}
