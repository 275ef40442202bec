/** @jest-environment jsdom */
import "../support/jsdomSetup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { labels } from "../../src/analysis/labels";
import type { ReportValue } from "../../src/analysis/report";
import { backward, forward, outputmult } from "../../src/functions/io";
import { CancelledError } from "../../src/worker/workerClient";
import { FakeGateway } from "../support/fakeGateway";
import { inThreadCompute, ROOT, renderPane } from "../support/paneSupport";
import { parseCsv } from "../../src/xlsx/csv";
import { inputError } from "../../src/core/errors";

const region = (name: string): HTMLElement => screen.getByRole("region", { name });

/** Z (rows sell) and x of the Brazil sample, straight from the CSV files. */
function brazilZx(): { z: number[][]; x: number[][] } {
  const dir = join(ROOT, "assets/samples/io/br_ibge_2015_12s");
  const [, ...zRows] = parseCsv(readFileSync(join(dir, "transactions.csv"), "utf8"));
  const [sHead, ...sRows] = parseCsv(readFileSync(join(dir, "sectors.csv"), "utf8"));
  const out = (sHead ?? []).indexOf("output");
  return {
    z: zRows.map((r) => r.slice(1).map(Number)),
    x: zRows.map((r) => [Number((sRows.find((s) => s[0] === r[0]) ?? [])[out])]),
  };
}

/** The per-sector table of the IO sheet: the block whose header has the output multiplier. */
function perSectorTable(gateway: FakeGateway): ReportValue[][] {
  const t = labels("en");
  const sheet = gateway.reports[0]!.report.sheets[0]!;
  const block = sheet.blocks.find((b) => b.values[0]?.[2] === t.outputMultiplier);
  expect(block).toBeDefined();
  return block!.values.map((r) => [...r]);
}

async function insertBrazil(): Promise<void> {
  fireEvent.click(within(region("Sample data")).getByRole("button", { name: "Insert Brazil 2015 input-output table" }));
  await within(region("Sample data")).findByText(/Inserted on the sheet/);
}

