/**
 * Excel keeps dates as serial numbers (days since 1899-12-30) and shows them through a number format. A
 * year column saved with the format "yyyy" holds 34700 for 1995; read as a number it is no year the user
 * recognises ("the year 1995 is not in the table (years: 34700, 35065)"). The reader therefore turns a
 * number shown through a date format into what the format shows:
 * - a format that shows only the year ("yyyy", "yy", `[$-409]yyyy`) → the year as a number (1995), like
 *   a typed year;
 * - any other date format → an ISO 8601 date as text: "1995-01-01" ("1995-01" for formats without the
 *   day such as "mmm-yy", "1995-01-01T12:30:00" for formats with a time). Text because a serial number is
 *   never a value the analyses compute with, and a date is only ever a label (a period) there; ISO is
 *   unambiguous whatever the locale's day/month order.
 * Time-only and elapsed-time formats ("h:mm", "[h]:mm:ss") keep the number.
 */

/** What a date format shows, or undefined for formats that are not dates. */
export type DateFormatKind = "year" | "month" | "date" | "datetime";

/** The last serial number Excel accepts (9999-12-31). */
const MAX_SERIAL = 2_958_465;

/** Built-in number formats (ECMA-376 §18.8.30) that are dates; 18–21, 32–35, 45–47, 55–56 are times. */
const BUILTIN_DATE_FORMATS: ReadonlyMap<number, DateFormatKind> = new Map<number, DateFormatKind>([
  [14, "date"], // m/d/yyyy (shown in the locale's short date)
  [15, "date"], // d-mmm-yy
  [16, "date"], // d-mmm
  [17, "month"], // mmm-yy
  [22, "datetime"], // m/d/yyyy h:mm
  ...[27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58].map((id): [number, DateFormatKind] => [id, "date"]),
]);

/**
 * What a number format code shows when it is a date format, else undefined. Only the first section
 * (positive numbers) counts; quoted text, escaped characters, `[...]` (colours, locales, conditions) and
 * AM/PM markers are ignored. An elapsed-time bracket ("[h]") makes a duration, not a date.
 *
 * @example dateFormatKind("yyyy") // => "year"
 * @example dateFormatKind("dd/mm/yyyy") // => "date"
 * @example dateFormatKind("#,##0.00") // => undefined
 */
export function dateFormatKind(formatCode: string): DateFormatKind | undefined {
  const section = firstSection(formatCode);
  if (/\[(h+|m+|s+)\]/i.test(section)) return undefined;
  const tokens = section
    .replace(/"[^"]*"?/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/am\/pm|a\/p/gi, "")
    .toLowerCase();
  const has = (c: string): boolean => tokens.includes(c);
  const year = has("y");
  const day = has("d");
  const time = has("h") || has("s");
  const month = has("m") && (!time || /m{3,}/.test(tokens) || year || day);
  if (!year && !day && !month) return undefined;
  if (time) return year || day ? "datetime" : undefined;
  if (day) return "date";
  if (month) return "month";
  return "year";
}

/** A format's first section: up to the first ";" outside quotes. */
function firstSection(formatCode: string): string {
  let quoted = false;
  for (let i = 0; i < formatCode.length; i++) {
    const c = formatCode[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\\") i++;
    else if (c === ";" && !quoted) return formatCode.slice(0, i);
  }
  return formatCode;
}

/** The kind of a built-in number format id (formats 0–163 that the workbook does not redefine). */
export function builtinDateFormatKind(numFmtId: number): DateFormatKind | undefined {
  return BUILTIN_DATE_FORMATS.get(numFmtId);
}

/** Day 0 of Excel's 1900 date system (1899-12-30, so that its fictitious 1900-02-29 is serial 60). */
export const EXCEL_1900_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 date system of Mac workbooks (`<workbookPr date1904="1"/>`). */
export const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);

/**
 * The UTC date of an Excel serial number in the workbook's date system, or undefined out of Excel's range.
 * In the 1900 system, serials below 61 sit before Excel's fictitious 1900-02-29 and are one day later.
 */
export function serialToDate(serial: number, date1904: boolean): Date | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return undefined;
  const epoch = date1904 ? EXCEL_1904_EPOCH_MS : serial < 61 ? EXCEL_1900_EPOCH_MS + 86_400_000 : EXCEL_1900_EPOCH_MS;
  // Rounded to the second: serials carry float noise (0.5208333333 for 12:30).
  return new Date(epoch + Math.round(serial * 86_400) * 1000);
}

/**
 * A number shown through a date format as the reader returns it (see the module comment): the year, or
 * an ISO date text; the number unchanged when it is not a valid serial.
 *
 * @example dateCellValue(34700, "year", false) // => 1995
 * @example dateCellValue(34700, "date", false) // => "1995-01-01"
 */
export function dateCellValue(serial: number, kind: DateFormatKind, date1904: boolean): number | string {
  const date = serialToDate(serial, date1904);
  if (date === undefined) return serial;
  const iso = date.toISOString(); // 1995-01-01T00:00:00.000Z
  switch (kind) {
    case "year":
      return date.getUTCFullYear();
    case "month":
      return iso.slice(0, 7);
    case "date":
      return iso.slice(0, 10);
    case "datetime":
      return iso.slice(0, 19);
  }
}
