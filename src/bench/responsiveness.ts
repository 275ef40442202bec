/**
 * Main-thread responsiveness (issue 8: "the main thread is never blocked more than 100 ms"), measured in the
 * built add-in (dist/) in Debian's Chromium driven by playwright-core, the way the browser tests open it
 * (test/browser/harness.ts): dist/ served on 127.0.0.1, the Office.js request answered by a stub, every
 * other request leaving the origin blocked.
 *
 * In the page, a heartbeat (`setInterval` every 5 ms) records the largest gap between two beats — how long
 * the main thread could not run anything — and a `PerformanceObserver` collects the `longtask` entries
 * (tasks over 50 ms). Measured:
 * - custom functions, in Office mode (the stub reports Excel and installs the in-memory fake workbook of
 *   test/support/fakeExcel.ts; its `CustomFunctions.associate` records the handlers the runtime registers,
 *   already wrapped by installOffload.ts): the handler of each function called with arguments as Excel
 *   passes them (nested arrays) at the largest sizes Excel can pass and take back (src/functions/limits.ts),
 *   plus one call just below the offload threshold, which runs on the main thread;
 * - pane analyses, in the workbench (no Office host): opening a file, the input-output analysis on the
 *   bundled sample and on generated tables, trade niches and product space on the bundled world trade table,
 *   and the download of the result workbook, each started from the page's own UI.
 *
 * Each case reports its total time, the largest block, when it began (a block at 0 ms is the call or click
 * itself: arguments or the table copied to the worker; one after the result is what the outcome leaves behind:
 * React rendering, a form's detection on a new table), and the blocks and long tasks over 50 ms.
 *
 * Loaded by run.ts in a child process (`--responsiveness`). playwright-core and typescript (for the fake
 * workbook) are required at run time, so the bench still runs where they are missing: without playwright-core
 * the group is skipped with a note; without typescript the functions run under an Excel stub with no workbook.
 */
import * as fs from "fs";
import * as path from "path";
import { CHROMIUM, CHROMIUM_ARGS, serveDist } from "./browserSupport";
import type { Browser, BrowserContext, Page } from "playwright-core";

/** One measured case: the median total over the runs and the worst block of any run. */
export interface ResponsivenessResult {
  group: "custom function" | "pane";
  case: string;
  size: string;
  /** Where the computation runs: "worker" or "main thread". */
  where: string;
  runs: number;
  /** Median over the runs, from the call (or click) to the result (or the outcome shown), ms. */
  totalMs: number;
  /**
   * Largest gap between two 5 ms heartbeats in any run, ms: the longest the main thread could not run anything
   * (up to one beat more than the block itself), from the call until the page is quiet again.
   */
  maxBlockMs: number;
  /** When that block began in its run, ms after the call or click. */
  maxBlockStartMs: number;
  /** Blocks over 50 ms seen by the heartbeat in the worst run. */
  blocksOver50: number;
  /** `longtask` entries (tasks over 50 ms) in the worst run, and the longest of any run, ms. */
  longTasks: number;
  longestTaskMs: number;
  /** Custom functions: the synchronous part of the call (argument checks, the copy to the worker), worst run, ms. */
  callMs?: number;
  /** The worst run's blocks over 50 ms as [start, length] in ms after the call or click. */
  blocks?: [number, number][];
  note?: string;
}

/** What {@link measureResponsiveness} reports. */
export interface ResponsivenessReport {
  chromium: string;
  /** Office mode with the fake workbook, or without it when test/support/fakeExcel.ts could not be loaded. */
  officeHost: string;
  results: ResponsivenessResult[];
}

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const HEARTBEAT_MS = 5;
/** A block longer than this is a long task (the Long Tasks API's threshold). */
const LONG_MS = 50;
/** After the action's end, the heartbeat runs until the page has been this long without a long block… */
const QUIET_MS = 200;
/** …or this long at most. */
const TRAILING_MS = 10_000;
/** Generous bound for one measured action (the largest take a few seconds here). */
const ACTION_TIMEOUT_MS = 180_000;

type Playwright = typeof import("playwright-core");

