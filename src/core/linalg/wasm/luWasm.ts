import { luWasmBase64 } from "./luWasm.generated";
import type { WasmMemory, WasmModule, WasmNamespace } from "./webassembly";

/** Functions exported by assembly/lu.ts (pointers are byte offsets into `memory`). */
interface LuExports {
  readonly memory: WasmMemory;
  heapBase(): number;
  packBytes(): number;
  getrf(a: number, n: number, ipiv: number, tiny: number, pack: number): number;
  inverseBlock(lu: number, n: number, j0: number, nc: number, z: number, pack: number): void;
  solveBlock(lu: number, n: number, z: number, nc: number, pack: number): void;
  solveVector(lu: number, n: number, x: number): void;
  solveVectorTransposed(lu: number, n: number, w: number): void;
}

/** Columns of right-hand sides solved per pass (the kernel's GEMM packs B in blocks this wide). */
const BLOCK = 256;
/** Memory kept by an idle instance; above it the instance is dropped after the call so the GC can free it. */
const RETAIN_BYTES = 32 * 1024 * 1024;
const PAGE = 65536;

let compiled: WasmModule | null | undefined; // undefined: not tried yet; null: unavailable
let compiling: Promise<boolean> | undefined;
let instance: LuExports | undefined;
let enabled = true;

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

/** The instance with at least `bytes` of memory past the heap base. */
function acquire(bytes: number): { exports: LuExports; base: number } {
  const module = moduleSync();
  const api = wasmApi();
  if (!module || !api) throw new Error("WebAssembly LU kernel unavailable");
  if (!instance) {
    const created = new api.Instance(module, {
      env: {
        abort: () => {
          throw new Error("WebAssembly LU kernel aborted");
        },
      },
    });
    instance = created.exports as unknown as LuExports;
  }
  const base = instance.heapBase();
  const need = base + bytes;
  const have = instance.memory.buffer.byteLength;
  if (need > have) instance.memory.grow(Math.ceil((need - have) / PAGE));
  return { exports: instance, base };
}

/** Drops a large instance after a call: wasm memory never shrinks, a new instance starts small. */
function release(): void {
  if (instance && instance.memory.buffer.byteLength > RETAIN_BYTES) instance = undefined;
}

const align = (offset: number): number => (offset + 63) & ~63;

/** Permutation (row i of LU is row perm[i] of A) from LAPACK-style swaps. */
function permutationFromSwaps(ipiv: Int32Array, n: number): Int32Array {
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let j = 0; j < n; j++) {
    const p = ipiv[j] as number;
    if (p !== j) {
      const t = perm[j] as number;
      perm[j] = perm[p] as number;
      perm[p] = t;
    }
  }
  return perm;
}

/** Result of a WebAssembly factorisation: `failedColumn` ≥ 0 when a pivot fell below the tolerance. */
export interface WasmLuResult {
  readonly lu: Float64Array;
  readonly permutation: Int32Array;
  readonly failedColumn: number;
}

/**
 * LU with partial pivoting of the n x n row-major `data` (not modified) in WebAssembly: PA = LU.
 * Memory: one copy in wasm memory plus the returned factors (3 matrices with the input).
 */
export function wasmLuFactor(data: Float64Array, n: number, tiny: number): WasmLuResult {
  try {
    const { exports: k, base } = acquire(0);
    const a = align(base);
    const ipiv = align(a + n * n * 8);
    const pack = align(ipiv + n * 4);
    acquire(pack + k.packBytes() - base);
    new Float64Array(k.memory.buffer, a, n * n).set(data);
    const failedColumn = k.getrf(a, n, ipiv, tiny, pack);
    if (failedColumn >= 0) return { lu: new Float64Array(0), permutation: new Int32Array(0), failedColumn };
    const lu = new Float64Array(k.memory.buffer, a, n * n).slice();
    const permutation = permutationFromSwaps(new Int32Array(k.memory.buffer, ipiv, n), n);
    return { lu, permutation, failedColumn };
  } finally {
    release();
  }
}

