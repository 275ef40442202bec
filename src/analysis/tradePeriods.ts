/**
 * Trade input → the wide matrices of one or two periods, shared by the trade-niches and product-space
 * analyses: reporters x products exports (yearly values averaged when a period spans several years), the
 * reference's exports per product (column sums, a world-total row, or a world-total column), and imports.
 * Pivots with the core's `pivotLong`, every period on the same labels.
 */
import { inputError } from "../core/errors";
import { columnSums, matrix, type Matrix } from "../core/linalg/matrix";
import { pivotLong, type LongTable } from "../core/trade/pivotLong";
import { isAggregateLabel } from "./aggregateLabels";
import { normalizeName } from "./names";
import type { TradeInput } from "./tradeInput";

/** Where the reference (world) exports per product come from. */
export type ReferenceKind = "all" | "row" | "column";

/** Options shared by the trade analyses. */
export interface TradePeriodOptions {
  /**
   * The reference: `"all"` (default; column sums over every reporter), or a reporter label holding the
   * world totals (a row of a wide table, or a reporter of a long one; it is then left out of the
   * reporters). With a world-total column in a long table that column is used unless `"all"` is given.
   */
  readonly reference?: string;
  /** Year(s) of the first period; several are averaged. Default: the first year of the table. */
  readonly t0?: string | readonly string[];
  /** Year(s) of the last period; several are averaged. Default: the last year of the table. */
  readonly t1?: string | readonly string[];
}

/** One period's matrices. */
export interface TradePeriod {
  /** The years averaged (empty: every record, no year column). */
  readonly years: string[];
  /** A short label: "2019", "2017–2019", or "" for all records. */
  readonly label: string;
  /** Reporters x products exports (reference row excluded). */
  readonly exports: Matrix;
  /** The reference's exports per product. */
  readonly reference: Float64Array;
  /** Reporters x products imports, when given (long imports column, or a wide imports table). */
  readonly imports?: Matrix;
}

/** The periods of a trade input. */
export interface TradePeriods {
  readonly countries: string[];
  readonly products: string[];
  readonly referenceKind: ReferenceKind;
  /** The row label or column header of the reference (empty for "all"). */
  readonly referenceName: string;
  /** One period (single) or two (t0, t1). */
  readonly periods: TradePeriod[];
  /** Distinct years of the table (empty when it has no year column). */
  readonly years: string[];
}

function asList(v: string | readonly string[] | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const list = (typeof v === "string" ? v.split(",") : [...v]).map((s) => s.trim()).filter((s) => s !== "");
  return list.length > 0 ? list : undefined;
}

function periodLabel(years: readonly string[]): string {
  if (years.length === 0) return "";
  if (years.length === 1) return years[0] as string;
  return `${years[0] as string}–${years[years.length - 1] as string}`;
}

/**
 * Label lookup ignoring case, accents and spacing ("Espana" finds "España"); a label equal up to case is
 * preferred, so two reporters differing only by accents stay apart.
 *
 * @example findLabel(["Chile", "España"], "espana") // => 1
 */
export function findLabel(labels: readonly string[], wanted: string): number {
  const plain = wanted.trim().toLowerCase();
  const exact = labels.findIndex((l) => l.trim().toLowerCase() === plain);
  if (exact >= 0) return exact;
  const key = normalizeName(wanted);
  return key === "" ? -1 : labels.findIndex((l) => normalizeName(l) === key);
}

function scale(m: Matrix, factor: number): Matrix {
  return factor === 1 ? m : { rows: m.rows, cols: m.cols, data: m.data.map((v) => v * factor) };
}

function dropRow(m: Matrix, row: number): { rest: Matrix; row: Float64Array } {
  const out = matrix(m.rows - 1, m.cols);
  let k = 0;
  for (let i = 0; i < m.rows; i++) {
    if (i === row) continue;
    out.data.set(m.data.subarray(i * m.cols, (i + 1) * m.cols), k * m.cols);
    k++;
  }
  return { rest: out, row: m.data.slice(row * m.cols, (row + 1) * m.cols) };
}

