import type { Report } from "../../src/analysis/report";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { clipToCellLimit, MAX_CELL_TEXT } from "../../src/analysis/report";
import { wrappedLines } from "../../src/xlsx/sheetXml";
import { validSheetNames, writeReportWorkbook } from "../../src/xlsx/writeWorkbook";
import { childNamed, childrenNamed, parseXml, textOf, type XmlElement } from "../../src/xlsx/xml";
import { BACKWARD, FORWARD, SECTORS, sampleReport } from "./sampleReport";
import { partNames, partText } from "./support";

const created = new Date("2024-05-01T12:00:00Z");
const bytes = writeReportWorkbook(sampleReport, {
  creator: "INE Chile",
  title: "Sectores clave",
  language: "es",
  created,
});

/** Fails unless the children's local names appear in the schema's order (a subsequence of `order`). */
function expectSchemaOrder(node: XmlElement, order: readonly string[]): void {
  const names = node.children.filter((c): c is XmlElement => typeof c !== "string").map((c) => c.local);
  const positions = names.map((n) => order.indexOf(n));
  expect(positions.filter((p) => p < 0).map((_p, i) => names[i])).toEqual([]);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

describe("writeReportWorkbook: package", () => {
  test("has the parts Excel and LibreOffice expect, all well-formed", () => {
    const names = partNames(bytes);
    expect(names).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/core.xml",
        "docProps/app.xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/sharedStrings.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
        "xl/worksheets/_rels/sheet1.xml.rels",
        "xl/drawings/drawing1.xml",
        "xl/drawings/_rels/drawing1.xml.rels",
        "xl/charts/chart1.xml",
      ]),
    );
    for (const name of names) expect(() => parseXml(partText(bytes, name), name)).not.toThrow();
  });

  test("every part except rels has a content type; every relationship target exists", () => {
    const names = new Set(partNames(bytes));
    const types = parseXml(partText(bytes, "[Content_Types].xml"));
    const overridden = new Set(childrenNamed(types, "Override").map((o) => (o.attrs.PartName ?? "").slice(1)));
    for (const name of names)
      if (!name.endsWith(".rels") && name !== "[Content_Types].xml") expect(overridden).toContain(name);
    for (const relsName of [...names].filter((n) => n.endsWith(".rels"))) {
      const dir = relsName.replace(/_rels\/[^/]*$/, "");
      for (const rel of childrenNamed(parseXml(partText(bytes, relsName)), "Relationship")) {
        const target = new URL(rel.attrs.Target ?? "", `http://x/${dir}`).pathname.slice(1);
        expect(names).toContain(target);
      }
    }
  });

  test("document properties carry creator, title, language and the fixed timestamp", () => {
    const core = partText(bytes, "docProps/core.xml");
    expect(core).toContain("<dc:creator>INE Chile</dc:creator>");
    expect(core).toContain("<dc:title>Sectores clave</dc:title>");
    expect(core).toContain("<dc:language>es</dc:language>");
    expect(core).toContain(">2024-05-01T12:00:00Z</dcterms:created>");
    expect(partText(bytes, "docProps/app.xml")).toContain("<vt:lpstr>Sectores clave_ BL_FL</vt:lpstr>");
    expect(writeReportWorkbook(sampleReport, { created })).toEqual(writeReportWorkbook(sampleReport, { created }));
  });

  test("defined names only for print titles; full recalculation when formulas exist", () => {
    const wb = partText(bytes, "xl/workbook.xml");
    expect([...wb.matchAll(/<definedName name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "_xlnm.Print_Titles",
      "_xlnm.Print_Titles",
    ]);
    expect(wb).toContain('fullCalcOnLoad="1"');
  });
});

describe("writeReportWorkbook: round trip through readWorkbook", () => {
  const { sheets } = readWorkbook(bytes);

  test("sheet names are made valid and unique", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Sectores clave_ BL_FL", "Edge cases"]);
    expect(validSheetNames(["a/b", "A_B", "x".repeat(40), "x".repeat(40), "'quoted'", "", "history", "ok?"])).toEqual([
      "a_b",
      "A_B (2)",
      "x".repeat(31),
      `${"x".repeat(27)} (2)`,
      "quoted",
      "Sheet",
      "History_",
      "ok_",
    ]);
  });

  test("values come back where the blocks put them", () => {
    const cells = sheets[0]!.cells;
    expect(cells[0]![0]).toBe("Sectores clave (Rasmussen)");
    expect(cells[3]!.slice(0, 3)).toEqual(["Sector", "Hacia atrás", "Hacia adelante"]);
    SECTORS.forEach((s, i) => {
      expect(cells[4 + i]!.slice(0, 3)).toEqual([s, BACKWARD[i], FORWARD[i]]);
    });
    expect(cells[13]![0]).toBe("Fuente: matriz insumo-producto 2018; cálculo propio.");
    expect(cells[2]).toEqual([null, null, null, null, null, null]);
  });

  test("text stays text (even =, +, -, @, tabs, CR, _xHHHH_), errors stay errors, formulas give cached values", () => {
    expect(sheets[1]!.cells).toEqual([
      ["label", "share", "count", "amount"],
      ["=SUM(A1:A2)", 0.125, 1234567, 9876.5],
      ["+56 2 2345", true, false, 0],
      ["-x-", { error: "#DIV/0!" }, { error: "#N/A" }, { error: "#DIV/0!" }],
      ["@home", { error: "#NUM!" }, 2469134, "=SUM(A1:A2)!"],
      ["\ttab\r\nCRLF ", "  spaced  ", "_x0041_ literal", "<&>\"'"],
      [null, "", 1e-9, 12345678901234.5],
    ]);
  });
});

