/** @jest-environment jsdom */
/**
 * Nothing the pane shows or names for assistive technology stays in English when the pane is in Spanish:
 * labels, placeholders and titles come from the Spanish strings (Fluent's built-in English names
 * replaced), busy states are named, and failures of the pane's own code speak both languages.
 */
import "../support/jsdomSetup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { TableData } from "../../src/analysis/gateway";
import { inputError, SelaError } from "../../src/core/errors";
import type { Language } from "../../src/functions/language";
import { fileBytes } from "../../src/taskpane/components/WorkbenchPanel";
import type { TaskRunner } from "../../src/taskpane/compute";
import { errorMessage } from "../../src/taskpane/errors";
import { loadFunctionList } from "../../src/taskpane/functionList";
import { brazilSampleTable, tradeSampleTable } from "../../src/taskpane/samples";
import { strings } from "../../src/taskpane/strings";
import { createFileGateway } from "../../src/workbench/fileGateway";
import { FakeGateway } from "../support/fakeGateway";
import { FUNCTIONS_ES, inThreadCompute, renderPane, testLoader } from "../support/paneSupport";

function openAll(names: readonly string[]): void {
  for (const name of names) {
    const header = screen.getByRole("button", { name });
    if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
  }
}

/** Every accessible name, placeholder and title the page carries. */
function namedAttributes(root: HTMLElement): string[] {
  const found: string[] = [];
  root.querySelectorAll("*").forEach((el) => {
    for (const attribute of ["aria-label", "placeholder", "title", "alt"]) {
      const value = el.getAttribute(attribute);
      if (value !== null && value.trim() !== "") found.push(value);
    }
  });
  return found;
}

/** Texts only English has (the English strings that differ from their Spanish version). */
function englishOnly(): Set<string> {
  const keys = Object.keys(strings.en) as (keyof typeof strings.en)[];
  return new Set(keys.filter((k) => strings.en[k] !== strings.es[k]).map((k) => strings.en[k]));
}

/** The pane's text nodes. */
function texts(root: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? "";
    if (text !== "") found.push(text);
  }
  return found;
}

async function samples(): Promise<{ io: TableData; trade: TableData }> {
  const io = brazilSampleTable(
    await testLoader("samples/io/br_ibge_2015_12s/sectors.csv"),
    await testLoader("samples/io/br_ibge_2015_12s/transactions.csv"),
    "es",
  );
  const trade = tradeSampleTable(
    await testLoader("samples/trade/world_trade_sitc4_latam_subset.csv"),
    await testLoader("samples/trade/world_trade_sitc4_product_totals.csv"),
    "es",
  );
  return { io, trade };
}

describe("the pane in Spanish", () => {
  it("names every control, field and section in Spanish, with the forms and the function details open", async () => {
    const gateway = new FakeGateway();
    const { io, trade } = await samples();
    gateway.addTable("SELA_Brazil_IO_2015", io);
    gateway.addTable("SELA_LatAm_trade", trade);
    const { container } = renderPane({ gateway, language: "es" });
    openAll(["Nichos comerciales", "Espacio de productos", "Compartir con seguridad", "Insertar una función"]);
    const functions = screen.getByRole("region", { name: "Insertar una función" });
    fireEvent.click(await within(functions).findByRole("button", { name: /SELA\.VCR/ }));
    const trades = screen.getByRole("region", { name: "Nichos comerciales" });
    await waitFor(() => {
      expect(within(trades).getByLabelText<HTMLSelectElement>("Columna del producto").value).toBe("producto");
    });
    await within(screen.getByRole("region", { name: "Encadenamientos insumo-producto" })).findByText(
      "Se encontraron 12 sectores.",
    );

    const allowed = new Set<string>([
      ...Object.values(strings.es),
      ...FUNCTIONS_ES.functions.map((f) => `SELA.${f.name}`),
    ]);
    const names = namedAttributes(container);
    expect(names).toEqual(expect.arrayContaining(["Mostrar los declarantes", "Borrar la búsqueda"]));
    expect(names.filter((n) => !allowed.has(n))).toEqual([]);
    const english = englishOnly();
    expect(texts(container).filter((x) => english.has(x))).toEqual([]);
  });

  it("names the workbench's controls in Spanish", async () => {
    const { container } = renderPane({
      gateway: createFileGateway(inThreadCompute()),
      mode: "workbench",
      language: "es",
    });
    await screen.findByRole("button", { name: "Abrir .xlsx o .csv" });
    const allowed = new Set<string>(Object.values(strings.es));
    expect(namedAttributes(container).filter((n) => !allowed.has(n))).toEqual([]);
  });

  it("gives the page its title and language, following the switch", async () => {
    renderPane({ gateway: new FakeGateway(), language: "es" });
    expect(document.title).toBe("SELA Nichos");
    expect(document.documentElement.lang).toBe("es");
    fireEvent.click(screen.getByRole("tab", { name: "English" }));
    await waitFor(() => {
      expect(document.title).toBe("SELA Niches");
    });
    expect(document.documentElement.lang).toBe("en");
  });

  it("names the busy state of freezing and repairing", async () => {
    const gateway = new FakeGateway();
    gateway.repairFormulas = () => new Promise<{ cells: number }>(() => undefined);
    renderPane({ gateway, language: "es" });
    openAll(["Compartir con seguridad"]);
    const section = screen.getByRole("region", { name: "Compartir con seguridad" });
    fireEvent.click(within(section).getByRole("button", { name: "Reparar fórmulas" }));
    expect(await within(section).findByText("Reintroduciendo las fórmulas…")).toBeTruthy();
  });

  it("switches a failed sector detection to the other language with the pane", async () => {
    const failing: TaskRunner = {
      runTask: (task) =>
        task === "ioDefaults"
          ? Promise.reject(inputError("no sector labels found", "no se encontraron etiquetas de sectores"))
          : Promise.reject(new Error(`unexpected task ${task}`)),
    };
    const gateway = new FakeGateway();
    gateway.addTable("io", { name: "io", headers: ["", "A"], rows: [["A", 1]] });
    renderPane({ gateway, compute: failing, language: "es" });
    const region = (name: string): HTMLElement => screen.getByRole("region", { name });
    await within(region("Encadenamientos insumo-producto")).findByText(/no se encontraron etiquetas de sectores/);
    fireEvent.click(screen.getByRole("tab", { name: "English" }));
    await within(region("Input-output linkages")).findByText(/no sector labels found/);
  });
});

describe("failures of the pane's own code", () => {
  async function bilingual(promise: Promise<unknown>): Promise<Record<Language, string>> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SelaError);
    return { en: errorMessage(error, "en"), es: errorMessage(error, "es") };
  }

  it("say in both languages which file the browser could not read", async () => {
    const file = {
      name: "exports 2020.xlsx",
      arrayBuffer: () => Promise.reject(new DOMException("The file could not be read", "NotReadableError")),
    } as unknown as File;
    const message = await bilingual(fileBytes(file));
    expect(message.en).toBe("the browser could not read the file exports 2020.xlsx (moved, deleted or not allowed?)");
    expect(message.es).toBe(
      "el navegador no pudo leer el archivo exports 2020.xlsx (¿movido, eliminado o sin permiso?)",
    );
  });

  it("say in both languages that the function list is damaged", async () => {
    const message = await bilingual(loadFunctionList(() => Promise.resolve("<html>not found</html>"), "es"));
    expect(message.en).toBe("the add-in's function list functions-es.json is damaged (not JSON)");
    expect(message.es).toBe("la lista de funciones functions-es.json del complemento está dañada (no es JSON)");
  });
});