/** playwright-core, or undefined where it is not installed. */
function loadPlaywright(): Playwright | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional at run time by design
    return require("playwright-core") as Playwright;
  } catch {
    return undefined;
  }
}

/** Why the group cannot run here (a note for the table), or undefined when it can. */
export function responsivenessUnavailable(root: string): string | undefined {
  if (!fs.existsSync(CHROMIUM)) return `skipped: no Chromium at ${CHROMIUM}`;
  try {
    require.resolve("playwright-core");
  } catch {
    return "skipped: playwright-core is not installed";
  }
  if (!fs.existsSync(path.join(root, "dist", "taskpane.html"))) return "skipped: no dist/taskpane.html (npm run build)";
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The page side. Plain JavaScript sent as text (this module compiles without the DOM types).

/**
 * Installed before the page's own scripts: the heartbeat and long-task recorder (`window.__selaBench`), the
 * in-page data generators, and the two measured actions (a custom-function call, a click on the pane).
 */
const PAGE_SCRIPT = String.raw`
(function () {
  var bench = { functions: {}, longTasks: [], longTaskApi: false };
  window.__selaBench = bench;
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { bench.longTasks.push([e.startTime, e.duration]); });
    }).observe({ type: "longtask", buffered: true });
    bench.longTaskApi = true;
  } catch (e) { /* no Long Tasks API: the heartbeat alone */ }

  function random(seed) {
    var s = seed;
    return function () { s = (s * 16807) % 2147483647; return (s - 1) / 2147483646; };
  }
  /** Technical coefficients as Excel passes a range: n rows of n numbers, column sums in [0.3, 0.9). */
  bench.coefficients = function (n, seed) {
    var r = random(seed), rows = [], sums = new Float64Array(n), i, j;
    for (i = 0; i < n; i++) {
      var row = new Array(n);
      for (j = 0; j < n; j++) { row[j] = r() < 0.3 ? 0 : r(); if (i === j) row[j] += n * 0.05; sums[j] += row[j]; }
      rows.push(row);
    }
    for (j = 0; j < n; j++) { var target = (0.3 + 0.6 * r()) / sums[j]; for (i = 0; i < n; i++) rows[i][j] *= target; }
    return rows;
  };
  /** Exports, countries x products: 40 % zeros, sizes spread over decades; every product exported somewhere. */
  bench.exports = function (m, p, seed) {
    var r = random(seed), rows = [], country = [], product = [], c, q;
    for (c = 0; c < m; c++) country.push(Math.exp(4 * r()));
    for (q = 0; q < p; q++) product.push(Math.exp(3 * r()));
    for (c = 0; c < m; c++) {
      var row = new Array(p);
      for (q = 0; q < p; q++) row[q] = r() < 0.4 && c !== q % m ? 0 : Math.round(country[c] * product[q] * Math.exp(2 * r()) * 1000);
      rows.push(row);
    }
    return rows;
  };
  /** An input-output table as a CSV a user would open: Sector, the n sectors (Z), Total output. */
  bench.ioCsv = function (n, seed) {
    var a = bench.coefficients(n, seed), r = random(seed + 1), x = [], names = [], i, j, lines = [];
    for (i = 0; i < n; i++) { x.push(Math.round(1000 * Math.exp(4.6 * r()))); names.push("S" + String(i + 1).padStart(4, "0")); }
    lines.push(["Sector"].concat(names, ["Total output"]).join(","));
    for (i = 0; i < n; i++) {
      var cells = [names[i]];
      for (j = 0; j < n; j++) cells.push((a[i][j] * x[j]).toPrecision(10));
      cells.push(String(x[i]));
      lines.push(cells.join(","));
    }
    return lines.join("\n") + "\n";
  };

  function now() { return performance.now(); }
  function settle(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }
  /** Starts the heartbeat; the clock of the action starts when the returned promise resolves (beats going). */
  async function startBeat() {
    var beat = { last: now(), start: Infinity, maxGap: 0, maxGapEnd: 0, gaps: [] };
    /** One beat: the time since the previous one is a gap the main thread could not run anything in. */
    beat.tick = function () {
      var t = now(), gap = t - beat.last;
      beat.last = t;
      if (t <= beat.start) return; // the gaps that end after the action started are the action's
      if (gap > beat.maxGap) { beat.maxGap = gap; beat.maxGapEnd = t; }
      if (gap > ${LONG_MS}) beat.gaps.push([t - gap, gap]);
    };
    beat.timer = setInterval(beat.tick, ${HEARTBEAT_MS});
    await settle(4 * ${HEARTBEAT_MS});
    beat.start = now();
    return beat;
  }
  /**
   * Keeps beating after the action's end until the page has been quiet (no gap over ${LONG_MS} ms) for
   * ${QUIET_MS} ms, at most ${TRAILING_MS / 1000} s: what the action leaves behind (React rendering the
   * outcome, a form's detection on the new table, garbage collection) blocks the user too. Then sums up.
   */
  async function stopBeat(beat, end) {
    var limit = now() + ${TRAILING_MS};
    for (;;) {
      await settle(${HEARTBEAT_MS * 4});
      beat.tick(); // a block that just ended may not have had its beat yet
      var last = beat.gaps.length > 0 ? beat.gaps[beat.gaps.length - 1] : undefined;
      var quietSince = Math.max(end, last ? last[0] + last[1] : 0);
      if (now() - quietSince >= ${QUIET_MS} || now() > limit) break;
    }
    clearInterval(beat.timer);
    var settled = now(), start = beat.start;
    var tasks = bench.longTasks.filter(function (t) { return t[0] + t[1] > start && t[0] < settled; });
    var at = function (g) { return [Math.max(0, g[0] - start), g[1]]; };
    return {
      totalMs: end - start,
      settledMs: settled - start,
      maxBlockMs: beat.maxGap,
      maxBlockStartMs: beat.maxGap > 0 ? Math.max(0, beat.maxGapEnd - beat.maxGap - start) : 0,
      blocks: beat.gaps.map(at),
      longTasks: tasks.map(at),
      longTaskApi: bench.longTaskApi,
    };
  }

  /** Calls the registered handler of a custom function on data built here (before the clock starts). */
  bench.callFunction = async function (id, parameters, build) {
    var fn = bench.functions[id];
    if (typeof fn !== "function") throw new Error("no handler registered for " + id);
    // As Excel calls it: every declared parameter (null where the formula omits an optional one), then the
    // invocation object.
    var args = build();
    while (args.length < parameters) args.push(null);
    var invocation = { address: "Sheet1!A1", functionName: id };
    var beat = await startBeat();
    var pending = fn.apply(null, args.concat([invocation]));
    var callMs = now() - beat.start;
    var value = await pending;
    var stats = await stopBeat(beat, now());
    stats.callMs = callMs;
    stats.shape = Array.isArray(value) ? [value.length, Array.isArray(value[0]) ? value[0].length : 1] : [1, 1];
    var first = Array.isArray(value) ? (Array.isArray(value[0]) ? value[0][0] : value[0]) : value;
    stats.error = first && typeof first === "object" && first.code ? String(first.code) + " " + String(first.message || "") : undefined;
    return stats;
  };

  /** Clicks the region's button with this text, as the user does. */
  function clickButton(region, text) {
    var button = Array.prototype.find.call(region.querySelectorAll("button"), function (b) { return b.textContent.trim() === text; });
    if (!button || button.disabled) throw new Error('no enabled button "' + text + '"');
    button.click();
  }
  /** Chooses files in the workbench's file input, as the user does. */
  function chooseFiles(files) {
    var input = document.querySelector('input[type="file"]');
    input.files = files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  /**
   * Runs an action on the pane ({ click: button text } or { file: true }: the file made by makeFile) and waits
   * until its outcome shows in the region ({ list: accessible name } of a new list, or { text }): a
   * MutationObserver notices it as soon as React commits, a poll backs it up; a new error bar ends it too.
   */
  bench.paneAction = async function (region, act, done) {
    // What the region shows already (a list or error of an earlier run) does not count as the outcome.
    var seen = new WeakSet();
    region.querySelectorAll("*").forEach(function (e) { seen.add(e); });
    function fresh(element) { return element && !seen.has(element) ? element : null; }
    function shown() {
      if (done.list !== undefined) return fresh(region.querySelector('ul[aria-label="' + done.list + '"]')) !== null;
      return (region.textContent || "").indexOf(done.text) >= 0;
    }
    var beat = await startBeat();
    var finished = new Promise(function (resolve, reject) {
      var observer = new MutationObserver(check);
      var poll = setInterval(check, 50);
      var timeout = setTimeout(function () { fail(new Error("timed out")); }, ${ACTION_TIMEOUT_MS});
      function stop() { clearTimeout(timeout); clearInterval(poll); observer.disconnect(); }
      function fail(error) { stop(); reject(error); }
      function check() {
        var error = fresh(region.querySelector('[role="alert"]'));
        if (shown()) { stop(); resolve(now()); }
        else if (error && error.textContent) fail(new Error(error.textContent.trim().slice(0, 300)));
      }
      observer.observe(region, { childList: true, subtree: true, characterData: true, attributes: true });
      try {
        if (act.click !== undefined) clickButton(region, act.click);
        else chooseFiles(bench.pendingFile);
      } catch (error) {
        fail(error);
      }
    });
    return stopBeat(beat, await finished);
  };

  /** A file as the user would pick it (made before the clock starts: encoding a large text takes a while). */
  bench.makeFile = function (name, text) {
    var transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: "text/csv" }));
    return transfer.files;
  };
})();
`;

/** The fake workbook of the browser tests as a script defining `window.__FakeExcelModule` (undefined if absent). */
function fakeExcelScript(root: string): string | undefined {
  const file = path.join(root, "test", "support", "fakeExcel.ts");
  if (!fs.existsSync(file)) return undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a dev dependency, optional at run time
    const ts = require("typescript") as typeof import("typescript");
    const js = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    }).outputText;
    return `(function(){var exports={};var module={exports:exports};${js};window.__FakeExcelModule=exports;})();`;
  } catch {
    return undefined;
  }
}

