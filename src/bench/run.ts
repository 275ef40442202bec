/**
 * `npm run bench`: times the engine on the sizes of issue 8 and, when python3 with numpy is present, the same
 * cases in numpy (run side by side in a subprocess); prints median and min per case with the ratio to numpy and
 * writes bench/results.json.
 *
 * Besides the timings against numpy, four goals of issue 8 are measured against our own figures: EXTRACTION for
 * all sectors against one inverse of I − A, the peak memory of multipliers and linkages at n = 3,500 (in copies
 * of the matrix), the first call with the WebAssembly compile, and the main thread never blocked more than
 * 100 ms during large custom-function calls and pane analyses (in the built add-in in Chromium, see
 * responsiveness.ts); the last three each in a fresh process, since a process that has already run other cases
 * has neither a clean peak nor a cold kernel.
 *
 * Options: --quick (or SELA_BENCH_QUICK=1) smaller sizes; --only a,b (case groups: lu, extraction, trade, cli,
 * memory, first-call, responsiveness); --runs N (timed runs per case); --no-numpy; --one-thread (the dense
 * kernels on one thread; by default they take a second one, as the CLI does, and the LU rows at the largest size
 * are also timed on one thread for comparison: numpy uses both cores too). Child modes (run by the bench
 * itself): --memory N [--memory-case inverse|linkages|leontief] peak memory of one case of order N; --first-call
 * sync|async the WebAssembly compile and first LU in this (fresh) process; --responsiveness the main-thread
 * measurements in Chromium (JSON on stdout, progress on stderr).
 *
 * Pieces another part of the project has not written yet (the complexity functions, the built CLI) are
 * skipped with a note, never an error; so is the responsiveness group where Chromium (/usr/bin/chromium),
 * playwright-core or the built add-in (dist/, `npm run build`) is missing.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EXTRACTION_DIRECTIONS, hypotheticalExtraction } from "../core/inputOutput/hypotheticalExtraction";
import { leontiefInverse } from "../core/inputOutput/leontiefInverse";
import { leontiefSystem } from "../core/inputOutput/leontiefSystem";
import { inverse, luDecompose, luSolve } from "../core/linalg/lu";
import { matrix, type Matrix } from "../core/linalg/matrix";
import {
  decodeBase64,
  setKernelHelperFactory,
  setWasmLuEnabled,
  wasmIsResident,
  wasmLuAvailable,
  wasmLuReady,
} from "../core/linalg/wasm/luWasm";
import { luWasmBase64 } from "../core/linalg/wasm/luWasm.generated";
import type { WasmNamespace } from "../core/linalg/wasm/webassembly";
import { collectGarbage, useKernelThreads } from "../cli/kernelThreads";
import {
  measureResponsiveness,
  responsivenessUnavailable,
  type ResponsivenessReport,
  type ResponsivenessResult,
} from "./responsiveness";

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
  /** A goal measured against another case of ours rather than numpy (EXTRACTION against one inverse). */
  versus?: { case: string; median: number; ratio: number; goal: number };
  note?: string;
}

/** Peak memory of one case in a fresh process (see {@link memoryMode}); sizes in MB (10⁶ bytes). */
interface MemoryResult {
  case: string;
  n: number;
  engine: string;
  ms: number;
  matrixMB: number;
  rssBeforeMB: number;
  peakRssMB: number;
  /** Peak RSS minus the RSS holding the input, in n x n matrices. */
  growthMatrices: number;
  /** The same plus the input itself: what issue 8's "≤ 3 copies of the matrix" counts. */
  copiesIncludingInput: number;
  /** Where the memory sits after each step (rss, and WebAssembly memory, which Node counts as `external`). */
  steps: { step: string; rssMB: number; externalMB: number; arrayBuffersMB: number }[];
  /** The peak resident set before the case started (Node's start-up, the input); equal to `peakRssMB`: no new peak. */
  peakBeforeMB: number;
}

