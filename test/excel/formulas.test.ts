import { SelaError } from "../../src/core/errors";
import { LOG_HEADERS, LOG_SHEET } from "../../src/excel/formulas";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { setLanguage } from "../../src/functions/language";
import { FakeExcel, type FakeWorksheet } from "../support/fakeExcel";

/** A sheet with a 3×1 dynamic array at B2 (=SELA.LEONTIEF), a single =sela.rca at D2 and a plain formula at E2. */
function seed(fake: FakeExcel): FakeWorksheet {
  const sheet = fake.sheet("Calc");
  sheet.set("A1", "label");
  sheet.set("B2", 1.5, "=SELA.LEONTIEF(A1:A3)");
  sheet.set("B3", "Agro");
  sheet.set("B4", "#N/A", "", true);
  sheet.spills.set("1,1", { rows: 3, cols: 1 });
  sheet.set("D2", "=odd text", "=sela.rca(A1)");
  sheet.set("E2", 7, "=3+4");
  return sheet;
}

describe("freezeFormulas", () => {
  it("freezes every SELA formula of the sheet, whole spills included, and logs each formula first", async () => {
    const fake = new FakeExcel(["Calc"]);
    const sheet = seed(fake);
    const result = await createOfficeGateway(fake.host()).freezeFormulas("sheet");
    expect(result).toEqual({ cells: 4, logSheet: LOG_SHEET });
    expect(sheet.get("B2")).toMatchObject({ value: 1.5, formula: "" });
    expect(sheet.get("B3")).toMatchObject({ value: "Agro", formula: "" });
    expect(sheet.get("B4")).toMatchObject({ value: "#N/A", error: true, formula: "=NA()" });
    expect(sheet.get("D2")).toMatchObject({ value: "=odd text", formula: "", numberFormat: "@", coerced: false });
    expect(sheet.get("E2").formula).toBe("=3+4");
    const log = fake.sheet(LOG_SHEET).dump();
    expect(log[0]).toEqual([...LOG_HEADERS.en]);
    expect(log.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ["Calc", "B2", "B2:B4", "=SELA.LEONTIEF(A1:A3)"],
      ["Calc", "D2", "", "=sela.rca(A1)"],
    ]);
    expect(fake.sheet(LOG_SHEET).get("D2")).toMatchObject({ numberFormat: "@", formula: "" });
  });

  it("freezes the whole dynamic array when only a spilled cell is selected", async () => {
    const fake = new FakeExcel(["Calc"]);
    const sheet = seed(fake);
    sheet.set("B3", "Agro", "=SELA.LEONTIEF(A1:A3)"); // spilled cells report the parent's formula
    fake.select("Calc", "B3");
    const result = await createOfficeGateway(fake.host()).freezeFormulas("selection");
    expect(result.cells).toBe(3);
    expect(sheet.get("B2").formula).toBe("");
    expect(sheet.get("D2").formula).toBe("=sela.rca(A1)");
    expect(fake.sheet(LOG_SHEET).dump()).toHaveLength(2);
  });

  it("falls back to the formula cell alone without ExcelApi 1.12", async () => {
    const fake = new FakeExcel(["Calc"]);
    const sheet = seed(fake);
    const result = await createOfficeGateway(fake.host(11)).freezeFormulas("sheet");
    expect(result.cells).toBe(2);
    expect(sheet.get("B2")).toMatchObject({ value: 1.5, formula: "" });
    expect(fake.sheet(LOG_SHEET).dump()[1]?.[2]).toBe("");
  });

  it("appends to an existing log sheet", async () => {
    const fake = new FakeExcel(["Calc"]);
    const sheet = seed(fake);
    const gateway = createOfficeGateway(fake.host());
    fake.select("Calc", "D2");
    await gateway.freezeFormulas("selection");
    sheet.set("F5", 2, "=SELA.ECI(A1)");
    fake.select("Calc", "F5");
    expect(await gateway.freezeFormulas("selection")).toEqual({ cells: 1, logSheet: LOG_SHEET });
    const log = fake.sheet(LOG_SHEET).dump();
    expect(log.map((r) => r[1])).toEqual(["Cell", "D2", "F5"]);
  });

  it("writes the log's headers in the pane's language, under the sheet name the pane's texts give", async () => {
    const fake = new FakeExcel(["Calc"]);
    seed(fake);
    const result = await createOfficeGateway({ ...fake.host(), language: () => "es" }).freezeFormulas("sheet");
    expect(result.logSheet).toBe("SELA formulas");
    const log = fake.sheet(LOG_SHEET).dump();
    expect(log[0]).toEqual(["Hoja", "Celda", "Rango de desbordamiento", "Fórmula", "Fecha de congelación (UTC)"]);
    expect(log[1]?.slice(0, 4)).toEqual(["Calc", "B2", "B2:B4", "=SELA.LEONTIEF(A1:A3)"]);
  });

  it("follows the shared language the pane's switch sets, read at each freeze", async () => {
    const fake = new FakeExcel(["Calc"]);
    const sheet = seed(fake);
    const gateway = createOfficeGateway(fake.host());
    try {
      setLanguage("es");
      fake.select("Calc", "D2");
      await gateway.freezeFormulas("selection");
      setLanguage("en");
      sheet.set("F5", 2, "=SELA.ECI(A1)");
      fake.select("Calc", "F5");
      await gateway.freezeFormulas("selection");
    } finally {
      setLanguage("en");
    }
    // the header is written once, when the log is created; later freezes append below it
    expect(
      fake
        .sheet(LOG_SHEET)
        .dump()
        .map((r) => r[1]),
    ).toEqual(["Celda", "D2", "F5"]);
  });

  it("has a translated header for every column", () => {
    expect(LOG_HEADERS.es).toHaveLength(LOG_HEADERS.en.length);
    LOG_HEADERS.es.forEach((h, j) => {
      expect(h).not.toBe(LOG_HEADERS.en[j]);
    });
  });

  it("changes nothing when there is no SELA formula", async () => {
    const fake = new FakeExcel(["Calc"]);
    fake.sheet("Calc").set("A1", 3, "=1+2");
    expect(await createOfficeGateway(fake.host()).freezeFormulas("sheet")).toEqual({ cells: 0 });
    expect(fake.sheetList.map((s) => s.name)).toEqual(["Calc"]);
  });

  it("refuses, changing nothing, when a formula has no result yet", async () => {
    const fake = new FakeExcel(["Calc"]);
    const sheet = seed(fake);
    sheet.set("D2", "#NAME?", "=sela.rca(A1)", true);
    const error = await createOfficeGateway(fake.host())
      .freezeFormulas("sheet")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SelaError);
    expect((error as SelaError).message).toMatch(/Calc!D2 shows #NAME\?/);
    expect(sheet.get("B2").formula).toBe("=SELA.LEONTIEF(A1:A3)");
    expect(fake.sheetList.map((s) => s.name)).toEqual(["Calc"]);
  });
});

