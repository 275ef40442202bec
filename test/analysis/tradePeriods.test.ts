import type { TableData } from "../../src/analysis/gateway";
import { appendReferenceRows, tradeInputFromTable } from "../../src/analysis/tradeInput";
import { tradeNiches } from "../../src/analysis/tradeNiches";
import { findLabel, tradePeriods } from "../../src/analysis/tradePeriods";
import { SelaError } from "../../src/core/errors";

const DATE = new Date("2025-01-15T12:00:00Z");

/** Chile and Argentina; product 0011: 100 + 200, product 0012: 300 + 200 (world 800). */
const records = [
  ["chl", "0011", 100],
  ["chl", "0012", 300],
  ["arg", "0011", 200],
  ["arg", "0012", 200],
];
const long = (extra: (string | number)[][] = []): TableData => ({
  name: "t",
  headers: ["country", "product", "value"],
  rows: [...records, ...extra],
});

describe("reporters that are totals", () => {
  it("are refused unless chosen as the reference, in both languages", () => {
    const input = tradeInputFromTable(
      long([
        ["Total", "0011", 300],
        ["Total", "0012", 500],
      ]),
    );
    let error: unknown;
    try {
      tradePeriods(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SelaError);
    expect((error as SelaError).text.en).toBe(
      'the reporter "Total" is a total, not a country: remove it from the table, or choose it as the reference (reference "Total") when it holds the world\'s exports',
    );
    expect((error as SelaError).text.es).toMatch(/^el declarante "Total" es un total, no un país/);
    expect(() => tradePeriods(input, { reference: "all" })).toThrow(/"Total" is a total/);
  });

  it("give the same RCA as the column sums when chosen as the reference", () => {
    // Chile's RCA for 0011 = (100 / 400) / (300 / 800) = 2/3, with or without the total row.
    const plain = tradeNiches(tradeInputFromTable(long()), { country: "chl", date: DATE });
    const total = tradeNiches(
      tradeInputFromTable(
        long([
          ["TOTAL", "0011", 300],
          ["TOTAL", "0012", 500],
        ]),
      ),
      {
        country: "chl",
        reference: "total",
        date: DATE,
      },
    );
    expect(plain.summary.products[0]?.rca).toBeCloseTo(2 / 3, 12);
    expect(total.summary.products[0]?.rca).toBeCloseTo(2 / 3, 12);
    expect(total.summary.products.map((p) => p.product)).toEqual(["0011", "0012"]);
  });

  it("accept the World rows of a separate reference table, and refuse a wide total row left among the countries", () => {
    const reference: TableData = {
      name: "w",
      headers: ["product", "value"],
      rows: [
        ["0011", 1000],
        ["0012", 3000],
      ],
    };
    const data = tradePeriods(appendReferenceRows(tradeInputFromTable(long()), reference, "World"), {
      reference: "World",
    });
    expect(data.countries).toEqual(["arg", "chl"]);
    expect(Array.from(data.periods[0]?.reference ?? [])).toEqual([1000, 3000]);
    const wide: TableData = {
      name: "w",
      headers: ["", "0011", "0012"],
      rows: [
        ["chl", 100, 300],
        ["arg", 200, 200],
        ["Mundo", 300, 500],
      ],
    };
    expect(() => tradePeriods(tradeInputFromTable(wide))).toThrow(/"Mundo" is a total/);
    expect(tradePeriods(tradeInputFromTable(wide), { reference: "mundo" }).countries).toEqual(["chl", "arg"]);
  });
});

describe("finding the focus country", () => {
  it("ignores case and accents, preferring a label equal up to case", () => {
    expect(findLabel(["Chile", "España"], "Espana")).toBe(1);
    expect(findLabel(["Chile", "España"], " ESPAÑA ")).toBe(1);
    expect(findLabel(["Peru", "Perú"], "perú")).toBe(1);
    expect(findLabel(["Peru", "Perú"], "peru")).toBe(0);
    expect(findLabel(["Chile"], "")).toBe(-1);
    const input = tradeInputFromTable({
      name: "t",
      headers: ["país", "producto", "valor"],
      rows: [
        ["España", "0011", 100],
        ["Perú", "0011", 50],
        ["Perú", "0012", 50],
      ],
    });
    expect(tradeNiches(input, { country: "Espana", date: DATE }).summary.country).toBe("España");
  });
});