describe("writeReportWorkbook: sheet XML", () => {
  const sheet1 = parseXml(partText(bytes, "xl/worksheets/sheet1.xml"));
  const sheet2Text = partText(bytes, "xl/worksheets/sheet2.xml");

  test("worksheet children follow CT_Worksheet order", () => {
    expectSchemaOrder(sheet1, [
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "pageMargins",
      "pageSetup",
      "drawing",
    ]);
    expect(childNamed(sheet1, "drawing")).toBeDefined();
    expect(childNamed(sheet1, "dimension")?.attrs.ref).toBe("A1:F14");
  });

  test("text is written as shared strings, never as formulas; real formulas have <f> and cached <v>", () => {
    expect(sheet2Text).toMatch(/<c r="A2" t="s"><v>\d+<\/v><\/c>/);
    expect(sheet2Text).toContain("<f>C2*2</f><v>2469134</v>");
    expect(sheet2Text).toContain('t="str"><f>A2&amp;&quot;!&quot;</f><v>=SUM(A1:A2)!</v>');
    expect(sheet2Text).toContain('t="e"><v>#N/A</v>');
    expect(sheet2Text.match(/<f>/g)).toHaveLength(2);
  });

  test("column widths and number formats are written", () => {
    expect(partText(bytes, "xl/worksheets/sheet1.xml")).toContain('<col min="1" max="1" width="22" customWidth="1"/>');
    const styles = partText(bytes, "xl/styles.xml");
    expect(styles).toContain('formatCode="0.000"');
    expect(styles).toContain('formatCode="0.0%"');
    expect(styles).toContain('formatCode="[$-es-CL]#,##0.00 &quot;USD&quot;"');
    expect(styles).toMatch(/<xf numFmtId="3" /); // "#,##0" reuses the built-in id
    expectSchemaOrder(parseXml(styles), [
      "numFmts",
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "cellStyles",
      "dxfs",
      "tableStyles",
    ]);
  });

  test("header cells are bold with fill and bottom border; title larger; note italic", () => {
    const styles = parseXml(partText(bytes, "xl/styles.xml"));
    const xfs = childrenNamed(childNamed(styles, "cellXfs")!, "xf");
    const fonts = childrenNamed(childNamed(styles, "fonts")!, "font");
    const styleOf = (ref: string): XmlElement => {
      const m = new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(partText(bytes, "xl/worksheets/sheet1.xml"));
      return xfs[Number(m?.[1])]!;
    };
    const fontOf = (ref: string): XmlElement => fonts[Number(styleOf(ref).attrs.fontId)]!;
    expect(childNamed(fontOf("A1"), "b")).toBeDefined();
    expect(childNamed(fontOf("A1"), "sz")?.attrs.val).toBe("14");
    expect(childNamed(fontOf("A2"), "b")).toBeDefined();
    expect(childNamed(fontOf("A4"), "b")).toBeDefined();
    expect(styleOf("A4").attrs.fillId).toBe("2");
    expect(styleOf("A4").attrs.borderId).toBe("1");
    expect(childNamed(fontOf("A14"), "i")).toBeDefined();
  });

  test("freezeHeader freezes the rows down to the first table header", () => {
    const frozen = writeReportWorkbook(sampleReport, { freezeHeader: true, created });
    expect(partText(frozen, "xl/worksheets/sheet1.xml")).toContain(
      '<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>',
    );
    expect(partText(bytes, "xl/worksheets/sheet1.xml")).not.toContain("<pane");
  });

  test("an empty report still makes a valid one-sheet workbook", () => {
    const empty: Report = { sheets: [] };
    const names = partNames(writeReportWorkbook(empty, { created }));
    expect(names).toContain("xl/worksheets/sheet1.xml");
  });
});

