/**
 * Rendering the pane in tests: the App inside a FluentProvider with a fake gateway, an in-thread compute
 * client (the same request handler the worker runs, through the real WorkerClient) and a text loader
 * reading the repository's files (samples from assets/samples, function metadata from a small fixture).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within, type RenderResult } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { useState } from "react";
import type { WorkbookGateway } from "../../src/analysis/gateway";
import type { Language } from "../../src/functions/language";
import { App } from "../../src/taskpane/App";
import { InPageWorker, type TaskRunner } from "../../src/taskpane/compute";
import type { TextLoader } from "../../src/taskpane/samples";
import { WorkerClient } from "../../src/worker/workerClient";

export const ROOT = join(__dirname, "..", "..");

/** Function metadata as the build serves it (a few entries, both languages). */
export const FUNCTIONS_EN = {
  functions: [
    {
      id: "LEONTIEF",
      name: "LEONTIEF",
      description: "Leontief inverse L = (I − A)⁻¹, computed by LU factorisation.",
      parameters: [
        { name: "table", description: "Technical coefficients A (n x n).", dimensionality: "matrix", type: "any" },
        { name: "output", description: "Gross output x.", dimensionality: "matrix", type: "any", optional: true },
      ],
    },
    {
      id: "RCA",
      name: "RCA",
      description: "Revealed comparative advantage, Balassa.",
      parameters: [
        { name: "exports", description: "Exports, countries x products.", dimensionality: "matrix", type: "any" },
        { name: "reference", description: "World exports.", dimensionality: "matrix", type: "any", optional: true },
      ],
    },
    {
      id: "TECHCOEF",
      name: "TECHCOEF",
      description: "Technical coefficients A = Z x̂⁻¹.",
      parameters: [
        { name: "transactions", description: "Intermediate transactions Z.", dimensionality: "matrix", type: "any" },
        { name: "output", description: "Gross output x.", dimensionality: "matrix", type: "any" },
      ],
    },
  ],
};

export const FUNCTIONS_ES = {
  functions: FUNCTIONS_EN.functions.map((f) => ({
    ...f,
    name: f.id === "RCA" ? "VCR" : f.id === "TECHCOEF" ? "COEFTEC" : f.name,
    description: f.id === "RCA" ? "Ventaja comparativa revelada, Balassa." : `ES ${f.description}`,
  })),
};

/** Reads samples from assets/ and the metadata fixtures; anything else fails like a 404. */
export const testLoader: TextLoader = (path) => {
  if (path === "functions.json") return Promise.resolve(JSON.stringify(FUNCTIONS_EN));
  if (path === "functions-es.json") return Promise.resolve(JSON.stringify(FUNCTIONS_ES));
  if (path.startsWith("samples/")) return Promise.resolve(readFileSync(join(ROOT, "assets", path), "utf8"));
  return Promise.reject(new Error(`${path}: HTTP 404`));
};

/** The real WorkerClient over an in-thread worker (the pane's fallback when Worker is unavailable). */
export function inThreadCompute(): WorkerClient {
  return new WorkerClient(() => new InPageWorker());
}

export interface PaneOptions {
  readonly gateway: WorkbookGateway;
  readonly compute?: TaskRunner;
  readonly language?: Language;
  readonly mode?: "office" | "workbench";
  readonly loadText?: TextLoader;
  readonly save?: (bytes: Uint8Array, fileName: string) => void;
}

function Pane(props: PaneOptions) {
  const [language, setLanguage] = useState<Language>(props.language ?? "en");
  return (
    <FluentProvider theme={webLightTheme}>
      <App
        language={language}
        onLanguageChange={setLanguage}
        version="test"
        mode={props.mode ?? "office"}
        gateway={props.gateway}
        compute={props.compute ?? inThreadCompute()}
        loadText={props.loadText ?? testLoader}
        {...(props.save ? { save: props.save } : {})}
      />
    </FluentProvider>
  );
}

/** Renders the whole pane. */
export function renderPane(options: PaneOptions): RenderResult {
  return render(<Pane {...options} />);
}

/** Opens a pane section by its header button (unless it is open already) and returns its region. */
export function openSection(name: string): HTMLElement {
  const header = screen.getByRole("button", { name });
  if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
  return screen.getByRole("region", { name });
}

/** Types `typed` in a section's focus-country box (its label in the pane's language). */
export async function chooseCountry(section: HTMLElement, typed: string, label = "Focus country"): Promise<void> {
  fireEvent.change(await within(section).findByRole("combobox", { name: label }), { target: { value: typed } });
}

/** Clicks a section's button once it is enabled (the forms enable Run when their choices are complete). */
export async function clickWhenEnabled(section: HTMLElement, name: string): Promise<void> {
  const button = within(section).getByRole("button", { name });
  await waitFor(() => {
    expect(button).toHaveProperty("disabled", false);
  });
  fireEvent.click(button);
}
