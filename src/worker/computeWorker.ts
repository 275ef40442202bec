/**
 * Entry of the compute worker bundle. Before the catalogue modules load, `CustomFunctions.associate`
 * is replaced by a registry so the build-time association calls record id → function here; requests
 * are then evaluated by the same code Excel runs on the main thread.
 */
import { functions } from "./workerFunctions";
import "../functions/io";
import "../functions/trade";
import "../functions/complexity";
import "../analysis/tasks";
import "../workbench/tasks";
import { handleRequest } from "./handleRequest";
import { pack } from "./packing";
import type { WorkerRequest } from "./protocol";

const scope = globalThis as unknown as {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage: (message: unknown, transfer: ArrayBuffer[]) => void;
};

scope.onmessage = (event) => {
  void handleRequest(event.data, functions).then(async (response) => {
    try {
      // Large results (function results, report grids) go back packed, their numbers transferred.
      const transfer: ArrayBuffer[] = [];
      const value = response.ok ? await pack(response.value, transfer, false) : undefined;
      scope.postMessage(response.ok ? { ...response, value } : response, transfer);
    } catch {
      // A result that cannot be sent (too large to pack, not cloneable) still answers, so the page never waits.
      const spanish = event.data.language === "es";
      const message = spanish
        ? "el resultado es demasiado grande para devolverlo"
        : "the result is too large to send back";
      scope.postMessage({ job: response.job, ok: false, message }, []);
    }
  });
};
