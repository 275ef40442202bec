import type { TableData } from "../../src/analysis/gateway";
import { SelaError } from "../../src/core/errors";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { FakeExcel } from "../support/fakeExcel";

function seedTradeTable(fake: FakeExcel): void {
  const sheet = fake.sheet("Trade");
  sheet.set("B2", "Reporter");
  sheet.set("C2", "Product");
  sheet.set("D2", "Value");
  sheet.set("B3", "ARG");
  sheet.set("C3", "0101");
  sheet.set("D3", 12.5);
  sheet.set("B4", "BRA");
  sheet.set("C4", "0102");
  sheet.set("D4", "");
  sheet.tables.add("B2:D4", true).name = "Exports";
}

describe("listTables / readTable / readSelection", () => {
  it("lists tables first, then the used range of each sheet without a table", async () => {
    const fake = new FakeExcel(["Trade", "IO table", "Empty"]);
    seedTradeTable(fake);
    const io = fake.sheet("IO table");
    io.set("A1", "Sector");
    io.set("B1", "Agro");
    io.set("A3", "Agro");
    io.set("B3", 10);
    const list = await createOfficeGateway(fake.host()).listTables();
    expect(list).toEqual([
      {
        name: "Exports",
        sheet: "Trade",
        rows: 2,
        columns: 3,
        headers: ["Reporter", "Product", "Value"],
        kind: "table",
      },
      { name: "'IO table'!A1:B3", sheet: "IO table", rows: 2, columns: 2, headers: ["Sector", "Agro"], kind: "range" },
    ]);
  });

  it("reads a table with blanks as null", async () => {
    const fake = new FakeExcel(["Trade"]);
    seedTradeTable(fake);
    const data = await createOfficeGateway(fake.host()).readTable("exports");
    expect(data).toEqual({
      name: "exports",
      headers: ["Reporter", "Product", "Value"],
      rows: [
        ["ARG", "0101", 12.5],
        ["BRA", "0102", null],
      ],
      // The sheet rows of the data (the table sits at B2:D4), which messages cite.
      rowNumbers: [3, 4],
    });
    // A plain range too: its data rows are numbered from the row under its header.
    const range = await createOfficeGateway(fake.host()).readTable("Trade!B2:D4");
    expect(range.rowNumbers).toEqual([3, 4]);
  });

  it("reads codes kept as numbers with a zero-padded format as the text Excel shows, in tables and ranges", async () => {
    const fake = new FakeExcel(["Trade", "Plain"]);
    const sheet = fake.sheet("Trade");
    const plain = fake.sheet("Plain");
    for (const ws of [sheet, plain]) {
      ws.set("A1", "Product");
      ws.set("B1", "Value");
      ws.set("A2", 10121); // HS 010121, shown as such through the format 000000
      ws.set("B2", 5);
      ws.set("A3", 123456);
      ws.set("B3", 7.5);
      ws.get("A2").numberFormat = "000000";
      ws.get("A3").numberFormat = "000000";
      ws.get("B2").numberFormat = "00"; // only the first data row's formats are read: B is a code column too
    }
    sheet.tables.add("A1:B3", true).name = "Codes";
    const gateway = createOfficeGateway(fake.host());
    const expected = [
      ["010121", "05"],
      ["123456", 7.5],
    ];
    expect((await gateway.readTable("Codes")).rows).toEqual(expected);
    expect((await gateway.readTable("'Plain'!A1:B3")).rows).toEqual(expected);
  });

  it("reads a range by the sheet-qualified address listTables gave", async () => {
    const fake = new FakeExcel(["IO table"]);
    const io = fake.sheet("IO table");
    io.set("A1", "Sector");
    io.set("B1", 2015);
    io.set("A2", "Agro");
    io.set("B2", 3);
    const gateway = createOfficeGateway(fake.host());
    const [entry] = await gateway.listTables();
    const data = await gateway.readTable(entry!.name);
    expect(data.headers).toEqual(["Sector", "2015"]);
    expect(data.rows).toEqual([["Agro", 3]]);
  });

  it("reads large tables in chunks", async () => {
    const fake = new FakeExcel(["Big"]);
    const sheet = fake.sheet("Big");
    sheet.set("A1", "x");
    sheet.set("B1", "y");
    for (let r = 2; r <= 30_001; r++) {
      sheet.set(`A${r}`, r);
      sheet.set(`B${r}`, -r);
    }
    sheet.tables.add("A1:B30001", true).name = "Big";
    const before = fake.syncs.length;
    const data = await createOfficeGateway(fake.host()).readTable("Big");
    expect(data.rows).toHaveLength(30_000);
    expect(data.rows[29_999]).toEqual([30_001, -30_001]);
    // find the table, load sizes, then 3 chunks of 10,000 rows × 2 columns
    expect(fake.syncs.length - before).toBe(5);
  });

  it("says clearly when a table or range does not exist", async () => {
    const fake = new FakeExcel(["Trade"]);
    const gateway = createOfficeGateway(fake.host());
    await expect(gateway.readTable("Nothing")).rejects.toThrow(SelaError);
    await expect(gateway.readTable("'No sheet'!A1:B2")).rejects.toThrow(/no table or range named/);
  });

  it("reads the selection, clipping a whole-column selection to the used range", async () => {
    const fake = new FakeExcel(["Data"]);
    const sheet = fake.sheet("Data");
    sheet.set("B2", 1);
    sheet.set("B3", "x");
    fake.select("Data", "B2:C3");
    const gateway = createOfficeGateway(fake.host());
    expect(await gateway.readSelection()).toEqual({
      address: "Data!B2:C3",
      values: [
        [1, null],
        ["x", null],
      ],
    });
    fake.select("Data", "B1:B1048576");
    expect(await gateway.readSelection()).toEqual({ address: "Data!B2:B3", values: [[1], ["x"]] });
  });
});

