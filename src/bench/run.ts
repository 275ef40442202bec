/**
 * `npm run bench`: times the engine on the sizes of issue 8 and, when python3 with numpy is present, the same
 * cases in numpy (run side by side in a subprocess); prints median and min per case with the ratio to numpy and
 * writes bench/results.json.
 *
 * Options: --quick (or SELA_BENCH_QUICK=1) smaller sizes; --only a,b (case groups: lu, trade, cli);
 * --runs N (timed runs per case); --no-numpy; --memory N (peak memory of one inverse of order N, in matrices).
 *
 * Pieces another part of the project has not written yet (the complexity functions, the built CLI) are
 * skipped with a note, never an error.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { inverse, luDecompose, luSolve, luSolveTransposed } from "../core/linalg/lu";
import { matrix, type Matrix } from "../core/linalg/matrix";
import { setWasmLuEnabled, wasmLuAvailable } from "../core/linalg/wasm/luWasm";

interface Timing {
  median: number;
  min: number;
  first: number;
  runs: number;
}

interface CaseResult {
  group: string;
  name: string;
  size: string;
  engine: string;
  js?: Timing;
  numpy?: Timing;
  ratio?: number;
  note?: string;
}

interface NumpyCase {
  id: string;
  op: string;
  files: string[];
  shape: number[];
  runs: number;
}

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(name);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag("--quick") || ["1", "true", "yes"].includes((process.env.SELA_BENCH_QUICK ?? "").toLowerCase());
const only = option("--only")?.split(",");
const runsOverride = option("--runs") === undefined ? undefined : Number(option("--runs"));
const root = path.join(__dirname, "..", "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "sela-bench-"));

// ---------------------------------------------------------------------------------------------------------
// Data: deterministic, the same bytes for both sides.

function randomSource(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

/** Technical coefficients A of a productive table: ~30 % zeros, heavier diagonal, column sums in [0.3, 0.9). */
function coefficients(n: number, seed: number): Matrix {
  const random = randomSource(seed);
  const a = matrix(n, n);
  const d = a.data;
  for (let i = 0; i < n * n; i++) d[i] = random() < 0.3 ? 0 : random();
  for (let i = 0; i < n; i++) d[i * n + i] = (d[i * n + i] as number) + n * 0.05;
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sums[j] = (sums[j] as number) + (d[i * n + j] as number);
  const target = new Float64Array(n).map(() => 0.3 + 0.6 * random());
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) d[i * n + j] = ((d[i * n + j] as number) * (target[j] as number)) / (sums[j] as number);
  }
  return a;
}

function identityMinus(a: Matrix): Matrix {
  const n = a.rows;
  const m = matrix(
    n,
    n,
    a.data.map((v) => -v),
  );
  for (let i = 0; i < n; i++) m.data[i * n + i] = (m.data[i * n + i] as number) + 1;
  return m;
}

/** Exports 250 x 5000: 60 % zeros, lognormal values, country and product sizes spread over decades. */
function exportsTable(m: number, p: number, seed: number): Matrix {
  const random = randomSource(seed);
  const x = matrix(m, p);
  const country = new Float64Array(m).map(() => Math.exp(4 * random()));
  const product = new Float64Array(p).map(() => Math.exp(3 * random()));
  for (let c = 0; c < m; c++) {
    for (let q = 0; q < p; q++) {
      if (random() < 0.6) continue;
      x.data[c * p + q] = (country[c] as number) * (product[q] as number) * Math.exp(2 * (random() - 0.5));
    }
  }
  return x;
}

