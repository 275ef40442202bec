import { builtinDateFormatKind, dateCellValue, dateFormatKind, serialToDate } from "../../src/xlsx/dateFormats";

describe("date formats", () => {
  test("formats that show only the year, a month, a date or a date and time", () => {
    expect(["yyyy", "yy", "[$-409]yyyy", 'yyyy" año"', "YYYY"].map(dateFormatKind)).toEqual([
      "year",
      "year",
      "year",
      "year",
      "year",
    ]);
    expect(["mmm-yy", "mmmm yyyy", "mm/yyyy"].map(dateFormatKind)).toEqual(["month", "month", "month"]);
    expect(["dd/mm/yyyy", "d-mmm", "[$-F800]dddd, mmmm dd, yyyy"].map(dateFormatKind)).toEqual([
      "date",
      "date",
      "date",
    ]);
    expect(["dd/mm/yyyy hh:mm", "m/d/yy h:mm AM/PM"].map(dateFormatKind)).toEqual(["datetime", "datetime"]);
  });

  test("numbers, text, times and durations are not dates", () => {
    for (const code of ["General", "0.00", "#,##0", "000000", '0.0 "días"', "0\\d", "h:mm", "mm:ss", "[h]:mm:ss", "@"])
      expect(dateFormatKind(code)).toBeUndefined();
    // Only the first section counts: negatives shown in another way do not make a date.
    expect(dateFormatKind('#,##0;"d"#,##0')).toBeUndefined();
  });

  test("built-in date formats by id", () => {
    expect([14, 15, 17, 22].map(builtinDateFormatKind)).toEqual(["date", "date", "month", "datetime"]);
    expect([0, 1, 18, 20, 45, 49].map(builtinDateFormatKind)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test("serial numbers in the 1900 and 1904 date systems", () => {
    // 34700 is 1995-01-01 in Excel (1900 system); 1 is 1900-01-01; the 1904 system counts from 1904-01-01.
    expect(serialToDate(34700, false)?.toISOString()).toBe("1995-01-01T00:00:00.000Z");
    expect(serialToDate(1, false)?.toISOString()).toBe("1900-01-01T00:00:00.000Z");
    expect(serialToDate(61, false)?.toISOString()).toBe("1900-03-01T00:00:00.000Z");
    expect(serialToDate(33238, true)?.toISOString()).toBe("1995-01-01T00:00:00.000Z");
    expect(serialToDate(-1, false)).toBeUndefined();
    expect(serialToDate(3e6, false)).toBeUndefined();
  });

  test("cell values: the year as a number, other dates as ISO text, invalid serials unchanged", () => {
    expect(dateCellValue(34700, "year", false)).toBe(1995);
    expect(dateCellValue(35065.75, "year", false)).toBe(1996);
    expect(dateCellValue(34730, "month", false)).toBe("1995-01");
    expect(dateCellValue(34730.5, "date", false)).toBe("1995-01-31");
    expect(dateCellValue(34730.520833333336, "datetime", false)).toBe("1995-01-31T12:30:00");
    expect(dateCellValue(-3, "date", false)).toBe(-3);
  });
});
