/**
 * Creates the compute worker (webpack emits it as its own chunk from this `new URL(..., import.meta.url)`).
 * Kept in its own module because `import.meta` exists only in the browser bundle, not in jest.
 */
import type { WorkerLike } from "./workerClient";

/** A new compute worker (callers check `typeof Worker` first). */
export function createComputeWorker(): WorkerLike {
  // The name makes webpack emit the chunk as compute-worker.js (stable for the CSP and the caches).
  return new Worker(new URL("./computeWorker.ts", import.meta.url), {
    name: "compute-worker",
  }) as unknown as WorkerLike;
}
