import { inputError } from "../errors";
import { matrix, type Matrix } from "../linalg/matrix";

/**
 * A long trade table, one record per row as Comtrade, WITS, BACI or customs downloads come: who reports
 * (country, region), what (product code), how much, and optionally the year and the partner.
 * All label columns are text so product codes keep their leading zeros ("0101" is not "101").
 */
export interface LongTable {
  /** Reporter (country) of each record, becomes the rows of the wide table. */
  readonly rows: readonly string[];
  /** Product (or sector) of each record, becomes the columns. */
  readonly cols: readonly string[];
  /** Value of each record (exports in USD, employment...). */
  readonly values: ArrayLike<number>;
  /** Year of each record (optional; needed for the `year` filter). */
  readonly years?: readonly string[];
  /** Partner of each record (optional; needed for the `partner` filter). */
  readonly partners?: readonly string[];
}

/** How the labels of the wide table are ordered: `"sorted"` (default, by code unit) or `"appearance"`. */
export type LabelOrder = "sorted" | "appearance";

/** Options of {@link pivotLong}. */
export interface PivotOptions {
  /** Keep only records of this year (or these years, then summed); default: every record. */
  readonly year?: string | readonly string[];
  /** Keep only records with this partner (or these partners, then summed); default: every record. */
  readonly partner?: string | readonly string[];
  /**
   * Label order of the result (default `"sorted"`: the same wide table whatever the order of the
   * records; codes compare as text, so "0101" < "1001").
   */
  readonly order?: LabelOrder;
  /** Fixed row labels (e.g. every country of a panel): records with other labels are an error. */
  readonly rowLabels?: readonly string[];
  /** Fixed column labels (e.g. the whole classification, so untraded products are zero columns). */
  readonly colLabels?: readonly string[];
}

/** A wide table built from a long one. */
export interface Pivot {
  /** Row labels (reporters), in the order of the matrix rows. */
  readonly rowLabels: string[];
  /** Column labels (products), in the order of the matrix columns. */
  readonly colLabels: string[];
  /** rows x cols, duplicates summed; combinations absent from the long table are 0. */
  readonly matrix: Matrix;
  /**
   * For each input record, the index of its cell in `matrix.data` (row·cols + col), or −1 when the
   * year/partner filter dropped it. Lets results computed on the wide table go back to the long rows.
   */
  readonly cellOf: Int32Array;
}

function asSet(value: string | readonly string[] | undefined): Set<string> | undefined {
  if (value === undefined) return undefined;
  return new Set((typeof value === "string" ? [value] : value).map((v) => v.trim()));
}

