/**
 * .xlsx bytes → sheets as dense value grids and Excel tables, for the CLI and the browser workbench
 * (input-output tables and trade data arrive as workbooks). Values only: formulas give their cached
 * result. Styles are ignored but for two cases: a whole number shown through a zero-padded format
 * ("000000", how classification codes such as HS 010121 are kept as numbers) is read as the text Excel
 * shows, so codes keep their leading zeros as they do when read from a CSV; and a number shown through a
 * date format is read as what it shows (a year column formatted "yyyy" gives 1995, not the serial 34700;
 * other dates give ISO text such as "1995-01-31": see ./dateFormats.ts). Sheets are found
 * through the workbook's relationships, never by assuming sheetN.xml names (LibreOffice, Google Sheets and
 * others differ).
 */
import { asCode, codeFormat, type CodeFormat } from "../analysis/codeFormats";
import type { CellRange } from "../analysis/report";
import { inputError } from "../core/errors";
import { MAX_COLS, MAX_ROWS, parseCellRef, parseRangeRef } from "./cellRef";
import {
  builtinDateFormatKind,
  dateCellValue,
  dateFormatKind,
  EXCEL_1900_EPOCH_MS,
  EXCEL_1904_EPOCH_MS,
  type DateFormatKind,
} from "./dateFormats";
import { attrLocal, childNamed, childrenNamed, decodeOoxmlText, parseXml, textOf, type XmlElement } from "./xml";
import { signatureOf, unzipPackage, utf8 } from "./zip";

/** A cell as read: number, text, boolean, error (`{ error: "#N/A" }`) or empty (null). */
export type CellValue = number | string | boolean | null | { readonly error: string };

/** A worksheet: its tab name and the cells from A1 to the last used row and column. */
export interface ReadSheet {
  readonly name: string;
  readonly cells: CellValue[][];
}

/** An Excel table (ListObject): name, sheet, 0-based range including header, header texts, body rows. */
export interface ReadTable {
  readonly name: string;
  readonly sheet: string;
  readonly ref: CellRange;
  readonly header: string[];
  readonly rows: CellValue[][];
  /** Set (true) only for a table without a header row (headerRowCount="0"): its body starts at `ref.row`. */
  readonly headerless?: boolean;
}

/** What {@link readWorkbook} returns. */
export interface ReadWorkbookResult {
  readonly sheets: ReadSheet[];
  readonly tables: ReadTable[];
}

/** Dense grids above this many cells are refused: a stray value in XFD1048576 would exhaust memory. */
const MAX_GRID_CELLS = 20_000_000;

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** Package parts by lower-cased name: OPC part names compare case-insensitively. */
class Package {
  private readonly parts = new Map<string, Uint8Array>();
  constructor(files: Map<string, Uint8Array>) {
    for (const [name, data] of files) this.parts.set(name.replace(/\\/g, "/").toLowerCase(), data);
  }
  has(path: string): boolean {
    return this.parts.has(path.toLowerCase());
  }
  text(path: string): string | undefined {
    const data = this.parts.get(path.toLowerCase());
    return data === undefined ? undefined : utf8(data);
  }
  xml(path: string): XmlElement | undefined {
    const text = this.text(path);
    return text === undefined ? undefined : parseXml(text, path);
  }
  /** Relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`), targets resolved to part names. */
  rels(path: string): Relationship[] {
    const slash = path.lastIndexOf("/");
    const dir = slash < 0 ? "" : path.slice(0, slash + 1);
    const root = this.xml(`${dir}_rels/${path.slice(slash + 1)}.rels`);
    if (!root) return [];
    return childrenNamed(root, "Relationship")
      .filter((r) => r.attrs.TargetMode !== "External")
      .map((r) => ({
        id: r.attrs.Id ?? "",
        type: r.attrs.Type ?? "",
        target: resolvePart(dir, r.attrs.Target ?? ""),
      }));
  }
}

