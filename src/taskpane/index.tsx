/**
 * Boots the pane: inside Excel after Office.onReady, otherwise (Office.js absent or no host) as the
 * workbench that works on files. The language follows Office's display language or the browser's.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { languageFromLocale, setLanguage, type Language } from "../functions/language";
import { App } from "./App";

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

function Root({ host }: { readonly host: Host }) {
  const [language, setPaneLanguage] = useState<Language>(languageFromLocale(host.locale));
  return (
    <FluentProvider theme={webLightTheme}>
      <App
        language={language}
        onLanguageChange={(next) => {
          setLanguage(next);
          setPaneLanguage(next);
        }}
        version={typeof SELA_VERSION === "string" ? SELA_VERSION : "dev"}
        mode={host.mode}
      />
    </FluentProvider>
  );
}

void detectHost().then((host) => {
  setLanguage(languageFromLocale(host.locale));
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<Root host={host} />);
});