/**
 * A⁻¹ = U⁻¹L⁻¹P in WebAssembly, factoring in place and solving BLOCK columns of the identity at a time
 * (2n³ flops in all). Memory: the factors in wasm memory, one n x BLOCK panel, and the returned inverse.
 */
export function wasmInverse(
  data: Float64Array,
  n: number,
  tiny: number,
): { inverse: Float64Array; failedColumn: number } {
  try {
    const { exports: k, base } = acquire(0);
    const block = Math.min(BLOCK, n);
    const a = align(base);
    const ipiv = align(a + n * n * 8);
    const z = align(ipiv + n * 4);
    const pack = align(z + n * block * 8);
    acquire(pack + k.packBytes() - base);
    new Float64Array(k.memory.buffer, a, n * n).set(data);
    const failedColumn = k.getrf(a, n, ipiv, tiny, pack);
    if (failedColumn >= 0) return { inverse: new Float64Array(0), failedColumn };
    const perm = permutationFromSwaps(new Int32Array(k.memory.buffer, ipiv, n), n);
    const out = new Float64Array(n * n);
    for (let j0 = 0; j0 < n; j0 += block) {
      const nc = Math.min(block, n - j0);
      k.inverseBlock(a, n, j0, nc, z, pack);
      const panel = new Float64Array(k.memory.buffer, z, n * nc);
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
    return { inverse: out, failedColumn };
  } finally {
    release();
  }
}

/** X = (LU)⁻¹ P B for B n x cols (row-major), from factors made by either kernel. */
export function wasmSolveMatrix(
  lu: Float64Array,
  perm: Int32Array,
  n: number,
  b: Float64Array,
  cols: number,
): Float64Array {
  try {
    const { exports: k, base } = acquire(0);
    const block = Math.min(BLOCK, cols);
    const a = align(base);
    const z = align(a + n * n * 8);
    const pack = align(z + n * block * 8);
    acquire(pack + k.packBytes() - base);
    new Float64Array(k.memory.buffer, a, n * n).set(lu);
    const out = new Float64Array(n * cols);
    for (let j0 = 0; j0 < cols; j0 += block) {
      const nc = Math.min(block, cols - j0);
      const panel = new Float64Array(k.memory.buffer, z, n * nc);
      for (let r = 0; r < n; r++) {
        const from = (perm[r] as number) * cols + j0;
        panel.set(b.subarray(from, from + nc), r * nc);
      }
      k.solveBlock(a, n, z, nc, pack);
      for (let r = 0; r < n; r++) out.set(panel.subarray(r * nc, (r + 1) * nc), r * cols + j0);
    }
    return out;
  } finally {
    release();
  }
}

/** x = A⁻¹b (or A⁻ᵀb when `transposed`) for one right-hand side, from factors made by either kernel. */
export function wasmSolveVector(
  lu: Float64Array,
  perm: Int32Array,
  n: number,
  b: ArrayLike<number>,
  transposed: boolean,
): Float64Array {
  try {
    const { exports: k, base } = acquire(0);
    const a = align(base);
    const x = align(a + n * n * 8);
    acquire(x + n * 8 - base);
    new Float64Array(k.memory.buffer, a, n * n).set(lu);
    const v = new Float64Array(k.memory.buffer, x, n);
    const out = new Float64Array(n);
    if (transposed) {
      for (let i = 0; i < n; i++) v[i] = b[i] as number;
      k.solveVectorTransposed(a, n, x);
      for (let i = 0; i < n; i++) out[perm[i] as number] = v[i] as number;
    } else {
      for (let i = 0; i < n; i++) v[i] = b[perm[i] as number] as number;
      k.solveVector(a, n, x);
      out.set(v);
    }
    return out;
  } finally {
    release();
  }
}