/** Resolves a relationship target against the source part's folder (`../drawings/x.xml`, `/xl/x.xml`). */
function resolvePart(dir: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : dir + target;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

function contains(bytes: Uint8Array, ascii: string): boolean {
  // CFB directory entries are UTF-16LE names: look for the name with zero high bytes.
  const pattern: number[] = [];
  for (let k = 0; k < ascii.length; k++) pattern.push(ascii.charCodeAt(k), 0);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let k = 0; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

/** Opens the zip or explains, in both languages, why these bytes are not an .xlsx workbook. */
function openPackage(bytes: Uint8Array): Package {
  const kind = signatureOf(bytes);
  if (kind === "empty") throw inputError("the file is empty", "el archivo está vacío");
  if (kind === "cfb") {
    if (contains(bytes, "EncryptionInfo") || contains(bytes, "EncryptedPackage")) {
      throw inputError(
        "the workbook is password-protected: open it in Excel, remove the password and save it again",
        "el libro está protegido con contraseña: ábralo en Excel, quite la contraseña y vuelva a guardarlo",
      );
    }
    throw inputError(
      "this is an old-format .xls file: save it as .xlsx (Excel workbook) and try again",
      "este es un archivo .xls de formato antiguo: guárdelo como .xlsx (libro de Excel) e intente de nuevo",
    );
  }
  if (kind === "unknown") {
    throw inputError(
      "the file is not an .xlsx workbook (for text data use a .csv file)",
      "el archivo no es un libro .xlsx (para datos de texto use un archivo .csv)",
    );
  }
  return new Package(unzipPackage(bytes));
}

function workbookPath(pkg: Package): string {
  const main = pkg.rels("").find((r) => r.type.endsWith("/officeDocument"));
  if (main && pkg.has(main.target)) return main.target;
  if (pkg.has("xl/workbook.xml")) return "xl/workbook.xml";
  if (pkg.has("content.xml") && pkg.has("mimetype")) {
    throw inputError(
      "this is an OpenDocument spreadsheet (.ods): save it as .xlsx and try again",
      "esta es una hoja OpenDocument (.ods): guárdela como .xlsx e intente de nuevo",
    );
  }
  throw inputError("the zip file contains no Excel workbook", "el archivo zip no contiene un libro de Excel");
}

/** Text of a string item (`<si>` or `<is>`): plain `<t>` or the concatenated runs; phonetic hints skipped. */
function richText(node: XmlElement): string {
  let out = "";
  for (const c of node.children) {
    if (typeof c === "string") continue;
    if (c.local === "t") out += textOf(c);
    else if (c.local === "r") for (const t of childrenNamed(c, "t")) out += textOf(t);
  }
  return decodeOoxmlText(out);
}

function sharedStrings(pkg: Package, wbPath: string, wbRels: readonly Relationship[]): string[] {
  const rel = wbRels.find((r) => r.type.endsWith("/sharedStrings"));
  const root = pkg.xml(rel?.target ?? resolvePart(wbPath.replace(/[^/]*$/, ""), "sharedStrings.xml"));
  return root ? childrenNamed(root, "si").map(richText) : [];
}

/** How a cell style shows numbers, as far as reading values is concerned. */
interface CellFormat {
  /** The zero-padded code format ("000000", "0000.00") the style shows numbers through, if any. */
  readonly code?: CodeFormat;
  /** What a date format shows, when the style's format is a date. */
  readonly date?: DateFormatKind;
}

/** How cells are read: the workbook's date system and, per style index (`<xf>` in `cellXfs`), its format. */
interface ReadContext {
  readonly strings: readonly string[];
  readonly formats: readonly CellFormat[];
  /** Mac workbooks count dates from 1904-01-01 (`<workbookPr date1904="1"/>`). */
  readonly date1904: boolean;
}

const PLAIN: CellFormat = {};

/**
 * For each cell style (index of `<xf>` in `cellXfs`), its {@link CellFormat}: zero-padded code formats
 * (only formats made of two or more zeros: how workbooks keep codes such as HS, SITC, ISIC as numbers
 * while showing their leading zeros) and date formats, custom or built-in.
 */
function cellFormats(pkg: Package, wbRels: readonly Relationship[]): CellFormat[] {
  const rel = wbRels.find((r) => r.type.endsWith("/styles"));
  const root = rel ? pkg.xml(rel.target) : undefined;
  if (!root) return [];
  const custom = new Map<string, CellFormat>();
  const formats = childNamed(root, "numFmts");
  for (const f of formats ? childrenNamed(formats, "numFmt") : []) {
    const code = decodeOoxmlText(f.attrs.formatCode ?? "");
    const date = dateFormatKind(code);
    const asCodeFormat = codeFormat(code);
    custom.set(f.attrs.numFmtId ?? "", { ...(asCodeFormat ? { code: asCodeFormat } : {}), ...(date ? { date } : {}) });
  }
  const xfs = childNamed(root, "cellXfs");
  return (xfs ? childrenNamed(xfs, "xf") : []).map((xf) => {
    const id = xf.attrs.numFmtId ?? "";
    const own = custom.get(id);
    if (own) return own;
    const date = /^\d+$/.test(id) ? builtinDateFormatKind(Number(id)) : undefined;
    return date ? { date } : PLAIN;
  });
}

/** A number as its style shows it: a code's text, a date's year or ISO text, or the number. */
function styledNumber(n: number, style: string | undefined, context: ReadContext): CellValue {
  if (style === undefined) return n;
  const format = context.formats[Number(style)] ?? PLAIN;
  if (format.date) return dateCellValue(n, format.date, context.date1904);
  return asCode(n, format.code);
}

/** One `<c>`: its value by type (`t`), cached values for formulas, numbers as their style shows them. */
function cellValue(c: XmlElement, context: ReadContext): CellValue {
  const type = c.attrs.t ?? "n";
  const v = childNamed(c, "v");
  const raw = v ? textOf(v) : undefined;
  switch (type) {
    case "s": {
      const i = raw === undefined ? NaN : Number(raw);
      return Number.isInteger(i) ? (context.strings[i] ?? null) : null;
    }
    case "inlineStr": {
      const is = childNamed(c, "is");
      return is ? richText(is) : raw !== undefined ? decodeOoxmlText(raw) : null;
    }
    case "str":
      return raw === undefined ? null : decodeOoxmlText(raw);
    case "b":
      return raw === undefined ? null : raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "e":
      return raw === undefined ? null : { error: raw.trim() };
    case "d": {
      // ISO 8601 dates (Strict files): Excel serial numbers like every other date, then as their style shows.
      const ms = raw === undefined ? NaN : Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(raw) ? raw : `${raw}Z`);
      if (Number.isNaN(ms)) return raw ?? null;
      const epoch = context.date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_1900_EPOCH_MS;
      return styledNumber((ms - epoch) / 86_400_000, c.attrs.s, context);
    }
    default: {
      if (raw === undefined || raw.trim() === "") return null;
      const n = Number(raw);
      if (Number.isNaN(n)) return raw;
      return styledNumber(n, c.attrs.s, context);
    }
  }
}

/** The dense grid of a worksheet part. Rows and cells without `r` follow the previous one, as the schema allows. */
function sheetCells(root: XmlElement, context: ReadContext, sheetName: string): CellValue[][] {
  const data = childNamed(root, "sheetData");
  const placed: { row: number; col: number; value: CellValue }[] = [];
  let maxRow = -1;
  let maxCol = -1;
  let rowIndex = -1;
  for (const row of data ? childrenNamed(data, "row") : []) {
    const r = row.attrs.r;
    rowIndex = r !== undefined && /^\d+$/.test(r) ? Number(r) - 1 : rowIndex + 1;
    if (rowIndex < 0 || rowIndex >= MAX_ROWS) throw badSheet(sheetName);
    let colIndex = -1;
    for (const c of childrenNamed(row, "c")) {
      const ref = c.attrs.r;
      if (ref !== undefined) {
        const p = parseCellRef(ref);
        colIndex = p.col;
        if (p.row !== rowIndex) rowIndex = p.row;
      } else colIndex++;
      if (colIndex >= MAX_COLS) throw badSheet(sheetName);
      const value = cellValue(c, context);
      if (value === null) continue;
      placed.push({ row: rowIndex, col: colIndex, value });
      if (rowIndex > maxRow) maxRow = rowIndex;
      if (colIndex > maxCol) maxCol = colIndex;
    }
  }
  if ((maxRow + 1) * (maxCol + 1) > MAX_GRID_CELLS) {
    throw inputError(
      `sheet "${sheetName}" is too large to read (used range ends at row ${maxRow + 1}, column ${maxCol + 1})`,
      `la hoja "${sheetName}" es demasiado grande (el rango usado termina en la fila ${maxRow + 1}, columna ${maxCol + 1})`,
    );
  }
  const grid: CellValue[][] = Array.from({ length: maxRow + 1 }, () => new Array<CellValue>(maxCol + 1).fill(null));
  for (const p of placed) (grid[p.row] as CellValue[])[p.col] = p.value;
  return grid;
}

function badSheet(name: string): Error {
  return inputError(
    `sheet "${name}" has cells outside the grid`,
    `la hoja "${name}" tiene celdas fuera de la cuadrícula`,
  );
}

/** An Excel table part: name, range, header row and totals row counts, column names. */
function readTable(root: XmlElement, sheet: string, cells: readonly CellValue[][]): ReadTable {
  const ref = parseRangeRef(root.attrs.ref ?? "A1");
  const headerRows = Number(root.attrs.headerRowCount ?? "1") > 0 ? 1 : 0;
  const totalRows = Number(root.attrs.totalsRowCount ?? "0") > 0 ? 1 : 0;
  const columns = childNamed(root, "tableColumns");
  const declared = columns ? childrenNamed(columns, "tableColumn").map((c) => decodeOoxmlText(c.attrs.name ?? "")) : [];
  const at = (r: number, c: number): CellValue => cells[r]?.[c] ?? null;
  const header = Array.from({ length: ref.cols }, (_v, k) => {
    const name = declared[k];
    if (name !== undefined && name !== "") return name;
    const cell = headerRows > 0 ? at(ref.row, ref.col + k) : null;
    return cell === null || typeof cell === "object" ? `Column${k + 1}` : String(cell);
  });
  const rows: CellValue[][] = [];
  for (let r = ref.row + headerRows; r < ref.row + ref.rows - totalRows; r++) {
    rows.push(Array.from({ length: ref.cols }, (_v, k) => at(r, ref.col + k)));
  }
  const name = root.attrs.displayName ?? root.attrs.name ?? "";
  return { name, sheet, ref, header, rows, ...(headerRows === 0 ? { headerless: true } : {}) };
}

/**
 * Reads every worksheet of an .xlsx (or .xlsm) workbook, and its Excel tables.
 *
 * @throws inputError (English and Spanish) for an empty file, a legacy .xls, a password-protected
 *   workbook, an .ods, other zips, damaged XML, or a workbook whose worksheets hold no values
 * @example
 * const { sheets, tables } = readWorkbook(new Uint8Array(await file.arrayBuffer()));
 * const io = tables.find((t) => t.name === "IOTable") ?? sheets[0];
 */
export function readWorkbook(bytes: Uint8Array): ReadWorkbookResult {
  const pkg = openPackage(bytes);
  const wbPath = workbookPath(pkg);
  const wb = pkg.xml(wbPath) as XmlElement;
  const wbRels = pkg.rels(wbPath);
  const properties = childNamed(wb, "workbookPr");
  const date1904 = ["1", "true"].includes((properties?.attrs.date1904 ?? "").trim().toLowerCase());
  const context: ReadContext = {
    strings: sharedStrings(pkg, wbPath, wbRels),
    formats: cellFormats(pkg, wbRels),
    date1904,
  };
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  const sheets: ReadSheet[] = [];
  const tables: ReadTable[] = [];
  const sheetList = childNamed(wb, "sheets");
  for (const s of sheetList ? childrenNamed(sheetList, "sheet") : []) {
    const rel = relById.get(attrLocal(s, "id") ?? "");
    if (!rel?.type.endsWith("/worksheet")) continue; // chart sheets, dialog and macro sheets hold no cells
    const name = s.attrs.name ?? `Sheet${sheets.length + 1}`;
    const root = pkg.xml(rel.target);
    if (!root) continue;
    const cells = sheetCells(root, context, name);
    sheets.push({ name, cells });
    for (const tr of pkg.rels(rel.target).filter((r) => r.type.endsWith("/table"))) {
      const table = pkg.xml(tr.target);
      if (table) tables.push(readTable(table, name, cells));
    }
  }
  if (!sheets.some((s) => s.cells.length > 0)) {
    throw inputError(
      "the workbook is empty: no worksheet has values",
      "el libro está vacío: ninguna hoja tiene valores",
    );
  }
  return { sheets, tables };
}
