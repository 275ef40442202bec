/**
 * Classification codes kept as numbers with a zero-padded number format: workbooks often hold HS or SITC codes
 * such as 010121 as the number 10121 shown through the format "000000", or HS subheadings such as 8471.30 as the
 * number 8471.3 shown through "0000.00". Read as numbers they would lose their leading or trailing zeros (and stop
 * matching the same codes kept as text), so the readers take them as the text Excel shows. Only formats made of
 * two or more zeros count, and with decimals only those with at least four zeros before the point (an HS
 * heading): "00.00" or "0.00" are formats for values.
 */

/** A zero-padded code format: digits before the point and after it ("0000.00" → 4 and 2). */
export interface CodeFormat {
  readonly integers: number;
  readonly decimals: number;
}

/**
 * The code format a number format is, or undefined for any other format.
 *
 * @example codeFormat("000000") // => { integers: 6, decimals: 0 }
 * @example codeFormat("0000.00") // => { integers: 4, decimals: 2 }
 * @example codeFormat("0.00") // => undefined
 */
export function codeFormat(formatCode: string): CodeFormat | undefined {
  const code = formatCode.trim();
  if (/^0{2,}$/.test(code)) return { integers: code.length, decimals: 0 };
  const dotted = /^(0{4,})\.(0+)$/.exec(code);
  return dotted ? { integers: dotted[1]?.length ?? 0, decimals: dotted[2]?.length ?? 0 } : undefined;
}

/**
 * A non-negative number in a code column as the text Excel shows (zero-padded, with the format's decimals);
 * anything else as it is. Codes that already fill the width become text too, so that a code column holds one
 * type. A whole-number format leaves fractional numbers alone (they are not codes).
 *
 * @example asCode(10121, { integers: 6, decimals: 0 }) // => "010121"
 * @example asCode(8471.3, { integers: 4, decimals: 2 }) // => "8471.30"
 * @example asCode(101.21, { integers: 4, decimals: 2 }) // => "0101.21"
 */
export function asCode<T>(value: T, format: CodeFormat | undefined): T | string {
  if (format === undefined || typeof value !== "number" || !(value >= 0 && value < 1e15)) return value;
  if (format.decimals === 0) {
    return Number.isInteger(value) ? String(value).padStart(format.integers, "0") : value;
  }
  return value.toFixed(format.decimals).padStart(format.integers + 1 + format.decimals, "0");
}
