import { inputError, SelaError, withSectorName } from "../../src/core/errors";

describe("withSectorName", () => {
  it("adds the name of the sector an error is about to both languages", () => {
    const error = new SelaError("numeric", { en: "sector 2 sums to 1.2", es: "el sector 2 suma 1,2" }, 1);
    const named = withSectorName(error, ["Agro", "Minería"]) as SelaError;
    expect(named.kind).toBe("numeric");
    expect(named.sector).toBe(1);
    expect(named.text).toEqual({
      en: 'sector 2 sums to 1.2 (sector 2: "Minería")',
      es: 'el sector 2 suma 1,2 (sector 2: "Minería")',
    });
  });

  it("leaves other errors as they are", () => {
    const plain = inputError("bad", "mal");
    expect(withSectorName(plain, ["A"])).toBe(plain);
    const outOfRange = new SelaError("numeric", { en: "x", es: "x" }, 5);
    expect(withSectorName(outOfRange, ["A"])).toBe(outOfRange);
    const other = new RangeError("boom");
    expect(withSectorName(other, ["A"])).toBe(other);
  });
});
