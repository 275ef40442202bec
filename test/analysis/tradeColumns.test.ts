import type { TableData } from "../../src/analysis/gateway";
import { compactKey } from "../../src/analysis/names";
import {
  codeColumns,
  detectRoleColumn,
  detectTradeLayout,
  detectWorldColumn,
  findHeader,
} from "../../src/analysis/tradeColumns";
import { csvGrid } from "../../src/analysis/readInput";
import { longTradeColumns, tradeInputFromTable } from "../../src/analysis/tradeInput";
import { csvTable } from "./samples";

function roles(headers: string[]): Record<string, string | undefined> {
  const taken = new Set<number>();
  const out: Record<string, string | undefined> = {};
  for (const role of ["reporter", "product", "year", "partner", "value"] as const) {
    const j = detectRoleColumn(headers, role, taken);
    if (j >= 0) taken.add(j);
    out[role] = headers[j];
  }
  return out;
}

describe("trade column names", () => {
  it("folds case, accents, spaces, underscores and camelCase", () => {
    expect(compactKey("reporterISO")).toBe("reporteriso");
    expect(compactKey("Reporter ISO")).toBe("reporteriso");
    expect(compactKey("reporter_iso")).toBe("reporteriso");
    expect(compactKey("Trade Value (US$)")).toBe("tradevalueus");
    expect(compactKey("Año")).toBe("ano");
    expect(findHeader(["refYear", "primaryValue"], "primary value")).toBe(1);
    expect(findHeader(["refYear", "primaryValue"], "PRIMARYVALUE")).toBe(1);
    expect(findHeader(["a"], "")).toBe(-1);
  });

  it("recognises the Atlas of Economic Complexity's headers", () => {
    expect(roles(["year", "origin", "hs92", "export_val"])).toEqual({
      reporter: "origin",
      product: "hs92",
      year: "year",
      partner: undefined,
      value: "export_val",
    });
    expect(roles(["location_code", "hs_product_code", "year", "export_value", "import_value"])).toMatchObject({
      reporter: "location_code",
      product: "hs_product_code",
      value: "export_value",
    });
    expect(roles(["year", "location", "sitc_product_code", "export_value"]).product).toBe("sitc_product_code");
  });

  it("recognises Comtrade+ downloads, preferring names and codes over descriptions and the reference year", () => {
    const headers = ["typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode"];
    headers.push("reporterISO", "reporterDesc", "flowCode", "partnerCode", "partnerISO", "partnerDesc");
    headers.push("cmdCode", "cmdDesc", "aggrLevel", "netWgt", "fobvalue", "primaryValue");
    expect(roles(headers)).toEqual({
      reporter: "reporterDesc",
      product: "cmdCode",
      year: "refYear",
      partner: "partnerDesc",
      value: "primaryValue",
    });
    expect(roles(["refYear", "reporterISO", "cmdCode", "fobvalue"])).toMatchObject({
      reporter: "reporterISO",
      value: "fobvalue",
    });
  });

  it("recognises BACI's one-letter headers only in a BACI table", () => {
    expect(roles(["t", "i", "j", "k", "v", "q"])).toEqual({
      reporter: "i",
      product: "k",
      year: "t",
      partner: "j",
      value: "v",
    });
    expect(roles(["country", "k", "v"]).product).toBeUndefined();
  });

  it("recognises Open Trade Statistics' export column", () => {
    const headers = ["year", "reporter_iso", "section_code", "commodity_code", "trade_value_usd_imp"];
    expect(roles([...headers, "trade_value_usd_exp"])).toMatchObject({
      reporter: "reporter_iso",
      product: "commodity_code",
      value: "trade_value_usd_exp",
    });
  });
});