describe("writeReportWorkbook: native scatter chart", () => {
  const chart = parseXml(partText(bytes, "xl/charts/chart1.xml"));
  const chartEl = childNamed(chart, "chart")!;
  const plotArea = childNamed(chartEl, "plotArea")!;
  const scatter = childNamed(plotArea, "scatterChart")!;
  const series = childrenNamed(scatter, "ser");

  test("chartSpace, chart, plotArea and axes follow the schema order", () => {
    expectSchemaOrder(chart, ["date1904", "lang", "roundedCorners", "chart", "spPr", "txPr"]);
    expectSchemaOrder(chartEl, ["title", "autoTitleDeleted", "plotArea", "legend", "plotVisOnly", "dispBlanksAs"]);
    expectSchemaOrder(scatter, ["scatterStyle", "varyColors", "ser", "dLbls", "axId"]);
    for (const ax of childrenNamed(plotArea, "valAx")) {
      expectSchemaOrder(ax, [
        "axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark",
        "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses", "crossesAt", "crossBetween",
      ]); // prettier-ignore
    }
    expect(childrenNamed(plotArea, "valAx").map((a) => childNamed(a, "axPos")?.attrs.val)).toEqual(["b", "l"]);
    // Tick labels: General unless the chart gives the axis a format (as its table shows the values).
    expect(childrenNamed(plotArea, "valAx").map((a) => childNamed(a, "numFmt")?.attrs.formatCode)).toEqual([
      "General",
      "0.0%",
    ]);
    expect(textOf(childNamed(chartEl, "title")!)).toBe("Sectores clave");
    expect(childrenNamed(plotArea, "valAx").map((a) => textOf(childNamed(a, "title")!))).toEqual([
      "Encadenamiento hacia atrás",
      "Encadenamiento hacia adelante",
    ]);
  });

  test("series follow CT_ScatterSer order and reference quoted sheet ranges with cached values", () => {
    expect(series).toHaveLength(3);
    for (const s of series) {
      expectSchemaOrder(s, [
        "idx",
        "order",
        "tx",
        "spPr",
        "marker",
        "dPt",
        "dLbls",
        "trendline",
        "errBars",
        "xVal",
        "yVal",
        "smooth",
      ]);
    }
    const [points] = series;
    const ref = (tag: string): string => textOf(childNamed(childNamed(childNamed(points!, tag)!, "numRef")!, "f")!);
    expect(ref("xVal")).toBe("'Sectores clave_ BL_FL'!$B$5:$B$12");
    expect(ref("yVal")).toBe("'Sectores clave_ BL_FL'!$C$5:$C$12");
    const cache = childNamed(childNamed(childNamed(points!, "yVal")!, "numRef")!, "numCache")!;
    expect(childNamed(cache, "ptCount")?.attrs.val).toBe("8");
    expect(childrenNamed(cache, "pt").map((p) => Number(textOf(p)))).toEqual(FORWARD);
  });

  test("marker series have markers and no line; line series a dashed line and no markers", () => {
    const [points, xLine] = series;
    expect(childNamed(childNamed(points!, "marker")!, "symbol")?.attrs.val).toBe("circle");
    expect(partText(bytes, "xl/charts/chart1.xml")).toContain(
      '<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker>',
    );
    expect(childNamed(childNamed(xLine!, "marker")!, "symbol")?.attrs.val).toBe("none");
    expect(textOf(childNamed(xLine!, "tx")!)).toBe("x = 1");
  });

  test("every point gets a data label with its own rich text, in CT_DLbl order", () => {
    const dLbls = childNamed(series[0]!, "dLbls")!;
    const labels = childrenNamed(dLbls, "dLbl");
    expect(labels.map((l) => textOf(childNamed(l, "tx")!))).toEqual(SECTORS);
    expect(labels.map((l) => childNamed(l, "idx")?.attrs.val)).toEqual(SECTORS.map((_s, i) => String(i)));
    for (const l of labels) {
      expectSchemaOrder(l, [
        "idx", "layout", "tx", "numFmt", "spPr", "txPr", "dLblPos", "showLegendKey", "showVal", "showCatName",
        "showSerName", "showPercent", "showBubbleSize", "separator",
      ]); // prettier-ignore
    }
    expectSchemaOrder(dLbls, [
      "dLbl", "numFmt", "spPr", "txPr", "dLblPos", "showLegendKey", "showVal", "showCatName", "showSerName",
      "showPercent", "showBubbleSize",
    ]); // prettier-ignore
    expect(childNamed(series[1]!, "dLbls")).toBeUndefined();
  });

  test("one marker series: no legend; the drawing anchors the chart at its cells", () => {
    expect(childNamed(chartEl, "legend")).toBeUndefined();
    const drawing = parseXml(partText(bytes, "xl/drawings/drawing1.xml"));
    const anchor = childNamed(drawing, "twoCellAnchor")!;
    const corner = (name: string): number[] =>
      ["col", "row"].map((k) => Number(textOf(childNamed(childNamed(anchor, name)!, k)!)));
    expect(corner("from")).toEqual([0, 15]);
    expect(corner("to")).toEqual([7, 35]);
    expectSchemaOrder(anchor, ["from", "to", "graphicFrame", "clientData"]);
  });

  test("two marker series get a legend without the reference lines", () => {
    const base = sampleReport.sheets[0]!;
    const chart0 = base.charts[0]!;
    const twoGroups: Report = {
      sheets: [
        {
          ...base,
          charts: [
            { ...chart0, series: [chart0.series[0]!, chart0.series[1]!, { ...chart0.series[0]!, name: "Otros" }] },
          ],
        },
      ],
    };
    const xml = partText(writeReportWorkbook(twoGroups, { created }), "xl/charts/chart1.xml");
    expect(xml).toContain(
      '<c:legend><c:legendPos val="b"/><c:legendEntry><c:idx val="1"/><c:delete val="1"/></c:legendEntry>',
    );
  });
});

