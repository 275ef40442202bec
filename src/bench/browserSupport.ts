/**
 * What the responsiveness benchmark and the browser tests share to run the built pane in headless Chromium:
 * where Chromium is, the flags this machine needs, and a static server of dist/. Node only (no DOM).
 */
import { createServer, type Server } from "http";
import * as fs from "fs";
import * as path from "path";
import type { AddressInfo } from "net";

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launch flags for running as root in a container, with no background network traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml",
  ".wasm": "application/wasm",
};

/** A static server of `dist` (taskpane.html at "/") on a free port of 127.0.0.1. */
export async function serveDist(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const relative = path
      .normalize(decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/"))
      .replace(/^(\.\.[/\\])+/, "");
    const file = path.join(dist, relative === "/" ? "taskpane.html" : relative);
    if (!file.startsWith(dist) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