/** First use of the WebAssembly kernel in a fresh process (see {@link firstCallMode}), in ms. */
interface FirstCallResult {
  path: "sync" | "async";
  wasm: boolean;
  moduleBytes: number;
  compileMs: number;
  instantiateMs?: number;
  luOrder: number;
  firstLuMs: number;
  secondLuMs: number;
  /** Compile + first LU: the delay the first custom-function call sees. */
  firstCallMs: number;
}

interface Goal {
  goal: string;
  measured: number;
  limit: number;
  unit: string;
  met: boolean;
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

/** A consistent table behind A: gross output x spread over two decades and transactions Z = A diag(x). */
function transactionsOf(a: Matrix, seed: number): { z: Matrix; x: Float64Array } {
  const random = randomSource(seed);
  const n = a.rows;
  const x = new Float64Array(n).map(() => 1000 * Math.exp(4.6 * random()));
  const z = matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) z.data[i * n + j] = (a.data[i * n + j] as number) * (x[j] as number);
  }
  return { z, x };
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
  /** A case of ours this one is a multiple of (timed before it), with the goal for the ratio. */
  reference?: { result: CaseResult; goal: number };
}

const wanted = (group: string): boolean => only === undefined || only.includes(group);
const planned: PlannedCase[] = [];
let counter = 0;

function plan(
  result: CaseResult,
  js: () => Timing | undefined,
  numpy?: Omit<NumpyCase, "id">,
  reference?: PlannedCase["reference"],
): void {
  const id = `c${String(counter++)}`;
  planned.push({ result, js, numpy: numpy ? { id, ...numpy } : undefined, reference });
}

/** Whether the dense kernels run with a helper thread (set in main). */
let threads = false;

/** The engine label of the dense-algebra rows: "wasm x2" with the helper thread. */
function denseEngine(): string {
  if (!wasmLuAvailable()) return "ts";
  return threads ? "wasm x2" : "wasm";
}

/** Times `fn` with the dense kernels on one thread, then gives the helper back. */
function oneThread(fn: () => unknown, runs: number): Timing {
  setKernelHelperFactory(null);
  try {
    return time(fn, runs);
  } finally {
    useKernelThreads();
  }
}