/**
 * The Office.js stub. "excel": Excel host, the fake workbook when available, and a `CustomFunctions` whose
 * `associate` records each handler in `window.__selaBench.functions`. "none": no host (the workbench).
 */
function officeStub(mode: "excel" | "none", fake: string | undefined): string {
  if (mode === "none") {
    return `window.Office = { HostType: { Excel: "Excel" }, onReady: function (cb) { var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); } };`;
  }
  const excel = fake
    ? `var fake = new window.__FakeExcelModule.FakeExcel(["Sheet1"]); window.__fakeExcel = fake; window.Excel = { run: fake.run };`
    : `window.Excel = { run: function () { return Promise.reject(new Error("no workbook in the benchmark")); } };`;
  return `${fake ?? ""}
    (function () {
      ${excel}
      window.CustomFunctions = {
        associate: function (id, fn) { window.__selaBench.functions[id] = fn; },
        Error: function (code, message) { this.code = code; this.message = message; },
        ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" }
      };
      window.Office = {
        HostType: { Excel: "Excel" },
        context: { displayLanguage: "en-US", requirements: { isSetSupported: function (name, v) { return name === "ExcelApi" ? Number(String(v).split(".")[1] || 0) <= 12 : true; } } },
        onReady: function (cb) { var info = { host: "Excel", platform: "OfficeOnline" }; if (cb) cb(info); return Promise.resolve(info); }
      };
    })();`;
}

