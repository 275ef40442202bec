/**
 * Classification codes kept as numbers with a zero-padded number format: workbooks often hold HS or SITC codes
 * such as 010121 as the number 10121 shown through the format "000000". Read as numbers they would lose their
 * leading zeros (and stop matching the same codes kept as text), so the readers take them as the text Excel
 * shows. Only formats made of two or more zeros count.
 */

/**
 * The width of a zero-padded code format ("000000" → 6), or 0 for any other format.
 *
 * @example codeFormatWidth("000000") // => 6
 * @example codeFormatWidth("0.00") // => 0
 */
export function codeFormatWidth(formatCode: string): number {
  const code = formatCode.trim();
  return /^0{2,}$/.test(code) ? code.length : 0;
}

/**
 * A whole, non-negative number in a code column as the text Excel shows (zero-padded to `width`); anything else
 * as it is. Codes that already fill the width become text too, so that a code column holds one type.
 *
 * @example asCode(10121, 6) // => "010121"
 * @example asCode(123456, 6) // => "123456"
 */
export function asCode<T>(value: T, width: number): T | string {
  if (width === 0 || typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= 1e15) {
    return value;
  }
  return String(value).padStart(width, "0");
}
