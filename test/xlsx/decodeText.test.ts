import { decodeText, decodeTextFile } from "../../src/xlsx/decodeText";

/** Bytes of a string in UTF-16 with a BOM, in either byte order. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + 2 * text.length);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe("decodeText", () => {
  // "Producción;Minería" as Excel's "CSV (delimitado por comas)" saves it on Windows (code page 1252).
  const cp1252 = new Uint8Array([
    0x50, 0x72, 0x6f, 0x64, 0x75, 0x63, 0x63, 0x69, 0xf3, 0x6e, 0x3b, 0x4d, 0x69, 0x6e, 0x65, 0x72, 0xed, 0x61,
  ]);

  test("Windows-1252 when the bytes are not valid UTF-8", () => {
    expect(decodeTextFile(cp1252)).toEqual({ text: "Producción;Minería", encoding: "windows-1252" });
    // 0x80–0x9F are the code page's own characters, not C1 controls: € ’ “ ” –
    expect(decodeText(new Uint8Array([0x80, 0x92, 0x93, 0x94, 0x96]))).toBe("\u20ac\u2019\u201c\u201d\u2013");
  });

  test("UTF-8 with and without BOM (the BOM removed)", () => {
    const utf8 = new TextEncoder().encode("Producción;Minería");
    expect(decodeTextFile(utf8)).toEqual({ text: "Producción;Minería", encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe("Producción;Minería");
  });

  test('UTF-16 LE with BOM (Excel\'s "Texto Unicode") and UTF-16 BE', () => {
    expect(decodeTextFile(utf16("País\tAño\r\nchl\t1995", true))).toEqual({
      text: "País\tAño\r\nchl\t1995",
      encoding: "utf-16le",
    });
    expect(decodeTextFile(utf16("Año", false))).toEqual({ text: "Año", encoding: "utf-16be" });
  });

  test("long files decode whole (chunked conversion)", () => {
    const line = "Minería;1\r\n";
    const bytes = new Uint8Array(20_000 * line.length);
    for (let k = 0; k < 20_000; k++)
      for (let i = 0; i < line.length; i++) bytes[k * line.length + i] = line.charCodeAt(i);
    expect(decodeText(bytes)).toBe(line.repeat(20_000));
  });

  test("an empty file is empty text", () => {
    expect(decodeText(new Uint8Array(0))).toBe("");
  });
});
