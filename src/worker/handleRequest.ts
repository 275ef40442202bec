/**
 * What the worker does with one request, kept apart from the Worker global so it can be tested (and
 * run in the page when workers are unavailable).
 */
import { SelaError } from "../core/errors";
import { isExcelError } from "../functions/excelErrors";
import { setLanguage } from "../functions/language";
import { unpack } from "./packing";
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { findTask } from "./taskRegistry";

/** Custom functions registered in this context by the build-time `CustomFunctions.associate` calls. */
export type FunctionRegistry = ReadonlyMap<string, (...args: unknown[]) => unknown>;

/** Error values cross the worker boundary as plain `{code, message}` objects. */
function plain(value: unknown): unknown {
  if (isExcelError(value))
    return value.message === undefined ? { code: value.code } : { code: value.code, message: value.message };
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** Runs one request; never throws. */
export async function handleRequest(request: WorkerRequest, functions: FunctionRegistry): Promise<WorkerResponse> {
  setLanguage(request.language);
  try {
    if (request.kind === "function") {
      const fn = functions.get(request.id);
      if (!fn) return { job: request.job, ok: false, message: `unknown function ${request.id}` };
      const args = (await unpack(request.args, false)) as unknown[];
      return { job: request.job, ok: true, value: plain(await fn(...args)) };
    }
    const task = findTask(request.task);
    if (!task) return { job: request.job, ok: false, message: `unknown task ${request.task}` };
    return { job: request.job, ok: true, value: await task(await unpack(request.payload, false)) };
  } catch (error) {
    if (error instanceof SelaError) {
      const { kind, text } = error;
      return { job: request.job, ok: false, message: text[request.language], error: { kind, text } };
    }
    const message =
      request.language === "es"
        ? "error inesperado al calcular; por favor repórtelo"
        : "unexpected error while computing; please report it";
    return { job: request.job, ok: false, message };
  }
}
