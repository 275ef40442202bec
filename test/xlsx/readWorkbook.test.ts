import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { SECTORS, BACKWARD, FORWARD } from "./sampleReport";
import { MAIN_NS, PKG_REL_NS, REL_NS, errorText, fixture, zipParts } from "./support";

const rel = (id: string, type: string, target: string): string =>
  `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;
const rels = (...items: string[]): string => `<Relationships xmlns="${PKG_REL_NS}">${items.join("")}</Relationships>`;

/**
 * A workbook as other writers make it: main part not at xl/workbook.xml, sheet files not named sheetN and
 * listed out of order, an `x:` namespace prefix, rows and cells without `r`, rich and inline strings,
 * a chart sheet, and an Excel table with a totals row.
 */
const handMade = zipParts({
  "[Content_Types].xml": "<Types/>",
  "_rels/.rels": rels(rel("rId1", "officeDocument", "/book/main.xml")),
  "book/main.xml":
    `<x:workbook xmlns:x="${MAIN_NS}" xmlns:r="${REL_NS}"><x:sheets>` +
    '<x:sheet name="Trade" sheetId="5" r:id="rB"/><x:sheet name="Chart" sheetId="6" r:id="rC"/>' +
    '<x:sheet name="Notes &amp; más" sheetId="2" r:id="rA"/></x:sheets></x:workbook>',
  "book/_rels/main.xml.rels": rels(
    rel("rA", "worksheet", "parts/zz.xml"),
    rel("rB", "worksheet", "../book/parts/aa.xml"),
    rel("rC", "chartsheet", "parts/chart.xml"),
    rel("rS", "sharedStrings", "strings.xml"),
  ),
  "book/strings.xml":
    `<sst xmlns="${MAIN_NS}"><si><t>country</t></si><si><r><rPr><b/></rPr><t>ex</t></r><r><t xml:space="preserve">ports </t></r>` +
    "<rPh><t>PHONETIC</t></rPh></si><si><t>Chile</t></si><si><t>_x000D_line_x000A_two</t></si></sst>",
  "book/parts/aa.xml":
    `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData>` +
    '<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>code</x:t></x:is></x:c></x:row>' +
    '<x:row><x:c r="B3" t="s"><x:v>2</x:v></x:c><x:c r="C3"><x:v>1.5E3</x:v></x:c><x:c r="D3" t="inlineStr"><x:is><x:r><x:t>01</x:t></x:r><x:r><x:t>01</x:t></x:r></x:is></x:c></x:row>' +
    '<x:row r="4"><x:c r="B4" t="str"><x:f>"P"&amp;"erú"</x:f><x:v>Perú</x:v></x:c><x:c r="C4"><x:f>C3/2</x:f><x:v>750</x:v></x:c><x:c r="D4" t="s"><x:v>3</x:v></x:c></x:row>' +
    '<x:row r="5"><x:c r="B5" t="str"><x:v>Total</x:v></x:c><x:c r="C5"><x:f>SUBTOTAL(109,C3:C4)</x:f><x:v>2250</x:v></x:c></x:row>' +
    "</x:sheetData></x:worksheet>",
  "book/parts/_rels/aa.xml.rels": rels(rel("t1", "table", "../tables/t.xml")),
  "book/tables/t.xml":
    `<table xmlns="${MAIN_NS}" id="1" name="Table1" displayName="Exports" ref="B2:D5" totalsRowCount="1">` +
    '<tableColumns count="3"><tableColumn id="1" name="country"/><tableColumn id="2" name="exports"/><tableColumn id="3" name="code"/></tableColumns></table>',
  "book/parts/zz.xml":
    `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#REF!</v></c>` +
    '<c r="C1" t="d"><v>2020-01-15T12:00:00</v></c><c r="D1" s="3"/></row><row r="12"><c r="AB12"><v>-0.5</v></c></row></sheetData></worksheet>',
  "book/parts/chart.xml": "<chartsheet/>",
});

describe("readWorkbook: other writers' conventions", () => {
  const { sheets, tables } = readWorkbook(handMade);

  test("sheets follow the workbook order through relationships; chart sheets are skipped", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Trade", "Notes & más"]);
  });

  test("shared strings with runs (phonetics ignored), inline strings, formulas' cached values, rows without r", () => {
    expect(sheets[0]!.cells).toEqual([
      [null, null, null, null],
      [null, "country", "exports ", "code"],
      [null, "Chile", 1500, "0101"],
      [null, "Perú", 750, "\rline\ntwo"],
      [null, "Total", 2250, null],
    ]);
  });

  test("booleans, errors, ISO dates as serials, styled empty cells, a cell at AB12 (dense grid from A1)", () => {
    const cells = sheets[1]!.cells;
    expect(cells).toHaveLength(12);
    expect(cells.every((r) => r.length === 28)).toBe(true);
    expect(cells[0]!.slice(0, 4)).toEqual([true, { error: "#REF!" }, 43845.5, null]);
    expect(cells[11]![27]).toBe(-0.5);
  });

  test("Excel tables: display name, sheet, 0-based range, header, body rows without the totals row", () => {
    expect(tables).toEqual([
      {
        name: "Exports",
        sheet: "Trade",
        ref: { row: 1, col: 1, rows: 4, cols: 3 },
        header: ["country", "exports", "code"],
        rows: [
          ["Chile", 1500, "0101"],
          ["Perú", 750, "\rline\ntwo"],
        ],
      },
    ]);
  });
});

