/**
 * Report → .xlsx bytes, the same in Node (CLI) and the browser workbench: no fs, no DOM. Parts written:
 * [Content_Types].xml, _rels/.rels, docProps/core.xml + app.xml, xl/workbook.xml (+ rels), xl/styles.xml,
 * xl/sharedStrings.xml, one xl/worksheets/sheetN.xml per report sheet and, for sheets with charts, one
 * xl/drawings/drawingN.xml plus one xl/charts/chartM.xml per chart, each with its relationships.
 */
import type { Report, ReportSheet } from "../analysis/report";
import { chartXml, drawingXml, type PlacedChart } from "./chartXml";
import { StyleRegistry } from "./styles";
import { SharedStrings, layoutCells, worksheetXml } from "./sheetXml";
import { XML_HEADER, el, escapeXml } from "./xml";
import { zipPackage } from "./zip";

/** Options of {@link writeReportWorkbook}. */
export interface WriteWorkbookOptions {
  /** Author stored in docProps/core.xml (dc:creator). Default "SELA Niches". */
  readonly creator?: string;
  /** Document title (dc:title); omitted when absent. */
  readonly title?: string;
  /** Report language: "en" | "es" or a BCP-47 tag; sets dc:language and the charts' text language. Default "en". */
  readonly language?: string;
  /** Creation time (core properties and zip entries). Fix it for byte-identical output. Default: now. */
  readonly created?: Date;
  /** Freeze the rows down to the header of each sheet's first table with a header. Default false. */
  readonly freezeHeader?: boolean;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/**
 * Valid, unique sheet names in order: forbidden characters []:*?/\ become "_", no leading or trailing
 * apostrophe, not empty, not Excel's reserved "History", at most 31 UTF-16 units without splitting a
 * surrogate pair, and unique ignoring case (Excel's rule) by appending " (2)", " (3)"…
 *
 * @example validSheetNames(["Key sectors", "key SECTORS", "a/b"]) // => ["Key sectors", "key SECTORS (2)", "a_b"]
 */
export function validSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    let base = raw
      .replace(INVALID_SHEET_CHARS, "_")
      .replace(/^'+|'+$/g, "")
      .trim();

    base = base.replace(/[\u0000-\u001F]/g, " ");
    if (base === "") base = "Sheet";
    if (base.toUpperCase() === "HISTORY") base = "History_";
    let name = truncate(base, 31);
    for (let k = 2; taken.has(name.toUpperCase()); k++) {
      const suffix = ` (${k})`;
      name = truncate(base, 31 - suffix.length).trimEnd() + suffix;
    }
    taken.add(name.toUpperCase());
    return name;
  });
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function relationships(rels: readonly { id: string; type: string; target: string }[]): string {
  return (
    XML_HEADER +
    el(
      "Relationships",
      { xmlns: PKG_REL },
      rels.map((r) => el("Relationship", { Id: r.id, Type: r.type, Target: r.target })).join(""),
    )
  );
}

function freezeOf(sheet: ReportSheet): { row: number; col: number } | undefined {
  const header = sheet.blocks.find((b) => b.style === "table" && b.header === true && b.values.length > 0);
  return header ? { row: header.row + 1, col: 0 } : undefined;
}