describe("writeReportWorkbook: long headers", () => {
  it("wraps header text and gives the header row the height it needs", () => {
    const report: Report = {
      sheets: [
        {
          name: "Encadenamientos",
          columnWidths: [12, 12],
          blocks: [
            {
              row: 0,
              col: 0,
              style: "table",
              header: true,
              values: [
                ["Sector", "Encadenamiento hacia adelante (normalizado)"],
                ["Agro", 1.2],
              ],
            },
          ],
          charts: [],
        },
      ],
    };
    const bytes = writeReportWorkbook(report);
    const sheet = partText(bytes, "xl/worksheets/sheet1.xml");
    // Wrapped at words in a 12-character column ("Encadenamie|nto hacia|adelante|(normalizado|)"): five lines of 15
    // points.
    expect(sheet).toContain('<row r="1" ht="75" customHeight="1">');
    expect(sheet).toContain('<row r="2">');
    expect(partText(bytes, "xl/styles.xml")).toContain('<alignment vertical="top" wrapText="1"/>');
  });
});

describe("writeReportWorkbook: text longer than a cell holds", () => {
  it("cuts text to Excel's 32,767 characters with an ellipsis, never inside a surrogate pair", () => {
    expect(clipToCellLimit("short")).toBe("short");
    const long = "x".repeat(MAX_CELL_TEXT + 100);
    expect(clipToCellLimit(long)).toHaveLength(MAX_CELL_TEXT);
    expect(clipToCellLimit(long).endsWith("x…")).toBe(true);
    // An emoji (two UTF-16 units) straddling the cut is dropped whole.
    const straddling = `${"x".repeat(MAX_CELL_TEXT - 2)}😀tail`;
    expect(clipToCellLimit(straddling)).toBe(`${"x".repeat(MAX_CELL_TEXT - 2)}…`);
    const bytesOut = writeReportWorkbook({
      sheets: [{ name: "Long", blocks: [{ row: 0, col: 0, style: "note", values: [[long]] }], charts: [] }],
    });
    const text = readWorkbook(bytesOut).sheets[0]!.cells[0]![0] as string;
    expect(text).toHaveLength(MAX_CELL_TEXT);
  });
});

describe("wrappedLines", () => {
  it("counts the lines of word-wrapped header text as Excel wraps it", () => {
    expect(wrappedLines("Output", 13)).toBe(1);
    expect(wrappedLines("Pérdida por extracción (% de la producción total)", 13)).toBe(5);
    expect(wrappedLines("Encadenamiento hacia atrás", 13)).toBe(2); // "Encadenamient|o hacia atrás"
    expect(wrappedLines("Multiplicador tipo I", 13)).toBe(2);
    // A word longer than the column is broken.
    expect(wrappedLines("Supercalifragilistic", 8)).toBe(3);
    expect(wrappedLines("", 10)).toBe(1);
  });
});

describe("writeReportWorkbook: printing", () => {
  it("repeats column A on every printed page across, for each sheet (names quoted and escaped)", () => {
    const printed = writeReportWorkbook({
      sheets: [
        { name: "Key sectors", blocks: [{ row: 0, col: 0, style: "title", values: [["t"]] }], charts: [] },
        { name: "R&D 'ties'", blocks: [{ row: 0, col: 0, style: "title", values: [["t"]] }], charts: [] },
      ],
    });
    const workbook = partText(printed, "xl/workbook.xml");
    expect(workbook).toContain(
      '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">\'Key sectors\'!$A:$A</definedName>' +
        "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'R&amp;D ''ties'!$A:$A</definedName></definedNames>",
    );
    // CT_Workbook order: sheets, definedNames, calcPr.
    expect(workbook.indexOf("</sheets>")).toBeLessThan(workbook.indexOf("<definedNames>"));
    expect(workbook.indexOf("</definedNames>")).toBeLessThan(workbook.indexOf("<calcPr"));
  });
});
