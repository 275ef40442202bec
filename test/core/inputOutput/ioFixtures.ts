/**
 * Loads the input-output reference fixtures (test/fixtures/io, see its README) and the bundled UK sample
 * (assets/samples/io/uk_ons_2010_127p).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { fromRows, type Matrix } from "../../../src/core/linalg/matrix";

const root = join(__dirname, "..", "..", "..");

/** A JSON fixture from test/fixtures/io, typed by the caller. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller states the fixture's shape
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(root, "test", "fixtures", "io", name), "utf8")) as T;
}

/** Rows of a CSV file (RFC 4180 quoting). */
export function readCsv(path: string): string[][] {
  const text = readFileSync(join(root, path), "utf8");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const num = (v: string | undefined): number => (v === undefined || v === "" ? 0 : Number(v));

/** Miller & Blair (2009) two-sector example. */
export interface MillerBlair {
  inputs: { Z: number[][]; f: number[]; x: number[]; value_added: number[]; f_new: number[]; labour_coeff: number[] };
  expected: Record<string, number[] | number[][]>;
}

/** The UK ONS 2010 table (bundled sample) and ONS's published results. */
export interface UkTable {
  ids: string[];
  z: Matrix;
  x: Float64Array;
  compensation: Float64Array;
  gva: Float64Array;
  finalDemand: Float64Array;
  onsInverse: Matrix;
  ons: {
    output: number[];
    employmentCostMultiplier: number[];
    gvaMultiplier: number[];
    employmentCostEffect: number[];
    gvaEffect: number[];
  };
}

let uk: UkTable | undefined;

/** Reads the UK sample and the ONS reference files once. */
export function ukTable(): UkTable {
  if (uk) return uk;
  const dir = "assets/samples/io/uk_ons_2010_127p";
  const z = readCsv(`${dir}/transactions.csv`);
  const ids = (z[0] as string[]).slice(1);
  const sectors = readCsv(`${dir}/sectors.csv`);
  const head = sectors[0] as string[];
  const column = (name: string): Float64Array => Float64Array.from(sectors.slice(1), (r) => num(r[head.indexOf(name)]));
  const fd = readCsv(`${dir}/final_demand.csv`).slice(1);
  const inverse = readCsv("test/fixtures/io/uk_ons_2010/ons_leontief_inverse.csv");
  const invHead = (inverse[0] as string[]).slice(2);
  const invRows = new Map(inverse.slice(1).map((r) => [r[0] as string, r.slice(2)]));
  const published = readCsv("test/fixtures/io/uk_ons_2010/ons_multipliers_effects.csv").slice(1);
  const pick = (k: number): number[] => published.map((r) => num(r[k]));
  uk = {
    ids,
    z: fromRows(z.slice(1).map((r) => r.slice(1).map(num))),
    x: column("output"),
    compensation: column("compensation_of_employees"),
    gva: column("gross_value_added"),
    finalDemand: Float64Array.from(fd, (r) => r.slice(1).reduce((s, v) => s + num(v), 0)),
    onsInverse: fromRows(ids.map((i) => ids.map((j) => num(invRows.get(i)?.[invHead.indexOf(j)])))),
    ons: {
      output: pick(1),
      employmentCostMultiplier: pick(3),
      gvaMultiplier: pick(5),
      employmentCostEffect: pick(7),
      gvaEffect: pick(9),
    },
  };
  return uk;
}

/** Element-wise division w_j = values_j / x_j (0 where x_j = 0). */
export function perUnit(values: ArrayLike<number>, x: ArrayLike<number>): Float64Array {
  return Float64Array.from(values, (v, j) => ((x[j] as number) === 0 ? 0 : v / (x[j] as number)));
}

/** Max |a − b| / max(1, |b|). */
export function maxRelativeDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    const d = Math.abs((a[i] as number) - (b[i] as number)) / Math.max(1, Math.abs(b[i] as number));
    if (!(d <= worst)) worst = d;
  }
  return worst;
}
