import { permutationFromSwaps } from "../luKernel";
import { luWasmBase64, luWasmThreadsBase64 } from "./luWasm.generated";
import type { WasmMemory, WasmModule, WasmNamespace } from "./webassembly";

/** Functions exported by assembly/lu.ts (pointers are byte offsets into `memory`). */
interface LuExports {
  readonly memory: WasmMemory;
  heapBase(): number;
  packBytes(): number;
  getrf(a: number, n: number, ipiv: number, tiny: number, pack: number): number;
  inverseBlock(lu: number, n: number, j0: number, nc: number, z: number, pack: number): void;
  inverseInPlace(a: number, n: number, ipiv: number, work: number, pack: number): void;
  inverseWorkBytes(n: number): number;
  solveBlock(lu: number, n: number, z: number, nc: number, pack: number): void;
  solveVector(lu: number, n: number, x: number): void;
  solveVectorTransposed(lu: number, n: number, w: number): void;
  proximityRows(bits: number, w: number, p: number, i0: number, i1: number, k: number, out: number): void;
  // Two threads (the threaded build; no-ops in the other one).
  controlBytes(): number;
  setControl(control: number): void;
  resetControl(control: number, ticket: number, pack: number): void;
  releaseHelper(control: number, timeoutMs: number): void;
}

/** Columns of right-hand sides solved per pass (the kernel's GEMM packs B in blocks this wide). */
const BLOCK = 256;
const PAGE = 65536;

let compiled: WasmModule | null | undefined; // undefined: not tried yet; null: unavailable
let compiling: Promise<boolean> | undefined;
let enabled = true;

/**
 * A thread the environment lends to the kernels (worker_threads in Node: src/cli/kernelThreads.ts). The kernel
 * code stays here; the environment only starts the thread and forwards `attach` to it.
 */
export interface KernelHelper {
  /**
   * Asks the thread to instantiate the threaded module on `memory` and call `helperLoop(control, ticket)` (it
   * returns when the operation releases it). Called without waiting: the kernel takes the helper's half of
   * the work from the moment it arrives, and runs everything itself until then.
   */
  attach(memory: WasmMemory, control: number, ticket: number): void;
  /**
   * Collects garbage now, if the environment can. Shared memories escape the engine's accounting of external
   * memory, so a process that factorises one large matrix after another would otherwise keep each one until an
   * unrelated full collection; the kernel calls this once 256 MB of them have been allocated.
   */
  reclaim?(): void;
}

/** Starts a helper thread for the compiled threaded module. */
export type KernelHelperFactory = (threadedModule: WasmModule) => KernelHelper;

/** From this order on, factorisations and solves share their work with the helper thread (when there is one). */
const THREADS_MIN_ORDER = 384;
/** How long an operation waits at its end for the helper to leave (it does within microseconds when there). */
const RELEASE_TIMEOUT_MS = 1000;

let helperFactory: KernelHelperFactory | undefined;
let helper: KernelHelper | undefined;
let threadedModule: WasmModule | null | undefined;
let probe: LuExports | undefined;
let ticket = 0;
let helperTasks = 0;
/** Bytes of shared memory allocated since the helper's environment last collected garbage. */
let sharedSinceReclaim = 0;
const RECLAIM_BYTES = 256 * 1024 * 1024;

function wasmApi(): WasmNamespace | undefined {
  return (globalThis as { WebAssembly?: WasmNamespace }).WebAssembly;
}

/**
 * Bytes from base64 (RFC 4648), without `atob` or `Buffer` so that it runs in every runtime.
 *
 * @example decodeBase64("AGFzbQ==") // => Uint8Array [0, 97, 115, 109]
 */