describe("long or wide", () => {
  it("reads the Atlas sample as a long table (its product header 'hs92' once made it wide)", () => {
    const table = csvTable("test/fixtures/trade/atlas_hs92_trade_data_sample.csv");
    expect(table.headers).toEqual(["year", "origin", "hs92", "export_val"]);
    expect(detectTradeLayout(table)).toBe("long");
    const input = tradeInputFromTable(table);
    expect(input.kind === "long" && input.columns).toEqual({
      reporter: "origin",
      product: "hs92",
      value: "export_val",
      year: "year",
    });
  });

  it("stays long and asks for the product column when only the reporter column is recognised", () => {
    const table: TableData = {
      name: "t",
      headers: ["year", "origin", "rubro", "export_val"],
      rows: [
        [1995, "aut", 1704, 5],
        [1995, "aut", 1806, 6],
        [1995, "che", 1704, 7],
      ],
    };
    expect(detectTradeLayout(table)).toBe("long");
    expect(() => tradeInputFromTable(table)).toThrow(/no product column found \(columns: year, origin, rubro/);
    const chosen = tradeInputFromTable(table, { product: "rubro" });
    expect(chosen.kind === "long" && chosen.table.cols).toEqual(["1704", "1806", "1704"]);
  });

  it("keeps wide tables headed by a reporter name wide, but not when the first column repeats", () => {
    const wide: TableData = {
      name: "w",
      headers: ["País", "1704", "1806"],
      rows: [
        ["aut", 1, 2],
        ["che", 3, 4],
      ],
    };
    expect(detectTradeLayout(wide)).toBe("wide");
    const repeated: TableData = {
      name: "l",
      headers: ["country", "rubro", "monto"],
      rows: [
        ["aut", 1704, 2],
        ["aut", 1806, 4],
        ["che", 1704, 4],
      ],
    };
    expect(detectTradeLayout(repeated)).toBe("long");
  });

  it("gives the form the columns of a table whose last row is a total", () => {
    const table: TableData = {
      name: "t",
      headers: ["country", "product", "value"],
      rows: [
        ["chl", "0011", 100],
        ["Total", null, 100],
      ],
    };
    expect(longTradeColumns(table)).toEqual({
      reporter: 0,
      product: 1,
      value: 2,
      year: -1,
      partner: -1,
      imports: -1,
      world: -1,
    });
  });
});

describe("codeColumns", () => {
  it("finds the code columns of trade downloads and IO tables, so readers keep their text", () => {
    expect(codeColumns(["country", "hs_product_code", "export_value"])).toEqual(new Set([1]));
    expect(codeColumns(["location_code", "sitc_product_code", "year", "export_value"])).toEqual(new Set([1]));
    expect(codeColumns(["refYear", "reporterISO", "cmdCode", "primaryValue"])).toEqual(new Set([2]));
    expect(codeColumns(["t", "i", "j", "k", "v", "q"])).toEqual(new Set([3])); // BACI
    expect(codeColumns(["año", "país", "código SH", "valor"])).toEqual(new Set([2]));
    expect(codeColumns(["pais", "hs92", "valor"])).toEqual(new Set([1]));
    expect(codeColumns(["CIIU", "Sector", "Producción"])).toEqual(new Set([0]));
    expect(codeColumns(["country", "value"])).toEqual(new Set());
  });

  it("keeps an Atlas-style CSV's subheadings as written", () => {
    const grid = csvGrid("location_code,hs_product_code,year,export_value\nesp,8471.30,2015,100\n");
    expect(grid[1]).toEqual(["esp", "8471.30", 2015, 100]);
  });
});

describe("world-total columns", () => {
  const withWorld = (header: string, value: string | number = 300): TableData => ({
    name: "t",
    headers: ["country", "product", "value", header],
    rows: [["arg", "0011", 5, value]],
  });

  it("are recognised by the names the guide and ministries use, in English, Spanish and Portuguese", () => {
    for (const header of [
      "world_value",
      "World value",
      "worldExports",
      "World exports",
      "world",
      "valor_mundial",
      "Valor mundial",
      "Exportaciones mundiales",
      "mundo",
      "Total mundial",
      "exportações mundiais",
    ]) {
      expect([header, detectWorldColumn(withWorld(header))]).toEqual([header, 3]);
    }
  });

  it("are not other columns, a column of text, or a column already taken", () => {
    expect(detectWorldColumn(withWorld("imports"))).toBe(-1);
    expect(detectWorldColumn(withWorld("partner world share note"))).toBe(-1);
    expect(detectWorldColumn(withWorld("world", "n/a"))).toBe(-1);
    expect(detectWorldColumn(withWorld("world_value"), new Set([3]))).toBe(-1);
  });

  it("are read as the world column, leaving the value to the only other number column", () => {
    const table: TableData = {
      name: "t",
      headers: ["pais", "producto", "monto", "valor_mundial"],
      rows: [["arg", "0011", 5, 300]],
    };
    expect(longTradeColumns(table)).toMatchObject({ value: 2, world: 3 });
    const input = tradeInputFromTable(table);
    expect(input.kind === "long" && input.columns).toEqual({
      reporter: "pais",
      product: "producto",
      value: "monto",
      world: "valor_mundial",
    });
    // A world column the user chose by its header wins over one recognised by name.
    expect(
      longTradeColumns(
        { ...table, headers: ["pais", "producto", "monto", "mundo"] },
        { world: "monto", value: "mundo" },
      ),
    ).toMatchObject({ value: 3, world: 2 });
  });
});
