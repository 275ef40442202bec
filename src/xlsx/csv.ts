/**
 * CSV and TSV text → a grid of numbers and text, for data exported from statistical offices and from
 * Excel in Latin American locales, where the list separator is ";" and the decimal separator ",".
 * Conservative on purpose: a field becomes a number only when its reading is unambiguous under the
 * file's conventions; codes such as "0101" (HS chapters, ISIC sectors) stay text.
 */

/** A parsed field: a number, or text (possibly empty). */
export type CsvValue = string | number;

/** Options of {@link parseCsv}; everything is detected when omitted. */
export interface CsvOptions {
  /** Field separator. Default: detected among tab, ";" and ",". */
  readonly delimiter?: "," | ";" | "\t";
  /**
   * Decimal separator. Default: "." for comma-separated files; for ";" and tab files the separator the
   * unambiguous numbers use ("3,75" vs "3.75"), falling back to "," after ";" and "." after tab.
   */
  readonly decimal?: "." | ",";
}

const CANDIDATES = ["\t", ";", ","] as const;

/**
 * Splits text into records and fields (RFC 4180): quoted fields may hold the delimiter, doubled quotes
 * and line breaks; CRLF, LF and lone CR all end records. A quote inside an unquoted field is literal.
 */
export function splitCsv(text: string, delimiter: string, maxRecords = Infinity): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let i = 0;
  while (i < n && records.length < maxRecords) {
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      // Quoted field: runs to the next quote not followed by another quote; text after it is kept.
      field = "";
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, q);
        if (text.charCodeAt(q + 1) === 34) {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const start = i;
      while (i < n && !isBreak(text.charCodeAt(i), delim)) i++;
      field += text.slice(start, i);
    } else {
      const start = i;
      while (i < n && !isBreak(text.charCodeAt(i), delim)) i++;
      field = text.slice(start, i);
    }
    record.push(field);
    if (i >= n) {
      records.push(record);
      record = [];
      break;
    }
    const code = text.charCodeAt(i);
    if (code === delim) {
      i++;
      // A delimiter at the very end still opens one last (empty) field.
      if (i >= n) {
        record.push("");
        records.push(record);
        record = [];
      }
    } else {
      records.push(record);
      record = [];
      i += code === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    }
  }
  return records;
}

/** Delimiter, CR or LF: where an unquoted field ends. */
function isBreak(code: number, delim: number): boolean {
  return code === delim || code === 10 || code === 13;
}

/** Records examined to detect the delimiter: whole records, however long (a header line can exceed 64 KB). */
const SAMPLE_RECORDS = 50;

/**
 * The delimiter of a text, from its first {@link SAMPLE_RECORDS} whole records. Under each candidate (tab,
 * ";", ",", in that order) the records split into fields; the candidate is consistent when at least 80% of
 * the records share one field count (≥ 2) and no record has more fields than that (titles and notes may
 * have fewer). The first consistent candidate wins; else the first where 80% agree; else the most regular.
 * ";" is tried before "," because decimal-comma files contain commas in every number while comma files
 * rarely contain semicolons; the "no record has more fields" condition catches the comma file whose labels
 * hold a ";" ("Wholesale trade; repair of vehicles"): there the header splits into many more fields than
 * the rows.
 */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  let agreeing: "," | ";" | "\t" | undefined;
  let best: { d: "," | ";" | "\t"; score: number } = { d: ",", score: 0 };
  for (const d of CANDIDATES) {
    // splitCsv stops after the records asked for: the cost is that of the sample, not of the file.
    const records = splitCsv(text, d, SAMPLE_RECORDS).filter((r) => !(r.length === 1 && r[0] === ""));
    if (records.length === 0) continue;
    const counts = new Map<number, number>();
    let widest = 0;
    for (const r of records) {
      counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
      widest = Math.max(widest, r.length);
    }
    let mode = 1;
    let modeCount = 0;
    for (const [len, count] of counts)
      if (count > modeCount || (count === modeCount && len > mode)) [mode, modeCount] = [len, count];
    if (mode < 2) continue;
    const score = modeCount / records.length;
    if (score >= 0.8 && widest === mode) return d;
    if (score >= 0.8) agreeing ??= d;
    if (score > best.score) best = { d, score };
  }
  return agreeing ?? best.d;
}

/** "3,75" style (decimal comma) and "3.75" style numbers that cannot be thousands groups. */
const COMMA_DECIMAL = /^[+-]?(\d{1,3}(\.\d{3})+,\d+|\d+,(\d{1,2}|\d{4,}))$/;
const DOT_DECIMAL = /^[+-]?(\d{1,3}(,\d{3})+\.\d+|\d+\.(\d{1,2}|\d{4,}))$/;

