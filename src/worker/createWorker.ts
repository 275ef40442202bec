/**
 * Creates the compute worker (webpack emits it as its own chunk from this `new URL(..., import.meta.url)`).
 * Kept in its own module because `import.meta` exists only in the browser bundle, not in jest.
 */
import type { WorkerLike } from "./workerClient";

/** A new compute worker (callers check `typeof Worker` first). */
export function createComputeWorker(): WorkerLike {
  return new Worker(new URL("./computeWorker.ts", import.meta.url)) as unknown as WorkerLike;
}
