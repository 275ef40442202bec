/**
 * Wraps `CustomFunctions.associate` so every function registered afterwards offloads large calls to the
 * compute worker (see offload.ts). Imported by runtime.ts before the catalogue modules; browser-only
 * (it creates the worker through `import.meta.url`).
 */
import { createComputeWorker } from "../worker/createWorker";
import { WorkerClient } from "../worker/workerClient";
import { offloaded, workerTarget } from "./offload";

type Fn = (...args: unknown[]) => unknown;

const runtime = (globalThis as { CustomFunctions?: { associate?: (id: string, fn: Fn) => void } }).CustomFunctions;
if (runtime?.associate && typeof Worker !== "undefined") {
  const associate = runtime.associate.bind(runtime);
  // The worker itself starts lazily, on the first large call.
  const target = workerTarget(new WorkerClient(createComputeWorker));
  runtime.associate = (id: string, fn: Fn) => {
    associate(id, offloaded(id, fn, target));
  };
}