export function decodeBase64(text: string): Uint8Array {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const lookup = new Uint8Array(128);
  for (let i = 0; i < alphabet.length; i++) lookup[alphabet.charCodeAt(i)] = i;
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 61) length--; // '='
  const out = new Uint8Array((length * 3) >> 2);
  let bits = 0;
  let count = 0;
  let o = 0;
  for (let i = 0; i < length; i++) {
    bits = (bits << 6) | (lookup[text.charCodeAt(i) & 127] as number);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[o++] = (bits >> count) & 255;
    }
  }
  return out;
}

function moduleSync(): WasmModule | null {
  if (compiled !== undefined) return compiled;
  const api = wasmApi();
  if (!api) return (compiled = null);
  const bytes = decodeBase64(luWasmBase64);
  try {
    // Feature detection: engines without SIMD128 (Safari < 16.4) reject the module here.
    if (!api.validate(bytes)) return (compiled = null);
  } catch {
    return (compiled = null);
  }
  try {
    compiled = new api.Module(bytes);
  } catch {
    // A browser main thread refuses synchronous compiles of large modules: compile in the background and
    // use the TypeScript kernel until it is ready.
    void wasmLuReady();
    return null;
  }
  return compiled;
}

/**
 * Compiles the WebAssembly kernel asynchronously (once); resolves to whether it can be used. Optional: the
 * kernel also compiles synchronously on first use where the runtime allows it (Node, workers).
 */
export function wasmLuReady(): Promise<boolean> {
  if (compiled !== undefined) return Promise.resolve(compiled !== null);
  if (compiling) return compiling;
  const api = wasmApi();
  if (!api) {
    compiled = null;
    return Promise.resolve(false);
  }
  const bytes = decodeBase64(luWasmBase64);
  compiling = (async () => {
    try {
      compiled = api.validate(bytes) ? await api.compile(bytes) : null;
    } catch {
      compiled = null;
    }
    return compiled !== null;
  })();
  return compiling;
}

/** Whether calls are routed to the WebAssembly kernel (compiling it synchronously on first use if possible). */
export function wasmLuAvailable(): boolean {
  return enabled && moduleSync() !== null;
}

/** Switches the WebAssembly kernel off or on (tests and benchmarks compare both paths). Returns the old value. */
export function setWasmLuEnabled(on: boolean): boolean {
  const old = enabled;
  enabled = on;
  return old;
}

/** The threaded build, compiled once; null where shared memory or atomics are missing. */
function threadedModuleSync(): WasmModule | null {
  if (threadedModule !== undefined) return threadedModule;
  const api = wasmApi();
  try {
    if (!api || moduleSync() === null) return (threadedModule = null);
    new api.Memory({ initial: 1, maximum: 1, shared: true }); // throws without SharedArrayBuffer
    const bytes = decodeBase64(luWasmThreadsBase64);
    threadedModule = api.validate(bytes) ? new api.Module(bytes) : null;
  } catch {
    threadedModule = null;
  }
  return threadedModule;
}

/**
 * Lets the kernels use a second thread for large factorisations and solves (n ≥ 384): the environment passes
 * a factory that starts one (started on first need). The results are bit-identical to the single-threaded
 * kernel: only the matrix products and triangular solves of the recursion are split, each element computed by
 * the same operations in the same order. Returns whether threads will be used (false where WebAssembly shared
 * memory is missing, e.g. a browser page that is not cross-origin isolated); `null` switches them off.
 */
export function setKernelHelperFactory(factory: KernelHelperFactory | null): boolean {
  helperFactory = factory ?? undefined;
  helper = undefined;
  sharedSinceReclaim = 0;
  return factory !== null && threadedModuleSync() !== null;
}

/** The helper thread, started on first need; undefined when threads are off or unavailable. */
function kernelHelper(): KernelHelper | undefined {
  if (helper || !helperFactory) return helper;
  const module = threadedModuleSync();
  if (module) helper = helperFactory(module);
  return helper;
}

