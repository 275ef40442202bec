import type { TableData } from "../../src/analysis/gateway";
import type { IoLinkagesSummary } from "../../src/analysis/ioLinkages";
import { inputError, SelaError } from "../../src/core/errors";
import { InPageWorker } from "../../src/taskpane/compute";
import { distinctValues, ioDefaults, tradeDefaults } from "../../src/analysis/formDefaults";
import { ioDefaultsTask } from "../../src/analysis/tasks";
import { errorMessage, isCancellation } from "../../src/taskpane/errors";
import { nextStep } from "../../src/taskpane/components/RunPanel";
import { strings } from "../../src/taskpane/strings";
import { exampleArguments, formulaFor, searchFunctions } from "../../src/taskpane/functionList";
import { brazilSampleTable, fetchText, tradeSampleTable } from "../../src/taskpane/samples";
import { referenceOption, tradeChoices } from "../../src/taskpane/useTradeSetup";
import { CancelledError, WorkerClient } from "../../src/worker/workerClient";
import { FUNCTIONS_EN, testLoader } from "../support/paneSupport";

const IO: TableData = {
  name: "io",
  headers: ["", "A", "B", "Total output", "Employment"],
  rows: [
    ["A", 150, 500, 1000, 30],
    ["B", 200, 100, 2000, 50],
    ["Value added", 650, 1400, null, null],
  ],
};

describe("form defaults", () => {
  it("detects the IO label column, sectors, gross output and satellites", () => {
    const d = ioDefaults(IO);
    expect(d.sectors).toEqual(["A", "B"]);
    expect(d.output).toBe("Total output");
    expect(d.extras).toEqual(["Employment", "Value added"]);
    expect(d.candidates).toEqual(["Total output", "Employment", "Value added"]);
    expect(d.problem).toBeUndefined();
  });

  it("reports why a table is not an IO table", () => {
    const d = ioDefaults({ name: "t", headers: ["x", "y"], rows: [["a", 1]] });
    expect(d.sectors).toEqual([]);
    expect(d.problem?.en).toMatch(/\w/);
    expect(d.problem?.es).toMatch(/\w/);
    expect(d.problem?.es).not.toBe(d.problem?.en);
    // the worker's answer carries the same plain texts (errors lose their class when cloned)
    const cloned = structuredClone(ioDefaultsTask({ table: { name: "t", headers: ["x", "y"], rows: [["a", 1]] } }));
    expect(cloned.problem).toEqual(d.problem);
  });

  it("detects the trade layout, columns, imports and world total; years sort by value", () => {
    const long: TableData = {
      name: "t",
      headers: ["Reporter", "Product", "Year", "Exports", "Imports", "World exports"],
      rows: [
        ["chl", "0101", 2010, 5, 1, 100],
        ["arg", "0101", 9, 7, 2, 100],
      ],
    };
    expect(tradeDefaults(long)).toEqual({
      layout: "long",
      reporter: "Reporter",
      product: "Product",
      value: "Exports",
      year: "Year",
      imports: "Imports",
      world: "World exports",
    });
    expect(distinctValues(long, "year")).toEqual(["9", "2010"]);
    const wide: TableData = { name: "w", headers: ["", "p1", "p2", "p3"], rows: [["chl", 1, 2, 3]] };
    expect(tradeDefaults(wide)).toEqual({ layout: "wide" });
  });

  it("turns the trade form into choices and the reference option", () => {
    const base = {
      layout: "long" as const,
      reporter: "r",
      product: "p",
      value: "v",
      year: "",
      partner: "",
      imports: "",
      referenceMode: "column" as const,
      world: "w",
      country: "chl",
      t0: "",
      t1: "",
    };
    expect(tradeChoices(base)).toEqual({ layout: "long", reporter: "r", product: "p", value: "v", world: "w" });
    expect(referenceOption(base)).toEqual({});
    expect(referenceOption({ ...base, referenceMode: "all" })).toEqual({ reference: "all" });
    expect(referenceOption({ ...base, layout: "wide", referenceMode: "row", world: "World" })).toEqual({
      reference: "World",
    });
    expect(tradeChoices({ ...base, layout: "wide" })).toEqual({ layout: "wide" });
  });
});

describe("samples", () => {
  it("builds Brazil 2015 in the user's language, as the IO analysis reads it", async () => {
    const sectors = await testLoader("samples/io/br_ibge_2015_12s/sectors.csv");
    const z = await testLoader("samples/io/br_ibge_2015_12s/transactions.csv");
    const es = brazilSampleTable(sectors, z, "es");
    expect(es.headers.slice(0, 2)).toEqual(["Sector", "Agropecuaria"]);
    expect(es.headers.slice(-4)).toEqual(["Producción", "Valor agregado bruto", "Remuneraciones", "Empleo"]);
    const d = ioDefaults(es);
    expect(d.sectors).toHaveLength(12);
    expect(d.output).toBe("Producción");
    expect(d.extras).toEqual(["Valor agregado bruto", "Remuneraciones", "Empleo"]);
  });

  it("joins the world totals to the trade sample", async () => {
    const t = tradeSampleTable(
      await testLoader("samples/trade/world_trade_sitc4_latam_subset.csv"),
      await testLoader("samples/trade/world_trade_sitc4_product_totals.csv"),
      "en",
    );
    expect(t.rows.length).toBe(13987);
    expect(t.rows.every((r) => typeof r[3] === "number")).toBe(true);
    expect(tradeDefaults(t)).toMatchObject({ layout: "long", reporter: "country", world: "world_value" });
  });

  it("gives the trade sample Spanish headers in Spanish, which the trade form detects", async () => {
    const trade = await testLoader("samples/trade/world_trade_sitc4_latam_subset.csv");
    const world = await testLoader("samples/trade/world_trade_sitc4_product_totals.csv");
    const es = tradeSampleTable(trade, world, "es");
    const en = tradeSampleTable(trade, world, "en");
    expect(es.headers).toEqual(["país", "producto", "valor", "valor_mundial"]);
    expect(es.rows).toEqual(en.rows);
    expect(tradeDefaults(es)).toEqual({
      layout: "long",
      reporter: "país",
      product: "producto",
      value: "valor",
      world: "valor_mundial",
    });
  });
});