function detectDecimal(records: readonly string[][], delimiter: string): "." | "," {
  if (delimiter === ",") return ".";
  let comma = 0;
  let dot = 0;
  for (const r of records.slice(0, 1000)) {
    for (const f of r) {
      const t = f.trim();
      if (COMMA_DECIMAL.test(t)) comma++;
      else if (DOT_DECIMAL.test(t)) dot++;
    }
  }
  if (comma !== dot) return comma > dot ? "," : ".";
  return delimiter === ";" ? "," : ".";
}

/**
 * A field as a number when unambiguous, otherwise the text. Accepted: plain decimals with the file's
 * decimal separator, exponents, and thousands groups of exactly three digits with the other separator
 * ("1.234.567,5" under decimal comma, "1,234,567.5" under decimal point). Leading zeros ("0101"),
 * percentages, currency and blank fields stay text.
 *
 * @example csvNumber("1.234,5", ",") // => 1234.5
 * @example csvNumber("0101", ".") // => "0101"
 */
export function csvNumber(field: string, decimal: "." | ","): CsvValue {
  const t = field.trim();
  if (t === "" || t.length > 40) return field;
  const p = NUMBER_PATTERNS[decimal];
  let digits: string;
  if (p.plain.test(t)) digits = t;
  else if (p.grouped.test(t)) digits = t.replace(p.thousands, "");
  else if (p.spaced.test(t)) digits = t.replace(SPACES, "");
  else return field;
  // Codes keep their leading zeros: "0101", "-007"; but "0", "0.5" and "0,5" are numbers.
  if (/^[+-]?0\d/.test(digits)) return field;
  const value = Number(decimal === "," ? digits.replace(",", ".") : digits);
  return Number.isFinite(value) ? value : field;
}

/** Spaces that group thousands: space, no-break space (Excel in es-ES, fr) and narrow no-break space (ISO 31-0). */
const SPACES = /[ \u00a0\u202f]/g;

/**
 * Plain and grouped number shapes per decimal separator: the other separator groups thousands, or a space
 * ("43 653 866,43").
 */
const NUMBER_PATTERNS = {
  ".": {
    plain: /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/,
    grouped: /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/,
    spaced: /^[+-]?\d{1,3}([ \u00a0\u202f]\d{3})+(\.\d+)?$/,
    thousands: /,/g,
  },
  ",": {
    plain: /^[+-]?(\d+(,\d*)?|,\d+)([eE][+-]?\d+)?$/,
    grouped: /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/,
    spaced: /^[+-]?\d{1,3}([ \u00a0\u202f]\d{3})+(,\d+)?$/,
    thousands: /\./g,
  },
} as const;

/** The fields of a CSV/TSV text as {@link readCsvFields} returns them, with the conventions it detected. */
export interface CsvFields {
  /** Records padded with "" to the widest; fields as written (unquoted, not trimmed). */
  readonly records: string[][];
  readonly delimiter: "," | ";" | "\t";
  readonly decimal: "." | ",";
}

/**
 * Splits CSV/TSV text into a rectangular grid of field texts (short records padded with "") and detects
 * the delimiter and decimal separator. Removes a UTF-8 BOM, accepts CRLF, LF or CR line ends, and drops
 * final empty lines. {@link parseCsv} turns the fields into numbers; callers that know which columns hold
 * codes convert the rest with {@link csvNumber} themselves.
 */
export function readCsvFields(text: string, options: CsvOptions = {}): CsvFields {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = options.delimiter ?? detectDelimiter(body);
  const records = splitCsv(body, delimiter);
  while (records.length > 0) {
    const last = records[records.length - 1] as string[];
    if (last.length === 1 && last[0] === "") records.pop();
    else break;
  }
  const decimal = options.decimal ?? detectDecimal(records, delimiter);
  const width = records.reduce((w, r) => Math.max(w, r.length), 0);
  for (const r of records) while (r.length < width) r.push("");
  return { records, delimiter, decimal };
}

/**
 * Parses CSV/TSV text into a rectangular grid (short records padded with ""), every field that reads as
 * a number ({@link csvNumber}) converted. Removes a UTF-8 BOM, accepts CRLF, LF or CR line ends, and drops
 * a final empty line.
 *
 * @example parseCsv("sector;valor\n01;1.234,5\n") // => [["sector", "valor"], ["01", 1234.5]]
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvValue[][] {
  const { records, decimal } = readCsvFields(text, options);
  return records.map((r) => r.map((f): CsvValue => csvNumber(f, decimal)));
}