describe("repairFormulas", () => {
  it("re-enters only SELA formulas showing #NAME?", async () => {
    const fake = new FakeExcel(["A", "B"]);
    const a = fake.sheet("A");
    a.set("A1", "#NAME?", "=SELA.RCA(X1:Y2)", true);
    a.set("A2", 3, "=SELA.RCA(X1:Y2)");
    a.set("A3", "#NAME?", "=MYUDF(1)", true);
    a.set("A4", "#N/A", "=SELA.TII(X1)", true);
    fake.sheet("B").set("C3", "#NAME?", "=sela.leontief(A1:B2)", true);
    const result = await createOfficeGateway(fake.host()).repairFormulas();
    expect(result).toEqual({ cells: 2 });
    expect(fake.entered).toEqual([
      { address: "A!A1", formula: "=SELA.RCA(X1:Y2)" },
      { address: "B!C3", formula: "=sela.leontief(A1:B2)" },
    ]);
    expect(a.get("A1")).toMatchObject({ value: 1, error: false });
    expect(a.get("A3").value).toBe("#NAME?");
  });
});

describe("insertFormula", () => {
  it("writes at the selection's top-left cell when it is empty, without asking", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.select("Data", "C3:D9");
    const ask = jest.fn(() => Promise.resolve(true));
    expect(await createOfficeGateway(fake.host()).insertFormula("=SELA.RCA(A1:B5)", ask)).toBe("written");
    expect(ask).not.toHaveBeenCalled();
    expect(fake.sheet("Data").get("C3").formula).toBe("=SELA.RCA(A1:B5)");
  });

  it("asks before overwriting and respects no", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.sheet("Data").set("C3", "keep me");
    fake.select("Data", "C3");
    const no = jest.fn(() => Promise.resolve(false));
    expect(await createOfficeGateway(fake.host()).insertFormula("=SELA.RCA(A1:B5)", no)).toBe("cancelled");
    expect(no).toHaveBeenCalledTimes(1);
    expect(fake.sheet("Data").get("C3")).toMatchObject({ value: "keep me", formula: "" });
  });

  it("overwrites after yes, and a Text-formatted cell still gets a live formula", async () => {
    const fake = new FakeExcel(["My data"]);
    const sheet = fake.sheet("My data");
    sheet.set("B2", 5);
    sheet.cell(1, 1).numberFormat = "@";
    fake.select("My data", "B2");
    expect(await createOfficeGateway(fake.host()).insertFormula(" =SELA.HHI(A1:A9)", () => Promise.resolve(true))).toBe(
      "written",
    );
    expect(sheet.get("B2")).toMatchObject({ formula: "=SELA.HHI(A1:A9)", numberFormat: "General" });
  });

  it("rejects text that is not a formula", async () => {
    const fake = new FakeExcel();
    await expect(
      createOfficeGateway(fake.host()).insertFormula("SELA.RCA(A1)", () => Promise.resolve(true)),
    ).rejects.toThrow(/must start with =/);
  });
});
