/**
 * Steps shared by the browser tests: one browser and one static server per test file, a fresh context
 * per test, the "nothing sent" check every test ends with, the pane's sections by their accessible names,
 * the downloaded workbook, and the user guide's screenshots.
 *
 * Guide screenshots (docs/images/pane-*.png) are written only when SELA_UPDATE_SCREENSHOTS=1, so CI never
 * modifies the repository; every screenshot is also saved as a test artifact in test-results/screenshots.
 */
import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Browser, Locator, Page } from "playwright-core";
import type { FakeExcel } from "../support/fakeExcel";
import { launchBrowser, openPane, ROOT, SCREENSHOTS, serveDist } from "./harness";

/** Where the user guide's screenshots live. */
export const GUIDE_IMAGES = join(ROOT, "docs", "images");
/** Generous bound for one analysis in the browser (they take well under a second here). */
export const ANALYSIS_TIMEOUT = 20_000;

/** A page of the add-in and what its guard recorded. */
export interface PaneSession {
  readonly page: Page;
  /** Requests that tried to leave the page's origin (blocked). */
  readonly outside: string[];
  /** Uncaught errors of the page. */
  readonly pageErrors: string[];
  /** Asserts that nothing left the origin and nothing threw, then closes the context. */
  readonly finish: () => Promise<void>;
}

/**
 * Registers beforeAll/afterAll for one browser and one server for the whole file; returns a function
 * that opens the pane in a fresh context (mode "excel" = Office stub with the fake workbook, "none" =
 * workbench) and waits for its heading.
 */
export function usePane(): (mode: "excel" | "none", language: "en-US" | "es-ES") => Promise<PaneSession> {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return async (mode, language) => {
    if (browser === undefined || server === undefined) throw new Error("the browser did not start");
    const { page, outside, pageErrors } = await openPane(browser, server.url, mode, language);
    await page
      .getByRole("heading", { level: 1, name: language === "es-ES" ? "SELA Nichos" : "SELA Niches" })
      .waitFor({ timeout: 20_000 });
    const finish = async (): Promise<void> => {
      try {
        expect(outside).toEqual([]);
        expect(pageErrors).toEqual([]);
      } finally {
        await page.context().close();
      }
    };
    return { page, outside, pageErrors, finish };
  };
}

/** The region of an accordion section, opened if it is collapsed. */
export async function openSection(page: Page, name: string): Promise<Locator> {
  const header = page.getByRole("button", { name, exact: true });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  const region = page.getByRole("region", { name, exact: true });
  await region.waitFor();
  return region;
}

/** Collapses an accordion section if it is open. */
export async function closeSection(page: Page, name: string): Promise<void> {
  const header = page.getByRole("button", { name, exact: true });
  if ((await header.getAttribute("aria-expanded")) === "true") await header.click();
  await page.getByRole("region", { name, exact: true }).waitFor({ state: "hidden" });
}

/** Clicks the (enabled) run button of a section and waits for the report's sheet list. */
export async function runAnalysis(region: Locator, button: string, written: string): Promise<string[]> {
  const run = region.getByRole("button", { name: button, exact: true });
  await expectEnabled(run);
  await run.click();
  const list = region.getByRole("list", { name: written });
  await list.waitFor({ timeout: ANALYSIS_TIMEOUT });
  return list.getByRole("listitem").allTextContents();
}

/** Waits until a control is enabled (the pane enables run buttons once the table is read). */
export async function expectEnabled(control: Locator): Promise<void> {
  await control.waitFor();
  await control.page().waitForFunction((el) => !(el as HTMLButtonElement).disabled, await control.elementHandle());
}

/** Clicks a control that starts a download and returns the file's name and bytes. */
export async function download(page: Page, control: Locator): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent("download"), control.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

/**
 * Saves a screenshot as a test artifact and, with SELA_UPDATE_SCREENSHOTS=1, as docs/images/NAME.png for
 * the user guide. With a locator, the shot is the full pane width over the element's height (plus a margin);
 * without, the whole page.
 */
export async function guideScreenshot(page: Page, name: string, target?: Locator): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const paths = [join(SCREENSHOTS, `${name}.png`)];
  if (process.env.SELA_UPDATE_SCREENSHOTS === "1") {
    mkdirSync(GUIDE_IMAGES, { recursive: true });
    paths.push(join(GUIDE_IMAGES, `${name}.png`));
  }
  // "disabled" finishes CSS transitions first (a chevron caught mid-turn otherwise).
  const options = { fullPage: true, animations: "disabled" as const, caret: "hide" as const };
  if (target === undefined) {
    for (const path of paths) await page.screenshot({ ...options, path });
    return;
  }
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (box === null) throw new Error(`${name}: the element to capture is not visible`);
  const width = page.viewportSize()?.width ?? 420;
  const scrollY = await page.evaluate(() => window.scrollY);
  const clip = { x: 0, y: Math.max(0, box.y + scrollY - 8), width, height: box.height + 16 };
  for (const path of paths) await page.screenshot({ ...options, path, clip });
}

/**
 * Runs `fn` in the page on the fake workbook (`window.__fakeExcel`) and returns its (serialisable) result.
 * The function is sent as source text: it must not use anything from the test's scope except `arg`.
 */
export function inFake<T, A = undefined>(page: Page, fn: (fake: FakeExcel, arg: A) => T, arg?: A): Promise<T> {
  return page.evaluate<T>(
    `(${fn.toString()})(window.__fakeExcel, ${arg === undefined ? "undefined" : JSON.stringify(arg)})`,
  );
}

/** What a range of the fake workbook holds: values, formulas, number formats and coercion flags. */
export interface FakeRangeContent {
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly formats: unknown[][];
  readonly coerced: boolean[][];
}

/** Reads a range of a sheet of the fake workbook (`"B2:C4"`). */
export function fakeRange(page: Page, sheet: string, address: string): Promise<FakeRangeContent> {
  return inFake(
    page,
    (fake, where) => {
      const ws = fake.sheet(where.sheet);
      const range = ws.getRange(where.address);
      const coerced: boolean[][] = [];
      for (let r = 0; r < range.rowCount; r++) {
        const row: boolean[] = [];
        for (let c = 0; c < range.columnCount; c++)
          row.push(ws.peek(range.rowIndex + r, range.columnIndex + c).coerced);
        coerced.push(row);
      }
      return { values: range.values, formulas: range.formulas, formats: range.numberFormat, coerced };
    },
    { sheet, address },
  );
}

/** The sheets of the fake workbook with their charts (type, title, series with ranges and point labels). */
export function fakeSheets(page: Page): Promise<
  {
    name: string;
    charts: {
      type: string;
      title: unknown;
      series: { name: string; type: string; x?: string; y?: string; labels: unknown[] }[];
    }[];
  }[]
> {
  return inFake(page, (fake) =>
    fake.sheetList.map((s) => ({
      name: s.name,
      charts: s.chartList.map((c) => ({
        type: c.type,
        title: c.title.text,
        series: c.seriesList.map((x) => ({
          name: x.name,
          type: x.chartType,
          x: x.xValues,
          y: x.yValues,
          labels: x.pointList.map((p) => p.dataLabel.text),
        })),
      })),
    })),
  );
}

/** Waits (up to 5 s) until a select or input shows `value`; then asserts it, so a failure says what it showed. */
export async function expectValue(control: Locator, value: string): Promise<void> {
  const handle = await control.elementHandle();
  await control
    .page()
    .waitForFunction(([el, v]) => (el as HTMLSelectElement | null)?.value === v, [handle, value] as const, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  expect(await control.inputValue()).toBe(value);
}
