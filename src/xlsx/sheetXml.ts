/**
 * Worksheet parts (xl/worksheets/sheetN.xml) and the shared-string table. Text always goes through shared
 * strings, never as a formula or a number, so a label such as "=A1", "+56 2" or "-x-" stays a label in
 * every reader; only {@link ReportFormula} values produce `<f>`.
 */
import {
  clipToCellLimit,
  type ReportError,
  type ReportFormula,
  type ReportSheet,
  type ReportValue,
} from "../analysis/report";
import { cellRef, columnName, parseCellRef } from "./cellRef";
import type { StyleRegistry, CellLook } from "./styles";
import { XML_HEADER, el, encodeOoxmlText, needsPreserve } from "./xml";

/** A value placed on the sheet with its look. */
export interface PlacedCell {
  readonly value: ReportValue;
  readonly look: CellLook;
  /** A cached value inside an array formula's area (text is then stored inline, as Excel does). */
  readonly inArray?: boolean;
}

/** The sheet's cells by row then column (0-based); later blocks overwrite earlier ones where they overlap. */
export type CellGrid = ReadonlyMap<number, ReadonlyMap<number, PlacedCell>>;

/** Lays out every block of a sheet on one grid: header rows bold, column formats on the body rows. */
export function layoutCells(sheet: ReportSheet): CellGrid {
  const grid = new Map<number, Map<number, PlacedCell>>();
  const header: CellLook = { role: "header" };
  for (const block of sheet.blocks) {
    // One look object per column of the block: the writer caches style indices by object identity.
    const bodyLooks: CellLook[] = [];
    const bodyLook = (c: number): CellLook =>
      (bodyLooks[c] ??= { role: block.style, numFmt: block.columnFormats?.[c] ?? undefined });
    block.values.forEach((rowValues, r) => {
      const isHeader = block.header === true && r === 0;
      rowValues.forEach((value, c) => {
        const look = isHeader ? header : bodyLook(c);
        // An empty header cell keeps its fill and border; other empty cells are simply not written.
        if (value === null && !isHeader) return;
        const row = block.row + r;
        let cells = grid.get(row);
        if (!cells) grid.set(row, (cells = new Map<number, PlacedCell>()));
        cells.set(block.col + c, { value, look });
        // The rest of an array formula's area holds its cached values (OOXML keeps them as plain cells).
        if (value !== null && typeof value === "object" && "formula" in value && value.array) {
          value.array.forEach((arrayRow, i) => {
            arrayRow.forEach((cached, j) => {
              if (i === 0 && j === 0) return;
              let target = grid.get(row + i);
              if (!target) grid.set(row + i, (target = new Map<number, PlacedCell>()));
              target.set(block.col + c + j, { value: cached, look: bodyLook(c + j), inArray: true });
            });
          });
        }
      });
    });
  }
  return grid;
}

/** The value at a cell of a laid-out grid, or null. Charts read their caches through this. */
export function valueAt(grid: CellGrid, row: number, col: number): ReportValue {
  return grid.get(row)?.get(col)?.value ?? null;
}

/** Shared strings (xl/sharedStrings.xml): each distinct text stored once. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;

  /** The index of `text`, adding it when new. */
  add(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  get size(): number {
    return this.list.length;
  }

  toXml(): string {
    const items = this.list.map((t) => `<si>${textElement(t)}</si>`).join("");
    return (
      XML_HEADER +
      el(
        "sst",
        {
          xmlns: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          count: this.uses,
          uniqueCount: this.list.length,
        },
        items,
      )
    );
  }
}

/** `<t>` with xml:space="preserve" when blanks at the ends or line breaks must survive. */
export function textElement(text: string): string {
  const body = encodeOoxmlText(text);
  return needsPreserve(text) ? `<t xml:space="preserve">${body}</t>` : `<t>${body}</t>`;
}

