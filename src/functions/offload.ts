/**
 * Sends large custom-function calls to the compute worker so Excel's UI thread never blocks (Office
 * restarts an add-in whose thread is blocked for 5 s). `installOffload.ts` wraps
 * `CustomFunctions.associate` with {@link offloaded} before the catalogue modules register themselves:
 * every function keeps its one code path, and only where it runs changes.
 */
import type { WorkerClient } from "../worker/workerClient";
import { displayName, excelError } from "./excelErrors";
import { getLanguage } from "./language";

/** Calls whose arguments hold at least this many cells run in the worker (≈ a 140 x 140 table). */
export const OFFLOAD_CELLS = 20_000;

type Fn = (...args: unknown[]) => unknown;

/** Number of cells in a call's arguments (ranges are 2-D arrays; scalars count 1). */
export function cellCount(args: readonly unknown[]): number {
  let cells = 0;
  for (const arg of args) {
    if (Array.isArray(arg)) for (const row of arg) cells += Array.isArray(row) ? row.length : 1;
    else cells += 1;
  }
  return cells;
}

/** Wraps `fn` so that large calls are evaluated by `client` (same function, in the worker). */
export function offloaded(id: string, fn: Fn, client: () => WorkerClient | undefined): Fn {
  return (...args: unknown[]) => {
    // Excel appends an invocation object after the declared parameters; it cannot cross to a worker.
    const declared = args.slice(0, fn.length);
    const worker = cellCount(declared) >= OFFLOAD_CELLS ? client() : undefined;
    if (!worker) return fn(...args);
    return worker.callFunction(id, declared, getLanguage()).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      return excelError("#VALUE!", `${displayName(id)}: ${reason}`);
    });
  };
}
