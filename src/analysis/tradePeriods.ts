/**
 * Trade input → the wide matrices of one or two periods, shared by the trade-niches and product-space
 * analyses: reporters x products exports (yearly values averaged when a period spans several years), the
 * reference's exports per product (column sums, a world-total row, or a world-total column), and imports.
 * Pivots with the core's `pivotLong`, every period on the same labels.
 */
import { inputError, type Bilingual } from "../core/errors";
import { columnSums, matrix, type Matrix } from "../core/linalg/matrix";
import { pivotLong, type LongTable } from "../core/trade/pivotLong";
import { isAggregateLabel } from "./aggregateLabels";
import { normalizeName } from "./names";
import type { TradeInput } from "./tradeInput";

/**
 * Where the reference (world) exports per product come from: the column sums over every reporter, a
 * world-total row (a reporter), a world-total column, or a separate table joined as rows
 * (`appendReferenceRows`).
 */
export type ReferenceKind = "all" | "row" | "column" | "table";

/** How the user gives a world reference, in the pane's words (the CLI passes its flags). */
const REFERENCE_HOW: Bilingual = {
  en: "as a world-total column or row, or as a separate reference table",
  es: "como una columna o una fila del total mundial, o como una tabla de referencia aparte",
};

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
  /**
   * Accept a single reporter when the reference is explicit (a world row, column or table): RCA and market
   * shares compare the country with that reference, so a ministry's own exports plus world totals are
   * enough (the trade niches). Left off, at least 2 reporters are needed: complexity and the product space
   * compare the countries among themselves, which a world total cannot stand in for.
   */
  readonly singleReporter?: boolean;
  /** How the user can give a world reference, completing "give the world's exports …" in the messages. */
  readonly referenceHow?: Bilingual;
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
  /** The row label or column header of the reference, or the source of a reference table (empty for "all"). */
  readonly referenceName: string;
  /** One period (single) or two (t0, t1). */
  readonly periods: TradePeriod[];
  /** Distinct years of the table (empty when it has no year column). */
  readonly years: string[];
}