/** Options for one worksheet part. */
export interface SheetXmlOptions {
  /** The first scrolling cell: rows above `row` and columns left of `col` stay frozen. */
  readonly freeze?: { readonly row: number; readonly col: number };
  /** Relationship id of the sheet's drawing, when it has charts. */
  readonly drawingRelId?: string;
  /** The tab shown when the workbook opens (the first sheet). */
  readonly selected?: boolean;
}

function isFormula(v: object): v is ReportFormula {
  return "formula" in v;
}

function isError(v: object): v is ReportError {
  return "error" in v;
}

/**
 * One `<c>` element. Non-finite numbers follow the engine's convention (architecture.md): NaN is an
 * undefined result (`#DIV/0!`), ±Infinity a log of zero (`#NUM!`); a file cannot hold either as a number.
 */
function cellXml(ref: string, cell: PlacedCell, style: number, strings: SharedStrings): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  const v = cell.value;
  if (v === null) return `<c r="${ref}"${s}/>`;
  if (typeof v === "number") {
    if (Number.isNaN(v)) return `<c r="${ref}"${s} t="e"><v>#DIV/0!</v></c>`;
    if (!Number.isFinite(v)) return `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
    return `<c r="${ref}"${s}><v>${numberText(v)}</v></c>`;
  }
  if (typeof v === "string") {
    const text = clipToCellLimit(v);
    if (cell.inArray) return `<c r="${ref}"${s} t="str"><v>${encodeOoxmlText(text)}</v></c>`;
    return `<c r="${ref}"${s} t="s"><v>${strings.add(text)}</v></c>`;
  }
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (isError(v)) return `<c r="${ref}"${s} t="e"><v>${v.error}</v></c>`;
  if (isFormula(v)) {
    const text = encodeOoxmlText(v.formula.replace(/^=/, ""));
    const first = v.array?.[0]?.[0];
    if (v.array && first !== undefined) {
      // A legacy array formula: every Excel version and LibreOffice evaluate it over the whole area.
      const { row, col } = parseCellRef(ref);
      const area = `${ref}:${cellRef(row + v.array.length - 1, col + (v.array[0]?.length ?? 1) - 1)}`;
      const f = `<f t="array" ref="${area}">${text}</f>`;
      return typeof first === "number"
        ? `<c r="${ref}"${s}>${f}<v>${numberText(first)}</v></c>`
        : `<c r="${ref}"${s} t="str">${f}<v>${encodeOoxmlText(first)}</v></c>`;
    }
    const f = `<f>${text}</f>`;
    if (typeof v.value === "number" && Number.isFinite(v.value))
      return `<c r="${ref}"${s}>${f}<v>${numberText(v.value)}</v></c>`;
    if (typeof v.value === "string") return `<c r="${ref}"${s} t="str">${f}<v>${encodeOoxmlText(v.value)}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  return `<c r="${ref}"${s}/>`;
}

/**
 * Lines the longest wrapped header text of a row needs at its column's width (Excel does not resize rows of
 * files it opens, so the height is written). Width in characters; 8.43 is Excel's default column.
 */
function headerLines(cells: ReadonlyMap<number, PlacedCell>, widths: readonly number[] | undefined): number {
  let lines = 1;
  for (const [c, cell] of cells) {
    if (cell.look.role !== "header" || typeof cell.value !== "string") continue;
    const width = Math.max(1, (widths?.[c] ?? 8.43) - 1);
    lines = Math.max(lines, Math.min(MAX_HEADER_LINES, wrappedLines(cell.value, width)));
  }
  return lines;
}

/** Header rows grow to at most this many lines (longer headers are cut rather than making a huge row). */
const MAX_HEADER_LINES = 6;

/**
 * Lines `text` takes when wrapped at word boundaries into `width` characters, as Excel wraps (a word longer
 * than the width is broken across lines).
 */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= width) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    lines += Math.ceil(word.length / width) - 1;
    used = word.length % width || width;
  }
  return lines;
}

/** Shortest round-tripping decimal; `-0` as `0` (Excel shows "-0" otherwise in some formats). */
export function numberText(v: number): string {
  return Object.is(v, -0) ? "0" : String(v);
}

