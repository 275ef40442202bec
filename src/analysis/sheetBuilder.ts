/**
 * Small helpers shared by the analyses to lay out a report sheet: blocks placed top to bottom, numbers
 * converted to report values (NaN → `#DIV/0!`, ±Infinity → `#NUM!`, as the engine's convention), and the
 * method block that ends every sheet. Pure: no I/O, no Office, no DOM.
 */
import type {
  BlockStyle,
  CellRange,
  ReportBlock,
  ReportSheet,
  ReportValue,
  ScatterChart,
  ScatterSeries,
} from "./report";
import { labels, languageName, type Labels, type Language } from "./labels";
import { SELA_VERSION } from "./version";

/** A number as a report value: undefined results become error cells, never a silent 0. */
export function num(v: number | undefined, undefinedAs: "#DIV/0!" | "#N/A" = "#DIV/0!"): ReportValue {
  if (v === undefined || Number.isNaN(v)) return { error: undefinedAs };
  if (!Number.isFinite(v)) return { error: "#NUM!" };
  return v;
}

/** Text from user data (sector names, product codes) as a report value: always text, never a formula. */
export function text(v: string): ReportValue {
  return typeof v === "string" ? v : String(v);
}

/** Where a table landed: its first data row and first column (0-based), and the number of data rows. */
export interface PlacedTable {
  readonly row: number;
  readonly col: number;
  readonly dataRow: number;
  readonly rows: number;
  readonly cols: number;
}

/** Lays out one sheet top to bottom; `at` places a block elsewhere without moving the cursor. */
export class SheetBuilder {
  private readonly blocks: ReportBlock[] = [];
  private readonly charts: ScatterChart[] = [];
  /** Next free row for {@link add}. */
  row = 0;

  constructor(
    readonly name: string,
    private readonly widths: number[] = [],
  ) {}

  /** Adds a block at the cursor (column `col`), then moves the cursor below it plus `gap` empty rows. */
  add(style: BlockStyle, values: ReportValue[][], options: BlockOptions = {}): PlacedTable {
    const placed = this.at(this.row, options.col ?? 0, style, values, options);
    this.row += values.length + (options.gap ?? 1);
    return placed;
  }

  /** Adds a block at (row, col) without moving the cursor (unless it ends below it). */
  at(row: number, col: number, style: BlockStyle, values: ReportValue[][], options: BlockOptions = {}): PlacedTable {
    if (values.length > 0) {
      this.blocks.push({
        row,
        col,
        style,
        values,
        ...(options.header === true ? { header: true } : {}),
        ...(options.formats ? { columnFormats: options.formats } : {}),
      });
    }
    const header = options.header === true ? 1 : 0;
    const cols = values.reduce((w, r) => Math.max(w, r.length), 0);
    return { row, col, dataRow: row + header, rows: values.length - header, cols };
  }

  title(value: string): void {
    this.add("title", [[value]], { gap: 0 });
  }

  subtitle(value: string, gap = 0): void {
    this.add("subtitle", [[value]], { gap });
  }

  note(lines: readonly string[], gap = 1): void {
    if (lines.length > 0)
      this.add(
        "note",
        lines.map((l) => [l]),
        { gap },
      );
  }

  chart(chart: ScatterChart): void {
    this.charts.push(chart);
  }

  /** Sets the width of column `col` (characters) if it is not set wider already. */
  width(col: number, chars: number): void {
    while (this.widths.length <= col) this.widths.push(10);
    this.widths[col] = Math.max(this.widths[col] ?? 0, chars);
  }

  build(): ReportSheet {
    return { name: this.name, blocks: this.blocks, charts: this.charts, columnWidths: this.widths };
  }
}

/** Options of {@link SheetBuilder.add}. */
export interface BlockOptions {
  readonly col?: number;
  readonly header?: boolean;
  readonly formats?: readonly (string | undefined)[];
  /** Empty rows after the block (default 1). */
  readonly gap?: number;
}

/** A column of a placed table as a chart range (data rows only). */
export function columnRange(table: PlacedTable, offset: number, rows = table.rows): CellRange {
  return { row: table.dataRow, col: table.col + offset, rows, cols: 1 };
}

/** Number formats used across the reports. */
export const FORMATS = {
  multiplier: "0.0000",
  share: "0.0%",
  shareFine: "0.00%",
  value: "#,##0",
  index: "0.000",
  integer: "0",
  /** A change of a share, signed. */
  shareChange: "+0.00%;-0.00%;0.00%",
  /** A change of a product's weight in world trade: weights are small (0.13 % on average over 785 products). */
  weightChange: "+0.0000%;-0.0000%;0.0000%",
  /** A rank, with two spaces after it so that it does not run into a left-aligned code beside it ("1  2712"). */
  rank: '0"  "',
} as const;

