/**
 * The built pane boots in both modes, follows the display language, and sends nothing outside its origin.
 */
import type { Browser } from "playwright-core";
import { describeBrowser, launchBrowser, openPane, screenshot, serveDist } from "./harness";

describeBrowser("built task pane", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it.each([
    ["excel", "en-US", "SELA Niches"],
    ["excel", "es-ES", "SELA Nichos"],
    ["none", "en-US", "SELA Niches"],
  ] as const)(
    "boots in %s mode (%s) with no outside request and no page error",
    async (mode, language, title) => {
      const { page, outside, pageErrors } = await openPane(browser, server.url, mode, language);
      await page.getByRole("heading", { name: title }).waitFor({ timeout: 20_000 });
      await screenshot(page, `boot-${mode}-${language}`);
      expect(pageErrors).toEqual([]);
      expect(outside).toEqual([]);
      await page.context().close();
    },
    60_000,
  );
});
