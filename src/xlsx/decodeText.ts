/**
 * Text file bytes → string, for the CSV/TSV/TXT inputs of the CLI and the browser workbench. Excel for
 * Windows saves "CSV (delimitado por comas)" in the ANSI code page (Windows-1252 in Latin American
 * locales) and "Texto Unicode" as UTF-16 LE with a byte order mark; statistical offices publish UTF-8 with
 * or without a BOM. Decoding everything as UTF-8 turns "Producción" into "Producci�n", so headers are not
 * recognised and results change silently.
 *
 * Rule: a BOM decides (UTF-8, UTF-16 LE, UTF-16 BE); without one, the bytes are UTF-8 when they are valid
 * UTF-8 (strict decoding: Windows-1252 text with accents is almost never valid UTF-8), else Windows-1252.
 */

/** The encodings {@link decodeText} recognises. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Windows-1252 characters of bytes 0x80–0x9F (the rest of the code page is ISO-8859-1); undefined bytes map to U+FFFD. */
const CP1252_HIGH =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd" +
  "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

/** Characters per String.fromCharCode call: well below engines' argument limits. */
const CHUNK = 8192;

/** The byte order mark at the start of `bytes`, if any: its encoding and length. */
function byteOrderMark(bytes: Uint8Array): { encoding: "utf-8" | "utf-16le" | "utf-16be"; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/** Windows-1252 by table, so decoding does not depend on the runtime's ICU data (Node small-icu builds). */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** UTF-16 code units in either byte order; an odd final byte is dropped. Unpaired surrogates stay as they are. */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const units = Math.floor(bytes.length / 2);
  let out = "";
  for (let start = 0; start < units; start += CHUNK) {
    const end = Math.min(units, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let k = start; k < end; k++) codes[k - start] = view.getUint16(2 * k, littleEndian);
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * Decodes a text file's bytes (BOM removed) by the rule in the module comment, and says which encoding
 * was used.
 *
 * @example decodeTextFile(new Uint8Array([0x50, 0xf3])) // => { text: "Pó", encoding: "windows-1252" }
 */
export function decodeTextFile(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const bom = byteOrderMark(bytes);
  const body = bytes.subarray(bom?.length ?? 0);
  if (bom?.encoding === "utf-16le") return { text: decodeUtf16(body, true), encoding: "utf-16le" };
  if (bom?.encoding === "utf-16be") return { text: decodeUtf16(body, false), encoding: "utf-16be" };
  // ignoreBOM: a BOM was already skipped, so a second U+FEFF is content.
  if (bom) return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(body), encoding: "utf-8" };
  try {
    // Strict: one invalid sequence means the file is not UTF-8 (Windows-1252 accents are not valid UTF-8).
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(body), encoding: "windows-1252" };
  }
}

/**
 * The text of a text file's bytes ({@link decodeTextFile} without the encoding name).
 *
 * @example decodeText(new Uint8Array([0x50, 0xf3])) // => "Pó" (Windows-1252: 0xF3 alone is not UTF-8)
 * @example decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) // => "A" (UTF-16 LE with BOM)
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextFile(bytes).text;
}