describe("insertSampleTable", () => {
  const data: TableData = {
    name: "trade",
    headers: ["Reporter", "0101", "=Value"],
    rows: [
      ["ARG", "+54 11", 1.5],
      ["BRA", "@user", null],
    ],
  };

  it("adds a sheet with the attribution and the data as a table, all text kept as text", async () => {
    const fake = new FakeExcel(["Sample trade"]);
    fake.definedNames.push("Trade");
    const written = await createOfficeGateway(fake.host()).insertSampleTable(
      "Sample trade",
      "Trade",
      data,
      "Source: UN Comtrade (CC BY 4.0)",
    );
    expect(written).toEqual({ sheets: ["Sample trade (2)"] });
    const sheet = fake.sheet("Sample trade (2)");
    expect(sheet.get("A1")).toMatchObject({ value: "Source: UN Comtrade (CC BY 4.0)", italic: true });
    expect(fake.tableList.map((t) => t.name)).toEqual(["Trade_2"]);
    expect(fake.tableList[0]!.rect).toEqual({ row: 2, col: 0, rows: 3, cols: 3 });
    expect(sheet.get("B3")).toMatchObject({ value: "0101", numberFormat: "@", coerced: false });
    expect(sheet.get("C3")).toMatchObject({ value: "=Value", formula: "", coerced: false });
    expect(sheet.get("B4")).toMatchObject({ value: "+54 11", coerced: false });
    expect(sheet.get("B5")).toMatchObject({ value: "@user", coerced: false });
    expect(sheet.get("C4").value).toBe(1.5);
    expect(fake.activeSheet?.name).toBe("Sample trade (2)");
  });

  it("removes the new sheet if the table cannot be created", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.failAtSync(4, "InsertDeleteConflict");
    await expect(createOfficeGateway(fake.host()).insertSampleTable("S", "T", data, "a")).rejects.toThrow(
      /InsertDeleteConflict/,
    );
    expect(fake.sheetList.map((s) => s.name)).toEqual(["Data"]);
  });
});
