import * as v8 from "node:v8";
import * as vm from "node:vm";
import { Worker } from "node:worker_threads";
import { setKernelHelperFactory, type KernelHelper, type KernelHelperFactory } from "../core/linalg/wasm/luWasm";
import type { WasmModule } from "../core/linalg/wasm/webassembly";

// The helper thread's whole program: it receives the compiled threaded kernel once, then for each operation a
// shared memory and a control block, instantiates the kernel on that memory and runs its helper loop, which
// returns when the operation releases it. Kept as source text (run with `eval`) so that it needs no file of
// its own next to the compiled CLI or the bundle.
//
// An idle worker never collects garbage, and each instance it made keeps its operation's shared memory (the
// whole matrix) alive: without a collection every 256 MB the process would grow by one matrix per operation.
const HELPER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
require("node:v8").setFlagsFromString("--expose-gc");
const collect = require("node:vm").runInNewContext("gc");
const abort = () => { throw new Error("WebAssembly LU kernel aborted"); };
let held = 0;
parentPort.on("message", (message) => {
  try {
    const { exports } = new WebAssembly.Instance(workerData.module, { env: { memory: message.memory, abort } });
    exports.helperLoop(message.control, message.ticket);
  } catch {
    // A failed task must not leave the caller waiting, nor let it use a half-done product: flag the failure
    // (word 16 of the control block), answer DONE, leave.
    const words = new Int32Array(message.memory.buffer, message.control, 32);
    Atomics.store(words, 16, 1);
    Atomics.store(words, 0, 2);
    Atomics.store(words, 1, 0);
    Atomics.notify(words, 0);
    Atomics.notify(words, 1);
  }
  held += message.memory.buffer.byteLength;
  if (held >= 256 * 1024 * 1024) {
    held = 0;
    setImmediate(collect); // after this handler, when nothing here refers to the memories any more
  }
});
`;

let worker: Worker | undefined;

/**
 * A full garbage collection in this thread (gc exposed to a fresh context: V8 flags are process-wide).
 *
 * @example collectGarbage() // => undefined, after the collection
 */
export function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) {
    exposed();
    return;
  }
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}

/** Starts the helper thread (unref'd: it never keeps the process alive) for the threaded kernel. */
const startHelper: KernelHelperFactory = (module: WasmModule): KernelHelper => {
  const thread = new Worker(HELPER_SOURCE, { eval: true, workerData: { module } });
  thread.unref();
  // A helper that fails only loses its half of the work: the kernel runs it itself when nobody attaches.
  thread.on("error", () => undefined);
  worker = thread;
  return {
    attach: (memory, control, ticket) => {
      thread.postMessage({ memory, control, ticket });
    },
    reclaim: collectGarbage,
  };
};

/**
 * Lends the dense-algebra kernels a second thread in Node (see `setKernelHelperFactory`), for the command line
 * and the benchmark; the thread starts on the first large factorisation. Returns whether it will be used.
 *
 * @example useKernelThreads() // => true in Node 20
 */
export function useKernelThreads(): boolean {
  return setKernelHelperFactory(startHelper);
}

/** Stops the helper thread and goes back to one thread (tests, so that no worker outlives them). */
export async function stopKernelThreads(): Promise<void> {
  setKernelHelperFactory(null);
  const thread = worker;
  worker = undefined;
  if (thread) await thread.terminate();
}
