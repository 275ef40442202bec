import { ioDefaults, tradeDefaults } from "../../src/analysis/formDefaults";
import type { TableData } from "../../src/analysis/gateway";

describe("trade form defaults", () => {
  it("offer the world column the analysis recognises, and the value beside it", () => {
    const table: TableData = {
      name: "t",
      headers: ["pais", "producto", "monto", "valor_mundial"],
      rows: [
        ["arg", "0011", 5, 300],
        ["bra", "0011", 7, 300],
      ],
    };
    expect(tradeDefaults(table)).toEqual({
      layout: "long",
      reporter: "pais",
      product: "producto",
      value: "monto",
      world: "valor_mundial",
    });
  });

  it("shows the columns of a table that ends in a total line (the analysis refuses the line, not the columns)", () => {
    const table: TableData = {
      name: "t",
      headers: ["country", "product", "value"],
      rows: [
        ["chl", "0011", 100],
        ["arg", "0011", 200],
        ["Total", null, 300],
      ],
    };
    expect(tradeDefaults(table)).toEqual({ layout: "long", reporter: "country", product: "product", value: "value" });
  });

  it("does not offer a partner column named 'importer' as the imports column", () => {
    const table: TableData = {
      name: "t",
      headers: ["exporter", "importer", "product", "value"],
      rows: [
        ["chl", "arg", "0011", 100],
        ["arg", "chl", "0011", 200],
      ],
    };
    expect(tradeDefaults(table)).toEqual({
      layout: "long",
      reporter: "exporter",
      product: "product",
      value: "value",
      partner: "importer",
    });
  });

  it("reads Comtrade+ headers", () => {
    const table: TableData = {
      name: "t",
      headers: ["refYear", "reporterISO", "flowCode", "partnerISO", "cmdCode", "primaryValue"],
      rows: [
        [2020, "CHL", "X", "W00", "0101", 5],
        [2020, "ARG", "X", "W00", "0101", 7],
      ],
    };
    expect(tradeDefaults(table)).toEqual({
      layout: "long",
      reporter: "reporterISO",
      product: "cmdCode",
      value: "primaryValue",
      year: "refYear",
      partner: "partnerISO",
    });
  });
});

describe("IO form defaults on a table with a name column and code headers", () => {
  it("offers the rows and columns outside the block, and pre-selects gross output", () => {
    const table: TableData = {
      name: "io",
      headers: ["Sector", "Code", "A01", "B05", "Final demand"],
      rows: [
        ["Agro", "A01", 1, 2, 7],
        ["Minas", "B05", 3, 4, 13],
        ["Gross output", "X", 10, 20, null],
        ["Employment", "EMP", 5, 6, null],
      ],
    };
    const defaults = ioDefaults(table);
    expect(defaults.sectors).toEqual(["Agro", "Minas"]);
    expect(defaults.candidates).toEqual(["Final demand", "Gross output", "Employment"]);
    expect(defaults.output).toBe("Gross output");
    expect(defaults.extras).toEqual(["Employment"]);
  });
});
