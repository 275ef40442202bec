/**
 * The documentation stays true to the code: the generated function reference covers the whole catalogue
 * and is up to date, the user and deployment guides exist in both languages, and every relative link or
 * image of README.md and docs/*.md points to a file of the repository.
 *
 * Pane screenshots are produced by the browser tests (test/browser) when Chromium is available, so they may
 * be absent from a fresh checkout; only those exact names are allowed to be missing. Report images are
 * committed (rendered from the demo workbook), so a missing one fails.
 */
import { spawnSync } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import type { CatalogueData } from "../../src/functions/catalogue";

const { generate } = require("../../scripts/metadata.js") as { generate: () => Promise<CatalogueData> };

const ROOT = resolve(__dirname, "..", "..");
const DOCS = join(ROOT, "docs");

/** Screenshots of the pane written by the browser tests, referenced by the guides before they exist. */
const PANE_SCREENSHOTS = new Set(
  [
    "pane-start.en.png",
    "pane-start.es.png",
    "pane-io.en.png",
    "pane-io.es.png",
    "pane-trade.en.png",
    "pane-trade.es.png",
    "pane-space.en.png",
    "pane-share.en.png",
    "pane-workbench.en.png",
  ].map((name) => join(DOCS, "images", name)),
);

/** The guides and what they must contain. */
const GUIDES = ["guide.md", "guia.md", "deployment.md", "despliegue.md"];

function read(file: string): string {
  return readFileSync(file, "utf8");
}

/** Markdown files whose links are checked: README.md and every docs/*.md (not the generated reference). */
function markdownFiles(): string[] {
  const docs = readdirSync(DOCS)
    .filter((f) => f.endsWith(".md"))
    .map((f) => join(DOCS, f));
  return [join(ROOT, "README.md"), join(ROOT, "CHANGELOG.md"), ...docs].filter((f) => existsSync(f));
}

/** Text with fenced and inline code removed, so `a[0](x)` in code is not read as a link. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
}

/** Link and image targets: [text](target), ![alt](target "title"), <img src="target">. */
function linkTargets(markdown: string): string[] {
  const text = withoutCode(markdown);
  const targets: string[] = [];
  for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1] as string);
  for (const m of text.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)) targets.push(m[1] as string);
  return targets;
}

/** Image targets only. */
function imageTargets(markdown: string): string[] {
  const text = withoutCode(markdown);
  return [...text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?/g)].map((m) => m[1] as string);
}

function isRelative(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("#") && !target.startsWith("//");
}

/** The file a relative target points to, anchors and queries removed. */
function resolveTarget(from: string, target: string): string {
  const path = decodeURIComponent(target.replace(/[#?].*$/, ""));
  return resolve(dirname(from), path);
}

describe("function reference", () => {
  let ids: string[] = [];
  let spanishNames = new Map<string, string>();

  beforeAll(async () => {
    const { english, spanish } = await generate();
    ids = english.functions.map((f) => f.id);
    spanishNames = new Map(spanish.functions.map((f) => [f.id, f.name]));
  });

  it("lists every function of the catalogue in the English page", () => {
    const page = read(join(DOCS, "reference", "functions.en.md"));
    expect(ids.length).toBeGreaterThan(30);
    const missing = ids.filter((id) => !page.includes(`### \`SELA.${id}(`));
    expect(missing).toEqual([]);
  });

  it("lists every function of the catalogue in the Spanish page, under its Spanish name, with its id", () => {
    const page = read(join(DOCS, "reference", "functions.es.md"));
    const missing = ids.filter((id) => {
      const name = spanishNames.get(id) ?? "";
      const heading = page.includes(`### \`SELA.${name}(`);
      const english = page.includes(`\`SELA.${id}(`) || page.includes(`\`SELA.${id}\``);
      return name === "" || !heading || !english;
    });
    expect(missing).toEqual([]);
  });

  it("is up to date with the catalogue (node scripts/docs.js --check)", () => {
    const result = spawnSync(process.execPath, [join(ROOT, "scripts", "docs.js"), "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("guides", () => {
  it.each(GUIDES)("%s exists and has content", (name) => {
    const file = join(DOCS, name);
    expect(existsSync(file)).toBe(true);
    expect(read(file).length).toBeGreaterThan(2000);
  });

  it.each(["guide.md", "guia.md"])("%s shows images that exist (or are pane screenshots to come)", (name) => {
    const file = join(DOCS, name);
    const images = imageTargets(read(file));
    expect(images.length).toBeGreaterThan(5);
    const missing = images
      .filter(isRelative)
      .map((target) => resolveTarget(file, target))
      .filter((path) => !existsSync(path) && !PANE_SCREENSHOTS.has(path))
      .map((path) => relative(ROOT, path));
    expect(missing).toEqual([]);
  });

  it("guides link each other across languages", () => {
    expect(read(join(DOCS, "guia.md"))).toContain("(guide.md)");
    expect(read(join(DOCS, "guide.md"))).toContain("(guia.md)");
    expect(read(join(DOCS, "despliegue.md"))).toContain("(deployment.md)");
    expect(read(join(DOCS, "deployment.md"))).toContain("(despliegue.md)");
  });
});

describe("relative links", () => {
  it.each(markdownFiles().map((f) => [relative(ROOT, f), f]))("%s links to existing files", (_name, file) => {
    const missing = linkTargets(read(file))
      .filter(isRelative)
      .map((target) => ({ target, path: resolveTarget(file, target) }))
      .filter(({ path }) => !existsSync(path) && !PANE_SCREENSHOTS.has(path))
      .map(({ target }) => target);
    expect(missing).toEqual([]);
  });
});