/**
 * One factorisation in its own instance. The memory is sized once and never grown afterwards, so the factors
 * can be handed out as a view (`lu`) that stays valid; later solves with the same factors run in place, without
 * copying them, next to the scratch they need (one vector, one n x block panel, the GEMM packing buffer).
 */
interface Workspace {
  readonly k: LuExports;
  /** The instance's memory, shared with the helper thread in the threaded build. */
  readonly memory: WasmMemory;
  /** Control block for the helper thread (0: single-threaded instance). */
  readonly control: number;
  /** The helper's packing buffer. */
  readonly helperPack: number;
  readonly n: number;
  readonly a: number;
  readonly ipiv: number;
  readonly x: number;
  readonly panel: number;
  readonly block: number;
  readonly pack: number;
}

const align = (offset: number): number => (offset + 63) & ~63;

const abort = (): never => {
  throw new Error("WebAssembly LU kernel aborted");
};

function instance(): LuExports {
  const module = moduleSync();
  const api = wasmApi();
  if (!module || !api) throw new Error("WebAssembly LU kernel unavailable");
  return new api.Instance(module, { env: { abort } }).exports as unknown as LuExports;
}

/**
 * A shared memory of at least `bytes`, sized once (it cannot grow while a helper may hold it). Every 256 MB of
 * them the environment is asked to collect garbage (see {@link KernelHelper.reclaim}).
 */
function sharedMemory(api: WasmNamespace, bytes: number): WasmMemory {
  const pages = Math.ceil(bytes / PAGE);
  sharedSinceReclaim += pages * PAGE;
  if (sharedSinceReclaim >= RECLAIM_BYTES) {
    sharedSinceReclaim = pages * PAGE;
    kernelHelper()?.reclaim?.();
  }
  return new api.Memory({ initial: pages, maximum: pages, shared: true });
}

/**
 * An instance of the threaded module on one page, for the layout (a shared memory cannot grow while a helper
 * may hold it, so each is sized once from this layout; the module's static data end well within the page).
 */
function probeExports(api: WasmNamespace, module: WasmModule): LuExports {
  probe ??= new api.Instance(module, {
    env: { memory: new api.Memory({ initial: 1, maximum: 1, shared: true }), abort },
  }).exports as unknown as LuExports;
  return probe;
}

/** An instance of the threaded module on a new shared memory of `bytes`, its control block at `control`. */
function threadedInstance(
  api: WasmNamespace,
  module: WasmModule,
  bytes: number,
  control: number,
): { k: LuExports; memory: WasmMemory } {
  const memory = sharedMemory(api, bytes);
  const k = new api.Instance(module, { env: { memory, abort } }).exports as unknown as LuExports;
  k.setControl(control);
  return { k, memory };
}

/** Byte offsets of a workspace's buffers after `base`; `helper` adds the control block and a second pack. */
function layout(k: LuExports, n: number, block: number, base: number, helper: boolean) {
  const control = helper ? align(base) : 0;
  const a = align(helper ? control + k.controlBytes() : base);
  const ipiv = align(a + n * n * 8);
  const x = align(ipiv + n * 4);
  const panel = align(x + n * 8);
  // The panel doubles as the in-place inverse's workspace.
  const pack = align(panel + Math.max(n * block * 8, k.inverseWorkBytes(n)));
  const helperPack = helper ? align(pack + k.packBytes()) : 0;
  const end = (helper ? helperPack : pack) + k.packBytes();
  return { control, a, ipiv, x, panel, pack, helperPack, end };
}

function workspace(n: number, block: number): Workspace {
  const module = n >= THREADS_MIN_ORDER && kernelHelper() ? threadedModuleSync() : null;
  const api = wasmApi();
  if (module && api) {
    const probed = probeExports(api, module);
    const at = layout(probed, n, block, probed.heapBase(), true);
    const { k, memory } = threadedInstance(api, module, at.end, at.control);
    return { k, memory, n, block, ...at };
  }
  const k = instance();
  const at = layout(k, n, block, k.heapBase(), false);
  const have = k.memory.buffer.byteLength;
  if (at.end > have) k.memory.grow(Math.ceil((at.end - have) / PAGE));
  return { k, memory: k.memory, n, block, ...at };
}