function presenceOf(x: Matrix): Matrix {
  const { rows: m, cols: p, data } = x;
  const rowSum = new Float64Array(m);
  const colSum = new Float64Array(p);
  let total = 0;
  for (let c = 0; c < m; c++) {
    for (let q = 0; q < p; q++) {
      const v = data[c * p + q] as number;
      rowSum[c] = (rowSum[c] as number) + v;
      colSum[q] = (colSum[q] as number) + v;
      total += v;
    }
  }
  const out = matrix(m, p);
  for (let c = 0; c < m; c++) {
    for (let q = 0; q < p; q++) {
      const rca = (data[c * p + q] as number) / (rowSum[c] as number) / ((colSum[q] as number) / total);
      out.data[c * p + q] = rca >= 1 ? 1 : 0;
    }
  }
  return out;
}

function save(name: string, values: Float64Array): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  return file;
}

// ---------------------------------------------------------------------------------------------------------
// Timing.

function time(fn: () => unknown, runs: number): Timing {
  const t0 = performance.now();
  fn(); // first call: JIT / WebAssembly compile, kept apart
  const first = performance.now() - t0;
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((x, y) => x - y);
  const mid = samples.length >> 1;
  const median =
    samples.length % 2 === 1 ? (samples[mid] as number) : ((samples[mid - 1] as number) + (samples[mid] as number)) / 2;
  return { median, min: samples[0] as number, first, runs };
}

function runsFor(n: number): number {
  if (runsOverride !== undefined) return runsOverride;
  if (n <= 500) return 7;
  if (n <= 1000) return 5;
  if (n <= 2000) return 3;
  return 2;
}