/** Opens the pane in a fresh context with the stub, the bench script and the outside-request guard. */
async function openPane(
  browser: Browser,
  baseUrl: string,
  stub: string,
): Promise<{ context: BrowserContext; page: Page; outside: string[] }> {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 420, height: 900 } });
  await context.addInitScript(PAGE_SCRIPT);
  const page = await context.newPage();
  const outside: string[] = [];
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
    outside.push(url);
    return route.abort();
  });
  await page.goto(`${baseUrl}taskpane.html`);
  await page.getByRole("heading", { level: 1, name: "SELA Niches" }).waitFor({ timeout: 30_000 });
  return { context, page, outside };
}

/** One run as the page measured it (times in ms after the call or click). */
interface PageStats {
  totalMs: number;
  settledMs: number;
  maxBlockMs: number;
  maxBlockStartMs: number;
  blocks: [number, number][];
  longTasks: [number, number][];
  callMs?: number;
  error?: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

type CaseBase = Pick<ResponsivenessResult, "group" | "case" | "size" | "where">;

/** Folds the runs of a case: median total, the worst run's blocks, the longest long task. */
function summarise(base: CaseBase, runs: PageStats[]): ResponsivenessResult {
  const worst = runs.reduce((w, r) => (r.maxBlockMs > w.maxBlockMs ? r : w));
  const calls = runs.map((r) => r.callMs).filter((c): c is number => c !== undefined);
  return {
    ...base,
    runs: runs.length,
    totalMs: round(median(runs.map((r) => r.totalMs))),
    maxBlockMs: round(worst.maxBlockMs),
    maxBlockStartMs: round(worst.maxBlockStartMs),
    blocksOver50: worst.blocks.length,
    longTasks: worst.longTasks.length,
    longestTaskMs: round(Math.max(0, ...runs.flatMap((r) => r.longTasks.map(([, ms]) => ms)))),
    ...(calls.length > 0 ? { callMs: round(Math.max(...calls)) } : {}),
    ...(worst.blocks.length > 0 ? { blocks: worst.blocks.map(([at, ms]) => [round(at), round(ms)]) } : {}),
  };
}

/** A case that could not be measured: kept in the table with its reason. */
function failed(base: CaseBase, error: unknown): ResponsivenessResult {
  const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  return {
    ...base,
    runs: 0,
    totalMs: NaN,
    maxBlockMs: NaN,
    maxBlockStartMs: NaN,
    blocksOver50: 0,
    longTasks: 0,
    longestTaskMs: NaN,
    note: `failed: ${reason}`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The cases.

interface FunctionCase {
  id: string;
  size: string;
  /** Declared parameters (functions.json): the omitted optional ones are passed as null. */
  parameters: number;
  /** Page-side expression building the argument list (nested arrays), e.g. `[bench.coefficients(316, 3)]`. */
  args: string;
  cells: number;
}

/**
 * The largest calls Excel can make (limits.ts: 250,000 input cells, 100,000 result cells), and one just
 * below the offload threshold (offload.ts: 20,000 cells), which runs on the main thread by design.
 */
function functionCases(quick: boolean): FunctionCase[] {
  const cases: FunctionCase[] = [
    { id: "LEONTIEF", parameters: 2, size: "141 x 141", args: "[bench.coefficients(141, 5)]", cells: 141 * 141 },
    // 316² = 99,856 result cells: the largest square inverse Excel takes back.
    { id: "LEONTIEF", parameters: 2, size: "316 x 316", args: "[bench.coefficients(316, 7)]", cells: 316 * 316 },
    // 500² = 250,000 argument cells, one row back.
    { id: "OUTPUTMULT", parameters: 2, size: "500 x 500", args: "[bench.coefficients(500, 11)]", cells: 500 * 500 },
    // 125 countries x 800 products = 100,000 cells in and out.
    { id: "RCA", parameters: 3, size: "125 x 800", args: "[bench.exports(125, 800, 13)]", cells: 125 * 800 },
    // 316 products: the largest proximity matrix Excel takes back.
    { id: "PROXIMITY", parameters: 2, size: "250 x 316", args: "[bench.exports(250, 316, 17)]", cells: 250 * 316 },
    // 250 x 1,000 = 250,000 argument cells, one row back.
    { id: "ECI", parameters: 4, size: "250 x 1,000", args: "[bench.exports(250, 1000, 19)]", cells: 250 * 1000 },
  ];
  return quick ? cases.filter((c) => c.id !== "ECI" && c.id !== "PROXIMITY") : cases;
}

const OFFLOAD_CELLS = 20_000;

async function measureFunctions(
  browser: Browser,
  baseUrl: string,
  stub: string,
  runs: number,
  log: (line: string) => void,
): Promise<ResponsivenessResult[]> {
  const { context, page, outside } = await openPane(browser, baseUrl, stub);
  const results: ResponsivenessResult[] = [];
  try {
    // The runtime registers its functions when functions.js has run (deferred script, before the heading shows).
    await page.waitForFunction("Object.keys(window.__selaBench.functions).length > 0", undefined, { timeout: 30_000 });
    for (const c of functionCases(runs === 1)) {
      const base = {
        group: "custom function" as const,
        case: `SELA.${c.id}`,
        size: c.size,
        where: c.cells >= OFFLOAD_CELLS ? "worker" : "main thread",
      };
      log(`responsiveness: SELA.${c.id} ${c.size}`);
      try {
        const stats: PageStats[] = [];
        for (let r = 0; r < runs; r++) {
          const s = await page.evaluate<PageStats>(
            `window.__selaBench.callFunction(${JSON.stringify(c.id)}, ${String(c.parameters)}, function () { var bench = window.__selaBench; return ${c.args}; })`,
          );
          if (s.error !== undefined) throw new Error(`the function answered ${s.error}`);
          stats.push(s);
        }
        results.push(summarise(base, stats));
      } catch (error) {
        results.push(failed(base, error));
      }
    }
    if (outside.length > 0) log(`responsiveness: requests blocked: ${outside.join(", ")}`);
  } finally {
    await context.close();
  }
  return results;
}

/** A pane action as the page script runs it: click a button of the region, or choose the prepared file. */
type PaneAct = { click: string } | { file: true };
/** Its outcome: a new list with this accessible name in the region, or this text. */
type PaneDone = { list: string } | { text: string };
/** The page script's entry, as seen from here (it runs in the page). */
interface PageBench {
  paneAction(region: unknown, act: PaneAct, done: PaneDone): Promise<PageStats>;
}

const WRITTEN: PaneDone = { list: "Report written to the sheets:" };

async function measurePane(
  browser: Browser,
  baseUrl: string,
  root: string,
  quick: boolean,
  log: (line: string) => void,
): Promise<ResponsivenessResult[]> {
  const { context, page, outside } = await openPane(browser, baseUrl, officeStub("none", undefined));
  const results: ResponsivenessResult[] = [];
  const runs = quick ? 1 : 2;
  const region = (name: string) => page.getByRole("region", { name, exact: true });
  /** Opens an accordion section if it is collapsed; returns its region. */
  const section = async (name: string) => {
    const header = page.getByRole("button", { name, exact: true });
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    await region(name).waitFor();
    return region(name);
  };
  /** Measures one pane action `runs` times; `act` and `done` are page-side functions (text). */
  const measure = async (
    base: Pick<ResponsivenessResult, "case" | "size" | "where">,
    regionName: string,
    act: PaneAct,
    done: PaneDone,
    times = runs,
  ): Promise<void> => {
    log(`responsiveness: ${base.case} ${base.size}`);
    const full = { group: "pane" as const, ...base };
    try {
      const handle = await region(regionName).elementHandle();
      const stats: PageStats[] = [];
      for (let r = 0; r < times; r++) {
        stats.push(
          await page.evaluate(
            ([where, what, outcome]) =>
              (globalThis as unknown as { __selaBench: PageBench }).__selaBench.paneAction(where, what, outcome),
            [handle, act, done] as const,
          ),
        );
      }
      results.push(summarise(full, stats));
    } catch (error) {
      results.push(failed(full, error));
    }
  };
  const click = (button: string): PaneAct => ({ click: button });
  /** Opens a file built in the page (`text`: a page-side expression), as the user would choose it. */
  const openFile = async (base: Pick<ResponsivenessResult, "case" | "size">, name: string, text: string) => {
    await page.evaluate(
      `(async function () { window.__selaBench.pendingFile = window.__selaBench.makeFile(${JSON.stringify(name)}, await (${text})); })()`,
    );
    await measure({ ...base, where: "worker" }, "Workbook file", { file: true }, { text: `Opened ${name}: ` }, 1);
    await page.evaluate("window.__selaBench.pendingFile = undefined");
  };
  /** Waits until the region's button is enabled (the form has read and understood the table). */
  const enabled = (regionName: string, button: string) =>
    region(regionName).locator("button:not([disabled])", { hasText: button }).waitFor({ timeout: 60_000 });
  /** The trade forms: all reporters as the world (the table has no world column), a focus country. */
  const focus = async (regionName: string, run: string, country: string) => {
    const r = await section(regionName);
    await r.getByRole("radio", { name: "All reporters in the table" }).check();
    await r.getByRole("combobox", { name: "Focus country" }).fill(country);
    await enabled(regionName, run);
  };
  try {
    const files = region("Workbook file");
    await files.getByRole("button", { name: "Use sample data" }).click();
    await files.getByText("Sample tables added: ").waitFor({ timeout: 30_000 });
    await section("Input-output linkages");
    await enabled("Input-output linkages", "Run input-output analysis");
    await measure(
      { case: "input-output analysis", size: "Brazil sample, 12 sectors", where: "worker" },
      "Input-output linkages",
      click("Run input-output analysis"),
      WRITTEN,
    );

    for (const n of quick ? [300] : [1000, 2000]) {
      const name = `io_${String(n)}.csv`;
      await openFile(
        { case: "open a CSV input-output table", size: `${String(n)} sectors` },
        name,
        `window.__selaBench.ioCsv(${String(n)}, ${String(n + 1)})`,
      );
      const io = await section("Input-output linkages");
      await io.getByText(`${String(n)} sectors found.`).waitFor({ timeout: 60_000 });
      await enabled("Input-output linkages", "Run input-output analysis");
      await measure(
        { case: "input-output analysis", size: `${String(n)} sectors`, where: "worker" },
        "Input-output linkages",
        click("Run input-output analysis"),
        WRITTEN,
      );
    }

    const world = path.join(root, "dist", "samples", "trade", "world_trade_sitc4_avg_1998_2000.csv");
    if (fs.existsSync(world)) {
      const name = "world_trade_sitc4_avg_1998_2000.csv";
      const size = "226 countries x 785 products (124,336 rows)";
      await openFile(
        { case: "open the world trade CSV", size },
        name,
        `fetch("samples/trade/${name}").then(function (r) { return r.text(); })`,
      );
      await focus("Trade niches", "Run trade niches", "chl");
      await measure(
        { case: "trade niches (chl)", size, where: "worker" },
        "Trade niches",
        click("Run trade niches"),
        WRITTEN,
      );
      await focus("Product space", "Run product space", "chl");
      await measure(
        { case: "product space (chl)", size, where: "worker" },
        "Product space",
        click("Run product space"),
        WRITTEN,
      );
    } else {
      log("responsiveness: no dist/samples world trade table; trade cases skipped");
    }

    await enabled("Workbook file", "Download results (.xlsx)");
    await measure(
      { case: "download the result workbook (.xlsx)", size: "every report above", where: "worker" },
      "Workbook file",
      click("Download results (.xlsx)"),
      { text: "Downloaded sela-niches-results.xlsx." },
      1,
    );
    if (outside.length > 0) log(`responsiveness: requests blocked: ${outside.join(", ")}`);
  } finally {
    await context.close();
  }
  return results;
}

/**
 * Runs every case in one headless Chromium: the custom functions in Office mode, then the pane in the
 * workbench. `quick`: one run per case and smaller generated tables.
 */
export async function measureResponsiveness(
  root: string,
  quick: boolean,
  log: (line: string) => void,
): Promise<ResponsivenessReport> {
  const playwright = loadPlaywright();
  if (!playwright) throw new Error("playwright-core is not installed");
  const dist = path.join(root, "dist");
  const server = await serveDist(dist);
  const browser = await playwright.chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const fake = fakeExcelScript(root);
    const functions = await measureFunctions(browser, server.url, officeStub("excel", fake), quick ? 1 : 3, log);
    const pane = await measurePane(browser, server.url, root, quick, log);
    return {
      chromium: browser.version(),
      officeHost: fake ? "Excel stub with the fake workbook" : "Excel stub without a workbook",
      results: [...functions, ...pane],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
