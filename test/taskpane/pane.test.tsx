/** @jest-environment jsdom */
import "../support/jsdomSetup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { createFileGateway } from "../../src/workbench/fileGateway";
import { FakeGateway } from "../support/fakeGateway";
import { chooseCountry, clickWhenEnabled, openSection, renderPane, testLoader } from "../support/paneSupport";
import { tradeSampleTable } from "../../src/taskpane/samples";

describe("the pane's languages", () => {
  it("renders in Spanish, and the EN/ES switch changes every section", async () => {
    renderPane({ gateway: new FakeGateway(), language: "es" });
    expect(screen.getByRole("heading", { name: "SELA Nichos" })).toBeTruthy();
    for (const name of [
      "Encadenamientos insumo-producto",
      "Nichos comerciales",
      "Espacio de productos",
      "Datos de ejemplo",
      "Compartir con seguridad",
      "Insertar una función",
    ]) {
      expect(screen.getByRole("button", { name })).toBeTruthy();
    }
    const io = screen.getByRole("region", { name: "Encadenamientos insumo-producto" });
    expect(within(io).getByRole("button", { name: "Ejecutar el análisis insumo-producto" })).toBeTruthy();
    await within(io).findByText(/Todavía no hay tablas/);
    fireEvent.click(screen.getByRole("tab", { name: "English" }));
    expect(await screen.findByRole("heading", { name: "SELA Niches" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Run input-output analysis" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Español" }));
    expect(await screen.findByRole("button", { name: "Ejecutar el análisis insumo-producto" })).toBeTruthy();
  });

  it("shows the function list in the chosen language", async () => {
    renderPane({ gateway: new FakeGateway(), language: "es" });
    const section = openSection("Insertar una función");
    expect(await within(section).findByRole("button", { name: /SELA\.VCR/ })).toBeTruthy();
  });
});

describe("sample data", () => {
  it("inserts the trade sample with its attribution and the world totals joined", async () => {
    const gateway = new FakeGateway();
    renderPane({ gateway });
    const section = openSection("Sample data");
    fireEvent.click(within(section).getByRole("button", { name: "Insert Latin American trade sample" }));
    await within(section).findByText("Inserted on the sheet LatAm trade.");
    const sample = gateway.samples[0]!;
    expect(sample.table).toBe("SELA_LatAm_trade");
    expect(sample.attribution).toMatch(/Open Trade Statistics/);
    expect(sample.data.headers).toEqual(["country", "product", "value", "world_value"]);
    expect(sample.data.rows[0]).toEqual(["arg", "0011", 988302, 307337354]);
  });

  it("inserts the trade sample with Spanish headers in Spanish", async () => {
    const gateway = new FakeGateway();
    renderPane({ gateway, language: "es" });
    const section = openSection("Datos de ejemplo");
    fireEvent.click(within(section).getByRole("button", { name: "Insertar el ejemplo de comercio latinoamericano" }));
    await within(section).findByText("Insertada en la hoja Comercio ALC.");
    const sample = gateway.samples[0]!;
    expect(sample.table).toBe("SELA_LatAm_trade");
    expect(sample.data.headers).toEqual(["país", "producto", "valor", "valor_mundial"]);
    expect(sample.data.rows[0]).toEqual(["arg", "0011", 988302, 307337354]);
  });

  it("writes the trainer's workbook: Excel's formulas next to the SELA functions", async () => {
    const gateway = new FakeGateway();
    renderPane({ gateway, language: "es" });
    const section = openSection("Datos de ejemplo");
    fireEvent.click(within(section).getByRole("button", { name: "Escribir el libro del formador" }));
    await within(section).findByText("Insertada en la hoja Libro del formador.");
    const cells = gateway.reports[0]!.report.sheets[0]!.blocks.flatMap((b) => b.values.flat());
    const formulas = cells.flatMap((v) => (v !== null && typeof v === "object" && "formula" in v ? [v.formula] : []));
    expect(formulas).toContain("=MINVERSE(B14:C15)");
    expect(formulas).toContain("=SELA.LEONTIEF(B10:C11)");
  });

  it("shows a failed insertion in a MessageBar", async () => {
    const gateway = new FakeGateway();
    renderPane({ gateway, loadText: () => Promise.reject(new Error("samples/io/x.csv: HTTP 404")) });
    const section = openSection("Sample data");
    fireEvent.click(within(section).getByRole("button", { name: "Insert Brazil 2015 input-output table" }));
    const alert = await within(section).findByRole("alert");
    expect(alert.textContent).toContain("HTTP 404");
    expect(alert.textContent).toContain("Try again");
  });
});

