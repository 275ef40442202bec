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

/**
 * The delimiter of a sample: the first of tab, ";", "," that splits most of the first records into the
 * same number (≥ 2) of fields. ";" is tried before "," because decimal-comma files contain commas in
 * every number while comma files rarely contain semicolons.
 */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  const sample = text.slice(0, 64 * 1024);
  let best: { d: "," | ";" | "\t"; score: number } = { d: ",", score: 0 };
  for (const d of CANDIDATES) {
    const records = splitCsv(sample, d, 50).filter((r) => !(r.length === 1 && r[0] === ""));
    // The last record of a truncated sample may be cut short: ignore it when the sample is partial.
    const used = sample.length < text.length && records.length > 1 ? records.slice(0, -1) : records;
    if (used.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of used) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [len, count] of counts)
      if (count > modeCount || (count === modeCount && len > mode)) [mode, modeCount] = [len, count];
    if (mode < 2) continue;
    const score = modeCount / used.length;
    if (score >= 0.8) return d;
    if (score > best.score) best = { d, score };
  }
  return best.d;
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
  else return field;
  // Codes keep their leading zeros: "0101", "-007"; but "0", "0.5" and "0,5" are numbers.
  if (/^[+-]?0\d/.test(digits)) return field;
  const value = Number(decimal === "," ? digits.replace(",", ".") : digits);
  return Number.isFinite(value) ? value : field;
}

/** Plain and grouped number shapes per decimal separator (the other separator groups thousands). */
const NUMBER_PATTERNS = {
  ".": {
    plain: /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/,
    grouped: /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/,
    thousands: /,/g,
  },
  ",": {
    plain: /^[+-]?(\d+(,\d*)?|,\d+)([eE][+-]?\d+)?$/,
    grouped: /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/,
    thousands: /\./g,
  },
} as const;

/**
 * Parses CSV/TSV text into a rectangular grid (short records padded with ""). Removes a UTF-8 BOM,
 * accepts CRLF, LF or CR line ends, and drops a final empty line.
 *
 * @example parseCsv("sector;valor\n01;1.234,5\n") // => [["sector", "valor"], ["01", 1234.5]]
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvValue[][] {
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
  return records.map((r) => {
    const row: CsvValue[] = r.map((f) => csvNumber(f, decimal));
    while (row.length < width) row.push("");
    return row;
  });
}
