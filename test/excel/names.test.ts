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

  /** Excel's rules for a sheet name, checked independently of the cleaning code. */
  function expectValidSheetName(name: string): void {
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(name.startsWith("'")).toBe(false);
    expect(name.endsWith("'")).toBe(false);
    expect(name.toUpperCase()).not.toBe("HISTORY");
  }

  it("strips apostrophes again after cutting to 31 characters", () => {
    expect(cleanSheetName(`${"x".repeat(30)}'s data`)).toBe("x".repeat(30));
    expect(cleanSheetName(`${"x".repeat(29)} 's data`)).toBe("x".repeat(29));
    expect(cleanSheetName(`${"x".repeat(30)}'`)).toBe("x".repeat(30));
    expect(cleanSheetName(`${"x".repeat(29)}''`)).toBe("x".repeat(29));
    // 31 characters with the apostrophe inside stay as they are
    expect(cleanSheetName(`${"x".repeat(29)}'y`)).toBe(`${"x".repeat(29)}'y`);
    expect(cleanSheetName(`'${"y".repeat(31)}`)).toBe("y".repeat(31));
  });

  it("strips apostrophes hidden behind spaces at either end", () => {
    expect(cleanSheetName(" 'Bob's data' ")).toBe("Bob's data");
    expect(cleanSheetName("' '")).toBe("Sheet");
    expect(cleanSheetName(`History${" ".repeat(30)}x`)).toBe("History_");
  });

  it("strips apostrophes left at the end of a shortened base before the suffix", () => {
    const raw = `${"x".repeat(26)}'abcd`; // 31 characters: the suffix branch cuts it to 27, ending in "'"
    const [name] = uniqueSheetNames([raw], [raw]);
    expect(name).toBe(`${"x".repeat(26)} (2)`);
    const [spaced] = uniqueSheetNames([`${"x".repeat(25)} 'abcd`], [`${"x".repeat(25)} 'abcd`]);
    expect(spaced).toBe(`${"x".repeat(25)} (2)`);
  });

  it("always gives names Excel accepts, for quotes, forbidden characters and 31-character edges", () => {
    const pieces = ["'", " '", "[", ":*?", "/\\]", "x", "History", "\u0007", "😀"];
    const raws: string[] = [];
    for (const a of pieces) {
      for (const b of pieces) {
        for (const n of [0, 27, 29, 30, 31]) raws.push(a + "y".repeat(n) + b);
      }
    }
    for (const raw of raws) {
      const clean = cleanSheetName(raw);
      expectValidSheetName(clean);
      const [first, second] = uniqueSheetNames([raw, raw], [clean]);
      expectValidSheetName(first!);
      expectValidSheetName(second!);
      expect(new Set([clean, first, second].map((s) => s!.toUpperCase())).size).toBe(3);
    }
    expect(cleanSheetName("a[b]c:d*e?f/g\\h")).toBe("a_b_c_d_e_f_g_h");
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
