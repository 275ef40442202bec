/**
 * Native scatter charts as DrawingML: xl/charts/chartN.xml (the chart) and xl/drawings/drawingN.xml (where
 * it sits on the sheet). Series point at the sheet's cells (so the chart follows edits) and carry cached
 * values (so viewers without a calc engine, and LibreOffice's first paint, show the points). Element order
 * follows the ECMA-376 schema exactly: Excel repairs, and LibreOffice silently drops, anything out of order.
 */
import type { CellRange, ReportValue, ScatterChart, ScatterSeries } from "../analysis/report";
import { qualifiedRef } from "./cellRef";
import { numberText, valueAt, type CellGrid } from "./sheetXml";
import { XML_HEADER, el, escapeXml } from "./xml";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Marker colours for successive "markers" series (Office palette, distinguishable in grey print too). */
const PALETTE = ["1F4E79", "C55A11", "548235", "7030A0", "BF9000", "2E75B6"];
/** Reference lines (quadrant boundaries) are thin, grey and dashed so they read as guides, not data. */
const LINE_COLOUR = "7F7F7F";

/** Cells of a range in row-major order (a column range gives its rows top to bottom). */
function cellsOf(range: CellRange): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let r = 0; r < range.rows; r++)
    for (let c = 0; c < range.cols; c++) out.push({ row: range.row + r, col: range.col + c });
  return out;
}

function numericOf(v: ReportValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (v !== null && typeof v === "object" && "formula" in v && typeof v.value === "number") return v.value;
  return undefined;
}

function labelOf(v: ReportValue): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? numberText(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v !== null && typeof v === "object" && "formula" in v && v.value !== undefined) return String(v.value);
  return "";
}

/** A rich-text body (titles, labels): one paragraph, one run. */
function rich(text: string, lang: string, runProps: Record<string, string | number>, bodyProps = ""): string {
  return (
    `<c:rich><a:bodyPr${bodyProps}/><a:lstStyle/><a:p><a:pPr>${el("a:defRPr", runProps)}</a:pPr>` +
    `<a:r>${el("a:rPr", { lang, ...runProps })}<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function titleXml(text: string, lang: string, size: number, bodyProps = ""): string {
  return `<c:title><c:tx>${rich(text, lang, { sz: size, b: 1 }, bodyProps)}</c:tx><c:overlay val="0"/></c:title>`;
}

/** `<c:xVal>`/`<c:yVal>`: a reference to the cells plus the cached numbers (non-numbers left as gaps). */
function numRefXml(tag: string, sheetName: string, range: CellRange, grid: CellGrid): string {
  const cells = cellsOf(range);
  const pts = cells
    .map((p, i) => {
      const v = numericOf(valueAt(grid, p.row, p.col));
      return v === undefined ? "" : `<c:pt idx="${i}"><c:v>${numberText(v)}</c:v></c:pt>`;
    })
    .join("");
  return (
    `<c:${tag}><c:numRef><c:f>${escapeXml(qualifiedRef(sheetName, range))}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${pts}</c:numCache>` +
    `</c:numRef></c:${tag}>`
  );
}

const SHOW_NOTHING =
  '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
  '<c:showPercent val="0"/><c:showBubbleSize val="0"/>';

/**
 * Per-point data labels with the label text written into each `<c:dLbl>` as rich text. Static text is
 * what both Excel and LibreOffice render; Excel's cell-linked labels (c15 extension) are ignored by
 * LibreOffice. Empty label cells get no label.
 */
function dataLabelsXml(labels: CellRange, grid: CellGrid, lang: string): string {
  const items = cellsOf(labels)
    .map((p, i) => {
      const text = labelOf(valueAt(grid, p.row, p.col));
      if (text === "") return "";
      return (
        `<c:dLbl><c:idx val="${i}"/><c:layout/><c:tx>${rich(text, lang, { sz: 800 })}</c:tx>` +
        `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val="r"/>` +
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
        '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>'
      );
    })
    .join("");
  return `<c:dLbls>${items}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${SHOW_NOTHING}</c:dLbls>`;
}

/** One `<c:ser>` in CT_ScatterSer order: idx, order, tx, spPr, marker, dPt, dLbls, xVal, yVal, smooth. */
function seriesXml(
  s: ScatterSeries,
  index: number,
  markerIndex: number,
  sheetName: string,
  grid: CellGrid,
  lang: string,
): string {
  const colour = PALETTE[markerIndex % PALETTE.length] ?? "1F4E79";
  const look =
    s.kind === "line"
      ? `<c:spPr><a:ln w="15875" cap="rnd"><a:solidFill><a:srgbClr val="${LINE_COLOUR}"/></a:solidFill>` +
        '<a:prstDash val="dash"/><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>'
      : '<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>' +
        `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>` +
        `<a:ln w="9525"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr></c:marker>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
    look +
    (s.labels ? dataLabelsXml(s.labels, grid, lang) : "") +
    numRefXml("xVal", sheetName, s.x, grid) +
    numRefXml("yVal", sheetName, s.y, grid) +
    '<c:smooth val="0"/></c:ser>'
  );
}

