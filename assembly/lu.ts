// Dense LU kernel for SELA Niches: AssemblyScript → WebAssembly SIMD128 (f64x2).
//
// Build: `node scripts/build-wasm.js` (asc, then embeds the .wasm as base64 in src/core/linalg/wasm/luWasm.generated.ts).
// The TypeScript glue is src/core/linalg/wasm/luWasm.ts; the TS fallback with the same structure is
// src/core/linalg/luKernel.ts.
//
// All matrices are row-major f64 in linear memory; pointers are byte offsets, leading dimensions (ld) are in
// elements. There is no allocator: the glue lays out memory from `heapBase()` and grows it.
//
// Algorithm (Toledo 1997; Gustavson 1997): recursive LU with partial pivoting. The column range is split in
// halves; the left half is factored, the right half gets a triangular solve (TRSM) and a matrix product
// update (GEMM); the recursion ends in narrow unblocked panels. Pivot rows are swapped over the full width,
// so the factors satisfy PA = LU as in LAPACK getrf. The GEMM packs B in 4-column strips (KC x NC blocks
// that stay in L2) and 4-row slivers of A, and runs a 4 x 4 register-blocked f64x2 micro-kernel.

const KC: i32 = 256; // depth of one packed block of B (256 measured 10 % faster than 128 in the LU)
const NC: i32 = 256; // width of one packed block of B (KC·NC·8 = 512 KB, within L2)
const LEAF: i32 = 8; // width of the unblocked panels
const TRSM_LEAF: i32 = 32; // rows of the unblocked triangular solves
const TRSM_COLS: i32 = 512; // column chunk of the unblocked triangular solves

/** First free byte after the static data; the glue places its buffers from here (64 KB aligned). */
export function heapBase(): usize {
  return (__heap_base + 65535) & ~65535;
}

/** Bytes of scratch space `gemm` needs for packing (a KC x NC block of B, a 4 x KC sliver of A). */
export function packBytes(): i32 {
  return KC * NC * 8 + KC * 32;
}

// ---------------------------------------------------------------------------------------------------------
// GEMM: C ← C − A·B, A m x k (ld lda), B k x nn (ld ldb), C m x nn (ld ldc).

/**
 * C[4 x 4] ← C − A·B over kc steps, A packed (the four rows' values adjacent for each step, so every load has
 * a constant offset) and B packed in a 4-column strip. Eight f64x2 accumulators: wider tiles (6 x 4) or an
 * unrolled loop measured slower, as V8 then spills registers.
 */
function micro4x4(ap: usize, bp: usize, kc: i32, c: usize, ldc8: usize): void {
  let c00 = f64x2.splat(0.0);
  let c01 = f64x2.splat(0.0);
  let c10 = f64x2.splat(0.0);
  let c11 = f64x2.splat(0.0);
  let c20 = f64x2.splat(0.0);
  let c21 = f64x2.splat(0.0);
  let c30 = f64x2.splat(0.0);
  let c31 = f64x2.splat(0.0);
  let a = ap;
  let b = bp;
  const end = ap + ((<usize>kc) << 5);
  while (a < end) {
    const b0 = v128.load(b);
    const b1 = v128.load(b, 16);
    let x = v128.load64_splat(a);
    c00 = f64x2.add(c00, f64x2.mul(x, b0));
    c01 = f64x2.add(c01, f64x2.mul(x, b1));
    x = v128.load64_splat(a, 8);
    c10 = f64x2.add(c10, f64x2.mul(x, b0));
    c11 = f64x2.add(c11, f64x2.mul(x, b1));
    x = v128.load64_splat(a, 16);
    c20 = f64x2.add(c20, f64x2.mul(x, b0));
    c21 = f64x2.add(c21, f64x2.mul(x, b1));
    x = v128.load64_splat(a, 24);
    c30 = f64x2.add(c30, f64x2.mul(x, b0));
    c31 = f64x2.add(c31, f64x2.mul(x, b1));
    a += 32;
    b += 32;
  }
  let r = c;
  v128.store(r, f64x2.sub(v128.load(r), c00));
  v128.store(r, f64x2.sub(v128.load(r, 16), c01), 16);
  r += ldc8;
  v128.store(r, f64x2.sub(v128.load(r), c10));
  v128.store(r, f64x2.sub(v128.load(r, 16), c11), 16);
  r += ldc8;
  v128.store(r, f64x2.sub(v128.load(r), c20));
  v128.store(r, f64x2.sub(v128.load(r, 16), c21), 16);
  r += ldc8;
  v128.store(r, f64x2.sub(v128.load(r), c30));
  v128.store(r, f64x2.sub(v128.load(r, 16), c31), 16);
}

function micro1x4(a: usize, bp: usize, kc: i32, c: usize): void {
  let c0 = f64x2.splat(0.0);
  let c1 = f64x2.splat(0.0);
  let a0 = a;
  let b = bp;
  for (let p = 0; p < kc; p++) {
    const x = v128.load64_splat(a0);
    c0 = f64x2.add(c0, f64x2.mul(x, v128.load(b)));
    c1 = f64x2.add(c1, f64x2.mul(x, v128.load(b, 16)));
    a0 += 8;
    b += 32;
  }
  v128.store(c, f64x2.sub(v128.load(c), c0));
  v128.store(c, f64x2.sub(v128.load(c, 16), c1), 16);
}

/**
 * C ← C − A·B on this thread, or C ← C + A·B when `add` (B is then packed negated: negation is exact, so the
 * sums are the exact negations of the subtracting form). `pack` is scratch of `packBytes()` bytes.
 */
