import type { TableData } from "../../src/analysis/gateway";
import { appendReferenceRows, tradeInputFromTable } from "../../src/analysis/tradeInput";
import { thrownSelaError } from "../support/close";

/** The reviewer's table: Chile and Argentina, two products, and a grand-total line. */
const withTotal: TableData = {
  name: "t.csv",
  headers: ["country", "product", "value"],
  rows: [
    ["chl", "0011", 100],
    ["chl", "0012", 300],
    ["arg", "0011", 200],
    ["arg", "0012", 200],
    ["Total", null, 800],
  ],
};

describe("long trade tables: rows that are not records", () => {
  it("refuses a total line without a product, naming its row in both languages", () => {
    const e = thrownSelaError(() => tradeInputFromTable(withTotal));
    expect(e.text.en).toBe(
      'row 6 ("Total") of "t.csv" is not a record (no reporter or no product): remove totals, notes and titles from the table',
    );
    expect(e.text.es).toBe(
      'la fila 6 ("Total") de "t.csv" no es un registro (no tienen declarante o producto): quite de la tabla los totales, las notas y los títulos',
    );
  });

  it("refuses footnotes and value-only lines, listing them all", () => {
    const table: TableData = {
      ...withTotal,
      rows: [...withTotal.rows.slice(0, 4), [null, null, 800], ["Nota: cifras preliminares", null, null]],
    };
    expect(() => tradeInputFromTable(table)).toThrow(
      /^rows 6 \("800"\), 7 \("Nota: cifras preliminares"\) of "t.csv" are not records/,
    );
  });

  it("skips blank lines", () => {
    const table: TableData = { ...withTotal, rows: [...withTotal.rows.slice(0, 4), [null, "", null], ["", null]] };
    const input = tradeInputFromTable(table);
    expect(input.kind === "long" && input.table.rows).toEqual(["chl", "chl", "arg", "arg"]);
  });

  it("refuses a product that is a total, naming the row", () => {
    const table: TableData = { ...withTotal, rows: [...withTotal.rows.slice(0, 4), ["chl", "TOTAL", 400]] };
    const e = thrownSelaError(() => tradeInputFromTable(table));
    expect(e.text.en).toMatch(/^the product "TOTAL" \(row 6\) is a total, not a product: remove it/);
    expect(e.text.es).toMatch(/^el producto "TOTAL" \(fila 6\) es un total, no un producto: quítelo/);
  });

  it("keeps reporters that are totals for the analyses to accept as the reference", () => {
    const table: TableData = {
      ...withTotal,
      rows: [...withTotal.rows.slice(0, 4), ["Mundo", "0011", 300], ["Mundo", "0012", 500]],
    };
    const input = tradeInputFromTable(table);
    expect(input.kind === "long" && input.table.rows.slice(4)).toEqual(["Mundo", "Mundo"]);
  });
});

describe("wide trade tables: totals, notes and trailing columns", () => {
  const wide: TableData = {
    name: "w.csv",
    headers: ["País", "0011", "0012"],
    rows: [
      ["chl", 100, 300],
      ["arg", 200, 200],
    ],
  };

  it("refuses a total column", () => {
    const table: TableData = {
      ...wide,
      headers: [...wide.headers, "Total"],
      rows: wide.rows.map((r) => [...r, (r[1] as number) + (r[2] as number)]),
    };
    const e = thrownSelaError(() => tradeInputFromTable(table));
    expect(e.text.en).toMatch(/^the product "Total" \(a column header\) is a total, not a product/);
    expect(e.text.es).toMatch(/^el producto "Total" \(un encabezado de columna\) es un total/);
  });

  it("refuses a note below the table and a row of values without a country", () => {
    const note: TableData = { ...wide, rows: [...wide.rows, [null, null, null], ["Nota: cifras preliminares"]] };
    expect(() => tradeInputFromTable(note)).toThrow(
      /^row 5 \("Nota: cifras preliminares"\) of "w.csv" is not a record/,
    );
    const unlabelled: TableData = { ...wide, rows: [...wide.rows, [null, 300, 500]] };
    expect(() => tradeInputFromTable(unlabelled)).toThrow(/^row 4 \("300"\) of "w.csv" is not a record/);
  });

  it("leaves out trailing columns with no header and no values, and refuses values under no header", () => {
    const trailing: TableData = {
      ...wide,
      headers: [...wide.headers, "", ""],
      rows: wide.rows.map((r) => [...r, null]),
    };
    const input = tradeInputFromTable(trailing);
    expect(input.kind === "wide" && input.products).toEqual(["0011", "0012"]);
    const valued: TableData = { ...trailing, rows: [...wide.rows.map((r) => [...r, null]), ["bra", 1, 2, 3]] };
    expect(() => tradeInputFromTable(valued)).toThrow(/values in column D, which has no product in the header row/);
  });
});

