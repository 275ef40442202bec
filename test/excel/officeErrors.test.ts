import { SelaError } from "../../src/core/errors";
import { abortError, isOfficeError, readableError } from "../../src/excel/officeErrors";
import { FakeRichApiError } from "../support/fakeExcel";

describe("readableError", () => {
  it.each([
    ["InvalidArgument", /rejected a value/, /rechazó/],
    ["ItemNotFound", /not found/, /no se encontró/],
    ["RequestPayloadSizeLimitExceeded", /5 MB on the web/, /5 MB en la web/],
    ["ResponsePayloadSizeLimitExceeded", /smaller range/, /rango menor/],
    ["SomethingNew", /could not complete/, /no pudo completar/],
  ])("%s becomes a bilingual message keeping Excel's text and code", (code, en, es) => {
    const original = new FakeRichApiError(code, "Excel says no.");
    const e = readableError(original) as SelaError;
    expect(e).toBeInstanceOf(SelaError);
    expect(e.text.en).toMatch(en);
    expect(e.text.es).toMatch(es);
    expect(e.message).toContain(`: Excel says no (${code})`);
    expect(e.cause).toBe(original);
  });

  it("passes our own and other errors through unchanged", () => {
    const own = new SelaError("input", { en: "a", es: "b" });
    const bug = new TypeError("x is undefined");
    expect(readableError(own)).toBe(own);
    expect(readableError(bug)).toBe(bug);
    expect(isOfficeError({ code: "X" })).toBe(false);
  });

  it("uses the abort reason when it is an Error", () => {
    const c = new AbortController();
    c.abort();
    expect(abortError(c.signal).name).toBe("AbortError");
    const d = new AbortController();
    const reason = new Error("closed");
    d.abort(reason);
    expect(abortError(d.signal)).toBe(reason);
  });
});