/** A module of the engine that may not exist yet (loaded at run time so that the runner still compiles). */
function optionalFunction(relative: string, name: string): unknown {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional at run time by design
    const loaded = require(path.join(__dirname, relative)) as Record<string, unknown>;
    return typeof loaded[name] === "function" ? loaded[name] : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------
// numpy side.

const NUMPY_SCRIPT = String.raw`
import json, sys, time
import numpy as np
spec = json.load(open(sys.argv[1]))
try:
    import scipy.linalg as sla
except Exception:
    sla = None
def load(c, i, shape):
    return np.fromfile(c["files"][i], dtype=np.float64).reshape(shape)
def prepare(c):
    s = c["shape"]; op = c["op"]
    if op in ("lu", "solve", "inverse"):
        a = load(c, 0, (s[0], s[0])); b = np.ones(s[0])
        if op == "lu":
            if sla is None: return None
            return lambda: sla.lu_factor(a, check_finite=False)
        if op == "solve": return lambda: np.linalg.solve(a, b)
        return lambda: np.linalg.inv(a)
    if op == "multipliers":
        a = load(c, 0, (s[0], s[0])); eye = np.eye(s[0])
        return lambda: np.linalg.inv(eye - a).sum(0)
    if op == "rca":
        x = load(c, 0, (s[0], s[1]))
        return lambda: (x / x.sum(1, keepdims=True)) / (x.sum(0) / x.sum())
    if op == "proximity":
        m = load(c, 0, (s[0], s[1])).astype(np.float32)
        def prox():
            cooc = m.T @ m
            k = m.sum(0)
            with np.errstate(divide="ignore", invalid="ignore"):
                return cooc / np.maximum.outer(k, k)
        return prox
    if op == "eci":
        m = load(c, 0, (s[0], s[1]))
        def eci():
            kc = m.sum(1); kp = m.sum(0)
            mcc = (m / kc[:, None]) @ (m / kp).T
            w, v = np.linalg.eig(mcc)
            order = np.argsort(-w.real)
            k = v[:, order[1]].real
            q = (m.T @ k) / kp
            return (k - k.mean()) / k.std(), (q - k.mean()) / k.std()
        return eci
    if op == "cli":
        def run():
            import subprocess
            subprocess.run([sys.executable, "-c", "import json,sys,numpy as np;a=np.array(json.load(open(sys.argv[1]))[0]);l=np.linalg.inv(np.eye(len(a))-a);sys.stdout.write(json.dumps({'result':l.tolist()}))", c["files"][0]], check=True, stdout=subprocess.DEVNULL)
        return run
    return None
out = {"version": np.__version__, "results": {}}
for c in spec:
    fn = prepare(c)
    if fn is None: continue
    t0 = time.perf_counter(); fn(); first = (time.perf_counter() - t0) * 1000
    samples = []
    for _ in range(c["runs"]):
        t = time.perf_counter(); fn(); samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    mid = len(samples) // 2
    median = samples[mid] if len(samples) % 2 else (samples[mid - 1] + samples[mid]) / 2
    out["results"][c["id"]] = {"median": median, "min": samples[0], "first": first, "runs": len(samples)}
    print(json.dumps({"done": c["id"]}), file=sys.stderr)
print(json.dumps(out))
`;

function numpyAvailable(): string | undefined {
  if (flag("--no-numpy")) return undefined;
  try {
    return execFileSync("python3", ["-c", "import numpy; print(numpy.__version__)"], { encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}

function runNumpy(cases: NumpyCase[]): Record<string, Timing> {
  const specFile = path.join(work, "spec.json");
  const scriptFile = path.join(work, "bench.py");
  fs.writeFileSync(specFile, JSON.stringify(cases));
  fs.writeFileSync(scriptFile, NUMPY_SCRIPT);
  const result = spawnSync("python3", [scriptFile, specFile], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    console.warn(`numpy run failed, ratios skipped:\n${result.stderr}`);
    return {};
  }
  const parsed = JSON.parse(result.stdout) as { results: Record<string, Timing> };
  return parsed.results;
}

// ---------------------------------------------------------------------------------------------------------
// Cases.

interface PlannedCase {
  result: CaseResult;
  js: () => Timing | undefined;
  numpy?: NumpyCase;
}

const wanted = (group: string): boolean => only === undefined || only.includes(group);
const planned: PlannedCase[] = [];
let counter = 0;

function plan(result: CaseResult, js: () => Timing | undefined, numpy?: Omit<NumpyCase, "id">): void {
  const id = `c${String(counter++)}`;
  planned.push({ result, js, numpy: numpy ? { id, ...numpy } : undefined });
}

/** Builds the inputs and the list of cases (not at import: `--memory` needs a clean heap). */
function planCases(): void {
  if (wanted("lu")) {
    const sizes = quick ? [200, 500, 1000] : [500, 1000, 2000, 3500];
    const engine = wasmLuAvailable() ? "wasm" : "ts";
    for (const n of sizes) {
      const m = identityMinus(coefficients(n, 7 + n));
      const file = save(`imina_${String(n)}.f64`, m.data);
      const ones = new Float64Array(n).fill(1);
      const runs = runsFor(n);
      const shape = [n];
      plan(
        { group: "lu", name: "LU factorisation", size: `n=${String(n)}`, engine },
        () => time(() => luDecompose(m), runs),
        {
          op: "lu",
          files: [file],
          shape,
          runs,
        },
      );
      plan(
        { group: "lu", name: "solve (LU + 1 solve)", size: `n=${String(n)}`, engine },
        () => time(() => luSolve(luDecompose(m), ones), runs),
        { op: "solve", files: [file], shape, runs },
      );
      plan({ group: "lu", name: "inverse", size: `n=${String(n)}`, engine }, () => time(() => inverse(m), runs), {
        op: "inverse",
        files: [file],
        shape,
        runs,
      });
      if (n <= 1000) {
        // The TypeScript fallback (runtimes without WebAssembly SIMD); numpy column repeated for the ratio.
        const withTs = (fn: () => unknown): Timing => {
          const old = setWasmLuEnabled(false);
          try {
            return time(fn, runs);
          } finally {
            setWasmLuEnabled(old);
          }
        };
        plan({ group: "lu", name: "LU factorisation", size: `n=${String(n)}`, engine: "ts" }, () =>
          withTs(() => luDecompose(m)),
        );
        plan({ group: "lu", name: "inverse", size: `n=${String(n)}`, engine: "ts" }, () => withTs(() => inverse(m)));
      }
    }
    const n = quick ? 1000 : 3500;
    const a = coefficients(n, 99);
    const file = save(`a_${String(n)}.f64`, a.data);
    const runs = runsFor(n);
    const multipliers = optionalFunction("../core/inputOutput/outputMultipliers", "outputMultipliers") as
      ((a: Matrix) => Float64Array) | undefined;
    plan(
      { group: "lu", name: "output multipliers (outputMultipliers)", size: `n=${String(n)}`, engine },
      () => (multipliers ? time(() => multipliers(a), runs) : undefined),
      { op: "multipliers", files: [file], shape: [n], runs },
    );
    plan(
      { group: "lu", name: "multipliers + linkages (1 LU, 3 solves)", size: `n=${String(n)}`, engine },
      () =>
        time(() => {
          const f = luDecompose(identityMinus(a));
          const ones = new Float64Array(n).fill(1);
          luSolveTransposed(f, ones);
          luSolve(f, ones);
          luSolveTransposed(f, ones);
        }, runs),
      { op: "multipliers", files: [file], shape: [n], runs },
    );
  }

  if (wanted("trade")) {
    const [m, p] = quick ? [100, 2000] : [250, 5000];
    const x = exportsTable(m, p, 4242);
    const presence = presenceOf(x);
    const xFile = save("exports.f64", x.data);
    const mFile = save("presence.f64", presence.data);
    const shape = [m, p];
    const size = `${String(m)} x ${String(p)}`;
    const runs = quick ? 5 : 7;
    const rca = optionalFunction("../core/trade/revealedComparativeAdvantage", "revealedComparativeAdvantage") as
      ((x: Matrix) => Matrix) | undefined;
    plan(
      { group: "trade", name: "RCA (Balassa)", size, engine: "ts" },
      () => (rca ? time(() => rca(x), runs) : undefined),
      {
        op: "rca",
        files: [xFile],
        shape,
        runs,
      },
    );
    const proximity = optionalFunction("../core/complexity/proximity", "proximity") as
      ((m: Matrix) => Matrix) | undefined;
    plan(
      { group: "trade", name: `proximity (${String(p)} products; numpy float32)`, size, engine: "ts" },
      () => (proximity ? time(() => proximity(presence), quick ? 3 : 3) : undefined),
      { op: "proximity", files: [mFile], shape, runs: 3 },
    );
    const complexity = optionalFunction("../core/complexity/complexityIndices", "complexityIndices") as
      ((m: Matrix) => unknown) | undefined;
    plan(
      { group: "trade", name: "ECI/PCI (numpy: eig of Mcc, as py-ecomplexity)", size, engine: "ts" },
      () => (complexity ? time(() => complexity(presence), runs) : undefined),
      { op: "eci", files: [mFile], shape, runs },
    );
  }

  if (wanted("cli")) {
    const n = 200;
    const a = coefficients(n, 5);
    const rows: number[][] = [];
    for (let i = 0; i < n; i++) rows.push(Array.from(a.data.subarray(i * n, (i + 1) * n)));
    const argsFile = path.join(work, "leontief_args.json");
    fs.writeFileSync(argsFile, JSON.stringify([rows]));
    const cli = path.join(__dirname, "..", "cli", "main.js");
    const runs = 5;
    plan(
      {
        group: "cli",
        name: "sela-niches call LEONTIEF (process, JSON in/out)",
        size: `n=${String(n)}`,
        engine: "node",
      },
      () => {
        if (!fs.existsSync(cli)) return undefined;
        const call = (): void => {
          const r = spawnSync(process.execPath, [cli, "call", "LEONTIEF", "--args", argsFile], {
            encoding: "utf8",
            maxBuffer: 64 * 1024 * 1024,
          });
          if (r.status !== 0 || !r.stdout.startsWith('{"result"'))
            throw new Error(`sela-niches call failed: ${r.stderr}`);
        };
        return time(call, runs);
      },
      { op: "cli", files: [argsFile], shape: [n], runs },
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// Memory mode: peak RSS growth of one inverse, in n x n matrices.

function memoryMode(n: number): void {
  // I − A built in place: no second matrix is ever allocated before the measurement.
  const m = coefficients(n, 11);
  for (let i = 0; i < n * n; i++) m.data[i] = -(m.data[i] as number);
  for (let i = 0; i < n; i++) m.data[i * n + i] = (m.data[i * n + i] as number) + 1;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const t = performance.now();
  const inv = inverse(m);
  const ms = performance.now() - t;
  const peak = process.resourceUsage().maxRSS * 1024;
  const bytes = n * n * 8;
  console.log(
    JSON.stringify({
      n,
      engine: wasmLuAvailable() ? "wasm" : "ts",
      inverseMs: Math.round(ms),
      matrixMB: Math.round(bytes / 1e6),
      rssBeforeMB: Math.round(before / 1e6),
      peakRssMB: Math.round(peak / 1e6),
      peakBeforeMB: Math.round(peakBefore / 1e6),
      // Peak growth over the resident set holding the input, in n x n matrices; +1 counts the input itself.
      growthMatrices: Number(((peak - before) / bytes).toFixed(2)),
      copiesIncludingInput: Number(((peak - before) / bytes + 1).toFixed(2)),
      check: inv.data[0],
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------

function format(ms: number | undefined): string {
  if (ms === undefined) return "–";
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(2)} ms`;
}

function main(): void {
  const memoryN = option("--memory");
  if (memoryN !== undefined) {
    memoryMode(Number(memoryN));
    return;
  }
  planCases();
  const numpyVersion = numpyAvailable();
  const numpyTimes = numpyVersion
    ? runNumpy(planned.map((c) => c.numpy).filter((c): c is NumpyCase => c !== undefined))
    : {};
  const results: CaseResult[] = [];
  for (const c of planned) {
    const r = c.result;
    let js: Timing | undefined;
    try {
      js = c.js();
      if (!js) r.note = "skipped: not in this build yet";
    } catch (error) {
      r.note = `failed: ${(error as Error).message.split("\n")[0] ?? ""}`;
    }
    if (js) r.js = js;
    // The TypeScript rows share the numpy timing of the matching WebAssembly row.
    const twin = c.numpy ?? planned.find((o) => o.numpy && o.result.name === r.name && o.result.size === r.size)?.numpy;
    const np = twin ? numpyTimes[twin.id] : undefined;
    if (np) r.numpy = np;
    if (js && np) r.ratio = js.median / np.median;
    results.push(r);
    process.stderr.write(`${r.name} ${r.size} [${r.engine}]: ${format(js?.median)}\n`);
  }
  const header = ["case", "size", "engine", "median", "min", "first call", "numpy median", "numpy min", "ratio"];
  const rows = results.map((r) => [
    r.name,
    r.size,
    r.engine,
    format(r.js?.median),
    format(r.js?.min),
    format(r.js?.first),
    format(r.numpy?.median),
    format(r.numpy?.min),
    r.ratio === undefined ? (r.note ?? "–") : `${r.ratio.toFixed(2)}x`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpu}, ${String(os.cpus().length)} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}`;
  console.log(`\nSELA Niches benchmarks (${quick ? "quick" : "full"}), Node ${process.version}, ${machine}`);
  console.log(numpyVersion ? `numpy ${numpyVersion} (default threads) in a subprocess` : "numpy: not available");
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
  const outDir = path.join(root, "bench");
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(
    path.join(outDir, "results.json"),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        mode: quick ? "quick" : "full",
        node: process.version,
        machine,
        numpy: numpyVersion ?? null,
        wasm: wasmLuAvailable(),
        unit: "ms",
        results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nwrote ${path.relative(process.cwd(), path.join(outDir, "results.json"))}`);
}

try {
  main();
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