/** Builds the inputs and the list of cases (not at import: `--memory` needs a clean heap). */
function planCases(): void {
  if (wanted("lu")) {
    const sizes = quick ? [200, 500, 1000] : [500, 1000, 2000, 3500];
    const engine = denseEngine();
    const largest = sizes[sizes.length - 1];
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
      if (threads && n === largest) {
        // The same two cases on one thread (numpy column repeated for the ratio), to show what the helper adds.
        plan({ group: "lu", name: "LU factorisation", size: `n=${String(n)}`, engine: "wasm x1" }, () =>
          oneThread(() => luDecompose(m), runs),
        );
        plan({ group: "lu", name: "inverse", size: `n=${String(n)}`, engine: "wasm x1" }, () =>
          oneThread(() => inverse(m), runs),
        );
      }
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
      { group: "lu", name: "multipliers + linkages (leontiefSystem)", size: `n=${String(n)}`, engine },
      () =>
        time(() => {
          // What KEYSECTORS and the IO report do: checks, one LU of I − A, its condition, column and row sums.
          const system = leontiefSystem(a);
          system.columnSums();
          system.rowSums();
        }, runs),
      { op: "multipliers", files: [file], shape: [n], runs },
    );
  }

  if (wanted("extraction")) {
    // Issue 8: all n extractions at n = 500 within 3x ONE inverse of I − A, i.e. not n factorisations. Cheap
    // enough to keep the real size in --quick. EXTRACTION gets Z and x as the custom function does (so its time
    // includes A = Z diag(x)⁻¹ and the checks); the yardstick is `inverse` of a ready I − A, as in the lu rows.
    const n = 500;
    const engine = denseEngine();
    const a = coefficients(n, 31);
    const m = identityMinus(a);
    const { z, x } = transactionsOf(a, 32);
    const file = save(`imina_extraction_${String(n)}.f64`, m.data);
    const runs = runsFor(n);
    const size = `n=${String(n)}`;
    const reference: CaseResult = {
      group: "extraction",
      name: "one inverse of I − A (EXTRACTION's yardstick)",
      size,
      engine,
    };
    plan(reference, () => time(() => inverse(m), runs), { op: "inverse", files: [file], shape: [n], runs });
    for (const direction of EXTRACTION_DIRECTIONS) {
      plan(
        { group: "extraction", name: `EXTRACTION all sectors (${direction}) / one inverse`, size, engine },
        () => time(() => hypotheticalExtraction(z, x, { direction }), runs),
        undefined,
        { result: reference, goal: 3 },
      );
    }
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
// Memory mode: peak RSS growth of one case, in n x n matrices, in a fresh process (`--expose-gc`).

const MEMORY_CASES = ["linkages", "leontief", "inverse"] as const;
type MemoryCase = (typeof MEMORY_CASES)[number];

const MEMORY_CASE_NAMES: Record<MemoryCase, string> = {
  linkages: "multipliers + linkages (leontiefSystem: 1 LU, column and row sums)",
  leontief: "Leontief inverse (leontiefInverse, as LEONTIEF)",
  inverse: "inverse of I − A built in place (lu inverse)",
};

/**
 * The input of a memory case and the work on it, split into steps so that the resident set can be read between
 * them. `inverse` builds I − A in place, so that no second matrix is allocated before the measurement.
 */
function memoryWork(what: MemoryCase, n: number, seed: number): { input: Matrix; steps: [string, () => unknown][] } {
  const a = coefficients(n, seed);
  if (what === "inverse") {
    for (let i = 0; i < n * n; i++) a.data[i] = -(a.data[i] as number);
    for (let i = 0; i < n; i++) a.data[i * n + i] = (a.data[i * n + i] as number) + 1;
    return { input: a, steps: [["inverse", () => inverse(a)]] };
  }
  if (what === "leontief") return { input: a, steps: [["leontiefInverse", () => leontiefInverse(a)]] };
  let system: ReturnType<typeof leontiefSystem> | undefined;
  return {
    input: a,
    steps: [
      ["leontiefSystem (I − A, LU, condition)", () => (system = leontiefSystem(a))],
      ["column sums (multipliers, backward)", () => system?.columnSums()],
      ["row sums (forward)", () => system?.rowSums()],
    ],
  };
}

function memoryMode(n: number, what: MemoryCase): void {
  const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;
  // The kernel compiled and the code paths run once on a small matrix first: the growth counts matrices, not code.
  for (const [, step] of memoryWork(what, 64, 3).steps) step();
  const { input, steps } = memoryWork(what, n, 11);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024; // maxRSS is in KiB
  const kept: unknown[] = []; // results stay alive until the end, as a caller holding them would
  const marks: MemoryResult["steps"] = [];
  let highest = before; // RSS after each step: the peak when building the input set a higher maxRSS than the steps
  const t = performance.now();
  for (const [name, step] of steps) {
    kept.push(step());
    const usage = process.memoryUsage();
    highest = Math.max(highest, usage.rss);
    marks.push({
      step: name,
      rssMB: mb(usage.rss),
      externalMB: mb(usage.external),
      arrayBuffersMB: mb(usage.arrayBuffers),
    });
  }
  const ms = performance.now() - t;
  // maxRSS is the process's lifetime peak: it counts only if the steps raised it. Otherwise building the input
  // (temporaries since collected) set it, and the steps' own peak is the highest RSS seen after a step.
  const lifetimePeak = process.resourceUsage().maxRSS * 1024;
  const peak = lifetimePeak > peakBefore ? lifetimePeak : highest;
  const bytes = n * n * 8;
  const growth = (peak - before) / bytes;
  const result: MemoryResult = {
    case: MEMORY_CASE_NAMES[what],
    n,
    engine: wasmLuAvailable() ? "wasm" : "ts",
    ms: Math.round(ms),
    matrixMB: mb(bytes),
    rssBeforeMB: mb(before),
    peakRssMB: mb(peak),
    growthMatrices: Number(growth.toFixed(2)),
    copiesIncludingInput: Number((growth + 1).toFixed(2)),
    steps: marks,
    peakBeforeMB: mb(peakBefore),
  };
  console.log(JSON.stringify({ ...result, check: input.data[0], kept: kept.length }));
}

/** The first line of what a child process said when it failed (its stderr, or why it could not start). */
function childFailure(r: SpawnSyncReturns<string>): string {
  const said = r.stderr.trim().length > 0 ? r.stderr : (r.error?.message ?? `exit status ${String(r.status)}`);
  return `failed: ${said.trim().split("\n")[0] ?? ""}`;
}

/** Runs {@link memoryMode} in a fresh process: a clean heap, and a peak RSS that no earlier case has set. */
function measureMemory(what: MemoryCase, n: number): MemoryResult | string {
  const r = spawnSync(process.execPath, ["--expose-gc", __filename, "--memory", String(n), "--memory-case", what], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) return childFailure(r);
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "") as MemoryResult;
}