/**
 * Runs `operation` on the workspace with the helper thread attached when it has a control block: the helper
 * is asked to join (it takes half of each large product and triangular solve from the moment it arrives) and
 * is released when the operation ends, also on error.
 */
type SharedSpace = Pick<Workspace, "k" | "memory" | "control" | "helperPack">;

/**
 * Asks the helper thread to join work on `w` (when it has a control block and there is a helper); returns the
 * release to call when that work ends, also on error.
 */
function attachHelper(w: SharedSpace): () => void {
  const thread = w.control === 0 ? undefined : kernelHelper();
  if (!thread) return () => undefined;
  ticket = (ticket + 1) | 0;
  w.k.resetControl(w.control, ticket, w.helperPack);
  thread.attach(w.memory, w.control, ticket);
  return () => {
    w.k.releaseHelper(w.control, RELEASE_TIMEOUT_MS);
    helperTasks += new Int32Array(w.memory.buffer, w.control, 16)[15] as number;
  };
}

function shared<T>(w: SharedSpace, operation: () => T): T {
  const release = attachHelper(w);
  try {
    return operation();
  } finally {
    release();
  }
}

/** How many tasks helper threads have run so far (tests check that the threaded path is really taken). */
export function kernelHelperTasks(): number {
  return helperTasks;
}

const factorsView = (w: Workspace): Float64Array => new Float64Array(w.memory.buffer, w.a, w.n * w.n);

/** Factor arrays made by {@link wasmLuFactor}, with the instance whose memory they live in. */
const residents = new WeakMap<Float64Array, Workspace>();

/** The workspace holding `lu`, or a new one with a copy of it (factors made by the TypeScript kernel). */
function workspaceFor(lu: Float64Array, n: number, block: number): Workspace {
  const resident = residents.get(lu);
  if (resident?.n === n) return resident;
  const w = workspace(n, block);
  factorsView(w).set(lu);
  return w;
}

/** Result of a WebAssembly factorisation: `failedColumn` ≥ 0 when a pivot fell below the tolerance. */
export interface WasmLuResult {
  readonly lu: Float64Array;
  readonly permutation: Int32Array;
  readonly failedColumn: number;
}

/**
 * LU with partial pivoting in WebAssembly, PA = LU, of the n x n row-major matrix that `write` puts into the
 * kernel's working memory (it returns the pivot tolerance: |pivot| ≤ tiny counts as zero).
 *
 * The returned `lu` is a view on the memory of an instance of its own (freed with it by the GC); solves with it
 * run there without copying. Being a view on WebAssembly memory, its buffer cannot be transferred to a worker:
 * transfer `lu.slice()` instead. Memory: one matrix (and an n x 256 panel) besides the caller's.
 */
export function wasmLuFactor(n: number, write: (target: Float64Array) => number): WasmLuResult {
  const w = workspace(n, Math.min(BLOCK, n));
  const lu = factorsView(w);
  const tiny = write(lu);
  const failedColumn = shared(w, () => w.k.getrf(w.a, n, w.ipiv, tiny, w.pack));
  if (failedColumn >= 0) return { lu: new Float64Array(0), permutation: new Int32Array(0), failedColumn };
  const permutation = permutationFromSwaps(new Int32Array(w.memory.buffer, w.ipiv, n), n);
  residents.set(lu, w);
  return { lu, permutation, failedColumn };
}

/** Whether `lu` lives in WebAssembly memory (made by {@link wasmLuFactor}): solves with it cost no copy. */
export function wasmIsResident(lu: Float64Array): boolean {
  return residents.has(lu);
}