function gemmSerial(
  m: i32,
  nn: i32,
  k: i32,
  a: usize,
  lda: i32,
  b: usize,
  ldb: i32,
  c: usize,
  ldc: i32,
  pack: usize,
  add: bool = false,
): void {
  if (m <= 0 || nn <= 0 || k <= 0) return;
  const lda8 = (<usize>lda) << 3;
  const ldb8 = (<usize>ldb) << 3;
  const ldc8 = (<usize>ldc) << 3;
  const m4 = m & ~3;
  for (let pc = 0; pc < k; pc += KC) {
    const kc = min(KC, k - pc);
    for (let jc = 0; jc < nn; jc += NC) {
      const nc = min(NC, nn - jc);
      const nc4 = nc & ~3;
      const strips = nc4 >> 2;
      // Pack B[pc:pc+kc, jc:jc+nc4] as strips of 4 columns, each kc x 4 contiguous.
      let dst = pack;
      for (let s = 0; s < strips; s++) {
        let src = b + <usize>pc * ldb8 + ((<usize>(jc + (s << 2))) << 3);
        if (add) {
          for (let p = 0; p < kc; p++) {
            v128.store(dst, f64x2.neg(v128.load(src)));
            v128.store(dst, f64x2.neg(v128.load(src, 16)), 16);
            dst += 32;
            src += ldb8;
          }
        } else {
          for (let p = 0; p < kc; p++) {
            v128.store(dst, v128.load(src));
            v128.store(dst, v128.load(src, 16), 16);
            dst += 32;
            src += ldb8;
          }
        }
      }
      const stripBytes = (<usize>kc) << 5;
      const aPack = pack + <usize>(KC * NC * 8);
      for (let i = 0; i < m4; i += 4) {
        // Pack A[i:i+4, pc:pc+kc], the four rows interleaved (8 KB, reused by every strip of B).
        let dst = aPack;
        let src = a + <usize>i * lda8 + ((<usize>pc) << 3);
        for (let p = 0; p < kc; p++) {
          store<f64>(dst, load<f64>(src));
          store<f64>(dst, load<f64>(src + lda8), 8);
          store<f64>(dst, load<f64>(src + lda8 * 2), 16);
          store<f64>(dst, load<f64>(src + lda8 * 3), 24);
          dst += 32;
          src += 8;
        }
        const cRow = c + <usize>i * ldc8 + ((<usize>jc) << 3);
        let bp = pack;
        for (let s = 0; s < strips; s++) {
          micro4x4(aPack, bp, kc, cRow + ((<usize>(s << 2)) << 3), ldc8);
          bp += stripBytes;
        }
      }
      for (let i = m4; i < m; i++) {
        const aRow = a + <usize>i * lda8 + ((<usize>pc) << 3);
        const cRow = c + <usize>i * ldc8 + ((<usize>jc) << 3);
        let bp = pack;
        for (let s = 0; s < strips; s++) {
          micro1x4(aRow, bp, kc, cRow + ((<usize>(s << 2)) << 3));
          bp += stripBytes;
        }
      }
      // Remaining columns (fewer than 4): plain dot products on the unpacked B.
      for (let j = jc + nc4; j < jc + nc; j++) {
        for (let i = 0; i < m; i++) {
          let ap = a + <usize>i * lda8 + ((<usize>pc) << 3);
          let bq = b + <usize>pc * ldb8 + ((<usize>j) << 3);
          let s = 0.0;
          for (let p = 0; p < kc; p++) {
            s += load<f64>(ap) * load<f64>(bq);
            ap += 8;
            bq += ldb8;
          }
          const cp = c + <usize>i * ldc8 + ((<usize>j) << 3);
          store<f64>(cp, add ? load<f64>(cp) + s : load<f64>(cp) - s);
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Two threads (the build with --enable threads and an imported shared memory; in the single-threaded build
// ASC_FEATURE_THREADS is false and all of this folds away). A helper thread, started by the environment
// (src/cli/kernelThreads.ts in Node), instantiates this module on the same memory and sits in `helperLoop`;
// large products are then split in two halves, one per thread. Everything above the GEMM (the recursion, the
// panels, the pivoting) stays on the calling thread, so results are bit-identical to the serial kernel: each
// element of C is computed by exactly the same operations in the same order, only by another thread.
//
// Control block (i32 words at `control`): [0] state (IDLE, POSTED, DONE, EXIT), [1] helper active, [2] ticket
// of the current operation, [3] kind of the posted task, [4..13] its arguments, [14] the helper's packing buffer,
// [15] how many tasks the helper ran in this operation (read by the glue after the release, for the tests),
// [16] set by the helper's host when a task failed (the caller then traps instead of using a half-done result).

const IDLE = 0;
const POSTED = 1;
const DONE = 2;
const EXIT = 3;
const TASK_GEMM = 0;
const TASK_TRSM_LOWER = 1;
const TASK_TRSM_UPPER = 2;
const TASK_INVERSE_ROWS = 3;
const TASK_SWAP_ROWS = 4;
const TASK_PROXIMITY_ROWS = 5;
/** Tasks smaller than this many multiply-adds (≈ 0.05 ms) are not worth waking the helper for. */
const PARALLEL_MIN_WORK: f64 = 524288.0;
/** Polls of the state word before sleeping (about 20-50 µs). */
const SPIN = 20000;

let control: usize = 0;
/** Whether this thread has a task out with the helper (tasks nested in our own half then stay serial). */
let posted = false;

/** Bytes of the control block. */
export function controlBytes(): i32 {
  return 128;
}

/** Uses the control block at `ptr` for this instance's parallel work (0: run everything on this thread). */
export function setControl(ptr: usize): void {
  control = ptr;
}

/** Prepares the control block for a new operation with ticket `ticket`; `pack` is the helper's packing buffer. */
export function resetControl(ptr: usize, ticket: i32, pack: usize): void {
  if (ASC_FEATURE_THREADS) {
    atomic.store<i32>(ptr, IDLE);
    atomic.store<i32>(ptr, 0, 4);
    atomic.store<i32>(ptr, ticket, 8);
    store<usize>(ptr, pack, 56);
    store<i32>(ptr, 0, 60);
    atomic.store<i32>(ptr, 0, 64);
  }
}

/** Waits up to `timeoutMs` for a helper to enter `helperLoop` on `ptr`; returns whether one is there. */
export function awaitHelper(ptr: usize, timeoutMs: f64): bool {
  if (ASC_FEATURE_THREADS) {
    if (atomic.load<i32>(ptr, 4) == 0) atomic.wait<i32>(ptr + 4, 0, <i64>(timeoutMs * 1e6));
    return atomic.load<i32>(ptr, 4) == 1;
  }
  return false;
}

/** Tells the helper on `ptr` to leave its loop and waits (up to `timeoutMs`) until it has. */
export function releaseHelper(ptr: usize, timeoutMs: f64): void {
  if (ASC_FEATURE_THREADS) {
    atomic.store<i32>(ptr, EXIT);
    atomic.notify(ptr, 1);
    if (atomic.load<i32>(ptr, 4) == 1) atomic.wait<i32>(ptr + 4, 1, <i64>(timeoutMs * 1e6));
  }
}

/**
 * Spins (up to SPIN reads) while the state word at `ptr` equals `state`; returns whether it changed. Waking a
 * sleeping thread costs tens of microseconds (more in a virtual machine), and the recursion posts tasks back
 * to back, so each side first polls for a little while before sleeping in atomic.wait.
 */
function spinWhile(ptr: usize, state: i32): bool {
  for (let i = 0; i < SPIN; i++) if (atomic.load<i32>(ptr) != state) return true;
  return false;
}

/** Runs the task posted on the control block at `ptr`, with the helper's packing buffer. */
/** A pointer posted as i32 (wasm32 addresses fit in 32 bits) back as an address. */
function address(v: i32): usize {
  return <usize>(<u32>v);
}

function runPosted(ptr: usize): void {
  // The arguments in the order `post` stored them (pointers are stored as i32: wasm32 addresses).
  const kind = load<i32>(ptr, 12);
  const a0 = load<i32>(ptr, 16);
  const a1 = load<i32>(ptr, 20);
  const a2 = load<i32>(ptr, 24);
  const a3 = load<i32>(ptr, 28);
  const a4 = load<i32>(ptr, 32);
  const a5 = load<i32>(ptr, 36);
  const a6 = load<i32>(ptr, 40);
  const a7 = load<i32>(ptr, 44);
  const a8 = load<i32>(ptr, 48);
  const a9 = load<i32>(ptr, 52);
  const pack = load<usize>(ptr, 56);
  if (kind == TASK_GEMM) gemmSerial(a0, a1, a2, address(a3), a4, address(a5), a6, address(a7), a8, pack, a9 != 0);
  else if (kind == TASK_TRSM_LOWER) trsmLowerUnitSerial(address(a0), a1, a2, address(a3), a4, a5, pack);
  else if (kind == TASK_TRSM_UPPER) trsmUpperSerial(address(a0), a1, a2, address(a3), a4, a5, pack);
  else if (kind == TASK_INVERSE_ROWS) solveRowsRight(address(a0), a1, a2, a3, address(a4), a5, a6);
  else if (kind == TASK_SWAP_ROWS) swapColumnsInRows(address(a0), a1, address(a2), a3, a4);
  else proximityRowsSerial(address(a0), a1, a2, a3, a4, address(a5), address(a6));
}

/**
 * The helper thread's loop: runs the tasks posted on the control block at `ptr` until told to exit. Returns at
 * once if the block belongs to another operation (a late start after the caller gave up waiting for it).
 */
export function helperLoop(ptr: usize, ticket: i32): void {
  if (ASC_FEATURE_THREADS) {
    if (atomic.load<i32>(ptr, 8) != ticket || atomic.load<i32>(ptr) == EXIT) return;
    atomic.store<i32>(ptr, 1, 4);
    atomic.notify(ptr + 4, 1);
    while (true) {
      const state = atomic.load<i32>(ptr);
      if (state == EXIT) break;
      if (state == POSTED) {
        runPosted(ptr);
        store<i32>(ptr, load<i32>(ptr, 60) + 1, 60);
        // POSTED → DONE only: if the caller gave up meanwhile (an error in its own half) and said EXIT, the
        // EXIT must stay, or this thread would sleep on DONE forever and never serve another operation.
        atomic.cmpxchg<i32>(ptr, POSTED, DONE);
        atomic.notify(ptr, 1);
      } else if (!spinWhile(ptr, state)) {
        atomic.wait<i32>(ptr, state, -1); // IDLE, or DONE not yet taken back by the caller
      }
    }
    atomic.store<i32>(ptr, 0, 4);
    atomic.notify(ptr + 4, 1);
  }
}

/** Whether a task of `work` multiply-adds should be split with the helper now. */
function shareable(work: f64): bool {
  if (ASC_FEATURE_THREADS) {
    return control != 0 && !posted && work >= PARALLEL_MIN_WORK && atomic.load<i32>(control, 4) == 1;
  }
  return false;
}

/** Posts a task (kind and up to 10 arguments) to the helper. */
function post(
  kind: i32,
  a0: i32,
  a1: i32,
  a2: i32,
  a3: i32,
  a4: i32,
  a5: i32,
  a6: i32,
  a7: i32,
  a8: i32,
  a9: i32 = 0,
): void {
  if (ASC_FEATURE_THREADS) {
    const ptr = control;
    store<i32>(ptr, kind, 12);
    store<i32>(ptr, a0, 16);
    store<i32>(ptr, a1, 20);
    store<i32>(ptr, a2, 24);
    store<i32>(ptr, a3, 28);
    store<i32>(ptr, a4, 32);
    store<i32>(ptr, a5, 36);
    store<i32>(ptr, a6, 40);
    store<i32>(ptr, a7, 44);
    store<i32>(ptr, a8, 48);
    store<i32>(ptr, a9, 52);
    posted = true;
    atomic.store<i32>(ptr, POSTED);
    atomic.notify(ptr, 1);
  }
}

/** Waits for the helper's task to finish, then marks the block idle again. */
function collect(): void {
  if (ASC_FEATURE_THREADS) {
    const ptr = control;
    spinWhile(ptr, POSTED);
    let state = atomic.load<i32>(ptr);
    while (state == POSTED) {
      atomic.wait<i32>(ptr, POSTED, -1);
      state = atomic.load<i32>(ptr);
    }
    atomic.store<i32>(ptr, IDLE);
    posted = false;
    if (atomic.load<i32>(ptr, 64) != 0) unreachable(); // the helper's half failed: never use a half-done result
  }
}

/**
 * C ← C − A·B (C ← C + A·B when `add`), A m x k (ld lda), B k x nn (ld ldb), C m x nn (ld ldc); `pack` is
 * scratch of `packBytes()` bytes. With a helper thread attached, a large product is split along the longer side of C (rows when it is
 * at least as tall as wide) in two halves of whole 4-row or 4-column strips; the helper takes the second.
 */
export function gemm(
  m: i32,
  nn: i32,
  k: i32,
  a: usize,
  lda: i32,
  b: usize,
  ldb: i32,
  c: usize,
  ldc: i32,
  pack: usize,
  add: bool = false,
): void {
  if (max(m, nn) >= 16 && shareable(<f64>m * <f64>nn * <f64>k)) {
    const sign = add ? 1 : 0;
    if (m >= nn) {
      const m1 = (m >> 1) & ~3;
      const lda8 = (<usize>lda) << 3;
      const ldc8 = (<usize>ldc) << 3;
      const a1 = a + <usize>m1 * lda8;
      const c1 = c + <usize>m1 * ldc8;
      post(TASK_GEMM, m - m1, nn, k, <i32>a1, lda, <i32>b, ldb, <i32>c1, ldc, sign);
      gemmSerial(m1, nn, k, a, lda, b, ldb, c, ldc, pack, add);
    } else {
      const n1 = (nn >> 1) & ~3;
      const off = (<usize>n1) << 3;
      post(TASK_GEMM, m, nn - n1, k, <i32>a, lda, <i32>(b + off), ldb, <i32>(c + off), ldc, sign);
      gemmSerial(m, n1, k, a, lda, b, ldb, c, ldc, pack, add);
    }
    collect();
    return;
  }
  gemmSerial(m, nn, k, a, lda, b, ldb, c, ldc, pack, add);
}

// ---------------------------------------------------------------------------------------------------------
// Vector helpers on contiguous rows.

/** y[0:len] ← y − f·x */
function axpyNeg(y: usize, x: usize, f: f64, len: i32): void {
  const fv = f64x2.splat(f);
  let j = 0;
  for (; j + 4 <= len; j += 4) {
    const o = (<usize>j) << 3;
    v128.store(y + o, f64x2.sub(v128.load(y + o), f64x2.mul(fv, v128.load(x + o))));
    v128.store(y + o, f64x2.sub(v128.load(y + o, 16), f64x2.mul(fv, v128.load(x + o, 16))), 16);
  }
  for (; j < len; j++) {
    const o = (<usize>j) << 3;
    store<f64>(y + o, load<f64>(y + o) - f * load<f64>(x + o));
  }
}

/** Σ x[j]·y[j], j < len */
function dot(x: usize, y: usize, len: i32): f64 {
  let s0 = f64x2.splat(0.0);
  let s1 = f64x2.splat(0.0);
  let j = 0;
  for (; j + 4 <= len; j += 4) {
    const o = (<usize>j) << 3;
    s0 = f64x2.add(s0, f64x2.mul(v128.load(x + o), v128.load(y + o)));
    s1 = f64x2.add(s1, f64x2.mul(v128.load(x + o, 16), v128.load(y + o, 16)));
  }
  const t = f64x2.add(s0, s1);
  let s = f64x2.extract_lane(t, 0) + f64x2.extract_lane(t, 1);
  for (; j < len; j++) {
    const o = (<usize>j) << 3;
    s += load<f64>(x + o) * load<f64>(y + o);
  }
  return s;
}

function swapRows(a: usize, b: usize, len: i32): void {
  let j = 0;
  for (; j + 2 <= len; j += 2) {
    const o = (<usize>j) << 3;
    const t = v128.load(a + o);
    v128.store(a + o, v128.load(b + o));
    v128.store(b + o, t);
  }
  if (j < len) {
    const o = (<usize>j) << 3;
    const t = load<f64>(a + o);
    store<f64>(a + o, load<f64>(b + o));
    store<f64>(b + o, t);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Triangular solves with many right-hand sides (rows of B contiguous).

/**
 * Splits a triangular solve with many right-hand sides between the two threads by columns of B (the columns are
 * independent); returns false when it is too small to share or there is no helper.
 */
function trsmShared(kind: i32, t: usize, ldt: i32, m: i32, b: usize, ldb: i32, nc: i32, pack: usize): bool {
  if (nc < 16 || !shareable(0.5 * <f64>m * <f64>m * <f64>nc)) return false;
  const n1 = (nc >> 1) & ~3;
  post(kind, <i32>t, ldt, m, <i32>(b + ((<usize>n1) << 3)), ldb, nc - n1, 0, 0, 0);
  if (kind == TASK_TRSM_LOWER) trsmLowerUnitSerial(t, ldt, m, b, ldb, n1, pack);
  else trsmUpperSerial(t, ldt, m, b, ldb, n1, pack);
  collect();
  return true;
}

/** B ← L⁻¹B, L m x m unit lower (ld ldl), B m x nc (ld ldb). */
export function trsmLowerUnit(l: usize, ldl: i32, m: i32, b: usize, ldb: i32, nc: i32, pack: usize): void {
  if (!trsmShared(TASK_TRSM_LOWER, l, ldl, m, b, ldb, nc, pack)) trsmLowerUnitSerial(l, ldl, m, b, ldb, nc, pack);
}

/** B ← U⁻¹B, U m x m upper with its diagonal (ld ldu), B m x nc (ld ldb). */
export function trsmUpper(u: usize, ldu: i32, m: i32, b: usize, ldb: i32, nc: i32, pack: usize): void {
  if (!trsmShared(TASK_TRSM_UPPER, u, ldu, m, b, ldb, nc, pack)) trsmUpperSerial(u, ldu, m, b, ldb, nc, pack);
}

/** B ← L⁻¹B on this thread (its inner products may still be shared). */
function trsmLowerUnitSerial(l: usize, ldl: i32, m: i32, b: usize, ldb: i32, nc: i32, pack: usize): void {
  if (m <= 1 || nc <= 0) return;
  const ldl8 = (<usize>ldl) << 3;
  const ldb8 = (<usize>ldb) << 3;
  if (m <= TRSM_LEAF) {
    for (let jc = 0; jc < nc; jc += TRSM_COLS) {
      const w = min(TRSM_COLS, nc - jc);
      const col = (<usize>jc) << 3;
      for (let i = 1; i < m; i++) {
        const rowI = b + <usize>i * ldb8 + col;
        const lRow = l + <usize>i * ldl8;
        for (let p = 0; p < i; p++) {
          const f = load<f64>(lRow + ((<usize>p) << 3));
          if (f != 0) axpyNeg(rowI, b + <usize>p * ldb8 + col, f, w);
        }
      }
    }
    return;
  }
  const m1 = m >> 1;
  trsmLowerUnitSerial(l, ldl, m1, b, ldb, nc, pack);
  gemm(m - m1, nc, m1, l + <usize>m1 * ldl8, ldl, b, ldb, b + <usize>m1 * ldb8, ldb, pack);
  trsmLowerUnitSerial(l + <usize>m1 * ldl8 + ((<usize>m1) << 3), ldl, m - m1, b + <usize>m1 * ldb8, ldb, nc, pack);
}

/** B ← U⁻¹B on this thread (its inner products may still be shared). */
function trsmUpperSerial(u: usize, ldu: i32, m: i32, b: usize, ldb: i32, nc: i32, pack: usize): void {
  if (m <= 0 || nc <= 0) return;
  const ldu8 = (<usize>ldu) << 3;
  const ldb8 = (<usize>ldb) << 3;
  if (m <= TRSM_LEAF) {
    for (let jc = 0; jc < nc; jc += TRSM_COLS) {
      const w = min(TRSM_COLS, nc - jc);
      const col = (<usize>jc) << 3;
      for (let i = m - 1; i >= 0; i--) {
        const rowI = b + <usize>i * ldb8 + col;
        const uRow = u + <usize>i * ldu8;
        for (let p = i + 1; p < m; p++) {
          const f = load<f64>(uRow + ((<usize>p) << 3));
          if (f != 0) axpyNeg(rowI, b + <usize>p * ldb8 + col, f, w);
        }
        const d = f64x2.splat(load<f64>(uRow + ((<usize>i) << 3)));
        let j = 0;
        for (; j + 2 <= w; j += 2) {
          const o = rowI + ((<usize>j) << 3);
          v128.store(o, f64x2.div(v128.load(o), d));
        }
        if (j < w) {
          const o = rowI + ((<usize>j) << 3);
          store<f64>(o, load<f64>(o) / f64x2.extract_lane(d, 0));
        }
      }
    }
    return;
  }
  const m1 = m >> 1;
  // Bottom block first, then fold it into the top rows.
  trsmUpperSerial(u + <usize>m1 * ldu8 + ((<usize>m1) << 3), ldu, m - m1, b + <usize>m1 * ldb8, ldb, nc, pack);
  gemm(m1, nc, m - m1, u + ((<usize>m1) << 3), ldu, b + <usize>m1 * ldb8, ldb, b, ldb, pack);
  trsmUpperSerial(u, ldu, m1, b, ldb, nc, pack);
}

// ---------------------------------------------------------------------------------------------------------
// LU factorisation.

/** Unblocked LU of columns [c0, c0+w) on rows [c0, n). Returns the failing pivot column or −1. */
function leaf(a: usize, n: i32, c0: i32, w: i32, ipiv: usize, tiny: f64): i32 {
  const n8 = (<usize>n) << 3;
  const end = c0 + w;
  for (let j = c0; j < end; j++) {
    const colJ = (<usize>j) << 3;
    let p = j;
    let best = abs<f64>(load<f64>(a + <usize>j * n8 + colJ));
    let q = a + <usize>(j + 1) * n8 + colJ;
    for (let i = j + 1; i < n; i++) {
      const v = abs<f64>(load<f64>(q));
      if (v > best) {
        best = v;
        p = i;
      }
      q += n8;
    }
    if (!(best > tiny)) return j;
    store<i32>(ipiv + ((<usize>j) << 2), p);
    const rowJ = a + <usize>j * n8;
    if (p != j) swapRows(rowJ, a + <usize>p * n8, n);
    const pivot = load<f64>(rowJ + colJ);
    const rest = end - j - 1;
    let rowI = rowJ + n8;
    for (let i = j + 1; i < n; i++) {
      const f = load<f64>(rowI + colJ) / pivot;
      store<f64>(rowI + colJ, f);
      if (f != 0) {
        for (let t = 1; t <= rest; t++) {
          const o = colJ + ((<usize>t) << 3);
          store<f64>(rowI + o, load<f64>(rowI + o) - f * load<f64>(rowJ + o));
        }
      }
      rowI += n8;
    }
  }
  return -1;
}

function factor(a: usize, n: i32, c0: i32, w: i32, ipiv: usize, tiny: f64, pack: usize): i32 {
  if (w <= LEAF) return leaf(a, n, c0, w, ipiv, tiny);
  let w1 = w >> 1;
  if (w1 > 8) w1 &= ~3;
  const r = factor(a, n, c0, w1, ipiv, tiny, pack);
  if (r >= 0) return r;
  const n8 = (<usize>n) << 3;
  const c1 = c0 + w1;
  const diag = a + <usize>c0 * n8 + ((<usize>c0) << 3);
  const a12 = a + <usize>c0 * n8 + ((<usize>c1) << 3);
  trsmLowerUnit(diag, n, w1, a12, n, w - w1, pack);
  gemm(
    n - c1,
    w - w1,
    w1,
    a + <usize>c1 * n8 + ((<usize>c0) << 3),
    n,
    a12,
    n,
    a + <usize>c1 * n8 + ((<usize>c1) << 3),
    n,
    pack,
  );
  return factor(a, n, c1, w - w1, ipiv, tiny, pack);
}

/**
 * In-place LU with partial pivoting of the n x n matrix at `a`: PA = LU. `ipiv[j]` (i32) is the row swapped
 * with row j at step j (LAPACK convention, 0-based). Returns −1, or the 0-based column whose pivot has
 * |pivot| ≤ tiny (the factorisation stops there).
 */
export function getrf(a: usize, n: i32, ipiv: usize, tiny: f64, pack: usize): i32 {
  return factor(a, n, 0, n, ipiv, tiny, pack);
}

/**
 * Columns [j0, j0+nc) of (LU)⁻¹ = U⁻¹L⁻¹ into `z` (n x nc, ld nc): the identity block is solved with L
 * from row j0 on (rows above stay zero), then with U. A⁻¹ = U⁻¹L⁻¹P is the glue's column scatter.
 */
export function inverseBlock(lu: usize, n: i32, j0: i32, nc: i32, z: usize, pack: usize): void {
  memory.fill(z, 0, (<usize>n * <usize>nc) << 3);
  const nc8 = (<usize>nc) << 3;
  for (let t = 0; t < nc; t++) store<f64>(z + <usize>(j0 + t) * nc8 + ((<usize>t) << 3), 1.0);
  const n8 = (<usize>n) << 3;
  trsmLowerUnit(lu + <usize>j0 * n8 + ((<usize>j0) << 3), n, n - j0, z + <usize>j0 * nc8, nc, nc, pack);
  trsmUpper(lu, n, n, z, nc, nc, pack);
}

/** B ← (LU)⁻¹B for the already permuted right-hand sides B (n x nc, ld nc). */
export function solveBlock(lu: usize, n: i32, z: usize, nc: i32, pack: usize): void {
  trsmLowerUnit(lu, n, n, z, nc, nc, pack);
  trsmUpper(lu, n, n, z, nc, nc, pack);
}

/** x ← (LU)⁻¹x for one permuted right-hand side (row-oriented dot products). */
export function solveVector(lu: usize, n: i32, x: usize): void {
  const n8 = (<usize>n) << 3;
  for (let i = 1; i < n; i++) {
    const xi = x + ((<usize>i) << 3);
    store<f64>(xi, load<f64>(xi) - dot(lu + <usize>i * n8, x, i));
  }
  for (let i = n - 1; i >= 0; i--) {
    const row = lu + <usize>i * n8;
    const xi = x + ((<usize>i) << 3);
    const s = load<f64>(xi) - dot(row + ((<usize>(i + 1)) << 3), xi + 8, n - i - 1);
    store<f64>(xi, s / load<f64>(row + ((<usize>i) << 3)));
  }
}

/** w ← (LU)⁻ᵀw: Uᵀz = w then Lᵀw = z, column-oriented so the inner loops walk rows of the factors. */
export function solveVectorTransposed(lu: usize, n: i32, w: usize): void {
  const n8 = (<usize>n) << 3;
  for (let i = 0; i < n; i++) {
    const row = lu + <usize>i * n8;
    const wi = w + ((<usize>i) << 3);
    const z = load<f64>(wi) / load<f64>(row + ((<usize>i) << 3));
    store<f64>(wi, z);
    if (z != 0) axpyNeg(wi + 8, row + ((<usize>(i + 1)) << 3), z, n - i - 1);
  }
  for (let i = n - 1; i > 0; i--) {
    const z = load<f64>(w + ((<usize>i) << 3));
    if (z != 0) axpyNeg(w, lu + <usize>i * n8, z, i);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Inverse in place from the factors (LAPACK getri): U⁻¹ by a recursive triangular inversion, then X·L = U⁻¹
// solved for X a block of columns at a time from the right, then the column interchanges. The inverse
// replaces the factors, so A⁻¹ costs no second n x n matrix.

/** Columns of L handled per step of the in-place inverse (its workspace is n x INV_BLOCK). */
const INV_BLOCK: i32 = 64;

/** Bytes of workspace `inverseInPlace` needs for order n (the L block column, then its diagonal block transposed). */
export function inverseWorkBytes(n: i32): i32 {
  return (n + INV_BLOCK) * INV_BLOCK * 8;
}

/** B ← T·B in place, T m x m upper with its diagonal (ld ldt), B m x nc (ld ldb). */
function trmmLeftUpper(t: usize, ldt: i32, m: i32, b: usize, ldb: i32, nc: i32, pack: usize): void {
  if (m <= 0 || nc <= 0) return;
  const ldt8 = (<usize>ldt) << 3;
  const ldb8 = (<usize>ldb) << 3;
  if (m <= TRSM_LEAF) {
    // Top down: row i becomes Σ_{p ≥ i} T[i,p]·row p, and the rows below i are still the old ones.
    for (let i = 0; i < m; i++) {
      const rowI = b + <usize>i * ldb8;
      const tRow = t + <usize>i * ldt8;
      const d = f64x2.splat(load<f64>(tRow + ((<usize>i) << 3)));
      let j = 0;
      for (; j + 2 <= nc; j += 2) {
        const o = rowI + ((<usize>j) << 3);
        v128.store(o, f64x2.mul(v128.load(o), d));
      }
      if (j < nc) {
        const o = rowI + ((<usize>j) << 3);
        store<f64>(o, load<f64>(o) * f64x2.extract_lane(d, 0));
      }
      for (let p = i + 1; p < m; p++) {
        const f = load<f64>(tRow + ((<usize>p) << 3));
        if (f != 0) axpyNeg(rowI, b + <usize>p * ldb8, -f, nc);
      }
    }
    return;
  }
  const m1 = m >> 1;
  trmmLeftUpper(t, ldt, m1, b, ldb, nc, pack); // B1 ← T11·B1
  gemm(m1, nc, m - m1, t + ((<usize>m1) << 3), ldt, b + <usize>m1 * ldb8, ldb, b, ldb, pack, true); // B1 += T12·B2
  trmmLeftUpper(t + <usize>m1 * ldt8 + ((<usize>m1) << 3), ldt, m - m1, b + <usize>m1 * ldb8, ldb, nc, pack);
}

/** B ← B·T in place, T m x m upper with its diagonal (ld ldt), B nr x m (ld ldb). */
function trmmRightUpper(t: usize, ldt: i32, m: i32, b: usize, ldb: i32, nr: i32, pack: usize): void {
  if (m <= 0 || nr <= 0) return;
  const ldt8 = (<usize>ldt) << 3;
  const ldb8 = (<usize>ldb) << 3;
  if (m <= TRSM_LEAF) {
    // Right to left in each row: x[j] becomes Σ_{k ≤ j} x[k]·T[k,j], and x[k] for k < j is still the old one.
    for (let r = 0; r < nr; r++) {
      const x = b + <usize>r * ldb8;
      for (let j = m - 1; j >= 0; j--) {
        let s = 0.0;
        let tp = t + ((<usize>j) << 3);
        for (let k = 0; k <= j; k++) {
          s += load<f64>(x + ((<usize>k) << 3)) * load<f64>(tp);
          tp += ldt8;
        }
        store<f64>(x + ((<usize>j) << 3), s);
      }
    }
    return;
  }
  const m1 = m >> 1;
  const t22 = t + <usize>m1 * ldt8 + ((<usize>m1) << 3);
  const b2 = b + ((<usize>m1) << 3);
  trmmRightUpper(t22, ldt, m - m1, b2, ldb, nr, pack); // B2 ← B2·T22
  gemm(nr, m - m1, m1, b, ldb, t + ((<usize>m1) << 3), ldt, b2, ldb, pack, true); // B2 += B1·T12
  trmmRightUpper(t, ldt, m1, b, ldb, nr, pack); // B1 ← B1·T11
}

/** T ← T⁻¹ in place, T m x m upper with its diagonal (ld ldt): [T11 T12; 0 T22]⁻¹ = [T11⁻¹, −T11⁻¹T12T22⁻¹; 0, T22⁻¹]. */
function trtriUpper(t: usize, ldt: i32, m: i32, pack: usize): void {
  if (m <= 0) return;
  const ldt8 = (<usize>ldt) << 3;
  if (m <= TRSM_LEAF) {
    for (let j = 0; j < m; j++) {
      const diag = t + <usize>j * ldt8 + ((<usize>j) << 3);
      const inverse = 1.0 / load<f64>(diag);
      store<f64>(diag, inverse);
      // Column j above the diagonal: x ← −T[j,j]⁻¹ · (T[0:j,0:j]⁻¹ x), the leading block already inverted.
      const col = (<usize>j) << 3;
      for (let i = 0; i < j; i++) {
        const row = t + <usize>i * ldt8;
        let s = 0.0;
        for (let k = i; k < j; k++) s += load<f64>(row + ((<usize>k) << 3)) * load<f64>(t + <usize>k * ldt8 + col);
        store<f64>(row + col, s);
      }
      for (let i = 0; i < j; i++) {
        const p = t + <usize>i * ldt8 + col;
        store<f64>(p, -inverse * load<f64>(p));
      }
    }
    return;
  }
  const m1 = m >> 1;
  const t12 = t + ((<usize>m1) << 3);
  const t22 = t + <usize>m1 * ldt8 + ((<usize>m1) << 3);
  trtriUpper(t, ldt, m1, pack);
  trmmLeftUpper(t, ldt, m1, t12, ldt, m - m1, pack); // T12 ← T11⁻¹·T12
  trtriUpper(t22, ldt, m - m1, pack);
  trmmRightUpper(t22, ldt, m - m1, t12, ldt, m1, pack); // T12 ← T12·T22⁻¹
  for (let i = 0; i < m1; i++) {
    const row = t12 + <usize>i * ldt8;
    for (let j = 0; j < m - m1; j++) {
      const p = row + ((<usize>j) << 3);
      store<f64>(p, -load<f64>(p));
    }
  }
}

/**
 * A⁻¹ in place of its factors (PA = LU at `a`, n x n, pivots `ipiv` as `getrf` leaves them), as LAPACK getri:
 * U ← U⁻¹; then for each block of INV_BLOCK columns from the right, the strictly lower part of L is moved to
 * `work` (n x INV_BLOCK) and zeroed, the block loses A[:, right of it]·L[right rows, block] and is solved with
 * the block's unit lower triangle from the right; last, the column interchanges in reverse order.
 */
export function inverseInPlace(a: usize, n: i32, ipiv: usize, work: usize, pack: usize): void {
  if (n <= 0) return;
  const n8 = (<usize>n) << 3;
  trtriUpper(a, n, n, pack);
  const nb = INV_BLOCK;
  for (let j = ((n - 1) / nb) * nb; j >= 0; j -= nb) {
    const jb = min(nb, n - j);
    const jb8 = (<usize>jb) << 3;
    // work row i (i ≥ j) holds L[i, j:j+jb] below the diagonal (zeros on and above it); A keeps zeros there.
    for (let i = j; i < n; i++) {
      const w = work + <usize>i * jb8;
      const ar = a + <usize>i * n8 + ((<usize>j) << 3);
      for (let c = 0; c < jb; c++) {
        const o = (<usize>c) << 3;
        if (i > j + c) {
          store<f64>(w + o, load<f64>(ar + o));
          store<f64>(ar + o, 0.0);
        } else {
          store<f64>(w + o, 0.0);
        }
      }
    }
    if (j + jb < n) {
      gemm(
        n,
        jb,
        n - j - jb,
        a + ((<usize>(j + jb)) << 3),
        n,
        work + <usize>(j + jb) * jb8,
        jb,
        a + ((<usize>j) << 3),
        n,
        pack,
      );
    }
    // Each row x of A[:, j:j+jb] ← x·Ljj⁻¹: right to left, x[c] −= Σ_{t > c} x[t]·L[t, c], with Ljjᵀ copied
    // after the work block so that each sum is a contiguous dot product.
    const lt = work + <usize>n * jb8;
    for (let t = 0; t < jb; t++) {
      for (let c = 0; c < jb; c++) {
        store<f64>(lt + <usize>c * jb8 + ((<usize>t) << 3), load<f64>(work + <usize>(j + t) * jb8 + ((<usize>c) << 3)));
      }
    }
    if (shareable(0.5 * <f64>n * <f64>jb * <f64>jb) && n >= 16) {
      const half = n >> 1;
      post(TASK_INVERSE_ROWS, <i32>a, n, j, jb, <i32>lt, half, n, 0, 0);
      solveRowsRight(a, n, j, jb, lt, 0, half);
      collect();
    } else {
      solveRowsRight(a, n, j, jb, lt, 0, n);
    }
  }
  // The column interchanges in reverse order, applied row by row (each row stays in cache).
  if (shareable(<f64>n * <f64>n) && n >= 16) {
    const half = n >> 1;
    post(TASK_SWAP_ROWS, <i32>a, n, <i32>ipiv, half, n, 0, 0, 0, 0);
    swapColumnsInRows(a, n, ipiv, 0, half);
    collect();
  } else {
    swapColumnsInRows(a, n, ipiv, 0, n);
  }
}

/** Rows r0 ≤ r < r1 of A[:, j:j+jb] ← x·Ljj⁻¹, with Ljjᵀ (jb x jb) at `lt`: x[c] −= Σ_{t > c} x[t]·L[t, c]. */
function solveRowsRight(a: usize, n: i32, j: i32, jb: i32, lt: usize, r0: i32, r1: i32): void {
  const n8 = (<usize>n) << 3;
  const jb8 = (<usize>jb) << 3;
  for (let r = r0; r < r1; r++) {
    const x = a + <usize>r * n8 + ((<usize>j) << 3);
    for (let c = jb - 2; c >= 0; c--) {
      const next = (<usize>(c + 1)) << 3;
      const o = x + ((<usize>c) << 3);
      store<f64>(o, load<f64>(o) - dot(x + next, lt + <usize>c * jb8 + next, jb - c - 1));
    }
  }
}

/** In rows r0 ≤ r < r1, swaps entries j and ipiv[j] for j = n − 2 down to 0 (A⁻¹ = X P). */
function swapColumnsInRows(a: usize, n: i32, ipiv: usize, r0: i32, r1: i32): void {
  const n8 = (<usize>n) << 3;
  for (let r = r0; r < r1; r++) {
    const row = a + <usize>r * n8;
    for (let j = n - 2; j >= 0; j--) {
      const p = load<i32>(ipiv + ((<usize>j) << 2));
      if (p != j) {
        const x = row + ((<usize>j) << 3);
        const y = row + ((<usize>p) << 3);
        const v = load<f64>(x);
        store<f64>(x, load<f64>(y));
        store<f64>(y, v);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Co-occurrence counts for product proximity (src/core/complexity/proximity.ts).

/**
 * Rows i0 ≤ i < i1 of product proximity, whole rows: out[(i − i0)·p + j] = popcount(b_i AND b_j) / max(k_i, k_j)
 * for every j (f64; `k` holds p f64, NaN for a product nobody exports, which makes its row and column NaN as
 * f64.max propagates NaN). Counting the lower triangle again costs one more popcount per pair but gives each
 * row of φ contiguously, so the caller copies whole blocks instead of mirroring the upper triangle with
 * strided reads. Two rows per pass share the loads of b_j and k_j; two columns per step share one f64x2
 * division. The diagonal is left to the caller.
 */
export function proximityRows(bits: usize, w: i32, p: i32, i0: i32, i1: i32, k: usize, out: usize): void {
  // With a helper thread, the second half of the rows is its (each value is computed the same either way).
  if (i1 - i0 >= 4 && shareable(<f64>(i1 - i0) * <f64>p * <f64>w)) {
    const mid = i0 + (((i1 - i0) >> 1) & ~1);
    const rest = out + <usize>(mid - i0) * ((<usize>p) << 3);
    post(TASK_PROXIMITY_ROWS, <i32>bits, w, p, mid, i1, <i32>k, <i32>rest, 0, 0);
    proximityRowsSerial(bits, w, p, i0, mid, k, out);
    collect();
    return;
  }
  proximityRowsSerial(bits, w, p, i0, i1, k, out);
}

/** {@link proximityRows} on this thread. */
function proximityRowsSerial(bits: usize, w: i32, p: i32, i0: i32, i1: i32, k: usize, out: usize): void {
  const w8 = (<usize>w) << 3;
  const p8 = (<usize>p) << 3;
  const p2 = p & ~1;
  let i = i0;
  for (; i < i1; i += 2) {
    const two = i + 1 < i1;
    const a0 = bits + <usize>i * w8;
    const a1 = two ? a0 + w8 : a0;
    const r0 = out + <usize>(i - i0) * p8;
    const r1 = two ? r0 + p8 : r0;
    const k0 = f64x2.splat(load<f64>(k + ((<usize>i) << 3)));
    const k1 = f64x2.splat(load<f64>(k + ((<usize>(two ? i + 1 : i)) << 3)));
    let b = bits;
    let j = 0;
    for (; j < p2; j += 2) {
      const c = b + w8;
      let s0: i64 = 0;
      let s1: i64 = 0;
      let t0: i64 = 0;
      let t1: i64 = 0;
      for (let t: usize = 0; t < w8; t += 8) {
        const x0 = load<i64>(a0 + t);
        const x1 = load<i64>(a1 + t);
        const y = load<i64>(b + t);
        const z = load<i64>(c + t);
        s0 += popcnt<i64>(x0 & y);
        t0 += popcnt<i64>(x0 & z);
        s1 += popcnt<i64>(x1 & y);
        t1 += popcnt<i64>(x1 & z);
      }
      const kj = v128.load(k + ((<usize>j) << 3));
      const o = (<usize>j) << 3;
      const c0 = f64x2.replace_lane(f64x2.splat(<f64>s0), 1, <f64>t0);
      const c1 = f64x2.replace_lane(f64x2.splat(<f64>s1), 1, <f64>t1);
      v128.store(r0 + o, f64x2.div(c0, f64x2.max(k0, kj)));
      v128.store(r1 + o, f64x2.div(c1, f64x2.max(k1, kj)));
      b = c + w8;
    }
    if (j < p) {
      let s0: i64 = 0;
      let s1: i64 = 0;
      for (let t: usize = 0; t < w8; t += 8) {
        const y = load<i64>(b + t);
        s0 += popcnt<i64>(load<i64>(a0 + t) & y);
        s1 += popcnt<i64>(load<i64>(a1 + t) & y);
      }
      const kj = load<f64>(k + ((<usize>j) << 3));
      const o = (<usize>j) << 3;
      store<f64>(r0 + o, <f64>s0 / max<f64>(f64x2.extract_lane(k0, 0), kj));
      store<f64>(r1 + o, <f64>s1 / max<f64>(f64x2.extract_lane(k1, 0), kj));
    }
  }
}