/** Common facts of every method block. */
export interface MethodContext {
  readonly language: Language;
  readonly source: string;
  readonly date: Date;
}

/** ISO date (yyyy-mm-dd) in UTC. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The method block that ends every report sheet: formulas and conventions (label, text pairs), then the
 * source, date, SELA Niches version and the language of the labels.
 */
export function methodBlock(sheet: SheetBuilder, context: MethodContext, entries: readonly [string, string][]): void {
  const t = labels(context.language);
  sheet.row += 1;
  sheet.subtitle(t.method, 0);
  const rows: ReportValue[][] = entries.map(([k, v]) => [k, v]);
  rows.push([t.source, context.source === "" ? t.sourceUnknown : context.source]);
  rows.push([t.date, isoDate(context.date)]);
  rows.push([t.version, `SELA Niches ${SELA_VERSION}`]);
  rows.push([t.labelLanguage, languageName(context.language)]);
  sheet.add("note", rows, { gap: 0 });
}

/** Where a quadrant chart's reference lines go and how they look. */
export interface QuadrantLines {
  /** The note above the helper cells (why they are there). */
  readonly note: string;
  /** The vertical line is x = at.x, the horizontal one y = at.y. */
  readonly at: { readonly x: number; readonly y: number };
  /** How far each line extends: the chart's x and y spans. */
  readonly xSpan: readonly [number, number];
  readonly ySpan: readonly [number, number];
  /** Series names of the vertical and the horizontal line. */
  readonly names: readonly [string, string];
  readonly format: string;
}

/**
 * The two reference lines of a quadrant chart (key sectors at 1, the competitiveness matrix at 0) as
 * "line" series drawn from helper cells written at (row, col): charts in every Excel version and in files
 * draw lines from cells, not from constants.
 */
export function quadrantLines(sheet: SheetBuilder, row: number, col: number, q: QuadrantLines): ScatterSeries[] {
  sheet.at(row - 1, col, "note", [[q.note]]);
  const helper = sheet.at(
    row,
    col,
    "table",
    [
      ["x", "y"],
      [q.at.x, q.ySpan[0]],
      [q.at.x, q.ySpan[1]],
      [q.xSpan[0], q.at.y],
      [q.xSpan[1], q.at.y],
    ],
    { header: true, formats: [q.format, q.format] },
  );
  return q.names.map((name, k) => ({
    name,
    kind: "line" as const,
    x: { row: helper.dataRow + 2 * k, col, rows: 2, cols: 1 },
    y: { row: helper.dataRow + 2 * k, col: col + 1, rows: 2, cols: 1 },
  }));
}

/** Fills `{0}`, `{1}`… in a label. */
export function fill(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? m : String(v);
  });
}

/** Indices 0..n−1 sorted by `key` descending; NaN keys last; ties keep input order. */
export function orderDescending(n: number, key: (i: number) => number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  return idx.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const na = Number.isNaN(ka);
    const nb = Number.isNaN(kb);
    if (na || nb) return na === nb ? a - b : na ? 1 : -1;
    return kb - ka || a - b;
  });
}

/** Names a one-line summary shows before it says how many more there are (the tables list them all). */
export const SUMMARY_NAMES = 30;

/**
 * Names for a one-line summary: all of them when few, else the first `max` (default {@link SUMMARY_NAMES})
 * and a count, so that a note over a 3,000-sector table, or a message naming rows, stays readable.
 *
 * @example summaryList(["a", "b"]) // => "a; b"
 */
export function summaryList(names: readonly string[], max = SUMMARY_NAMES, separator = "; "): string {
  // "; " between names by default: sector names have commas of their own ("Electricity, gas and water").
  const shown = names.slice(0, max).join(separator);
  return names.length > max ? `${shown}${separator}… (+${String(names.length - max)})` : shown;
}

/**
 * A number already formatted with "." (toFixed, toPrecision) written with the labels' decimal mark, for
 * numbers inside texts: "ICE -1,348" in Spanish, where "-1.348" would read as minus one thousand.
 *
 * @example inText("-1.348", labels("es")) // => "-1,348"
 */
export function inText(formatted: string, t: Pick<Labels, "decimalMark">): string {
  return t.decimalMark === "." ? formatted : formatted.replace(".", t.decimalMark);
}
