/** @jest-environment jsdom */
import "../support/jsdomSetup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { TableData, TableSummary } from "../../src/analysis/gateway";
import { RunPanel } from "../../src/taskpane/components/RunPanel";
import { tradeSampleTable } from "../../src/taskpane/samples";
import { formatCount, formatPercent } from "../../src/taskpane/strings";
import { tableOptionText } from "../../src/taskpane/tableLabel";
import type { AnalysisRun } from "../../src/taskpane/useAnalysisRun";
import { FakeGateway } from "../support/fakeGateway";
import { chooseCountry, clickWhenEnabled, openSection, renderPane, testLoader } from "../support/paneSupport";

/** A gateway whose one table is a plain sheet range of a wide file, as the workbench lists an opened CSV. */
class RangeGateway extends FakeGateway {
  constructor(
    readonly range: string,
    readonly listedRows: number,
  ) {
    super();
  }

  override async listTables(): Promise<TableSummary[]> {
    const listed = await super.listTables();
    return listed.map((t) => (t.name === this.range ? { ...t, kind: "range" as const, rows: this.listedRows } : t));
  }
}

const LONG_SHEET = "world_trade_sitc4_latam_subset";
const RANGE = `'${LONG_SHEET}'!A1:C124337`;

function tradeRows(countries: readonly string[], values: readonly (readonly number[])[]): TableData {
  const products = ["0011", "0222", "5111", "7810"];
  const rows = countries.flatMap((c, i) => products.map((p, j) => [c, p, values[i]![j]!]));
  return { name: "trade", headers: ["reporter", "product", "value"], rows };
}

