import { handleRequest } from "../../src/worker/handleRequest";
import { registerTask } from "../../src/worker/taskRegistry";
import { CancelledError, WorkerClient, type WorkerLike } from "../../src/worker/workerClient";
import type { WorkerRequest, WorkerResponse } from "../../src/worker/protocol";
import {
  cellCount,
  offloaded,
  OFFLOAD_CELLS,
  workerTarget,
  WORKER_FAILURES_TOLERATED,
} from "../../src/functions/offload";
import { leontief } from "../../src/functions/io";
import { inputError, SelaError } from "../../src/core/errors";
import { isExcelError } from "../../src/functions/excelErrors";

const functions = new Map<string, (...args: unknown[]) => unknown>([
  ["LEONTIEF", leontief as (...a: unknown[]) => unknown],
]);

/** A worker that runs handleRequest in the same thread, asynchronously like a real one. */
class InThreadWorker implements WorkerLike {
  onmessage: ((event: { data: WorkerResponse }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  postMessage(message: WorkerRequest): void {
    void handleRequest(message, functions).then((data) => {
      if (!this.terminated) setTimeout(() => this.onmessage?.({ data }), 0);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("compute worker", () => {
  it("evaluates a custom function with the same result as on the main thread", async () => {
    const client = new WorkerClient(() => new InThreadWorker());
    const args = [
      [
        [0.15, 0.25],
        [0.2, 0.05],
      ],
    ];
    expect(await client.callFunction("LEONTIEF", args, "en")).toEqual(leontief(args[0]!));
  });

  it("brings error values back as error values", async () => {
    const client = new WorkerClient(() => new InThreadWorker());
    const value = await client.callFunction("LEONTIEF", [[["x"]]], "es");
    expect(isExcelError(value)).toBe(true);
    expect((value as { message: string }).message).toBe("LEONTIEF: tabla tiene texto en la fila 1, columna 1");
  });

  it("runs registered tasks and reports their input errors in the user's language", async () => {
    registerTask("double", (payload) => (payload as number) * 2);
    registerTask("fails", () => {
      throw inputError("bad table", "tabla incorrecta");
    });
    const client = new WorkerClient(() => new InThreadWorker());
    expect(await client.runTask("double", 21, "en")).toBe(42);
    // The error keeps both languages: the pane shows the one the user has chosen when it displays it.
    const failure: unknown = await client.runTask("fails", null, "es").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SelaError);
    expect((failure as SelaError).kind).toBe("input");
    expect((failure as SelaError).text).toEqual({ en: "bad table", es: "tabla incorrecta" });
    await expect(client.runTask("nope", null, "en")).rejects.toThrow("unknown task nope");
  });

  it("cancels a running job and starts a fresh worker for the next", async () => {
    const workers: InThreadWorker[] = [];
    const client = new WorkerClient(() => {
      const w = new InThreadWorker();
      workers.push(w);
      return w;
    });
    registerTask(
      "slow",
      () =>
        new Promise((resolve) =>
          setTimeout(() => {
            resolve("done");
          }, 50),
        ),
    );
    const controller = new AbortController();
    const job = client.runTask("slow", null, "en", controller.signal);
    controller.abort();
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    expect(workers[0]?.terminated).toBe(true);
    expect(await client.runTask("double", 2, "en")).toBe(4);
    expect(workers).toHaveLength(2);
  });

  it("ignores an abort that comes after its job settled: other jobs go on", async () => {
    const client = new WorkerClient(() => new InThreadWorker());
    registerTask(
      "later",
      () =>
        new Promise((resolve) =>
          setTimeout(() => {
            resolve("done");
          }, 30),
        ),
    );
    const controller = new AbortController();
    expect(await client.runTask("double", 1, "en", controller.signal)).toBe(2);
    const other = client.runTask("later", null, "en");
    controller.abort();
    await expect(other).resolves.toBe("done");
  });

  it("fails jobs of a crashed worker instead of hanging", async () => {
    let worker: InThreadWorker | undefined;
    const client = new WorkerClient(() => (worker = new InThreadWorker()));
    registerTask("never", () => new Promise(() => undefined));
    const job = client.runTask("never", null, "en");
    worker?.onerror?.({});
    await expect(job).rejects.toThrow(/stopped unexpectedly/);
  });
});

describe("offloading custom functions", () => {
  it("counts the cells of the arguments", () => {
    expect(
      cellCount([
        [
          [1, 2],
          [3, 4],
        ],
        null,
        "x",
      ]),
    ).toBe(6);
  });

  it("keeps small calls on the main thread and sends large ones to the worker, dropping the invocation argument", async () => {
    const calls: unknown[][] = [];
    const client = {
      callFunction: (_id: string, args: readonly unknown[]) => (calls.push([...args]), Promise.resolve("worker")),
    };
    const fn = (a: unknown, b: unknown) => ["main", a, b];
    const wrapped = offloaded("F", fn, workerTarget(client as unknown as WorkerClient));
    expect(wrapped([[1]], null, { invocation: true })).toEqual(["main", [[1]], null]);
    const big = Array.from({ length: OFFLOAD_CELLS }, () => [1]);
    expect(await wrapped(big, null, { invocation: true })).toBe("worker");
    expect(calls[0]).toHaveLength(2);
  });

  describe("when the worker fails, large calls are computed in the page", () => {
    const big = Array.from({ length: OFFLOAD_CELLS }, () => [1]);
    const fn = (a: unknown) => (Array.isArray(a) ? a.length : -1);

    it("a worker that cannot be created", async () => {
      let created = 0;
      const client = new WorkerClient(() => {
        created += 1;
        throw new Error("SecurityError: workers are not allowed");
      });
      const wrapped = offloaded("F", fn, workerTarget(client));
      for (let call = 0; call < WORKER_FAILURES_TOLERATED + 2; call++) expect(await wrapped(big)).toBe(OFFLOAD_CELLS);
      // After the tolerated failures the worker is not tried again.
      expect(created).toBe(WORKER_FAILURES_TOLERATED);
    });

    it("a worker that crashes, and one that recovers", async () => {
      let crash = true;
      const client = new WorkerClient(() => {
        if (!crash) return new InThreadWorker();
        const worker: WorkerLike = {
          onmessage: null,
          onerror: null,
          postMessage: () => setTimeout(() => worker.onerror?.({}), 0),
          terminate: () => undefined,
        };
        return worker;
      });
      const target = workerTarget(client);
      const wrapped = offloaded("F", fn, target);
      expect(await wrapped(big)).toBe(OFFLOAD_CELLS);
      crash = false;
      // One failure is tolerated; a success resets the count.
      expect(target.client()).toBe(client);
      target.succeeded();
      target.failed();
      expect(target.client()).toBe(client);
    });
  });
});