/**
 * Builds the period matrices of a trade input.
 *
 * @throws {SelaError} `input` for a year that is not in the table, a reference row that is not a
 *   reporter, years asked of a table without a year column, fewer than 2 reporters, or a reporter that
 *   is a total and not the reference.
 */
export function tradePeriods(input: TradeInput, options: TradePeriodOptions = {}): TradePeriods {
  const refOption = options.reference?.trim();
  const wantAll = refOption === undefined || refOption === "" || refOption.toLowerCase() === "all";
  if (input.kind === "wide") {
    if (options.t0 !== undefined || options.t1 !== undefined) {
      throw inputError(
        "a wide table has one period: choose periods only with a long table that has a year column",
        "una tabla ancha tiene un solo período: elija períodos solo con una tabla larga que tenga una columna de años",
      );
    }
    let exports = input.exports;
    let countries = input.countries;
    let reference: Float64Array;
    let referenceKind: ReferenceKind = "all";
    let referenceName = "";
    let refRow = -1;
    if (!wantAll) {
      refRow = findLabel(countries, refOption);
      if (refRow < 0) throw missingReference(refOption, countries);
      const split = dropRow(exports, refRow);
      exports = split.rest;
      reference = split.row;
      referenceKind = "row";
      referenceName = countries[refRow] as string;
      countries = countries.filter((_, i) => i !== refRow);
    } else {
      reference = columnSums(exports);
    }
    let imports: Matrix | undefined;
    if (input.imports !== undefined) imports = alignImports(input.imports, countries, input.countries[refRow]);
    checkReporters(countries);
    return {
      countries,
      products: input.products,
      referenceKind,
      referenceName,
      years: [],
      periods: [{ years: [], label: "", exports, reference, ...(imports ? { imports } : {}) }],
    };
  }

  const table: LongTable = input.table;
  const all = pivotLong(table);
  const years = table.years ? [...new Set(table.years.map((y) => y.trim()))].filter((y) => y !== "").sort() : [];
  const t0 = asList(options.t0);
  const t1 = asList(options.t1);
  if ((t0 || t1) && years.length === 0) {
    throw inputError(
      "periods were chosen but the table has no year column",
      "se eligieron períodos pero la tabla no tiene una columna de años",
    );
  }
  for (const y of [...(t0 ?? []), ...(t1 ?? [])]) {
    if (!years.includes(y)) {
      throw inputError(
        `the year ${y} is not in the table (years: ${years.join(", ")})`,
        `el año ${y} no está en la tabla (años: ${years.join(", ")})`,
      );
    }
  }
  let ends: string[][];
  if (years.length === 0) ends = [[]];
  else if (t0 && t1) ends = [t0, t1];
  else if (t1) ends = [t1];
  else if (t0) ends = years.length > 1 ? [t0, [years[years.length - 1] as string]] : [t0];
  else ends = years.length > 1 ? [[years[0] as string], [years[years.length - 1] as string]] : [years];

  let refRow = -1;
  let referenceKind: ReferenceKind = "all";
  let referenceName = "";
  if (!wantAll) {
    refRow = findLabel(all.rowLabels, refOption);
    if (refRow < 0) throw missingReference(refOption, all.rowLabels);
    referenceKind = "row";
    referenceName = all.rowLabels[refRow] as string;
  } else if (input.world !== undefined && refOption === undefined) {
    referenceKind = "column";
    referenceName = input.columns.world ?? "";
  }
  const countries = all.rowLabels.filter((_, i) => i !== refRow);
  checkReporters(countries);
  const labels = { rowLabels: all.rowLabels, colLabels: all.colLabels };

  const periods = ends.map((yearList): TradePeriod => {
    const filter = yearList.length > 0 ? { year: yearList } : {};
    const factor = yearList.length > 1 ? 1 / yearList.length : 1;
    let exports = scale(pivotLong(table, { ...labels, ...filter }).matrix, factor);
    let reference: Float64Array;
    if (refRow >= 0) {
      const split = dropRow(exports, refRow);
      exports = split.rest;
      reference = split.row;
    } else if (referenceKind === "column" && input.world !== undefined) {
      reference = worldColumn(table, input.world, all.colLabels, yearList);
    } else {
      reference = columnSums(exports);
    }
    let imports: Matrix | undefined;
    if (input.imports !== undefined) {
      const pivot = pivotLong({ ...table, values: input.imports }, { ...labels, ...filter });
      imports = scale(pivot.matrix, factor);
      if (refRow >= 0) imports = dropRow(imports, refRow).rest;
    }
    return { years: yearList, label: periodLabel(yearList), exports, reference, ...(imports ? { imports } : {}) };
  });
  return { countries, products: all.colLabels, referenceKind, referenceName, periods, years };
}