/** A⁻¹ = U⁻¹L⁻¹P from the factors in `w`, BLOCK columns of the identity at a time. */
function inverseIn(w: Workspace, perm: Int32Array): Float64Array {
  const { k, n, block } = w;
  const out = new Float64Array(n * n);
  for (let j0 = 0; j0 < n; j0 += block) {
    const nc = Math.min(block, n - j0);
    k.inverseBlock(w.a, n, j0, nc, w.panel, w.pack);
    const panel = new Float64Array(w.memory.buffer, w.panel, n * nc);
    let contiguous = true;
    for (let t = 0; t < nc; t++) if (perm[j0 + t] !== j0 + t) contiguous = false;
    if (contiguous) {
      for (let r = 0; r < n; r++) out.set(panel.subarray(r * nc, (r + 1) * nc), r * n + j0);
    } else {
      // A⁻¹ = Y P: column i of Y is column perm[i] of A⁻¹.
      for (let t = 0; t < nc; t++) {
        const column = perm[j0 + t] as number;
        for (let r = 0; r < n; r++) out[r * n + column] = panel[r * nc + t] as number;
      }
    }
  }
  return out;
}

/**
 * A⁻¹ in WebAssembly: factors in place, then solves the identity a block of columns at a time, skipping the
 * zero rows above each block of L⁻¹ (2n³ flops; it shares its products with the helper thread better than the
 * in-place inverse, about 20 % faster at n = 3,500). Peak memory: input, factors and result (3 matrices); see
 * {@link wasmInverseInPlace} for two.
 */
export function wasmInverse(
  data: Float64Array,
  n: number,
  tiny: number,
): { inverse: Float64Array; failedColumn: number } {
  const w = workspace(n, Math.min(BLOCK, n));
  factorsView(w).set(data);
  return shared(w, () => {
    const failedColumn = w.k.getrf(w.a, n, w.ipiv, tiny, w.pack);
    if (failedColumn >= 0) return { inverse: new Float64Array(0), failedColumn };
    const perm = permutationFromSwaps(new Int32Array(w.memory.buffer, w.ipiv, n), n);
    return { inverse: inverseIn(w, perm), failedColumn };
  });
}

/**
 * A⁻¹ in place of factors made by {@link wasmLuFactor}, which are consumed (`lu` then holds A⁻¹ and must not
 * be used as factors again); undefined for factors that do not live in WebAssembly memory.
 */
export function wasmInverseInPlace(lu: Float64Array, n: number): Float64Array | undefined {
  const w = residents.get(lu);
  if (w?.n !== n) return undefined;
  residents.delete(lu);
  shared(w, () => {
    w.k.inverseInPlace(w.a, n, w.ipiv, w.panel, w.pack);
  });
  return lu;
}

/** A⁻¹ = U⁻¹L⁻¹P from existing factors (made by either kernel). */
export function wasmInverseFromFactors(lu: Float64Array, perm: Int32Array, n: number): Float64Array {
  const w = workspaceFor(lu, n, Math.min(BLOCK, n));
  return shared(w, () => inverseIn(w, perm));
}

/** X = (LU)⁻¹ P B for B n x cols (row-major), from factors made by either kernel. */
export function wasmSolveMatrix(
  lu: Float64Array,
  perm: Int32Array,
  n: number,
  b: Float64Array,
  cols: number,
): Float64Array {
  const w = workspaceFor(lu, n, Math.min(BLOCK, n, cols));
  const out = new Float64Array(n * cols);
  shared(w, () => {
    for (let j0 = 0; j0 < cols; j0 += w.block) {
      const nc = Math.min(w.block, cols - j0);
      const panel = new Float64Array(w.memory.buffer, w.panel, n * nc);
      for (let r = 0; r < n; r++) {
        const from = (perm[r] as number) * cols + j0;
        panel.set(b.subarray(from, from + nc), r * nc);
      }
      w.k.solveBlock(w.a, n, w.panel, nc, w.pack);
      for (let r = 0; r < n; r++) out.set(panel.subarray(r * nc, (r + 1) * nc), r * cols + j0);
    }
  });
  return out;
}

