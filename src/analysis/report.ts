/**
 * The report model: what an analysis produces, independent of where it is written. The Office gateway
 * writes it into the open workbook (src/excel), the xlsx writer into a file (src/xlsx) for the CLI and
 * the browser workbench. Positions are 0-based (row 0, column 0 is A1).
 */

/** A cell value. Text is always written as text (never read as a formula, number or date). */
export type ReportValue = number | string | boolean | null | ReportFormula | ReportError;

/** A formula in English syntax (`=MMULT(B2:C3,E2:F3)`), written only where the analysis means one. */
export interface ReportFormula {
  readonly formula: string;
  /** The value the formula evaluates to, cached in files so readers without a calc engine see it. */
  readonly value?: number | string;
  /**
   * For a formula that returns an array (MINVERSE, MMULT, a SELA function): the whole result, anchored at
   * this cell. Excel spills it; files store it as an array formula over that area with these cached values.
   * The block must leave the other cells of the area null.
   */
  readonly array?: readonly (readonly (number | string)[])[];
}

/** An undefined result cell (`#DIV/0!`, `#N/A`, `#NUM!`). */
export interface ReportError {
  readonly error: "#DIV/0!" | "#N/A" | "#NUM!" | "#VALUE!";
}

/** How a block looks. */
export type BlockStyle = "title" | "subtitle" | "table" | "note";

/** A rectangle of values placed at (row, col). */
export interface ReportBlock {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly ReportValue[])[];
  readonly style: BlockStyle;
  /** For tables: the first row is a header (bold, bordered). */
  readonly header?: boolean;
  /** Excel number format per column of the block (`"0.0000"`, `"0.0%"`, `"#,##0"`); undefined = General. */
  readonly columnFormats?: readonly (string | undefined)[];
}

/** A rectangle on the same sheet, 0-based. */
export interface CellRange {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** One series of a scatter chart. */
export interface ScatterSeries {
  readonly name: string;
  readonly x: CellRange;
  readonly y: CellRange;
  /** Per-point data labels taken from these cells (sector names, product codes). */
  readonly labels?: CellRange;
  /** "markers" for data points, "line" for reference lines (quadrant boundaries). */
  readonly kind: "markers" | "line";
}

/** A scatter chart (key-sector quadrants, competitiveness matrix). */
export interface ScatterChart {
  readonly kind: "scatter";
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly series: readonly ScatterSeries[];
  /** Where the chart sits: top-left cell and size in cells. */
  readonly anchor: CellRange;
  /** Number formats of the axes' labels (Excel codes, e.g. "0.0%"), as the tables show the same values. */
  readonly xFormat?: string;
  readonly yFormat?: string;
}

/** One worksheet of a report. */
export interface ReportSheet {
  /** At most 31 characters, none of []:*?/\ ; the writers make it unique in the workbook. */
  readonly name: string;
  readonly blocks: readonly ReportBlock[];
  readonly charts: readonly ScatterChart[];
  /** Column widths in characters, from column A. */
  readonly columnWidths?: readonly number[];
}

/** A whole report: one or more sheets. */
export interface Report {
  readonly sheets: readonly ReportSheet[];
}

/** Excel's limit on the characters of one cell: longer text fails to write or makes a file need "Repair". */
export const MAX_CELL_TEXT = 32_767;

/**
 * `text` cut to {@link MAX_CELL_TEXT} characters, ending in "…" when cut (never inside a surrogate pair); both
 * writers (the .xlsx file and the Office gateway) pass every text cell through it.
 *
 * @example clipToCellLimit("short") // => "short"
 */
export function clipToCellLimit(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