describe("readWorkbook: files written by LibreOffice", () => {
  test("a CSV converted by LibreOffice", () => {
    const { sheets, tables } = readWorkbook(fixture("libreoffice-csv.xlsx"));
    expect(tables).toEqual([]);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.cells).toEqual([
      ["country", "product", "exports", "share"],
      ["Chile", "Cobre", 45123.5, 0.52],
      ["Perú", "Café", 1234.25, -0.125],
      ["Costa Rica, Rep.", "Banano", null, 3e-5],
      ["México", 'Texto con "comillas"', 99, null],
    ]);
  });

  test("formulas, an error, a date, an empty sheet and a lone far cell", () => {
    const { sheets } = readWorkbook(fixture("libreoffice-mixed.xlsx"));
    expect(sheets.map((s) => s.name)).toEqual(["Datos IO", "Vacía", "Dispersa"]);
    expect(sheets[0]!.cells).toEqual([
      ["Sector", "Valor", "Doble"],
      ["=no es fórmula", 2.5, 5],
      ["Rico negrita fin", 1, { error: "#DIV/0!" }],
      [43845, "ab", "0101"],
    ]);
    expect(sheets[1]!.cells).toEqual([]);
    expect(sheets[2]!.cells).toHaveLength(12);
    expect(sheets[2]!.cells[11]![27]).toBe(42);
  });

  test("our report, opened and saved again by LibreOffice, keeps its values and its text as text", () => {
    const { sheets } = readWorkbook(fixture("libreoffice-resaved-report.xlsx"));
    expect(sheets.map((s) => s.name)).toEqual(["Sectores clave_ BL_FL", "Edge cases"]);
    SECTORS.forEach((s, i) => {
      expect(sheets[0]!.cells[4 + i]!.slice(0, 3)).toEqual([s, BACKWARD[i], FORWARD[i]]);
    });
    const edge = sheets[1]!.cells;
    expect(edge.map((r) => r[0])).toEqual(["label", "=SUM(A1:A2)", "+56 2 2345", "-x-", "@home", "\ttab\nCRLF ", null]);
    expect(edge[3]!.slice(1)).toEqual([{ error: "#DIV/0!" }, { error: "#N/A" }, { error: "#DIV/0!" }]);
    expect(edge[4]![3]).toBe("=SUM(A1:A2)!");
    expect(edge[5]![2]).toBe("_x0041_ literal");
    expect(edge[6]![2]).toBe(1e-9);
  });
});

