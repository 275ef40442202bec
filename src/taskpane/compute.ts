/**
 * The pane's access to the compute worker: anything with `runTask` (the WorkerClient, or a fake in
 * tests), and the in-page fallback used when the browser offers no Worker: the same request handler the
 * worker runs, called in the page (slower for the UI, same results).
 */
import "../analysis/tasks";
import "../workbench/tasks";
import type { Language } from "../functions/language";
import { handleRequest } from "../worker/handleRequest";
import type { WorkerRequest, WorkerResponse } from "../worker/protocol";
import type { WorkerLike } from "../worker/workerClient";

/** Runs a registered analysis task off the UI thread; `signal` cancels it (rejects with CancelledError). */
export interface TaskRunner {
  runTask(task: string, payload: unknown, language: Language, signal?: AbortSignal): Promise<unknown>;
}

/** A WorkerLike that answers in the page, asynchronously like a worker (tasks only: no functions). */
export class InPageWorker implements WorkerLike {
  onmessage: ((event: { data: WorkerResponse }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  private terminated = false;

  postMessage(message: WorkerRequest): void {
    setTimeout(() => {
      if (this.terminated) return;
      void handleRequest(message, new Map()).then((data) => {
        if (!this.terminated) this.onmessage?.({ data });
      });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}