// ---------------------------------------------------------------------------------------------------------
// First-call mode: the WebAssembly compile and the first LU, in a fresh process.

/**
 * `sync`: the first `wasmLuAvailable()` compiles the module on the spot (Node, workers); `async`:
 * `wasmLuReady()` compiles it in the background (a browser main thread, where Excel's functions run). Either
 * way the first factorisation then instantiates the module and runs its code for the first time.
 */
async function firstCallMode(route: "sync" | "async"): Promise<void> {
  const order = 64; // above the order from which the WebAssembly kernel is used
  const small = identityMinus(coefficients(order, 3)); // built before the clock starts
  let t = performance.now();
  const wasm = route === "async" ? await wasmLuReady() : wasmLuAvailable();
  const compileMs = performance.now() - t;
  t = performance.now();
  const first = luDecompose(small);
  const firstLuMs = performance.now() - t;
  t = performance.now();
  luDecompose(small);
  const secondLuMs = performance.now() - t;
  const bytes = decodeBase64(luWasmBase64);
  // Instantiation alone, on a module compiled again from the same bytes (after the measurements above, so that
  // V8's reuse of the compiled code cannot flatter them); every factorisation pays it once.
  let instantiateMs: number | undefined;
  const api = (globalThis as { WebAssembly?: WasmNamespace }).WebAssembly;
  if (wasm && api) {
    try {
      const module = new api.Module(bytes);
      t = performance.now();
      new api.Instance(module, { env: { abort: () => undefined } });
      instantiateMs = performance.now() - t;
    } catch {
      instantiateMs = undefined; // the module asks for imports this probe does not give: left out
    }
  }
  const result: FirstCallResult = {
    path: route,
    wasm: wasm && wasmIsResident(first.lu),
    moduleBytes: bytes.length,
    compileMs,
    instantiateMs,
    luOrder: order,
    firstLuMs,
    secondLuMs,
    firstCallMs: compileMs + firstLuMs,
  };
  console.log(JSON.stringify(result));
}

function measureFirstCall(route: "sync" | "async"): FirstCallResult | string {
  const r = spawnSync(process.execPath, [__filename, "--first-call", route], { encoding: "utf8" });
  if (r.status !== 0) return childFailure(r);
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "") as FirstCallResult;
}

// ---------------------------------------------------------------------------------------------------------
// Responsiveness: the main thread of the built add-in in Chromium (responsiveness.ts), in a child process.