/** The world column per product: the first value of each product and year, averaged over the years. */
function worldColumn(
  table: LongTable,
  world: Float64Array,
  products: readonly string[],
  years: readonly string[],
): Float64Array {
  const index = new Map(products.map((p, j) => [p, j]));
  const wanted = years.length > 0 ? new Set(years) : undefined;
  const seen = new Set<string>();
  const out = new Float64Array(products.length);
  for (let r = 0; r < table.rows.length; r++) {
    const year = (table.years?.[r] ?? "").trim();
    if (wanted && !wanted.has(year)) continue;
    const product = (table.cols[r] as string).trim();
    const key = `${product}\u0000${year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const j = index.get(product);
    if (j !== undefined) out[j] = (out[j] as number) + (world[r] as number);
  }
  const factor = years.length > 1 ? 1 / years.length : 1;
  return out.map((v) => v * factor);
}

function alignImports(
  imports: { countries: string[]; matrix: Matrix },
  countries: readonly string[],
  referenceLabel: string | undefined,
): Matrix {
  const p = imports.matrix.cols;
  const out = matrix(countries.length, p);
  if (imports.countries.length === 1 && countries.length > 1) {
    // One row: the imports of a single country, matched by its label when possible.
    const i = findLabel(countries, imports.countries[0] as string);
    if (i >= 0) out.data.set(imports.matrix.data.subarray(0, p), i * p);
    return out;
  }
  countries.forEach((c, i) => {
    const k = findLabel(imports.countries, c);
    if (k >= 0 && c !== referenceLabel) out.data.set(imports.matrix.data.subarray(k * p, (k + 1) * p), i * p);
  });
  return out;
}

function missingReference(name: string, labels: readonly string[]): Error {
  const shown = labels.slice(0, 15).join(", ") + (labels.length > 15 ? ", …" : "");
  return inputError(
    `the reference "${name}" is not a reporter of the table (reporters: ${shown}); use "all" for the column sums`,
    `la referencia "${name}" no es un declarante de la tabla (declarantes: ${shown}); use "all" para las sumas por columna`,
  );
}

/**
 * Refuses fewer than 2 reporters, and a reporter that is a total ("Total", "World", "Mundo"…) other than
 * the reference: counted as a country it would double every world total.
 */
function checkReporters(countries: readonly string[]): void {
  const total = countries.find(isAggregateLabel);
  if (total !== undefined) {
    throw inputError(
      `the reporter "${total}" is a total, not a country: remove it from the table, or choose it as the reference (reference "${total}") when it holds the world's exports`,
      `el declarante "${total}" es un total, no un país: quítelo de la tabla, o elíjalo como referencia (referencia "${total}") si contiene las exportaciones mundiales`,
    );
  }
  if (countries.length < 2) {
    throw inputError(
      `the table needs at least 2 reporters (got ${String(countries.length)})`,
      `la tabla necesita al menos 2 declarantes (tiene ${String(countries.length)})`,
    );
  }
}