/** A value axis in CT_ValAx order; axes cross at the other's minimum so they frame negative data too. */
function valueAxisXml(
  id: number,
  crossId: number,
  position: "b" | "l",
  title: string,
  lang: string,
  format = "General",
): string {
  const rotate = position === "l" ? ' rot="-5400000" vert="horz"' : "";
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${position}"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    (title !== "" ? titleXml(title, lang, 1000, rotate) : "") +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    '<c:tickLblPos val="low"/>' +
    '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>' +
    `<c:crossAx val="${crossId}"/><c:crosses val="min"/><c:crossBetween val="midCat"/></c:valAx>`
  );
}

/** BCP-47 tag for chart text: the report language's usual Office locale. */
export function chartLanguage(language: string | undefined): string {
  if (language === undefined || language === "en") return "en-US";
  if (language === "es") return "es-ES";
  return language;
}

/**
 * The chart part for one scatter chart on sheet `sheetName` (its final, valid name: the references use it).
 * A legend appears only when two or more marker series need telling apart; reference lines never get one.
 */
export function chartXml(chart: ScatterChart, sheetName: string, grid: CellGrid, language?: string): string {
  const lang = chartLanguage(language);
  let markerIndex = 0;
  const series = chart.series
    .map((s, i) => seriesXml(s, i, s.kind === "markers" ? markerIndex++ : 0, sheetName, grid, lang))
    .join("");
  const hidden = chart.series.map((s, i) => (s.kind === "line" ? i : -1)).filter((i) => i >= 0);
  const legend =
    markerIndex >= 2
      ? '<c:legend><c:legendPos val="b"/>' +
        hidden.map((i) => `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`).join("") +
        '<c:overlay val="0"/></c:legend>'
      : "";
  return (
    XML_HEADER +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:date1904 val="0"/><c:lang val="${escapeXml(lang)}"/><c:roundedCorners val="0"/>` +
    "<c:chart>" +
    (chart.title !== ""
      ? titleXml(chart.title, lang, 1400) + '<c:autoTitleDeleted val="0"/>'
      : '<c:autoTitleDeleted val="1"/>') +
    '<c:plotArea><c:layout/><c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>' +
    series +
    '<c:axId val="500000001"/><c:axId val="500000002"/></c:scatterChart>' +
    valueAxisXml(500000001, 500000002, "b", chart.xTitle, lang, chart.xFormat) +
    valueAxisXml(500000002, 500000001, "l", chart.yTitle, lang, chart.yFormat) +
    "</c:plotArea>" +
    legend +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>' +
    "</c:chartSpace>"
  );
}

/** One chart placed on a sheet: its anchor and the drawing's relationship id for the chart part. */
export interface PlacedChart {
  readonly anchor: CellRange;
  readonly relId: string;
  readonly name: string;
}

/** The drawing part of a sheet: one twoCellAnchor (moves and resizes with cells) per chart. */
export function drawingXml(charts: readonly PlacedChart[]): string {
  const anchors = charts
    .map((c, i) => {
      const a = c.anchor;
      const corner = (col: number, row: number): string =>
        `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
      return (
        "<xdr:twoCellAnchor>" +
        `<xdr:from>${corner(a.col, a.row)}</xdr:from><xdr:to>${corner(a.col + Math.max(1, a.cols), a.row + Math.max(1, a.rows))}</xdr:to>` +
        '<xdr:graphicFrame macro="">' +
        `<xdr:nvGraphicFramePr>${el("xdr:cNvPr", { id: i + 2, name: c.name })}<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${c.relId}"/></a:graphicData></a:graphic>` +
        "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
      );
    })
    .join("");
  return XML_HEADER + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`;
}