/** W3CDTF without milliseconds, as Office writes it (some readers reject fractional seconds). */
function w3cdtf(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * Writes a report as an .xlsx workbook with native scatter charts.
 *
 * @example
 * const bytes = writeReportWorkbook(report, { creator: "INE", language: "es" });
 * // Node: fs.writeFileSync("report.xlsx", bytes); browser: new Blob([bytes], { type: XLSX_MIME })
 */
export function writeReportWorkbook(report: Report, options: WriteWorkbookOptions = {}): Uint8Array {
  const created = options.created ?? new Date();
  const names = validSheetNames(report.sheets.length > 0 ? report.sheets.map((s) => s.name) : ["Sheet1"]);
  const sheets: readonly ReportSheet[] =
    report.sheets.length > 0 ? report.sheets : [{ name: "Sheet1", blocks: [], charts: [] }];
  const styles = new StyleRegistry();
  const strings = new SharedStrings();
  const files = new Map<string, string | Uint8Array>();
  const overrides: { part: string; type: string }[] = [];
  let chartCount = 0;
  let drawingCount = 0;
  const hasFormulas = sheets.some((sheet) =>
    sheet.blocks.some((b) =>
      b.values.some((r) => r.some((v) => v !== null && typeof v === "object" && "formula" in v)),
    ),
  );

  sheets.forEach((sheet, i) => {
    const name = names[i] as string;
    const grid = layoutCells(sheet);
    let drawingRelId: string | undefined;
    if (sheet.charts.length > 0) {
      const drawingNo = ++drawingCount;
      drawingRelId = "rId1";
      const placed: PlacedChart[] = [];
      const chartRels: { id: string; type: string; target: string }[] = [];
      sheet.charts.forEach((chart, k) => {
        const chartNo = ++chartCount;
        const relId = `rId${k + 1}`;
        files.set(`xl/charts/chart${chartNo}.xml`, chartXml(chart, name, grid, options.language));
        overrides.push({ part: `/xl/charts/chart${chartNo}.xml`, type: `${CT}.drawingml.chart+xml` });
        chartRels.push({ id: relId, type: `${REL}/chart`, target: `../charts/chart${chartNo}.xml` });
        placed.push({ anchor: chart.anchor, relId, name: chart.title !== "" ? chart.title : `Chart ${chartNo}` });
      });
      files.set(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(placed));
      files.set(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relationships(chartRels));
      overrides.push({ part: `/xl/drawings/drawing${drawingNo}.xml`, type: `${CT}.drawing+xml` });
      files.set(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        relationships([{ id: drawingRelId, type: `${REL}/drawing`, target: `../drawings/drawing${drawingNo}.xml` }]),
      );
    }
    const freeze = options.freezeHeader ? freezeOf(sheet) : undefined;
    files.set(
      `xl/worksheets/sheet${i + 1}.xml`,
      worksheetXml(sheet, grid, styles, strings, { freeze, drawingRelId, selected: i === 0 }),
    );
    overrides.push({ part: `/xl/worksheets/sheet${i + 1}.xml`, type: `${CT}.spreadsheetml.worksheet+xml` });
  });

  const sheetRels = sheets.map((_s, i) => ({
    id: `rId${i + 1}`,
    type: `${REL}/worksheet`,
    target: `worksheets/sheet${i + 1}.xml`,
  }));
  const n = sheets.length;
  files.set(
    "xl/workbook.xml",
    XML_HEADER +
      el(
        "workbook",
        { xmlns: "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "xmlns:r": REL },
        '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
          el(
            "sheets",
            {},
            names.map((nm, i) => el("sheet", { name: nm, sheetId: i + 1, "r:id": `rId${i + 1}` })).join(""),
          ) +
          // Printed, a wide report runs over several pages across: column A (sector names, codes) repeats on
          // each of them, so every page says what its rows are.
          el(
            "definedNames",
            {},
            names
              .map((nm, i) =>
                el(
                  "definedName",
                  { name: "_xlnm.Print_Titles", localSheetId: i },
                  escapeXml(`'${nm.replace(/'/g, "''")}'!$A:$A`),
                ),
              )
              .join(""),
          ) +
          // Formulas are recomputed on open; their cached values only serve readers without a calc engine.
          el("calcPr", { calcId: 191029, fullCalcOnLoad: hasFormulas ? 1 : undefined }),
      ),
  );
  files.set(
    "xl/_rels/workbook.xml.rels",
    relationships([
      ...sheetRels,
      { id: `rId${n + 1}`, type: `${REL}/styles`, target: "styles.xml" },
      { id: `rId${n + 2}`, type: `${REL}/sharedStrings`, target: "sharedStrings.xml" },
    ]),
  );
  files.set("xl/styles.xml", styles.toXml());
  files.set("xl/sharedStrings.xml", strings.toXml());
  files.set("docProps/core.xml", coreXml(options, created));
  files.set("docProps/app.xml", appXml(names));
  files.set(
    "_rels/.rels",
    relationships([
      { id: "rId1", type: `${REL}/officeDocument`, target: "xl/workbook.xml" },
      { id: "rId2", type: `${PKG_REL}/metadata/core-properties`, target: "docProps/core.xml" },
      { id: "rId3", type: `${REL}/extended-properties`, target: "docProps/app.xml" },
    ]),
  );
  files.set("[Content_Types].xml", contentTypesXml(overrides));
  return zipPackage(files, created);
}

/** MIME type of .xlsx files, for downloads in the browser workbench. */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function contentTypesXml(parts: readonly { part: string; type: string }[]): string {
  const all = [
    { part: "/xl/workbook.xml", type: `${CT}.spreadsheetml.sheet.main+xml` },
    ...parts,
    { part: "/xl/styles.xml", type: `${CT}.spreadsheetml.styles+xml` },
    { part: "/xl/sharedStrings.xml", type: `${CT}.spreadsheetml.sharedStrings+xml` },
    { part: "/docProps/core.xml", type: "application/vnd.openxmlformats-package.core-properties+xml" },
    { part: "/docProps/app.xml", type: `${CT}.extended-properties+xml` },
  ];
  return (
    XML_HEADER +
    el(
      "Types",
      { xmlns: "http://schemas.openxmlformats.org/package/2006/content-types" },
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        all.map((p) => el("Override", { PartName: p.part, ContentType: p.type })).join(""),
    )
  );
}

function coreXml(options: WriteWorkbookOptions, created: Date): string {
  const when = w3cdtf(created);
  const lang = options.language;
  return (
    XML_HEADER +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (options.title ? `<dc:title>${escapeXml(options.title)}</dc:title>` : "") +
    `<dc:creator>${escapeXml(options.creator ?? "SELA Niches")}</dc:creator>` +
    (lang ? `<dc:language>${escapeXml(lang)}</dc:language>` : "") +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

function appXml(names: readonly string[]): string {
  const titles = names.map((nm) => `<vt:lpstr>${escapeXml(nm)}</vt:lpstr>`).join("");
  return (
    XML_HEADER +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>SELA Niches</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>" +
    "</Properties>"
  );
}