/** `--responsiveness`: runs the measurements and prints them as JSON (progress on stderr). */
function responsivenessMode(): void {
  measureResponsiveness(root, quick, (line) => process.stderr.write(`${line}\n`)).then(
    (report) => {
      console.log(JSON.stringify(report));
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

/** The responsiveness report, or why there is none (a missing browser or build: skipped, never failed). */
function measureResponsivenessInChild(): ResponsivenessReport | string {
  const unavailable = responsivenessUnavailable(root);
  if (unavailable !== undefined) return unavailable;
  const r = spawnSync(process.execPath, [__filename, "--responsiveness", ...(quick ? ["--quick"] : [])], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"], // the child's progress and errors go straight to our stderr
    maxBuffer: 16 * 1024 * 1024,
    timeout: 20 * 60_000,
  });
  if (r.status !== 0) {
    return `failed: ${r.error?.message ?? `exit status ${String(r.status)}`} (its messages are above)`;
  }
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "") as ResponsivenessReport;
}

/** "SELA.LEONTIEF, 316 x 316" */
const caseLabel = (r: ResponsivenessResult): string => `${r.case}, ${r.size}`;

/** When the largest block began, after the call or click (the total tells whether at the start, the end or later). */
function blockStart(r: ResponsivenessResult): string {
  const start = r.maxBlockStartMs;
  const at = `${start.toFixed(0)} ms`;
  return start >= r.totalMs ? `${at} (after the result)` : at;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Where the memory sits once the case is done: JavaScript typed arrays (Node's `arrayBuffers`: the input, copies
 * made on the way that the GC has not collected yet, results) and WebAssembly memory (the rest of `external`:
 * factors and scratch), which tells which copy a peak above the goal comes from.
 */
function heldAtEnd(m: MemoryResult): string {
  const last = m.steps[m.steps.length - 1];
  if (!last) return "–";
  return `${last.arrayBuffersMB.toFixed(0)} MB / ${(last.externalMB - last.arrayBuffersMB).toFixed(0)} MB`;
}

/** "1.43x one inverse", "3.02 copies of the matrix", "4.42 ms". */
function withUnit(value: number, unit: string): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return `${value.toFixed(digits)}${unit.startsWith("x") ? "" : " "}${unit}`;
}

/** The ratio column: to numpy, or for a case measured against one of ours, that multiple. */
function ratioCell(r: CaseResult): string {
  if (r.ratio !== undefined) return `${r.ratio.toFixed(2)}x`;
  if (r.versus) return `${r.versus.ratio.toFixed(2)}x one inverse`;
  return r.note ?? "–";
}

/** The goals of issue 8 that are ratios to our own figures or absolute: EXTRACTION, peak memory, first call. */
function goalsOf(
  results: CaseResult[],
  memory: readonly (MemoryResult | { note: string })[],
  firstCalls: readonly (FirstCallResult | { note: string })[],
  responsiveness: readonly ResponsivenessResult[],
): Goal[] {
  const goals: Goal[] = [];
  const add = (goal: string, measured: number, limit: number, unit: string): void => {
    goals.push({ goal, measured, limit, unit, met: measured <= limit });
  };
  for (const r of results) {
    if (r.versus) add(`${r.name}, ${r.size}`, r.versus.ratio, r.versus.goal, "x one inverse");
  }
  for (const m of memory) {
    if (!("note" in m))
      add(`peak memory, ${m.case}, n=${String(m.n)}`, m.copiesIncludingInput, 3, "copies of the matrix");
  }
  for (const f of firstCalls) {
    if (!("note" in f) && f.wasm) add(`first call with WebAssembly compile (${f.path})`, f.firstCallMs, 50, "ms");
  }
  // The main thread never blocked more than 100 ms: the worst case of each kind; a kind with a case that could
  // not be measured is never "met".
  const kinds: [string, (r: ResponsivenessResult) => boolean][] = [
    ["custom-function calls", (r) => r.group === "custom function"],
    ["pane analyses (Run to report shown)", (r) => r.group === "pane" && r.where === "worker"],
    ["pane file actions (open a file, download the results)", (r) => r.group === "pane" && r.where !== "worker"],
  ];
  for (const [kind, member] of kinds) {
    const cases = responsiveness.filter(member);
    const measured = cases.filter((r) => r.note === undefined && Number.isFinite(r.maxBlockMs));
    if (measured.length === 0) continue;
    const worst = measured.reduce((w, r) => (r.maxBlockMs > w.maxBlockMs ? r : w));
    const missing = cases.length - measured.length;
    const value = Math.round(worst.maxBlockMs);
    goals.push({
      goal: `main thread blocked, ${kind} (worst: ${caseLabel(worst)}${missing > 0 ? `; ${String(missing)} not measured` : ""})`,
      measured: value,
      limit: 100,
      unit: "ms",
      met: value <= 100 && missing === 0,
    });
  }
  return goals;
}

function format(ms: number | undefined): string {
  if (ms === undefined) return "–";
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** A markdown table with padded columns. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

function main(): void {
  if (flag("--responsiveness")) {
    responsivenessMode();
    return;
  }
  threads = !flag("--one-thread") && useKernelThreads();
  const memoryN = option("--memory");
  if (memoryN !== undefined) {
    const what = option("--memory-case") ?? "inverse";
    if (!(MEMORY_CASES as readonly string[]).includes(what)) throw new Error(`--memory-case: ${what}?`);
    memoryMode(Number(memoryN), what as MemoryCase);
    return;
  }
  const firstCall = option("--first-call");
  if (firstCall !== undefined) {
    if (firstCall !== "sync" && firstCall !== "async") throw new Error(`--first-call: ${firstCall}?`);
    firstCallMode(firstCall).catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
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
      // A full collection before each case: none pays for collecting the garbage of the ones before it (the
      // n = 3,500 factorisations leave hundreds of megabytes).
      collectGarbage();
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
    const against = c.reference?.result.js;
    if (js && c.reference && against) {
      const { result: of, goal } = c.reference;
      r.versus = { case: `${of.name} ${of.size}`, median: against.median, ratio: js.median / against.median, goal };
    }
    results.push(r);
    process.stderr.write(`${r.name} ${r.size} [${r.engine}]: ${format(js?.median)}\n`);
  }

  // Children one at a time, after the timings: each is a fresh process, and two at once would share the 2 cores.
  const memory: (MemoryResult | { case: string; n: number; note: string })[] = [];
  if (wanted("memory")) {
    const n = quick ? 2000 : 3500; // below ~2,000 Node's own few tens of MB blur the count of matrices
    for (const what of ["linkages", "leontief"] as const) {
      process.stderr.write(`peak memory: ${MEMORY_CASE_NAMES[what]} n=${String(n)}\n`);
      const m = measureMemory(what, n);
      memory.push(typeof m === "string" ? { case: MEMORY_CASE_NAMES[what], n, note: m } : m);
    }
  }
  const firstCalls: (FirstCallResult | { path: string; note: string })[] = [];
  if (wanted("first-call")) {
    for (const route of ["async", "sync"] as const) {
      process.stderr.write(`first call with WebAssembly compile (${route})\n`);
      const f = measureFirstCall(route);
      firstCalls.push(typeof f === "string" ? { path: route, note: f } : f);
    }
  }
  let responsiveness: ResponsivenessReport | { note: string } | undefined;
  if (wanted("responsiveness")) {
    process.stderr.write("main-thread responsiveness in Chromium (built add-in)\n");
    const r = measureResponsivenessInChild();
    responsiveness = typeof r === "string" ? { note: r } : r;
  }
  const goals = goalsOf(
    results,
    memory,
    firstCalls,
    responsiveness && "results" in responsiveness ? responsiveness.results : [],
  );

  const rows = results.map((r) => [
    r.name,
    r.size,
    r.engine,
    format(r.js?.median),
    format(r.js?.min),
    format(r.js?.first),
    format(r.numpy?.median),
    format(r.numpy?.min),
    ratioCell(r),
  ]);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpu}, ${String(os.cpus().length)} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}`;
  console.log(`\nSELA Niches benchmarks (${quick ? "quick" : "full"}), Node ${process.version}, ${machine}`);
  console.log(numpyVersion ? `numpy ${numpyVersion} (default threads) in a subprocess` : "numpy: not available");
  const header = ["case", "size", "engine", "median", "min", "first call", "numpy median", "numpy min", "ratio"];
  if (rows.length > 0) for (const row of table(header, rows)) console.log(row);
  if (memory.length > 0) {
    console.log("\nPeak memory (fresh Node process; growth = peak RSS − RSS holding the input, in n x n matrices)");
    const memoryRows = memory.map((m) =>
      "note" in m
        ? [m.case, `n=${String(m.n)}`, "–", "–", "–", "–", "–", "–", m.note]
        : [
            m.case,
            `n=${String(m.n)}`,
            m.engine,
            format(m.ms),
            `${m.matrixMB.toFixed(0)} MB`,
            `${(m.peakRssMB - m.rssBeforeMB).toFixed(0)} MB`,
            m.growthMatrices.toFixed(2),
            m.copiesIncludingInput.toFixed(2),
            heldAtEnd(m),
          ],
    );
    const memoryHeader = [
      "case",
      "size",
      "engine",
      "time",
      "matrix",
      "peak growth",
      "growth (matrices)",
      "copies incl. input",
      "held at the end: typed arrays / WebAssembly",
    ];
    for (const row of table(memoryHeader, memoryRows)) console.log(row);
  }
  if (firstCalls.length > 0) {
    console.log("\nFirst call with WebAssembly compile (fresh Node process)");
    const firstRows = firstCalls.map((f) =>
      "note" in f
        ? [f.path, "–", "–", "–", "–", "–", f.note]
        : [
            f.path === "async" ? "wasmLuReady() (background compile)" : "first wasmLuAvailable() (sync compile)",
            f.wasm ? `${String(f.moduleBytes)} B` : "no WebAssembly",
            format(f.compileMs),
            format(f.instantiateMs),
            format(f.firstLuMs),
            format(f.secondLuMs),
            format(f.firstCallMs),
          ],
    );
    const firstHeader = [
      "path",
      "module",
      "compile",
      "instantiate",
      `first LU n=${String(firstCalls.find((f) => "luOrder" in f)?.luOrder ?? "–")}`,
      "second LU",
      "compile + first LU",
    ];
    for (const row of table(firstHeader, firstRows)) console.log(row);
  }
  if (responsiveness !== undefined) {
    console.log("\nMain-thread responsiveness (built add-in in headless Chromium; heartbeat every 5 ms)");
    if ("note" in responsiveness) {
      console.log(responsiveness.note);
    } else {
      console.log(
        `Chromium ${responsiveness.chromium}; custom functions in Office mode (${responsiveness.officeHost}), the pane in the workbench. ` +
          "Max block: the largest gap between heartbeats from the call or click until the page is quiet again; " +
          "long tasks: PerformanceObserver 'longtask' entries (it misses some blocks the heartbeat sees).",
      );
      const responsivenessRows = responsiveness.results.map((r) =>
        r.note !== undefined
          ? [r.case, r.size, r.where, "–", "–", "–", "–", "–", "–", "–", r.note]
          : [
              r.case,
              r.size,
              r.where,
              String(r.runs),
              format(r.totalMs),
              format(r.maxBlockMs),
              blockStart(r),
              String(r.blocksOver50),
              String(r.longTasks),
              r.longestTaskMs > 0 ? format(r.longestTaskMs) : "–",
              r.callMs === undefined ? "–" : format(r.callMs),
            ],
      );
      const responsivenessHeader = [
        "case",
        "size",
        "computed in",
        "runs",
        "total (median)",
        "max block (worst run)",
        "it began at",
        "blocks > 50 ms",
        "long tasks",
        "longest task",
        "call returns after",
      ];
      for (const row of table(responsivenessHeader, responsivenessRows)) console.log(row);
    }
  }
  if (goals.length > 0) {
    console.log("\nGoals of issue 8 measured against our own figures");
    for (const g of goals) {
      console.log(
        `- ${g.goal}: ${withUnit(g.measured, g.unit)} (goal ≤ ${withUnit(g.limit, g.unit)}): ${g.met ? "met" : "NOT met"}`,
      );
    }
  }
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
        memory,
        firstCall: firstCalls,
        responsiveness: responsiveness ?? null,
        goals,
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
