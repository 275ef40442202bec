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

/** The first error message of `run` in both languages (or a failure if it does not throw a SelaError). */
function messages(run: () => unknown): { en: string; es: string } {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(SelaError);
    return (e as SelaError).text;
  }
  throw new Error("no error");
}

describe("a single reporter", () => {
  const chileOnly = (headers = ["country", "product", "value"], extra: number[] = []): TableData => ({
    name: "chl",
    headers,
    rows: records.slice(0, 2).map((r, i) => [...r, ...(extra.length > 0 ? [extra[i] as number] : [])]),
  });
  const world: TableData = {
    name: "world.csv",
    headers: ["product", "value"],
    rows: [
      ["0011", 1000],
      ["0012", 3000],
    ],
  };

  it("is enough for the trade niches against a reference table, a world column or a world row", () => {
    const joined = appendReferenceRows(tradeInputFromTable(chileOnly()), world, "World", "world_hs6.csv");
    const fromTable = tradePeriods(joined, { reference: "World", singleReporter: true });
    expect(fromTable.countries).toEqual(["chl"]);
    expect(fromTable.referenceKind).toBe("table");
    expect(fromTable.referenceName).toBe("world_hs6.csv");
    expect(Array.from(fromTable.periods[0]?.reference ?? [])).toEqual([1000, 3000]);

    const column = tradeInputFromTable(chileOnly(["country", "product", "value", "world_value"], [1000, 3000]));
    const fromColumn = tradePeriods(column, { singleReporter: true });
    expect(fromColumn.referenceKind).toBe("column");
    expect(fromColumn.referenceName).toBe("world_value");
    expect(Array.from(fromColumn.periods[0]?.reference ?? [])).toEqual([1000, 3000]);

    const wide: TableData = {
      name: "w",
      headers: ["", "0011", "0012"],
      rows: [
        ["chl", 100, 300],
        ["World", 1000, 3000],
      ],
    };
    const fromRow = tradePeriods(tradeInputFromTable(wide), { reference: "World", singleReporter: true });
    expect(fromRow.countries).toEqual(["chl"]);
    expect(fromRow.referenceKind).toBe("row");
  });

  it("without a reference is refused, saying why and how to give one, in both languages", () => {
    const input = tradeInputFromTable(chileOnly());
    const text = messages(() => tradePeriods(input, { singleReporter: true }));
    expect(text.en).toBe(
      "the table has one reporter (chl) and no world reference: RCA compares a country with a reference, so give the world's exports as a world-total column or row, or as a separate reference table, or include more countries",
    );
    expect(text.es).toMatch(/^la tabla tiene un solo declarante \(chl\) y ninguna referencia mundial: la VCR compara/);
    const how = { en: "with --reference-file FILE", es: "con --reference-file ARCHIVO" };
    const flags = messages(() => tradePeriods(input, { singleReporter: true, referenceHow: how }));
    expect(flags.en).toContain("give the world's exports with --reference-file FILE, or include more countries");
    expect(flags.es).toContain(
      "indique las exportaciones mundiales con --reference-file ARCHIVO, o incluya más países",
    );
    // "all" is no reference: the country would be compared with itself.
    expect(() => tradePeriods(input, { singleReporter: true, reference: "all" })).toThrow(/no world reference/);
  });

  it("is refused for the analyses comparing countries, even with a reference", () => {
    const joined = appendReferenceRows(tradeInputFromTable(chileOnly()), world, "World");
    const text = messages(() => tradePeriods(joined, { reference: "World" }));
    expect(text.en).toMatch(/^the table has one reporter \(chl\): economic complexity and the product space compare/);
    expect(text.es).toMatch(/^la tabla tiene un solo declarante \(chl\): la complejidad económica y el espacio/);
  });

  it("is refused when only the reference row is left", () => {
    const onlyWorld = tradeInputFromTable({
      ...world,
      name: "w",
      headers: ["country", "product", "value"],
      rows: [["World", "0011", 5]],
    });
    expect(() => tradePeriods(onlyWorld, { reference: "World", singleReporter: true })).toThrow(
      'the table has no country besides the reference "World"',
    );
  });
});

describe("the two periods of TradeCAN", () => {
  const yearly: TableData = {
    name: "y",
    headers: ["year", "country", "product", "value"],
    rows: ["1995", "1996", "1997"].flatMap((y, k) => [
      [y, "chl", "0011", 100 + k],
      [y, "arg", "0011", 200],
    ]),
  };
  const input = tradeInputFromTable(yearly);

  it("are refused when the same, reversed, overlapping or interleaved, naming the years in both languages", () => {
    const same = messages(() => tradePeriods(input, { t0: "1996", t1: "1996" }));
    expect(same.en).toBe(
      "t0 (1996) and t1 (1996) are the same period: TradeCAN compares two periods, so choose a t0 earlier than t1",
    );
    expect(same.es).toBe(
      "t0 (1996) y t1 (1996) son el mismo período: TradeCAN compara dos períodos, así que elija un t0 anterior a t1",
    );
    const reversed = messages(() => tradePeriods(input, { t0: "1997", t1: "1995" }));
    expect(reversed.en).toBe(
      "t1 (1995) is earlier than t0 (1997): t0 is the first period and t1 the last, so swap them",
    );
    expect(reversed.es).toMatch(/^t1 \(1995\) es anterior a t0 \(1997\)/);
    const overlap = messages(() => tradePeriods(input, { t0: "1995,1996", t1: "1996" }));
    expect(overlap.en).toBe(
      "t0 (1995, 1996) and t1 (1996) overlap (1996 in both): every year of t0 must come before the years of t1",
    );
    expect(overlap.es).toMatch(/^t0 \(1995, 1996\) y t1 \(1996\) se superponen \(1996 en ambos\)/);
    expect(() => tradePeriods(input, { t0: ["1995", "1997"], t1: "1996" })).toThrow(
      "t0 (1995, 1997) and t1 (1996) interleave",
    );
  });

  it("say when t1 is the table's last year by default", () => {
    expect(() => tradePeriods(input, { t0: "1997" })).toThrow(
      "t0 (1997) and t1 (1997, the table's last year) are the same period",
    );
    expect(tradePeriods(input, { t0: "1996" }).periods.map((p) => p.label)).toEqual(["1996", "1997"]);
  });

  it("count a year named twice once in the average", () => {
    const data = tradePeriods(input, { t0: "1995,1995,1996", t1: "1997" });
    expect(data.periods[0]?.label).toBe("1995–1996");
    // chl 0011: (100 + 101) / 2.
    expect(data.periods[0]?.exports.data[data.countries.indexOf("chl")]).toBe(100.5);
  });
});