/** x = A⁻¹b (or A⁻ᵀb when `transposed`) for one right-hand side, from factors made by either kernel. */
export function wasmSolveVector(
  lu: Float64Array,
  perm: Int32Array,
  n: number,
  b: ArrayLike<number>,
  transposed: boolean,
): Float64Array {
  const w = workspaceFor(lu, n, 1);
  const v = new Float64Array(w.memory.buffer, w.x, n);
  const out = new Float64Array(n);
  if (transposed) {
    for (let i = 0; i < n; i++) v[i] = b[i] as number;
    w.k.solveVectorTransposed(w.a, n, w.x);
    for (let i = 0; i < n; i++) out[perm[i] as number] = v[i] as number;
  } else {
    for (let i = 0; i < n; i++) v[i] = b[perm[i] as number] as number;
    w.k.solveVector(w.a, n, w.x);
    out.set(v);
  }
  return out;
}

/** Whole rows of product proximity, a block at a time, in WebAssembly (see {@link wasmProximityRows}). */
export interface WasmProximityRows {
  /** Row r of the block starting at i0 is `values[r·p .. (r + 1)·p)` (a view on the instance's memory). */
  readonly values: Float64Array;
  /** Fills the rows i0 ≤ i < i1 (at most `rows` of them); the diagonal entries are left to the caller. */
  readonly fill: (i0: number, i1: number) => void;
  /** Lets the helper thread go: call it once after the last fill, also on error. */
  readonly done: () => void;
}

/**
 * φ_ij = popcount(b_i AND b_j) / max(k_i, k_j) for whole rows i, in an instance of its own: `bits` is p rows of
 * `words` 32-bit words (an even number: pairs of them are read as 64-bit words, and the popcount of an AND does
 * not depend on how the bits are ordered within a word) and `k` the p ubiquities (NaN where 0), both copied once;
 * up to `rows` rows of φ live next to them. The memory is sized once, so `values` stays a valid view.
 */
export function wasmProximityRows(
  bits: Int32Array,
  words: number,
  p: number,
  k: Float64Array,
  rows: number,
): WasmProximityRows {
  const bytes = (base: number, control: number) => {
    const at = align(control > 0 ? control + 128 : base);
    const kAt = align(at + bits.length * 4);
    const out = align(kAt + p * 8);
    return { at, kAt, out, end: out + rows * p * 8 };
  };
  // With a helper thread (large product sets only), the instance shares its memory and each block's rows are
  // split between the two threads.
  const module = p >= THREADS_MIN_ORDER && kernelHelper() ? threadedModuleSync() : null;
  const api = wasmApi();
  let space: SharedSpace;
  let at: ReturnType<typeof bytes>;
  if (module && api) {
    const control = align(probeExports(api, module).heapBase());
    at = bytes(0, control);
    space = { ...threadedInstance(api, module, at.end, control), control, helperPack: 0 };
  } else {
    const e = instance();
    at = bytes(align(e.heapBase()), 0);
    const have = e.memory.buffer.byteLength;
    if (at.end > have) e.memory.grow(Math.ceil((at.end - have) / PAGE));
    space = { k: e, memory: e.memory, control: 0, helperPack: 0 };
  }
  new Int32Array(space.memory.buffer, at.at, bits.length).set(bits);
  new Float64Array(space.memory.buffer, at.kAt, p).set(k);
  // The helper joins once for all the blocks (each takes a few milliseconds: about what a join costs).
  const release = attachHelper(space);
  return {
    values: new Float64Array(space.memory.buffer, at.out, rows * p),
    fill: (i0, i1) => {
      space.k.proximityRows(at.at, words >> 1, p, i0, i1, at.kAt, at.out);
    },
    done: release,
  };
}