describe("a separate reference table", () => {
  const long: TableData = { ...withTotal, rows: withTotal.rows.slice(0, 4) };

  it("refuses a total among its products and a label that is already a reporter up to accents", () => {
    const reference: TableData = {
      name: "world",
      headers: ["product", "world_value"],
      rows: [
        ["0011", 1000],
        ["0012", 3000],
        ["Total", 4000],
      ],
    };
    expect(() => appendReferenceRows(tradeInputFromTable(long), reference)).toThrow(
      /^the product "Total" \(row 4 of the reference table\) is a total/,
    );
    const withMexico: TableData = { ...long, rows: [...long.rows, ["México", "0011", 5]] };
    expect(() => appendReferenceRows(tradeInputFromTable(withMexico), reference, "MEXICO")).toThrow(
      /the reporter "MEXICO" already exists/,
    );
    const ok = appendReferenceRows(tradeInputFromTable(long), { ...reference, rows: reference.rows.slice(0, 2) });
    expect(ok.table.rows.slice(4)).toEqual(["World", "World"]);
  });
});

describe("row numbers", () => {
  it("are the sheet or file rows when the table was read from a file", () => {
    // As read from a CSV with two title lines and a blank line above the header (row 4).
    const read = { ...withTotal, rowNumbers: [5, 6, 7, 8, 10] };
    expect(() => tradeInputFromTable(read)).toThrow(/^row 10 \("Total"\) of "t.csv" is not a record/);
    const bad = { ...read, rows: [...withTotal.rows.slice(0, 4), ["chl", "0013", "n/a"]] };
    expect(() => tradeInputFromTable(bad)).toThrow('the column "value" has a non-numeric value at row 10: "n/a"');
  });
});

describe("Comtrade downloads", () => {
  const headers = ["refYear", "reporterISO", "flowCode", "partnerDesc", "cmdCode", "primaryValue"];

  it("read exports to the World", () => {
    const input = tradeInputFromTable({
      name: "c",
      headers,
      rows: [
        [2020, "CHL", "X", "World", "0101", 5],
        [2020, "ARG", "X", "World", "0101", 7],
      ],
    });
    expect(input.kind === "long" && input.columns).toEqual({
      reporter: "reporterISO",
      product: "cmdCode",
      value: "primaryValue",
      year: "refYear",
      partner: "partnerDesc",
    });
  });

  it("refuse the World mixed with single partners, and several flows", () => {
    const partners: TableData = {
      name: "c",
      headers,
      rows: [
        [2020, "CHL", "X", "World", "0101", 5],
        [2020, "CHL", "X", "Argentina", "0101", 2],
      ],
    };
    const e = thrownSelaError(() => tradeInputFromTable(partners));
    expect(e.text.en).toMatch(
      /^the partner column "partnerDesc" mixes a total, "World" \(2\), with single partners such as "Argentina" \(3\)/,
    );
    expect(e.text.es).toMatch(/^la columna de socios "partnerDesc" mezcla un total/);
    const flows: TableData = {
      name: "c",
      headers,
      rows: [
        [2020, "CHL", "X", "World", "0101", 5],
        [2020, "CHL", "M", "World", "0101", 2],
      ],
    };
    expect(() => tradeInputFromTable(flows)).toThrow(/^the column "flowCode" has several trade flows \("X", "M"…\)/);
  });
});