describe("loading the page's files", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  async function failure(fetchImpl: typeof fetch): Promise<SelaError> {
    globalThis.fetch = fetchImpl;
    const error = await fetchText("samples/trade/missing.csv").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SelaError);
    return error as SelaError;
  }

  it("returns the text of a file the server has", async () => {
    globalThis.fetch = jest.fn(() => Promise.resolve(new Response("a,b\n1,2\n", { status: 200 })));
    await expect(fetchText("samples/x.csv")).resolves.toBe("a,b\n1,2\n");
  });

  it("says in both languages which file the server refused, with its status", async () => {
    const e = await failure(jest.fn(() => Promise.resolve(new Response("", { status: 404 }))));
    expect(errorMessage(e, "en")).toBe(
      "the add-in could not load its file samples/trade/missing.csv: its server answered HTTP 404",
    );
    expect(errorMessage(e, "es")).toBe(
      "el complemento no pudo cargar su archivo samples/trade/missing.csv: su servidor respondió HTTP 404",
    );
  });

  it("says in both languages that the server did not answer", async () => {
    const e = await failure(jest.fn(() => Promise.reject(new TypeError("Failed to fetch"))));
    expect(errorMessage(e, "es")).toMatch(/^el complemento no pudo cargar su archivo samples\/trade\/missing\.csv: /);
    expect(errorMessage(e, "en")).toMatch(/did not answer/);
  });
});

describe("function list", () => {
  it("searches ids, names and descriptions without accents or case", () => {
    expect(searchFunctions(FUNCTIONS_EN.functions, "").map((f) => f.id)).toEqual(["LEONTIEF", "RCA", "TECHCOEF"]);
    expect(searchFunctions(FUNCTIONS_EN.functions, "COMPARATIVE balassa").map((f) => f.id)).toEqual(["RCA"]);
    expect(searchFunctions(FUNCTIONS_EN.functions, "xyz")).toEqual([]);
  });

  it("gives example arguments for the required parameters and English-syntax formulas", () => {
    const [leontief, , techcoef] = FUNCTIONS_EN.functions;
    expect(exampleArguments(leontief!)).toBe("B2:D4");
    expect(exampleArguments(techcoef!)).toBe("B2:D4, G2:G4");
    expect(formulaFor("RCA.LONG", " A2:A9, B2:B9, C2:C9 ")).toBe("=SELA.RCA.LONG(A2:A9, B2:B9, C2:C9)");
  });
});

describe("errors and the in-page compute fallback", () => {
  it("shows SelaErrors in the user's language and other errors by their message", () => {
    const e = inputError("bad table", "tabla incorrecta");
    expect(errorMessage(e, "es")).toBe("tabla incorrecta");
    expect(errorMessage(new Error("disk full"), "es")).toBe("disk full");
    expect(errorMessage("boom", "en")).toBe("unexpected error: boom");
    expect(isCancellation(new CancelledError())).toBe(true);
    expect(isCancellation(Object.assign(new Error("x"), { name: "AbortError" }))).toBe(true);
    expect(isCancellation(new Error("x"))).toBe(false);
  });

  it("runs the registered analysis tasks in the page, errors in the request's language", async () => {
    const client = new WorkerClient(() => new InPageWorker());
    const result = (await client.runTask("io", { table: IO, options: { language: "es" } }, "es")) as {
      summary: IoLinkagesSummary;
    };
    expect(result.summary.sectorCount).toBe(2);
    const wide: TableData = {
      name: "w",
      headers: ["", "p1", "p2"],
      rows: [
        ["chl", 1, 2],
        ["arg", 3, 4],
      ],
    };
    const failure: unknown = await client
      .runTask("trade", { table: wide, choices: { layout: "wide" }, options: { country: "zzz" } }, "es")
      .catch((error: unknown) => error);
    // Shown in the pane's language, whichever it is when the message is displayed.
    expect(errorMessage(failure, "es")).toMatch(/no es un declarante/);
    expect(errorMessage(failure, "en")).toMatch(/is not a reporter/);
  });
});

describe("the advice after a failed run", () => {
  const t = strings.en;
  const failed = (error: unknown, failedWhile?: "writing") =>
    ({ phase: "error", error, ...(failedWhile ? { failedWhile } : {}) }) as unknown as Parameters<typeof nextStep>[0];

  it("retries Excel's transient failures and browser errors, fixes the table or the workbook otherwise", () => {
    const excel = (code: string) => Object.assign(inputError("Excel failed", "Excel falló"), { cause: { code } });
    expect(nextStep(failed(excel("GeneralException"), "writing"), t)).toBe(t.errorNextRetry);
    expect(nextStep(failed(excel("Conflict"), "writing"), t)).toBe(t.errorNextRetry);
    expect(nextStep(failed(excel("AccessDenied"), "writing"), t)).toBe(t.errorNextWrite);
    expect(nextStep(failed(inputError("bad table", "tabla mala")), t)).toBe(t.errorNext);
    expect(nextStep(failed(new TypeError("boom")), t)).toBe(t.errorNextRetry);
  });
});
