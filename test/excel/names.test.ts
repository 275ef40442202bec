import {
  cleanSheetName,
  quoteSheet,
  splitAddress,
  uniqueSheetNames,
  uniqueTableName,
} from "../../src/excel/sheetNames";

describe("sheet names", () => {
  it("replaces forbidden characters and trims apostrophes", () => {
    expect(cleanSheetName("Trade [2020]/RCA:*?\\")).toBe("Trade _2020__RCA____");
    expect(cleanSheetName("'quoted'")).toBe("quoted");
    expect(cleanSheetName("  ")).toBe("Sheet");
    expect(cleanSheetName("history")).toBe("History_");
  });

  it("keeps at most 31 characters", () => {
    const name = cleanSheetName("Input-output linkages of Brazil, 2015 edition");
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it("is unique ignoring case among existing sheets and new ones", () => {
    expect(uniqueSheetNames(["Key sectors", "key sectors", "Other"], ["KEY SECTORS", "Key sectors (2)"])).toEqual([
      "Key sectors (3)",
      "key sectors (4)",
      "Other",
    ]);
  });

  it("shortens the base so the suffix fits in 31 characters", () => {
    const long = "A".repeat(31);
    const [name] = uniqueSheetNames([long], [long]);
    expect(name).toBe(`${"A".repeat(27)} (2)`);
    expect(name!.length).toBe(31);
  });
});

describe("table names", () => {
  it("cleans, avoids cell references and is unique among tables and names", () => {
    expect(uniqueTableName("Trade data", [])).toBe("Trade_data");
    expect(uniqueTableName("Trade data", ["TRADE_DATA", "Trade_data_2"])).toBe("Trade_data_3");
    expect(uniqueTableName("RCA2020", [])).toBe("_RCA2020");
    expect(uniqueTableName("2015 IO", [])).toBe("_2015_IO");
    expect(uniqueTableName("R1C1", [])).toBe("_R1C1");
    expect(uniqueTableName("", [])).toBe("Table");
  });
});

describe("addresses", () => {
  it("splits and unquotes sheet-qualified addresses", () => {
    expect(splitAddress("'Bob''s data'!A1:B2")).toEqual({ sheet: "Bob's data", address: "A1:B2" });
    expect(splitAddress("Sheet1!C3")).toEqual({ sheet: "Sheet1", address: "C3" });
    expect(splitAddress("C3")).toEqual({ sheet: undefined, address: "C3" });
    expect(quoteSheet("Bob's data")).toBe("'Bob''s data'");
  });
});
