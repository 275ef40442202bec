import { csvNumber, detectDelimiter, parseCsv, readCsvFields, splitCsv } from "../../src/xlsx/csv";

describe("parseCsv", () => {
  test("comma files with quotes, embedded delimiters, quotes and newlines, CRLF and BOM", () => {
    const text = '\uFEFFname,value,note\r\n"Costa Rica, Rep.",1.5,"say ""hi"""\r\nChile,-2e3,"two\r\nlines"\r\n';
    expect(parseCsv(text)).toEqual([
      ["name", "value", "note"],
      ["Costa Rica, Rep.", 1.5, 'say "hi"'],
      ["Chile", -2000, "two\r\nlines"],
    ]);
  });

  test("semicolon files use the decimal comma and dot thousands (Latin American exports)", () => {
    const text = "sector;valor;participación\n0101;1.234,5;0,25\n0102;12;-3,5\n0201;1.234.567;1e3\n";
    expect(parseCsv(text)).toEqual([
      ["sector", "valor", "participación"],
      ["0101", 1234.5, 0.25],
      ["0102", 12, -3.5],
      ["0201", 1234567, 1000],
    ]);
  });

  test("semicolon files whose numbers use a decimal point are recognised", () => {
    expect(parseCsv("a;b\n1.5;2.25\n3.75;4\n")).toEqual([
      ["a", "b"],
      [1.5, 2.25],
      [3.75, 4],
    ]);
  });

  test("tab files, ragged rows padded, trailing blank lines dropped, lone CR line ends", () => {
    expect(parseCsv("a\tb\tc\r1\t2,5\r\r3\r\r")).toEqual([
      ["a", "b", "c"],
      [1, 2.5, ""],
      ["", "", ""],
      [3, "", ""],
    ]);
  });

  test("thousands grouped by a space, a no-break space or a narrow no-break space", () => {
    expect(csvNumber("43 653 866,43", ",")).toBe(43653866.43);
    expect(csvNumber("43\u00a0653\u00a0866,43", ",")).toBe(43653866.43);
    expect(csvNumber("1\u202f234.5", ".")).toBe(1234.5);
    expect(csvNumber("-2 000", ",")).toBe(-2000);
    // Not a grouping: groups of other than three digits, or two numbers side by side.
    expect(csvNumber("12 34", ",")).toBe("12 34");
    expect(csvNumber("1 234,5 6", ",")).toBe("1 234,5 6");
    expect(parseCsv("país;valor\nChile;43 653 866,43\n")).toEqual([
      ["país", "valor"],
      ["Chile", 43653866.43],
    ]);
  });

  test("codes with leading zeros, percentages and ambiguous text stay text", () => {
    expect(csvNumber("0101", ".")).toBe("0101");
    expect(csvNumber("-007", ".")).toBe("-007");
    expect(csvNumber("0", ".")).toBe(0);
    expect(csvNumber("0.5", ".")).toBe(0.5);
    expect(csvNumber("0,5", ",")).toBe(0.5);
    expect(csvNumber("12%", ".")).toBe("12%");
    expect(csvNumber("$5", ".")).toBe("$5");
    expect(csvNumber("1,234,567.5", ".")).toBe(1234567.5);
    expect(csvNumber("1,23,4", ".")).toBe("1,23,4");
    expect(csvNumber("1.5", ",")).toBe("1.5"); // under decimal comma a single dot group must have 3 digits
    expect(csvNumber(" 42 ", ".")).toBe(42);
    expect(csvNumber("", ".")).toBe("");
    expect(csvNumber("Infinity", ".")).toBe("Infinity");
    expect(csvNumber("0x1F", ".")).toBe("0x1F");
  });

  test("delimiter detection prefers a consistent split", () => {
    expect(detectDelimiter("a,b,c\n1,2,3\n")).toBe(",");
    expect(detectDelimiter("a;b\n1,5;2,5\n")).toBe(";");
    expect(detectDelimiter("a\tb\n1,5\t2\n")).toBe("\t");
    expect(detectDelimiter("name,comment\nx,uses ; once\ny,none\n")).toBe(",");
  });

  test("a comma file whose labels hold ';' and whose header is longer than 64 KB stays a comma file", () => {
    // The reviewer's IO table: 1,300 sectors named "S0000 Wholesale and retail trade; repair of motor vehicles".
    const labels = Array.from(
      { length: 1300 },
      (_, i) => `S${String(i).padStart(4, "0")} Wholesale and retail trade; repair of motor vehicles`,
    );
    const header = ["Sector", ...labels].join(",");
    expect(header.length).toBeGreaterThan(64 * 1024);
    const rows = labels.slice(0, 60).map((l, i) => [l, ...labels.map((_, j) => (i === j ? "1" : "0"))].join(","));
    const text = [header, ...rows].join("\n");
    expect(detectDelimiter(text)).toBe(",");
    // Every data row splits in two at its label's ";" too, but the header would split in 1,301: not ";".
    expect(parseCsv(text)[0]).toHaveLength(1301);
  });

  test("a ';' file keeps ';' when a title line has fewer fields and numbers hold decimal commas", () => {
    expect(detectDelimiter("Matriz 2015\nSector;A;B\nA;1,5;2,25\nB;3,5;4\n")).toBe(";");
    // A notes line with more fields than the rest does not stop the only regular split from winning.
    expect(detectDelimiter("a,b\n1,2\n3,4\n5,6\n7,8\nnote, with, commas\n")).toBe(",");
  });

  test("readCsvFields: the field texts as written, padded, with the detected conventions", () => {
    expect(readCsvFields("\ufeffproduct;valor\n8471.30;1.234,5\nx\n")).toEqual({
      records: [
        ["product", "valor"],
        ["8471.30", "1.234,5"],
        ["x", ""],
      ],
      delimiter: ";",
      decimal: ",",
    });
  });

  test("explicit options override detection", () => {
    expect(parseCsv("1;2\n", { delimiter: ",", decimal: "." })).toEqual([["1;2"]]);
    expect(parseCsv("a\tb\n1,5\t2\n", { decimal: "," })).toEqual([
      ["a", "b"],
      [1.5, 2],
    ]);
  });

  test("an unterminated quote keeps the rest of the text in the field", () => {
    expect(splitCsv('a,"b\nc', ",")).toEqual([["a", "b\nc"]]);
    expect(parseCsv("")).toEqual([]);
  });
});