/** The years of one end, each once: a year named twice would count twice in the average's divisor. */
function asList(v: string | readonly string[] | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const list = (typeof v === "string" ? v.split(",") : [...v]).map((s) => s.trim()).filter((s) => s !== "");
  return list.length > 0 ? [...new Set(list)] : undefined;
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
 *   reporter, years asked of a table without a year column, periods that are the same, reversed or
 *   overlapping, fewer than 2 reporters (1 with `singleReporter` and an explicit reference), or a reporter
 *   that is a total and not the reference.
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
    checkReporters(countries, refRow >= 0 ? referenceName : undefined, options);
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
  if (ends.length === 2) checkPeriodOrder(ends[0] as string[], ends[1] as string[], years, t1 === undefined);

  let refRow = -1;
  let referenceKind: ReferenceKind = "all";
  let referenceName = "";
  if (!wantAll) {
    refRow = findLabel(all.rowLabels, refOption);
    if (refRow < 0) throw missingReference(refOption, all.rowLabels);
    referenceKind = "row";
    referenceName = all.rowLabels[refRow] as string;
    const joined = input.referenceTable;
    if (joined !== undefined && findLabel([joined.label], referenceName) === 0) {
      referenceKind = "table";
      referenceName = joined.source;
    }
  } else if (input.world !== undefined && refOption === undefined) {
    referenceKind = "column";
    referenceName = input.columns.world ?? "";
  }
  const countries = all.rowLabels.filter((_, i) => i !== refRow);
  checkReporters(countries, referenceKind === "all" ? undefined : referenceName, options);
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

/** "t0 (1995, 1996)"; a t1 the user left out is the table's last year, and the message says so. */
function endText(name: "t0" | "t1", years: readonly string[], defaulted: boolean): Bilingual {
  const list = years.join(", ");
  return defaulted
    ? { en: `${name} (${list}, the table's last year)`, es: `${name} (${list}, el último año de la tabla)` }
    : { en: `${name} (${list})`, es: `${name} (${list})` };
}

/**
 * Refuses two periods that are the same, reversed or overlapping: TradeCAN's changes compare an earlier
 * period (t0) with a later one (t1), so every year of t0 must come before every year of t1.
 */
function checkPeriodOrder(
  t0: readonly string[],
  t1: readonly string[],
  years: readonly string[],
  t1Defaulted: boolean,
): void {
  const a = endText("t0", t0, false);
  const b = endText("t1", t1, t1Defaulted);
  const shared = t0.filter((y) => t1.includes(y));
  if (shared.length === t0.length && shared.length === t1.length) {
    throw inputError(
      `${a.en} and ${b.en} are the same period: TradeCAN compares two periods, so choose a t0 earlier than t1`,
      `${a.es} y ${b.es} son el mismo período: TradeCAN compara dos períodos, así que elija un t0 anterior a t1`,
    );
  }
  if (shared.length > 0) {
    const list = shared.join(", ");
    throw inputError(
      `${a.en} and ${b.en} overlap (${list} in both): every year of t0 must come before the years of t1`,
      `${a.es} y ${b.es} se superponen (${list} en ambos): todos los años de t0 deben ser anteriores a los de t1`,
    );
  }
  const position = (y: string): number => years.indexOf(y);
  const lastOfT0 = Math.max(...t0.map(position));
  const firstOfT1 = Math.min(...t1.map(position));
  if (firstOfT1 > lastOfT0) return;
  if (Math.max(...t1.map(position)) < Math.min(...t0.map(position))) {
    throw inputError(
      `${b.en} is earlier than ${a.en}: t0 is the first period and t1 the last, so swap them`,
      `${b.es} es anterior a ${a.es}: t0 es el primer período y t1 el último, así que inviértalos`,
    );
  }
  throw inputError(
    `${a.en} and ${b.en} interleave: every year of t0 must come before the years of t1`,
    `${a.es} y ${b.es} se entrecruzan: todos los años de t0 deben ser anteriores a los de t1`,
  );
}

/**
 * Refuses a reporter that is a total ("Total", "World", "Mundo"…) other than the reference (counted as a
 * country it would double every world total), and too few reporters: one is enough for the trade niches
 * when the `reference` is explicit (`singleReporter`); without a reference its RCA would compare it with
 * itself, and the product space always compares several countries.
 */
function checkReporters(
  countries: readonly string[],
  reference: string | undefined,
  options: Pick<TradePeriodOptions, "singleReporter" | "referenceHow">,
): void {
  const total = countries.find(isAggregateLabel);
  if (total !== undefined) {
    throw inputError(
      `the reporter "${total}" is a total, not a country: remove it from the table, or choose it as the reference (reference "${total}") when it holds the world's exports`,
      `el declarante "${total}" es un total, no un país: quítelo de la tabla, o elíjalo como referencia (referencia "${total}") si contiene las exportaciones mundiales`,
    );
  }
  const n = countries.length;
  if (n >= 2 || (n === 1 && options.singleReporter === true && reference !== undefined)) return;
  if (n === 0) {
    throw inputError(
      `the table has no country besides the reference "${reference ?? ""}"`,
      `la tabla no tiene ningún país además de la referencia "${reference ?? ""}"`,
    );
  }
  const only = countries[0] as string;
  if (options.singleReporter === true) {
    const how = options.referenceHow ?? REFERENCE_HOW;
    throw inputError(
      `the table has one reporter (${only}) and no world reference: RCA compares a country with a reference, so give the world's exports ${how.en}, or include more countries`,
      `la tabla tiene un solo declarante (${only}) y ninguna referencia mundial: la VCR compara un país con una referencia, así que indique las exportaciones mundiales ${how.es}, o incluya más países`,
    );
  }
  throw inputError(
    `the table has one reporter (${only}): economic complexity and the product space compare countries with each other, so they need the exports of many countries (a world total cannot stand in for them); use a table with every country's exports, such as BACI, Comtrade or the Atlas`,
    `la tabla tiene un solo declarante (${only}): la complejidad económica y el espacio de productos comparan los países entre sí, así que necesitan las exportaciones de muchos países (un total mundial no los reemplaza); use una tabla con las exportaciones de todos los países, como BACI, Comtrade o el Atlas`,
  );
}
