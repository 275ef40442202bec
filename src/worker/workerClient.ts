/**
 * The page's side of the compute worker: promise-based jobs, cancellation, and rehydration of error
 * values into the runtime's own error type. Cancelling a job terminates the worker (the only way to
 * stop a running computation) and the next job starts a fresh one.
 */
import { SelaError } from "../core/errors";
import { excelError, type ExcelErrorCode } from "../functions/excelErrors";
import { pack, unpack } from "./packing";
import type { WorkerRequest, WorkerResponse } from "./protocol";

/** The subset of the Worker API the client uses (a real Worker, or a fake in tests). */
export interface WorkerLike {
  /** `transfer`: buffers moved to the worker with the message (see packing.ts). */
  postMessage(message: WorkerRequest, transfer?: ArrayBuffer[]): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/**
 * The error of the jobs of a worker that crashed: a SelaError, so the pane shows it in the user's language.
 * Its kind only matters to custom functions, which never show it (they compute in the page instead, see
 * offload.ts); "numeric" says the computation, not the input, failed.
 */
export function workerStopped(): SelaError {
  return new SelaError("numeric", {
    en: "the computation stopped unexpectedly (out of memory?); try a smaller table or close other workbooks",
    es: "el cálculo se detuvo inesperadamente (¿falta de memoria?); pruebe con una tabla más pequeña o cierre otros libros",
  });
}

/** Thrown when a job was cancelled by the user. */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}
type JobBody =
  { kind: "function"; id: string; args: readonly unknown[] } | { kind: "task"; task: string; payload: unknown };

/** Error cells come back as plain objects; make them real error values again (CustomFunctions.Error in Excel). */
export function rehydrate(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rehydrate);
  if (typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string") {
    const { code, message } = value as { code: ExcelErrorCode; message?: string };
    return excelError(code, message);
  }
  return value;
}

/** A queue of jobs over one worker at a time. */
export class WorkerClient {
  private worker: WorkerLike | undefined;
  private nextJob = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly createWorker: () => WorkerLike) {}

  /** Evaluates custom function `id` in the worker. */
  callFunction(id: string, args: readonly unknown[], language: "en" | "es"): Promise<unknown> {
    return this.run({ kind: "function", id, args }, language).then(rehydrate);
  }

  /** Runs a registered task (an analysis) in the worker; `signal` cancels it. */
  runTask(task: string, payload: unknown, language: "en" | "es", signal?: AbortSignal): Promise<unknown> {
    return this.run({ kind: "task", task, payload }, language, signal);
  }

  /** Stops every running job (they reject with CancelledError). */
  cancelAll(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new CancelledError());
    this.pending.clear();
  }

  private run(body: JobBody, language: "en" | "es", signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    const job = this.nextJob++;
    const worker = this.ensureWorker();
    return new Promise((resolve, reject) => {
      // The abort listener lives as long as the job: an abort after it settled must not cancel other jobs.
      const onAbort = (): void => {
        this.cancelAll();
      };
      const settled = (): void => {
        signal?.removeEventListener("abort", onAbort);
      };
      this.pending.set(job, {
        resolve: (value) => {
          settled();
          resolve(value);
        },
        reject: (error) => {
          settled();
          reject(error);
        },
      });
      signal?.addEventListener("abort", onAbort);
      // Large tables and arguments go packed, their numbers transferred rather than cloned (packing.ts).
      const transfer: ArrayBuffer[] = [];
      const packed = pack(body.kind === "function" ? body.args : body.payload, transfer);
      const fail = (error: unknown): void => {
        const entry = this.pending.get(job);
        this.pending.delete(job);
        entry?.reject(error instanceof Error ? error : new Error(String(error)));
      };
      packed
        .then((value) => {
          if (!this.pending.has(job)) return; // cancelled (or the worker failed) while packing
          const message: WorkerRequest =
            body.kind === "function"
              ? { job, language, ...body, args: value as readonly unknown[] }
              : { job, language, ...body, payload: value };
          worker.postMessage(message, transfer); // may throw (DataCloneError): the job then fails, never hangs
        })
        .catch(fail);
    });
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      const response = event.data;
      const pending = this.pending.get(response.job);
      if (!pending) return;
      if (!response.ok) {
        this.pending.delete(response.job);
        // A SelaError comes back as one, both languages kept (the pane shows the one chosen at display time).
        pending.reject(
          response.error ? new SelaError(response.error.kind, response.error.text) : new Error(response.message),
        );
        return;
      }
      // The job stays pending while its result is unpacked, so a cancel meanwhile still rejects it.
      const finish = (settle: () => void): void => {
        if (this.pending.get(response.job) !== pending) return;
        this.pending.delete(response.job);
        settle();
      };
      unpack(response.value).then(
        (value) => {
          finish(() => {
            pending.resolve(value);
          });
        },
        (error: unknown) => {
          finish(() => {
            pending.reject(error instanceof Error ? error : new Error(String(error)));
          });
        },
      );
    };
    worker.onerror = () => {
      // A crashed worker (out of memory, a bug) fails its jobs with a message instead of hanging them.
      const failed = [...this.pending.values()];
      this.pending.clear();
      this.worker = undefined;
      for (const p of failed) p.reject(workerStopped());
    };
    this.worker = worker;
    return worker;
  }
}