describe("the table picker at Excel's pane width", () => {
  it("shows a plain range as its sheet and address, keeps the range as the value, and the hint below the button", async () => {
    const gateway = new RangeGateway(RANGE, 124336);
    gateway.addTable(
      RANGE,
      tradeRows(
        ["arg", "bra"],
        [
          [1, 2, 3, 4],
          [4, 3, 2, 1],
        ],
      ),
      LONG_SHEET,
    );
    renderPane({ gateway });
    const section = openSection("Trade niches");
    const select = await within(section).findByRole<HTMLSelectElement>("combobox", { name: "Table" });
    await waitFor(() => {
      expect(select.value).toBe(RANGE);
    });
    const option = within(select).getByRole<HTMLOptionElement>("option", {
      name: tableOptionText({ name: RANGE, sheet: LONG_SHEET, kind: "range" }),
    });
    expect(option.value).toBe(RANGE);
    expect(option.textContent).not.toContain("'");
    expect(option.textContent).toContain("(A1:C124337)");
    // Grouped count; the hint follows the Refresh button, so the button cannot sit on top of it.
    const hint = await within(section).findByText(`${LONG_SHEET} · 124,336 rows x 3 columns`);
    const refresh = within(section).getByRole("button", { name: "Refresh the list of tables" });
    expect(refresh.compareDocumentPosition(hint) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(select.getAttribute("aria-describedby")).toBe(hint.id);
  });

  it("names a long range's sheet shortly and an Excel table by its name", () => {
    // Cut in the middle: both ends stay, so sheets named alike remain told apart.
    expect(tableOptionText({ name: RANGE, sheet: LONG_SHEET, kind: "range" })).toBe(
      `${LONG_SHEET.slice(0, 10)}…${LONG_SHEET.slice(-9)} (A1:C124337)`,
    );
    expect(tableOptionText({ name: "'latam_exports_2000_hs6'!A1:B2", sheet: "", kind: "range" })).not.toBe(
      tableOptionText({ name: "'latam_exports_2010_hs6'!A1:B2", sheet: "", kind: "range" }),
    );
    expect(tableOptionText({ name: "'Bob''s data'!A1:B2", sheet: "Bob's data", kind: "range" })).toBe(
      "Bob's data (A1:B2)",
    );
    expect(tableOptionText({ name: "SELA_LatAm_trade", sheet: "LatAm trade", kind: "table" })).toBe("SELA_LatAm_trade");
  });
});

describe("trade niches with one period", () => {
  it("says that TradeCAN needs two periods instead of counting 0 rising stars", async () => {
    const gateway = new FakeGateway();
    gateway.addTable(
      "trade",
      tradeRows(
        ["arg", "bra", "chl"],
        [
          [5, 1, 1, 1],
          [1, 5, 1, 1],
          [1, 1, 5, 1],
        ],
      ),
    );
    renderPane({ gateway, language: "es" });
    const section = openSection("Nichos comerciales");
    await chooseCountry(section, "arg", "País foco");
    await clickWhenEnabled(section, "Ejecutar nichos comerciales");
    await within(section).findByText("Informe escrito en las hojas:", {}, { timeout: 10000 });
    expect(within(section).getByText(/TradeCAN necesita dos períodos \(t0 y t1\)/)).toBeTruthy();
    expect(within(section).queryByText(/Estrellas nacientes/)).toBeNull();
  }, 20000);
});

describe("product space", () => {
  it("says the reference is not used, how many small exporters were left out and that the rank is the table's", async () => {
    const gateway = new FakeGateway();
    // "tiny" exports far below 0.01 % of the table's total: left out as a small exporter. The others are
    // nested (each exports with RCA ≥ 1 a subset of the next one's products), so the complexity is defined.
    gateway.addTable(
      "trade",
      tradeRows(
        ["arg", "bra", "chl", "per", "tiny"],
        [
          [300, 200, 150, 100],
          [400, 300, 200, 10],
          [500, 300, 10, 10],
          [600, 20, 10, 10],
          [0.001, 0, 0, 0],
        ],
      ),
    );
    renderPane({ gateway });
    const section = openSection("Product space");
    expect(await within(section).findByText(/^Not used in the computation/)).toBeTruthy();
    await chooseCountry(section, "chl");
    await clickWhenEnabled(section, "Run product space");
    await within(section).findByText("Report written to the sheets:", {}, { timeout: 10000 });
    expect(within(section).getByText("Left out as a small exporter: 1 reporter.")).toBeTruthy();
    expect(within(section).getByText(/^Only 5 reporters: the rank is among the table's countries only/)).toBeTruthy();
    expect(within(section).getByText(/^chl: ECI rank \d of 4,/)).toBeTruthy();
  }, 20000);
});

describe("the confirmation dialog", () => {
  it("asks before showing the spinner, names the scope in lower case and gives focus back after Cancel and Escape", async () => {
    const gateway = new FakeGateway();
    renderPane({ gateway, language: "es" });
    const section = openSection("Compartir con seguridad");
    const freeze = within(section).getByRole("button", { name: "Congelar en valores" });
    freeze.focus();
    fireEvent.click(freeze);
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(dialog.textContent).toContain("Las fórmulas SELA de la selección pasarán a ser valores.");
    expect(within(section).queryByText("Congelando las fórmulas…")).toBeNull();
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancelar", hidden: true }));
    await waitFor(() => {
      expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull();
    });
    await waitFor(() => {
      expect(document.activeElement).toBe(freeze);
    });

    fireEvent.click(within(section).getByRole("radio", { name: "Toda la hoja activa" }));
    freeze.focus();
    fireEvent.click(freeze);
    const again = await screen.findByRole("alertdialog", { hidden: true });
    expect(again.textContent).toContain("de toda la hoja activa");
    act(() => {
      (document.activeElement as HTMLElement).blur();
    });
    fireEvent.keyDown(again, { key: "Escape" });
    await waitFor(() => {
      expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull();
    });
    await waitFor(() => {
      expect(document.activeElement).toBe(freeze);
    });
    expect(gateway.calls.filter((c) => c.method === "freezeFormulas")).toHaveLength(0);
  });

  it("gives focus back to Insert when the user keeps the cell", async () => {
    const gateway = new FakeGateway();
    gateway.selection = { address: "Sheet1!A1", value: 5 };
    renderPane({ gateway });
    const section = openSection("Insert a function");
    fireEvent.click(await within(section).findByRole("button", { name: /SELA\.RCA/ }));
    const insert = within(section).getByRole("button", { name: "Insert at the selection" });
    insert.focus();
    fireEvent.click(insert);
    fireEvent.click(await screen.findByRole("button", { name: "Keep the cell", hidden: true }));
    await within(section).findByText("Nothing was written: the cell keeps its content.");
    await waitFor(() => {
      expect(document.activeElement).toBe(insert);
    });
  });
});

describe("the IO section on a trade table", () => {
  it("offers no gross output or satellites when the table is not an input-output table", async () => {
    const gateway = new FakeGateway();
    gateway.addTable(
      "trade",
      tradeRows(
        ["arg", "bra"],
        [
          [1, 2, 3, 4],
          [4, 3, 2, 1],
        ],
      ),
    );
    renderPane({ gateway });
    const io = screen.getByRole("region", { name: "Input-output linkages" });
    await within(io).findByText(/does not look like an input-output table yet/);
    expect(within(io).getByRole("combobox", { name: "Sector labels (column)" })).toBeTruthy();
    expect(within(io).queryByRole("combobox", { name: "Gross output (row or column)" })).toBeNull();
    expect(within(io).queryByRole("group", { name: "Employment, wages, value added (optional)" })).toBeNull();
    expect(within(io).queryAllByRole("checkbox")).toHaveLength(0);
  });
});

describe("a failed write to Excel", () => {
  it("advises trying again, not checking the table", async () => {
    const gateway = new FakeGateway();
    gateway.addTable(
      "trade",
      tradeRows(
        ["arg", "bra"],
        [
          [5, 1, 1, 1],
          [1, 5, 1, 1],
        ],
      ),
    );
    gateway.failures.set("writeReport", new Error("the request failed with status code 500"));
    renderPane({ gateway });
    const section = openSection("Trade niches");
    await chooseCountry(section, "arg");
    await clickWhenEnabled(section, "Run trade niches");
    const alert = await within(section).findByRole("alert", {}, { timeout: 10000 });
    expect(alert.textContent).toContain("The request failed with status code 500. Try again;");
    expect(alert.textContent).not.toContain("Check the table");
  }, 20000);
});

describe("the trainer's workbook", () => {
  it("is a report sheet: the table lists leave it out", async () => {
    const gateway = new FakeGateway();
    renderPane({ gateway });
    const samples = openSection("Sample data");
    fireEvent.click(within(samples).getByRole("button", { name: "Write the trainer's workbook" }));
    await within(samples).findByText(/^Inserted on the sheet /);
    const sheet = gateway.reports[0]!.sheets[0]!;
    expect((await gateway.listTables()).some((t) => t.sheet === sheet)).toBe(true);
    const io = screen.getByRole("region", { name: "Input-output linkages" });
    await within(io).findByText(/^No tables or ranges found yet/);
    expect(within(io).queryByRole("option", { name: new RegExp(sheet) })).toBeNull();
  });
});

describe("the report-writing progress", () => {
  it("is a percentage", () => {
    const run: AnalysisRun<unknown> = {
      state: { phase: "writing", progress: { done: 188, total: 673 } },
      busy: true,
      run: () => Promise.resolve(),
      cancel: () => undefined,
      dismiss: () => undefined,
    };
    const panel = (language: "en" | "es") => (
      <FluentProvider theme={webLightTheme}>
        <RunPanel
          run={run}
          language={language}
          runLabel="Run"
          canRun
          onRun={() => undefined}
          renderSummary={() => null}
        />
      </FluentProvider>
    );
    const { rerender } = render(panel("en"));
    expect(screen.getByRole("status").textContent).toBe(`Writing the report: ${formatPercent(188 / 673, "en")}`);
    expect(screen.getByRole("status").textContent).toBe("Writing the report: 28%");
    rerender(panel("es"));
    expect(screen.getByRole("status").textContent.replace(/\s/g, " ")).toBe("Escribiendo el informe: 28 %");
  });
});

describe("the function list", () => {
  it("is one tab stop; the arrow keys, Home and End move among the functions", async () => {
    renderPane({ gateway: new FakeGateway() });
    const section = openSection("Insert a function");
    const list = await within(section).findByRole("list", { name: "Functions" });
    const buttons = within(list).getAllByRole("button");
    expect(buttons.length).toBeGreaterThan(2);
    const stops = (): HTMLElement[] => buttons.filter((b) => b.tabIndex === 0);
    expect(stops()).toEqual([buttons[0]]);
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(buttons[1]);
    expect(stops()).toEqual([buttons[1]]);
    fireEvent.keyDown(buttons[1]!, { key: "End" });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.click(buttons[1]!);
    expect(buttons[1]!.getAttribute("aria-pressed")).toBe("true");
    expect(stops()).toEqual([buttons[1]]);
  });
});

describe("the pane's wording", () => {
  it("calls the workbench a browser mode, not an error, in both languages", () => {
    renderPane({ gateway: new FakeGateway(), mode: "workbench", language: "es" });
    expect(screen.getByText(/^Modo navegador: /)).toBeTruthy();
  });

  it("groups thousands as each language does", () => {
    expect(formatCount(13987, "en")).toBe("13,987");
    expect(formatCount(13987, "es")).toBe("13.987");
  });

  it("uses the sample data's real size", async () => {
    const trade = tradeSampleTable(
      await testLoader("samples/trade/world_trade_sitc4_latam_subset.csv"),
      await testLoader("samples/trade/world_trade_sitc4_product_totals.csv"),
      "es",
    );
    const gateway = new FakeGateway();
    gateway.addTable("SELA_LatAm_trade", trade, "Comercio ALC");
    renderPane({ gateway, language: "es" });
    const section = openSection("Nichos comerciales");
    await within(section).findByText(
      `Comercio ALC · ${formatCount(trade.rows.length, "es")} filas x ${String(trade.headers.length)} columnas`,
    );
    expect(trade.rows.length).toBeGreaterThan(9999);
    expect(formatCount(trade.rows.length, "es")).toContain(".");
  });
});
