/**
 * The styles part (xl/styles.xml). Report blocks use a handful of looks (title, subtitle, header, body,
 * note) combined with per-column number formats; this registry hands out one cellXfs index per distinct
 * combination so the part stays small and every `s="n"` in the sheets points at a real entry.
 */
import type { BlockStyle } from "../analysis/report";
import { XML_HEADER, el } from "./xml";

/** The look of one cell: a role from its block and an optional Excel number format. */
export interface CellLook {
  readonly role: BlockStyle | "header";
  readonly numFmt?: string;
}

// Built-in format ids (ECMA-376 §18.8.30): reusing them keeps files identical to what Excel writes.
const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
};

// Font, fill and border indices per role; the lists below are written in this order.
const ROLE = {
  table: { font: 0, fill: 0, border: 0 },
  title: { font: 1, fill: 0, border: 0 },
  subtitle: { font: 2, fill: 0, border: 0 },
  header: { font: 2, fill: 2, border: 1 },
  note: { font: 3, fill: 0, border: 0 },
} as const;

// Explicit colours and no font scheme: the package carries no theme part for them to refer to.
const FONTS = [
  '<font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="14"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>',
  '<font><i/><sz val="10"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>',
];
// Fills 0 and 1 are reserved by Excel (none, gray125) and must exist even if unused.
const FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>',
];
const BORDERS = [
  "<border><left/><right/><top/><bottom/><diagonal/></border>",
  '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>',
];

/** Collects the cell formats a workbook uses and writes them as xl/styles.xml. */
export class StyleRegistry {
  private readonly customFormats = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly xfIndex = new Map<string, number>([["table|0", 0]]);

  /** The cellXfs index for a look; index 0 is the default (body text, General). */
  styleIndex(look: CellLook): number {
    const fmtId = this.formatId(look.numFmt);
    const key = `${look.role}|${fmtId}`;
    const known = this.xfIndex.get(key);
    if (known !== undefined) return known;
    const r = ROLE[look.role];
    const attrs: Record<string, string | number | undefined> = {
      numFmtId: fmtId,
      fontId: r.font,
      fillId: r.fill,
      borderId: r.border,
      xfId: 0,
      applyNumberFormat: fmtId !== 0 ? 1 : undefined,
      applyFont: r.font !== 0 ? 1 : undefined,
      applyFill: r.fill !== 0 ? 1 : undefined,
      applyBorder: r.border !== 0 ? 1 : undefined,
    };
    const index = this.xfs.length;
    // Header text wraps (top-aligned) instead of being cut by the column width; the sheet writer sizes the row.
    this.xfs.push(
      look.role === "header"
        ? el("xf", { ...attrs, applyAlignment: 1 }, '<alignment vertical="top" wrapText="1"/>')
        : el("xf", attrs),
    );
    this.xfIndex.set(key, index);
    return index;
  }

  private formatId(code: string | undefined): number {
    if (code === undefined || code === "") return 0;
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = 164 + this.customFormats.size; // custom ids start at 164 by convention
      this.customFormats.set(code, id);
    }
    return id;
  }

  /** xl/styles.xml, children in the schema's order: numFmts, fonts, fills, borders, cellStyleXfs, cellXfs, cellStyles. */
  toXml(): string {
    const numFmts = [...this.customFormats].map(([code, id]) => el("numFmt", { numFmtId: id, formatCode: code }));
    return (
      XML_HEADER +
      el(
        "styleSheet",
        { xmlns: "http://schemas.openxmlformats.org/spreadsheetml/2006/main" },
        (numFmts.length > 0 ? el("numFmts", { count: numFmts.length }, numFmts.join("")) : "") +
          el("fonts", { count: FONTS.length }, FONTS.join("")) +
          el("fills", { count: FILLS.length }, FILLS.join("")) +
          el("borders", { count: BORDERS.length }, BORDERS.join("")) +
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
          el("cellXfs", { count: this.xfs.length }, this.xfs.join("")) +
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
          '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      )
    );
  }
}
