/**
 * Browser-test harness: serves the built add-in (dist/) on 127.0.0.1, drives Debian's Chromium with
 * playwright-core (no browser download), answers the Office.js CDN request with a stub, and blocks —
 * and records — every other request that leaves the page's own origin, so a test can assert that the
 * add-in sends nothing anywhere.
 *
 * Office mode: the stub reports an Excel host and installs the in-memory fake workbook of
 * test/support/fakeExcel.ts (transpiled on the fly) as `Excel`, so the pane's real Office gateway runs
 * against it and the test can inspect `window.__fakeExcel`.
 * Workbench mode: the stub's Office.onReady reports no host, as office.js does in a plain browser.
 */
import { existsSync, mkdirSync, readFileSync } from "fs";
import { join } from "path";
import { CHROMIUM, CHROMIUM_ARGS, serveDist as serveStatic } from "../../src/bench/browserSupport";
import ts from "typescript";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const SCREENSHOTS = join(ROOT, "test-results", "screenshots");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserUnavailable(): string | undefined {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
  if (!existsSync(join(DIST, "taskpane.html"))) return "no dist/taskpane.html (npm run build)";
  return undefined;
}

/**
 * `describe` when the browser tests can run; otherwise skipped with the reason — or failed when
 * SELA_REQUIRE_BROWSER=1 (CI), so a missing browser cannot pass silently.
 */
export function describeBrowser(name: string, body: () => void): void {
  const reason = browserUnavailable();
  if (reason === undefined) {
    describe(name, body);
  } else if (process.env.SELA_REQUIRE_BROWSER === "1") {
    describe(name, () => {
      it("has a browser and a build", () => {
        throw new Error(`browser tests required but ${reason}`);
      });
    });
  } else {
    describe.skip(`${name} (skipped: ${reason})`, body);
  }
}

/** A static server for dist/ on a free port of 127.0.0.1. */
export function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  return serveStatic(DIST);
}

/** The fake workbook as a browser script defining `FakeExcel` on window. */
function fakeExcelScript(): string {
  const source = readFileSync(join(ROOT, "test", "support", "fakeExcel.ts"), "utf8");
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  return `(function(){var exports={};var module={exports:exports};${js};window.__FakeExcelModule=exports;})();`;
}

/** The Office.js stub for a mode and display language. */
export function officeStub(mode: "excel" | "none", language: "en-US" | "es-ES"): string {
  const errors = `window.CustomFunctions = window.CustomFunctions || {
      associate: function () {},
      Error: function (code, message) { this.code = code; this.message = message; },
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" }
    };`;
  if (mode === "none") {
    return `window.Office = { HostType: { Excel: "Excel" }, onReady: function (cb) { var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); } };`;
  }
  return `${fakeExcelScript()}
    (function () {
      var fake = new window.__FakeExcelModule.FakeExcel(["Sheet1"]);
      window.__fakeExcel = fake;
      window.Excel = { run: fake.run };
      ${errors}
      window.Office = {
        HostType: { Excel: "Excel" },
        context: { displayLanguage: ${JSON.stringify(language)}, requirements: { isSetSupported: function (name, v) { return name === "ExcelApi" ? Number(String(v).split(".")[1] || 0) <= 12 : true; } } },
        onReady: function (cb) { var info = { host: "Excel", platform: "OfficeOnline" }; if (cb) cb(info); return Promise.resolve(info); }
      };
    })();`;
}

/** A browser with the flags this machine needs (root, no sandbox, no background networking). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/** A page of the add-in with the Office stub and the outside-request guard; `outside` lists blocked requests. */
export async function openPane(
  browser: Browser,
  baseUrl: string,
  mode: "excel" | "none",
  language: "en-US" | "es-ES",
): Promise<{ page: Page; outside: string[]; pageErrors: string[] }> {
  const context = await browser.newContext({
    locale: language,
    acceptDownloads: true,
    viewport: { width: 420, height: 900 },
  });
  const page = await context.newPage();
  const outside: string[] = [];
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    if (url === OFFICE_JS)
      return route.fulfill({ status: 200, contentType: "text/javascript", body: officeStub(mode, language) });
    outside.push(url);
    return route.abort();
  });
  await page.goto(`${baseUrl}taskpane.html`);
  return { page, outside, pageErrors };
}

/** Saves a screenshot as a test artifact (test-results/screenshots/NAME.png); returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
