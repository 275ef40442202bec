/**
 * Sends large custom-function calls to the compute worker so Excel's UI thread never blocks (Office
 * restarts an add-in whose thread is blocked for 5 s). `installOffload.ts` wraps
 * `CustomFunctions.associate` with {@link offloaded} before the catalogue modules register themselves:
 * every function keeps its one code path, and only where it runs changes.
 */
import type { WorkerClient } from "../worker/workerClient";
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

/** Where large calls go: the worker while it works; `failed` is told when it did not (see {@link offloaded}). */
export interface OffloadTarget {
  /** The worker's client, or undefined to compute in the page. */
  client(): WorkerClient | undefined;
  /** The worker could not run a call (it could not start, crashed or answered with a failure). */
  failed(): void;
  /** The worker answered a call. */
  succeeded(): void;
}

/** After this many worker failures in a row, large calls stay in the page for the rest of the session. */
export const WORKER_FAILURES_TOLERATED = 2;

/**
 * The usual target: `client` until the worker has failed {@link WORKER_FAILURES_TOLERATED} times in a row
 * (a host that refuses workers, a worker script that does not load), then the page.
 */
export function workerTarget(client: WorkerClient): OffloadTarget {
  let failures = 0;
  return {
    client: () => (failures < WORKER_FAILURES_TOLERATED ? client : undefined),
    failed: () => {
      failures += 1;
    },
    succeeded: () => {
      failures = 0;
    },
  };
}

/**
 * Wraps `fn` so that large calls are evaluated in the worker (same function, same result). A function's own
 * errors come back from the worker as Excel errors; the worker failing (it cannot start, it crashed, its
 * answer cannot be read) is not the user's error, so the call is then evaluated in the page instead: slower
 * for Excel's UI, but the cell gets its value.
 */
export function offloaded(id: string, fn: Fn, target: OffloadTarget): Fn {
  return (...args: unknown[]) => {
    // Excel appends an invocation object after the declared parameters; it cannot cross to a worker.
    const declared = args.slice(0, fn.length);
    if (cellCount(declared) < OFFLOAD_CELLS) return fn(...args);
    const inPage = (): unknown => {
      target.failed();
      return fn(...args);
    };
    let answer: Promise<unknown> | undefined;
    try {
      answer = target.client()?.callFunction(id, declared, getLanguage());
    } catch {
      return inPage();
    }
    if (!answer) return fn(...args);
    return answer.then((value) => {
      target.succeeded();
      return value;
    }, inPage);
  };
}