function checkColumn(name: string, nameEs: string, column: readonly string[] | undefined, k: number): void {
  if (column !== undefined && column.length !== k) {
    throw inputError(
      `${name} has ${String(column.length)} values but the table has ${String(k)} records`,
      `${nameEs} tiene ${String(column.length)} valores pero la tabla tiene ${String(k)} registros`,
    );
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Label → index, from fixed labels or discovered from the records kept. */
function labelIndex(
  fixed: readonly string[] | undefined,
  labels: readonly string[],
  keep: Uint8Array,
  order: LabelOrder,
): Map<string, number> {
  let list: string[];
  if (fixed !== undefined) {
    list = fixed.map((l) => l.trim());
  } else {
    const seen = new Set<string>();
    labels.forEach((l, k) => {
      if (keep[k] === 1) seen.add(l.trim());
    });
    list = [...seen];
    if (order === "sorted") list.sort(byCodeUnit);
  }
  const index = new Map<string, number>();
  list.forEach((l, i) => {
    if (!index.has(l)) index.set(l, i);
  });
  if (index.size !== list.length) {
    throw inputError("the fixed labels have duplicates", "las etiquetas fijas tienen duplicados");
  }
  return index;
}

/**
 * Pivots a long table (one record per reporter-product, possibly per year and partner) into a wide
 * reporters x products matrix: records may come in any order, duplicates are summed, absent
 * combinations are 0, labels stay text (leading zeros kept, surrounding spaces trimmed).
 * Reference: the layout of UN Comtrade / WITS / CEPII BACI bulk downloads (one flow per line).
 *
 * Options: `year` and `partner` keep only matching records (a list sums them, e.g. a 3-year average
 * numerator or all partners of a bloc); `order` (default `"sorted"`) orders the labels; `rowLabels` /
 * `colLabels` fix the label sets (e.g. the whole classification).
 *
 * @param table the long table (columns of equal length).
 * @param options filters and label order.
 * @returns row labels, column labels, the matrix (rows = reporters, columns = products) and, per
 *   record, the index of its cell.
 * @throws {SelaError} `input` for columns of different lengths, non-finite values, a filter on a column
 *   that was not given, a record whose label is not among fixed labels, or nothing left after filtering.
 * @example pivotLong({ rows: ["chl", "arg", "chl"], cols: ["0101", "0101", "0101"], values: [1, 2, 3] }).matrix.data
 *   // => Float64Array [2, 4] (rows "arg", "chl")
 */
export function pivotLong(table: LongTable, options: PivotOptions = {}): Pivot {
  const k = table.rows.length;
  checkColumn("products", "productos", table.cols, k);
  if (table.values.length !== k) {
    throw inputError(
      `values has ${String(table.values.length)} values but the table has ${String(k)} records`,
      `valores tiene ${String(table.values.length)} valores pero la tabla tiene ${String(k)} registros`,
    );
  }
  checkColumn("years", "años", table.years, k);
  checkColumn("partners", "socios", table.partners, k);
  if (k === 0) throw inputError("the long table is empty", "la tabla larga está vacía");
  const years = asSet(options.year);
  const partners = asSet(options.partner);
  if (years !== undefined && table.years === undefined) {
    throw inputError("a year filter needs a year column", "un filtro por año necesita una columna de años");
  }
  if (partners !== undefined && table.partners === undefined) {
    throw inputError("a partner filter needs a partner column", "un filtro por socio necesita una columna de socios");
  }
  const keep = new Uint8Array(k);
  let kept = 0;
  for (let r = 0; r < k; r++) {
    const v = table.values[r] as number;
    if (!Number.isFinite(v)) {
      throw inputError(
        `values must be finite (record ${String(r + 1)} is ${String(v)})`,
        `los valores deben ser finitos (el registro ${String(r + 1)} es ${String(v)})`,
      );
    }
    const yearOk = years === undefined || years.has((table.years?.[r] ?? "").trim());
    const partnerOk = partners === undefined || partners.has((table.partners?.[r] ?? "").trim());
    if (yearOk && partnerOk) {
      keep[r] = 1;
      kept++;
    }
  }
  if (kept === 0) {
    throw inputError("no records are left after filtering", "no quedan registros después de filtrar");
  }
  const order = options.order ?? "sorted";
  const rowIndex = labelIndex(options.rowLabels, table.rows, keep, order);
  const colIndex = labelIndex(options.colLabels, table.cols, keep, order);
  const result = matrix(rowIndex.size, colIndex.size);
  const cellOf = new Int32Array(k).fill(-1);
  for (let r = 0; r < k; r++) {
    if (keep[r] !== 1) continue;
    const rowLabel = (table.rows[r] as string).trim();
    const colLabel = (table.cols[r] as string).trim();
    const i = rowIndex.get(rowLabel);
    const j = colIndex.get(colLabel);
    if (i === undefined || j === undefined) {
      const label = i === undefined ? rowLabel : colLabel;
      throw inputError(
        `record ${String(r + 1)} has the label "${label}", which is not among the fixed labels`,
        `el registro ${String(r + 1)} tiene la etiqueta "${label}", que no está entre las etiquetas fijas`,
      );
    }
    const cell = i * colIndex.size + j;
    cellOf[r] = cell;
    result.data[cell] = (result.data[cell] as number) + (table.values[r] as number);
  }
  return { rowLabels: [...rowIndex.keys()], colLabels: [...colIndex.keys()], matrix: result, cellOf };
}

/**
 * One wide table per year, all with the same labels (every reporter and product seen in any year), so
 * that periods can be compared cell by cell (TradeCAN, shift-share, RCA over time).
 *
 * @throws {SelaError} `input` as {@link pivotLong}, or when the table has no year column.
 * @example pivotLongByYear({ rows, cols, values, years }).get("1995")?.matrix
 */
export function pivotLongByYear(table: LongTable, options: Omit<PivotOptions, "year"> = {}): Map<string, Pivot> {
  if (table.years === undefined) {
    throw inputError("grouping by year needs a year column", "agrupar por año necesita una columna de años");
  }
  const all = pivotLong(table, options);
  const labels = { ...options, rowLabels: all.rowLabels, colLabels: all.colLabels };
  const distinct = [...new Set(table.years.map((y) => y.trim()))].sort(byCodeUnit);
  return new Map(distinct.map((year) => [year, pivotLong(table, { ...labels, year })]));
}
