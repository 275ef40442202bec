/**
 * Boots the pane: inside Excel after Office.onReady (the Office gateway), otherwise (Office.js absent or
 * no host) as the workbench that works on files (the file gateway). Analyses run in the compute worker,
 * or in the page when the browser offers no Worker. The language follows Office's display language or
 * the browser's, switchable in the pane.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import type { WorkbookGateway } from "../analysis/gateway";
import { createOfficeGateway } from "../excel/officeGateway";
import { languageFromLocale, setLanguage, type Language } from "../functions/language";
import { createFileGateway } from "../workbench/fileGateway";
import { downloadBytes } from "../workbench/download";
import { createComputeWorker } from "../worker/createWorker";
import { WorkerClient, type WorkerLike } from "../worker/workerClient";
import { App } from "./App";
import { InPageWorker } from "./compute";
import { fetchText } from "./samples";

declare const SELA_VERSION: string;

interface Host {
  readonly mode: "office" | "workbench";
  readonly locale: string;
}

/** Resolves the host: Excel when Office.js reports one, the workbench otherwise (or after 3 s). */
async function detectHost(): Promise<Host> {
  const browserLocale = typeof navigator === "undefined" ? "en" : navigator.language;
  if (typeof Office === "undefined") return { mode: "workbench", locale: browserLocale };
  const info = await Promise.race([
    Office.onReady(),
    new Promise<undefined>((resolve) => {
      setTimeout(() => {
        resolve(undefined);
      }, 3000);
    }),
  ]);
  if (info?.host === Office.HostType.Excel) return { mode: "office", locale: Office.context.displayLanguage };
  return { mode: "workbench", locale: browserLocale };
}

/** The compute worker, or the in-page handler when workers are unavailable or refused (CSP, old host). */
function createWorkerOrFallback(): WorkerLike {
  if (typeof Worker !== "undefined") {
    try {
      return createComputeWorker();
    } catch {
      // Fall through: run the tasks in the page (the UI is busier, the results the same).
    }
  }
  return new InPageWorker();
}

/**
 * The pane's language as the Office gateway reads it at each call (the log sheet's headers): kept here, in
 * step with the EN/ES switch, rather than in the shared language other runtimes may also set.
 */
let paneLanguage: Language = "en";

interface Services {
  readonly gateway: WorkbookGateway;
  readonly compute: WorkerClient;
}

function Root({ host, services }: { readonly host: Host; readonly services: Services }) {
  const [language, setPaneLanguage] = useState<Language>(languageFromLocale(host.locale));
  return (
    <FluentProvider theme={webLightTheme}>
      <App
        language={language}
        onLanguageChange={(next) => {
          paneLanguage = next;
          setLanguage(next);
          setPaneLanguage(next);
        }}
        version={typeof SELA_VERSION === "string" ? SELA_VERSION : "dev"}
        mode={host.mode}
        gateway={services.gateway}
        compute={services.compute}
        loadText={fetchText}
        save={downloadBytes}
      />
    </FluentProvider>
  );
}

void detectHost().then((host) => {
  paneLanguage = languageFromLocale(host.locale);
  setLanguage(paneLanguage);
  const compute = new WorkerClient(createWorkerOrFallback);
  const services: Services = {
    gateway:
      host.mode === "office" ? createOfficeGateway({ language: () => paneLanguage }) : createFileGateway(compute),
    compute,
  };
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<Root host={host} services={services} />);
});