// Dialog buttons are queried with `hidden: true`: in jsdom, tabster's modalizer sometimes marks the
// dialog aria-hidden for a moment while it takes focus (a browser settles it before any user input).
describe("share safely", () => {
  it("asks before freezing, then shows how many cells were frozen and where the formulas went", async () => {
    const gateway = new FakeGateway();
    renderPane({ gateway });
    const section = openSection("Share safely");
    expect(section.textContent).toContain('"SELA formulas" sheet');
    fireEvent.click(within(section).getByRole("radio", { name: "The whole active sheet" }));
    fireEvent.click(within(section).getByRole("button", { name: "Freeze to values" }));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
    await waitFor(() => {
      expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull();
    });
    expect(gateway.calls.filter((c) => c.method === "freezeFormulas")).toHaveLength(0);
    fireEvent.click(within(section).getByRole("button", { name: "Freeze to values" }));
    fireEvent.click(await screen.findByRole("button", { name: "Freeze", hidden: true }));
    await within(section).findByText("3 cells frozen; the formulas are recorded in the sheet SELA formulas.");
    expect(gateway.calls.find((c) => c.method === "freezeFormulas")?.args).toEqual(["sheet"]);
    fireEvent.click(within(section).getByRole("button", { name: "Repair formulas" }));
    await within(section).findByText("2 formulas re-entered.");
  });
});

describe("insert a function", () => {
  async function chooseLeontief(): Promise<HTMLElement> {
    const section = openSection("Insert a function");
    await within(section).findByRole("button", { name: /SELA\.RCA/ });
    fireEvent.change(within(section).getByRole("searchbox", { name: "Search functions" }), {
      target: { value: "leontief" },
    });
    await waitFor(() => {
      expect(within(section).queryByRole("button", { name: /SELA\.RCA/ })).toBeNull();
    });
    fireEvent.click(within(section).getByRole("button", { name: /SELA\.LEONTIEF/ }));
    expect(within(section).getByText("=SELA.LEONTIEF(B2:D4)", { selector: "span" })).toBeTruthy();
    fireEvent.change(within(section).getByLabelText("Arguments of the formula"), {
      target: { value: "B2:D4, F2:F4" },
    });
    return section;
  }

  it("writes the formula at an empty selection without asking", async () => {
    const gateway = new FakeGateway();
    renderPane({ gateway });
    const section = await chooseLeontief();
    fireEvent.click(within(section).getByRole("button", { name: "Insert at the selection" }));
    await within(section).findByText("Inserted =SELA.LEONTIEF(B2:D4, F2:F4).");
    expect(gateway.formulas).toEqual([{ address: "Sheet1!A1", formula: "=SELA.LEONTIEF(B2:D4, F2:F4)" }]);
  });

  it("asks before overwriting a non-empty cell, and keeps it when told to", async () => {
    const gateway = new FakeGateway();
    gateway.selection = { address: "Sheet1!C3", value: 42 };
    renderPane({ gateway });
    const section = await chooseLeontief();
    fireEvent.click(within(section).getByRole("button", { name: "Insert at the selection" }));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(dialog.textContent).toContain("The selected cell is not empty");
    fireEvent.click(within(dialog).getByRole("button", { name: "Keep the cell", hidden: true }));
    await within(section).findByText("Nothing was written: the cell keeps its content.");
    expect(gateway.formulas).toHaveLength(0);
    await waitFor(() => {
      expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull();
    });

    fireEvent.click(within(section).getByRole("button", { name: "Insert at the selection" }));
    fireEvent.click(await screen.findByRole("button", { name: "Replace", hidden: true }));
    await within(section).findByText("Inserted =SELA.LEONTIEF(B2:D4, F2:F4).");
    expect(gateway.formulas).toEqual([{ address: "Sheet1!C3", formula: "=SELA.LEONTIEF(B2:D4, F2:F4)" }]);
  });

  it("shows a formula Excel refuses in a MessageBar", async () => {
    const gateway = new FakeGateway();
    gateway.failures.set("insertFormula", new Error("the formula has unbalanced parentheses"));
    renderPane({ gateway });
    const section = await chooseLeontief();
    fireEvent.click(within(section).getByRole("button", { name: "Insert at the selection" }));
    const alert = await within(section).findByRole("alert");
    expect(alert.textContent).toContain("unbalanced parentheses");
    expect(alert.textContent).toContain("Check the arguments");
  });
});