describe("readWorkbook: clear errors for what is not an .xlsx", () => {
  const cfb = (stream: string): Uint8Array => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    // A directory entry: the stream name in UTF-16LE, as CFB stores it.
    for (let i = 0; i < stream.length; i++) bytes[512 + 2 * i] = stream.charCodeAt(i);
    return bytes;
  };

  test.each([
    ["an empty file", new Uint8Array(0), /empty/, /vacío/],
    ["random bytes", new Uint8Array([1, 2, 3, 4, 5, 6]), /not an \.xlsx/, /no es un libro/],
    ["a password-protected workbook", cfb("EncryptionInfo"), /password-protected/, /contraseña/],
    ["a legacy .xls", cfb("Workbook"), /\.xls/, /\.xls/],
    ["a damaged zip", new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9, 9]), /damaged zip/, /zip dañado/],
    [
      "an .ods",
      zipParts({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }),
      /\.ods/,
      /\.ods/,
    ],
    ["a .docx", zipParts({ "word/document.xml": "<w/>" }), /no Excel workbook/, /no contiene un libro/],
  ])("%s", (_what, bytes, en, es) => {
    const text = errorText(() => readWorkbook(bytes));
    expect(text.en).toMatch(en);
    expect(text.es).toMatch(es);
  });

  test("a workbook whose sheets have no values", () => {
    const empty = zipParts({
      "xl/workbook.xml": `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": rels(rel("r1", "worksheet", "worksheets/sheet1.xml")),
      "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>`,
    });
    expect(errorText(() => readWorkbook(empty)).en).toMatch(/workbook is empty/);
  });

  test("malformed sheet XML names the part", () => {
    const bad = zipParts({
      "xl/workbook.xml": `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": rels(rel("r1", "worksheet", "worksheets/sheet1.xml")),
      "xl/worksheets/sheet1.xml": `<worksheet><sheetData><row></sheetData></worksheet>`,
    });
    expect(errorText(() => readWorkbook(bad)).en).toMatch(/malformed xml in xl\/worksheets\/sheet1\.xml/);
  });
});

describe("readWorkbook: codes kept as numbers with a zero-padded format", () => {
  // How HS6 codes usually live in ministries' workbooks: numbers shown through "000000" (or "0000.00").
  const styled = zipParts({
    "[Content_Types].xml": "<Types/>",
    "_rels/.rels": rels(rel("rId1", "officeDocument", "xl/workbook.xml")),
    "xl/workbook.xml": `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Trade" sheetId="1" r:id="r1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": rels(rel("r1", "worksheet", "sheet.xml"), rel("r2", "styles", "styles.xml")),
    "xl/styles.xml":
      `<styleSheet xmlns="${MAIN_NS}"><numFmts count="3"><numFmt numFmtId="164" formatCode="000000"/>` +
      '<numFmt numFmtId="165" formatCode="0.00"/><numFmt numFmtId="166" formatCode="0000.00"/></numFmts>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="1"/>' +
      '<xf numFmtId="166"/></cellXfs></styleSheet>',
    "xl/sheet.xml":
      `<worksheet xmlns="${MAIN_NS}"><sheetData>` +
      '<row r="1"><c r="A1" s="1"><v>10121</v></c><c r="B1" s="1"><v>123456</v></c><c r="C1" s="1"><v>1.5</v></c>' +
      '<c r="D1" s="1"><v>-5</v></c><c r="E1" s="2"><v>7</v></c><c r="F1" s="3"><v>7</v></c><c r="G1"><v>10121</v></c>' +
      '<c r="H1" s="9"><v>3</v></c><c r="I1" s="4"><v>8471.3</v></c><c r="J1" s="4"><v>101.21</v></c></row>' +
      "</sheetData></worksheet>",
  });

  test("whole numbers in a code format read as the zero-padded text Excel shows; other values stay numbers", () => {
    expect(readWorkbook(styled).sheets[0]!.cells).toEqual([
      ["010121", "123456", 1.5, -5, 7, 7, 10121, 3, "8471.30", "0101.21"],
    ]);
  });
});

describe("readWorkbook: numbers shown through date formats", () => {
  /** A one-sheet workbook whose styles 1–4 are "yyyy", "dd/mm/yyyy", built-in 14 and "h:mm". */
  const dated = (workbookPr: string): Uint8Array =>
    zipParts({
      "[Content_Types].xml": "<Types/>",
      "_rels/.rels": rels(rel("rId1", "officeDocument", "xl/workbook.xml")),
      "xl/workbook.xml": `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${workbookPr}<sheets><sheet name="Trade" sheetId="1" r:id="r1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": rels(rel("r1", "worksheet", "sheet.xml"), rel("r2", "styles", "styles.xml")),
      "xl/styles.xml":
        `<styleSheet xmlns="${MAIN_NS}"><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy"/>` +
        '<numFmt numFmtId="165" formatCode="dd/mm/yyyy"/><numFmt numFmtId="166" formatCode="h:mm"/></numFmts>' +
        '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="166"/></cellXfs></styleSheet>',
      "xl/sheet.xml":
        `<worksheet xmlns="${MAIN_NS}"><sheetData>` +
        '<row r="1"><c r="A1" t="inlineStr"><is><t>year</t></is></c><c r="B1" s="1"><v>34700</v></c><c r="C1" s="1"><v>35065</v></c>' +
        '<c r="D1" s="2"><v>34730</v></c><c r="E1" s="3"><v>34730.5</v></c><c r="F1" s="4"><v>0.5</v></c><c r="G1"><v>34700</v></c>' +
        '<c r="H1" s="1" t="d"><v>1995-06-30</v></c></row></sheetData></worksheet>',
    });

  test('a "yyyy" year column reads as years; other date formats as ISO dates; times and plain numbers unchanged', () => {
    // The reviewer's file: years typed as dates (1995-01-01 = serial 34700) shown through "yyyy".
    expect(readWorkbook(dated("")).sheets[0]!.cells).toEqual([
      ["year", 1995, 1996, "1995-01-31", "1995-01-31", 0.5, 34700, 1995],
    ]);
  });

  test("workbooks in the 1904 date system (Mac) count serials from 1904-01-01", () => {
    const cells = readWorkbook(dated('<workbookPr date1904="1"/>')).sheets[0]!.cells[0]!;
    expect(cells.slice(1, 5)).toEqual([1999, 2000, "1999-02-01", "1999-02-01"]);
    expect(cells[7]).toBe(1995);
  });
});