/**
 * Writes a worksheet part. Children follow CT_Worksheet order: dimension, sheetViews, sheetFormatPr, cols,
 * sheetData, pageMargins, pageSetup, drawing.
 */
export function worksheetXml(
  sheet: ReportSheet,
  grid: CellGrid,
  styles: StyleRegistry,
  strings: SharedStrings,
  options: SheetXmlOptions = {},
): string {
  const rows = [...grid.keys()].sort((a, b) => a - b);
  const styleOf = new Map<CellLook, number>();
  const letters: string[] = [];
  let minCol = Infinity;
  let maxCol = -1;
  const rowXml: string[] = [];
  for (const r of rows) {
    const cells = grid.get(r) as ReadonlyMap<number, PlacedCell>;
    const cols = [...cells.keys()].sort((a, b) => a - b);
    if (cols.length === 0) continue;
    minCol = Math.min(minCol, cols[0] as number);
    maxCol = Math.max(maxCol, cols[cols.length - 1] as number);
    const inner = cols
      .map((c) => {
        const cell = cells.get(c) as PlacedCell;
        let style = styleOf.get(cell.look);
        if (style === undefined) styleOf.set(cell.look, (style = styles.styleIndex(cell.look)));
        return cellXml(`${(letters[c] ??= columnName(c))}${r + 1}`, cell, style, strings);
      })
      .join("");
    const lines = headerLines(cells, sheet.columnWidths);
    rowXml.push(
      lines > 1
        ? `<row r="${r + 1}" ht="${lines * 15}" customHeight="1">${inner}</row>`
        : `<row r="${r + 1}">${inner}</row>`,
    );
  }
  const firstRow = rows[0];
  const lastRow = rows[rows.length - 1];
  const dimension =
    firstRow === undefined || lastRow === undefined || maxCol < 0
      ? "A1"
      : `${cellRef(firstRow, minCol)}:${cellRef(lastRow, maxCol)}`;

  return (
    XML_HEADER +
    el(
      "worksheet",
      {
        xmlns: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      },
      el("dimension", { ref: dimension }) +
        sheetViewsXml(options) +
        '<sheetFormatPr defaultRowHeight="15"/>' +
        colsXml(sheet.columnWidths) +
        el("sheetData", {}, rowXml.join("")) +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        // Report tables are wide: print landscape at 100% (fit-to-width makes 40-sector tables unreadable).
        '<pageSetup orientation="landscape"/>' +
        (options.drawingRelId ? el("drawing", { "r:id": options.drawingRelId }) : ""),
    )
  );
}

function sheetViewsXml(options: SheetXmlOptions): string {
  const f = options.freeze;
  let pane = "";
  if (f && (f.row > 0 || f.col > 0)) {
    const activePane = f.row > 0 && f.col > 0 ? "bottomRight" : f.row > 0 ? "bottomLeft" : "topRight";
    pane =
      el("pane", {
        xSplit: f.col > 0 ? f.col : undefined,
        ySplit: f.row > 0 ? f.row : undefined,
        topLeftCell: cellRef(f.row, f.col),
        activePane,
        state: "frozen",
      }) + el("selection", { pane: activePane, activeCell: cellRef(f.row, f.col), sqref: cellRef(f.row, f.col) });
  }
  return el(
    "sheetViews",
    {},
    el("sheetView", { tabSelected: options.selected ? 1 : undefined, workbookViewId: 0 }, pane),
  );
}

/** `<cols>`: one entry per column with a positive width (characters of the default font). */
function colsXml(widths: readonly number[] | undefined): string {
  if (!widths) return "";
  const cols = widths
    .map((w, i) =>
      Number.isFinite(w) && w > 0 ? el("col", { min: i + 1, max: i + 1, width: Math.min(w, 255), customWidth: 1 }) : "",
    )
    .join("");
  return cols === "" ? "" : el("cols", {}, cols);
}
