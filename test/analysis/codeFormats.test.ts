import { asCode, codeFormat } from "../../src/analysis/codeFormats";

describe("code formats", () => {
  it("recognises zero-padded formats, and dotted ones with an HS heading's four digits", () => {
    expect(codeFormat("000000")).toEqual({ integers: 6, decimals: 0 });
    expect(codeFormat(" 00 ")).toEqual({ integers: 2, decimals: 0 });
    expect(codeFormat("0000.00")).toEqual({ integers: 4, decimals: 2 });
    // Formats for values, not codes.
    for (const f of ["0", "0.00", "00.00", "#,##0", "0.0%", "General", "000.0", "0000.00%", "@"]) {
      expect(codeFormat(f)).toBeUndefined();
    }
  });

  it("gives the text Excel shows", () => {
    const six = codeFormat("000000");
    expect(asCode(10121, six)).toBe("010121");
    expect(asCode(123456, six)).toBe("123456");
    expect(asCode(12.5, six)).toBe(12.5); // not a code: a fraction under a whole-number format
    const hs = codeFormat("0000.00");
    expect(asCode(8471.3, hs)).toBe("8471.30");
    expect(asCode(101.21, hs)).toBe("0101.21");
    expect(asCode(8471, hs)).toBe("8471.00");
    // Anything that is not a non-negative number stays as it is.
    expect(asCode("0101", six)).toBe("0101");
    expect(asCode(-5, six)).toBe(-5);
    expect(asCode(null, six)).toBeNull();
    expect(asCode(10121, undefined)).toBe(10121);
  });
});
