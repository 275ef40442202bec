/**
 * Offline manifest checks (Microsoft's validation service is unreachable from CI): well-formed XML,
 * ids and version, one HTTPS host for every URL, the SELA namespace, the shared runtime wired the same
 * everywhere, requirement sets, Spanish overrides, and that every file it names is built.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const { parseStringPromise } = require("xml2js") as { parseStringPromise: (xml: string) => Promise<unknown> };

const root = join(__dirname, "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const { productionManifest } = require("../webpack.config.js") as {
  productionManifest: (xml: string, url: string) => string;
};

type Node = Record<string, unknown>;
let doc: Node;

/** All values of attribute `name` anywhere in the tree. */
function attributes(node: unknown, name: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => attributes(n, name, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === "$" && value && typeof value === "object" && name in (value as Node))
        out.push(String((value as Node)[name]));
      else attributes(value, name, out);
    }
  }
  return out;
}

beforeAll(async () => {
  doc = (await parseStringPromise(xml)) as Node;
});

describe("manifest.xml", () => {
  it("has a GUID id, a four-part version and a task-pane type", () => {
    const app = doc.OfficeApp as Node;
    expect((app.Id as string[])[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect((app.Version as string[])[0]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect((app.$ as Node)["xsi:type"]).toBe("TaskPaneApp");
  });

  it("serves every URL over HTTPS from one host", () => {
    const urls = attributes(doc, "DefaultValue")
      .filter((v) => v.startsWith("http"))
      .concat(attributes(doc, "Value").filter((v) => v.startsWith("http")));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://localhost:3000/")).toBe(true);
  });

  it("switches every URL to the production host, not only the first", () => {
    const prod = productionManifest(xml, "https://datos.example.gob/sela/");
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toMatch(/<AppDomain>https:\/\/datos\.example\.gob<\/AppDomain>/);
    expect(prod.match(/https:\/\/datos\.example\.gob\/sela\/functions-es\.json/g)?.length).toBeGreaterThanOrEqual(20);
  });

  it("declares the SELA namespace and one long-lived shared runtime used everywhere", () => {
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="SELA"\/>/);
    const runtime = /<Runtime resid="([^"]+)" lifetime="long"\/>/.exec(xml)?.[1];
    expect(runtime).toBe("Taskpane.Url");
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<bt:Set Name="ExcelApi" MinVersion="1.8"\/>/);
  });

  it("defines every resid it uses", () => {
    const used = new Set(attributes(doc, "resid"));
    const defined = new Set(attributes(doc, "id"));
    for (const id of used) expect(defined.has(id)).toBe(true);
  });

  it("offers Spanish metadata and strings for Spain and Latin America", () => {
    for (const locale of ["es-ES", "es-MX", "es-CL", "es-PY", "es-419"]) {
      expect(xml).toContain(`<bt:Override Locale="${locale}" Value="https://localhost:3000/functions-es.json"/>`);
      expect(xml).toContain(`<Override Locale="${locale}" Value="SELA Nichos"/>`);
    }
  });

  it("names only files the build produces", async () => {
    const config = await (require("../webpack.config.js") as (env: unknown, o: { mode: string }) => Promise<Node>)(
      {},
      { mode: "production" },
    );
    const built = new Set(["taskpane.html", "functions.js", "functions.json", "functions-es.json"]);
    expect(Object.keys(config.entry as Node).sort()).toEqual(["functions", "taskpane"]);
    const urls = [...xml.matchAll(/https:\/\/localhost:3000\/([^"?\s]*)/g)].map((m) => m[1] ?? "");
    for (const file of urls.filter((u) => u !== "")) {
      if (file.startsWith("assets/")) expect(existsSync(join(root, file))).toBe(true);
      else expect(built.has(file)).toBe(true);
    }
  });
});