describe("product space", () => {
  it("runs on the trade sample and lists the focus country's opportunities", async () => {
    const gateway = new FakeGateway();
    gateway.addTable(
      "SELA_LatAm_trade",
      tradeSampleTable(
        await testLoader("samples/trade/world_trade_sitc4_latam_subset.csv"),
        await testLoader("samples/trade/world_trade_sitc4_product_totals.csv"),
        "en",
      ),
    );
    renderPane({ gateway });
    const section = openSection("Product space");
    await chooseCountry(section, "chl");
    await clickWhenEnabled(section, "Run product space");
    await within(section).findByText("Report written to the sheets:", {}, { timeout: 20000 });
    expect(within(section).getByText(/^chl: ECI rank \d+ of 20/)).toBeTruthy();
    expect(within(section).getByText(/^Top opportunities: /)).toBeTruthy();
    expect(gateway.reports[0]!.sheets.length).toBeGreaterThan(0);
  }, 30000);
});

describe("the workbench", () => {
  it("hides what needs Excel, uses the sample data, runs the IO analysis and downloads a readable workbook", async () => {
    const gateway = createFileGateway();
    const saved: { bytes: Uint8Array; name: string }[] = [];
    renderPane({
      gateway,
      mode: "workbench",
      save: (bytes, name) => saved.push({ bytes, name }),
    });
    for (const name of ["Sample data", "Share safely", "Insert a function"]) {
      expect(screen.queryByRole("button", { name })).toBeNull();
    }
    const files = screen.getByRole("region", { name: "Workbook file" });
    expect(within(files).getByLabelText("Open .xlsx or .csv")).toBeTruthy();
    expect(within(files).getByRole("button", { name: "Download results (.xlsx)" })).toHaveProperty("disabled", true);
    fireEvent.click(within(files).getByRole("button", { name: "Use sample data" }));
    await within(files).findByText("Sample tables added: Brazil IO 2015, LatAm trade.");

    const io = screen.getByRole("region", { name: "Input-output linkages" });
    await waitFor(() => {
      expect(within(io).getByLabelText<HTMLSelectElement>("Table").value).toBe("SELA_Brazil_IO_2015");
    });
    const run = within(io).getByRole("button", { name: "Run input-output analysis" });
    await waitFor(() => {
      expect(run).toHaveProperty("disabled", false);
    });
    fireEvent.click(run);
    await within(io).findByText("Report written to the sheets:", {}, { timeout: 10000 });
    await within(files).findByText(/^2 result sheets ready/);
    fireEvent.click(within(files).getByRole("button", { name: "Download results (.xlsx)" }));
    await within(files).findByText("Downloaded sela-niches-results.xlsx.");
    expect(saved).toHaveLength(1);
    const book = readWorkbook(saved[0]!.bytes);
    expect(book.sheets.map((s) => s.name)).toEqual(gateway.resultSheets());
  });

  it("opens a CSV file chosen in the file input", async () => {
    const gateway = createFileGateway();
    renderPane({ gateway, mode: "workbench" });
    const files = screen.getByRole("region", { name: "Workbook file" });
    const csv = "reporter,product,year,value\narg,01,2019,5\nchl,01,2019,7\narg,02,2019,3\nchl,02,2019,1\n";
    const file = new File([csv], "trade.csv", { type: "text/csv" });
    fireEvent.change(within(files).getByLabelText("Open .xlsx or .csv"), { target: { files: [file] } });
    await within(files).findByText("Opened trade.csv: 1 table or range.");
    expect((await gateway.listTables())[0]?.name).toBe("'trade'!A1:D5");
  });

  it("shows an unreadable file in a MessageBar with what to do next", async () => {
    const gateway = createFileGateway();
    renderPane({ gateway, mode: "workbench", language: "es" });
    const files = screen.getByRole("region", { name: "Archivo de trabajo" });
    const file = new File(["%PDF-1.4"], "informe.pdf", { type: "application/pdf" });
    fireEvent.change(within(files).getByLabelText("Abrir .xlsx o .csv"), { target: { files: [file] } });
    const alert = await within(files).findByRole("alert");
    expect(alert.textContent).toContain("tipo de archivo no admitido .pdf");
    expect(alert.textContent).toContain("Abra un archivo .xlsx o .csv");
  });
});