describe("input-output linkages in the pane", () => {
  it("runs on the Brazil sample and writes the numbers the custom functions give", async () => {
    const gateway = new FakeGateway();
    renderPane({ gateway });
    await insertBrazil();
    expect(gateway.samples[0]?.attribution).toMatch(/IBGE/);
    const io = region("Input-output linkages");
    await waitFor(() => {
      expect(within(io).getByLabelText<HTMLSelectElement>("Gross output (row or column)").value).toBe("Output");
    });
    expect(within(io).getByText("12 sectors found.")).toBeTruthy();
    expect(within(io).getByRole<HTMLInputElement>("checkbox", { name: "Employment" }).checked).toBe(true);
    const listedBefore = gateway.calls.filter((c) => c.method === "listTables").length;
    fireEvent.click(within(io).getByRole("button", { name: "Run input-output analysis" }));
    await within(io).findByText("Report written to the sheets:", {}, { timeout: 10000 });
    expect(within(io).getByText(/^Key sectors:/)).toBeTruthy();

    const table = perSectorTable(gateway);
    const { z, x } = brazilZx();
    const multipliers = outputmult(z, x);
    const back = backward(z, x);
    const fwd = forward(z, x);
    expect(table).toHaveLength(13);
    for (let i = 0; i < 12; i++) {
      const row = table[i + 1]!;
      expect(row[2] as number).toBeCloseTo(multipliers[i]![0] as number, 12);
      expect(row[3] as number).toBeCloseTo(back[i]![0] as number, 12);
      expect(row[4] as number).toBeCloseTo(fwd[i]![0] as number, 12);
    }
    // The sheets written are listed in the pane.
    const list = within(io).getByRole("list", { name: "Report written to the sheets:" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(gateway.reports[0]!.sheets);
    // The report's own sheets are not offered as input tables.
    await waitFor(() => {
      expect(gateway.calls.filter((c) => c.method === "listTables").length).toBeGreaterThan(listedBefore);
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const options = within(within(io).getByLabelText<HTMLSelectElement>("Table")).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["SELA_Brazil_IO_2015"]);
  });

  it("detects a table's defaults once, and keeps the user's choices when the language changes", async () => {
    const gateway = new FakeGateway();
    const detector = inThreadCompute();
    const detections: string[] = [];
    const compute = {
      runTask: (task: string, payload: unknown, language: "en" | "es", signal?: AbortSignal) => {
        if (task === "ioDefaults") detections.push(String((payload as { labelColumn?: string }).labelColumn));
        return detector.runTask(task, payload, language, signal);
      },
    };
    renderPane({ gateway, compute });
    await insertBrazil();
    const io = region("Input-output linkages");
    const output = (): HTMLSelectElement =>
      within(io).getByLabelText<HTMLSelectElement>("Gross output (row or column)");
    await waitFor(() => {
      expect(output().value).toBe("Output");
    });
    expect(detections).toHaveLength(1);
    const other = Array.from(output().options).find((o) => o.value !== "Output")!.value;
    fireEvent.change(output(), { target: { value: other } });
    fireEvent.click(screen.getByRole("tab", { name: "Español" }));
    const salida = await within(region("Encadenamientos insumo-producto")).findByLabelText<HTMLSelectElement>(
      /Producción bruta/,
    );
    expect(salida.value).toBe(other);
    expect(detections).toHaveLength(1);
  });

  it("uses Ghosh forward linkages when chosen", async () => {
    const gateway = new FakeGateway();
    renderPane({ gateway });
    await insertBrazil();
    const io = region("Input-output linkages");
    await waitFor(() => {
      expect(within(io).getByLabelText<HTMLSelectElement>("Gross output (row or column)").value).toBe("Output");
    });
    fireEvent.click(within(io).getByRole("radio", { name: "Ghosh (supply-driven)" }));
    fireEvent.click(within(io).getByRole("button", { name: "Run input-output analysis" }));
    await within(io).findByText("Report written to the sheets:", {}, { timeout: 10000 });
    const { z, x } = brazilZx();
    const fwd = forward(z, x, "ghosh");
    const table = perSectorTable(gateway);
    for (let i = 0; i < 12; i++) expect(table[i + 1]![4] as number).toBeCloseTo(fwd[i]![0] as number, 12);
  });

  it("shows an analysis error in a MessageBar in the user's language, with what to do next", async () => {
    const gateway = new FakeGateway();
    gateway.addTable("IO_table", {
      name: "IO_table",
      headers: ["Sector", "A", "B", "Output"],
      rows: [
        ["A", 10, 20, 100],
        ["B", 30, "n/a", 200],
      ],
    });
    renderPane({ gateway, language: "es" });
    const io = region("Encadenamientos insumo-producto");
    // Detection already reports the bad cell, in Spanish.
    await within(io).findByText(/celda no numérica/);
    expect(within(io).getByRole("button", { name: "Ejecutar el análisis insumo-producto" })).toHaveProperty(
      "disabled",
      true,
    );
  });

  it("shows a failure of the worker or the gateway in a MessageBar, and nothing is written", async () => {
    const gateway = new FakeGateway();
    gateway.addTable("IO_table", {
      name: "IO_table",
      headers: ["Sector", "A", "B", "Output"],
      rows: [
        ["A", 10, 20, 100],
        ["B", 30, 40, 200],
      ],
    });
    gateway.failures.set(
      "writeReport",
      inputError("the sheet is protected: unprotect it", "la hoja está protegida: desprotéjala"),
    );
    renderPane({ gateway, language: "es" });
    const io = region("Encadenamientos insumo-producto");
    await waitFor(() => {
      expect(within(io).getByRole("button", { name: "Ejecutar el análisis insumo-producto" })).toHaveProperty(
        "disabled",
        false,
      );
    });
    fireEvent.click(within(io).getByRole("button", { name: "Ejecutar el análisis insumo-producto" }));
    const alert = await within(io).findByRole("alert");
    // The title stands apart and the message is a sentence of its own, capitalised.
    expect(alert.textContent).toContain("La hoja está protegida");
    expect(within(alert).getByText("Algo salió mal")).toBeTruthy();
    expect(alert.textContent).toContain("vuelva a ejecutar");
    expect(gateway.reports).toHaveLength(0);
  });

  it("cancels a running computation: the worker job is aborted and nothing is written", async () => {
    const gateway = new FakeGateway();
    gateway.addTable("IO_table", {
      name: "IO_table",
      headers: ["Sector", "A", "B", "Output"],
      rows: [
        ["A", 10, 20, 100],
        ["B", 30, 40, 200],
      ],
    });
    let received: AbortSignal | undefined;
    const detector = inThreadCompute();
    const compute = {
      // The form's defaults are detected as usual; the analysis itself never ends until cancelled.
      runTask: (task: string, payload: unknown, language: "en" | "es", signal?: AbortSignal) =>
        task === "ioDefaults"
          ? detector.runTask(task, payload, language)
          : new Promise((_resolve, reject) => {
              received = signal;
              signal?.addEventListener("abort", () => {
                reject(new CancelledError());
              });
            }),
    };
    renderPane({ gateway, compute });
    const io = region("Input-output linkages");
    await waitFor(() => {
      expect(within(io).getByRole("button", { name: "Run input-output analysis" })).toHaveProperty("disabled", false);
    });
    fireEvent.click(within(io).getByRole("button", { name: "Run input-output analysis" }));
    await within(io).findByText("Computing…");
    expect(within(io).getByRole("progressbar", { name: "Progress" })).toBeTruthy();
    fireEvent.click(within(io).getByRole("button", { name: "Cancel" }));
    await within(io).findByText("Cancelled: nothing was written.");
    expect(received?.aborted).toBe(true);
    expect(gateway.reports).toHaveLength(0);
    expect(within(io).queryByRole("button", { name: "Cancel" })).toBeNull();
  });
});
