/**
 * One analysis run from the pane: read the table, compute in the worker (cancellable), write the report
 * through the gateway with progress (cancellable), then keep the summary and the sheet names.
 * Failures are kept for the MessageBar; a cancellation is its own outcome, never an error.
 */
import { useCallback, useRef, useState } from "react";
import type { WorkbookGateway } from "../analysis/gateway";
import type { AnalysisResult } from "../analysis/ioLinkages";
import type { Language } from "../functions/language";
import type { TaskRunner } from "./compute";
import { isCancellation } from "./errors";

/** Where a run is. */
export type RunPhase = "idle" | "reading" | "computing" | "writing" | "done" | "cancelled" | "error";

/** The state a form shows. */
export interface RunState<S> {
  readonly phase: RunPhase;
  /** Report writing progress (blocks done, total). */
  readonly progress?: { readonly done: number; readonly total: number };
  readonly summary?: S;
  readonly sheets?: readonly string[];
  readonly error?: unknown;
  /** The phase the run failed in (writing the report, or before), so the pane advises the right next step. */
  readonly failedWhile?: RunPhase;
}

/** What a form gets from {@link useAnalysisRun}. */
export interface AnalysisRun<S> {
  readonly state: RunState<S>;
  readonly busy: boolean;
  /** Runs `task` on the payload that `payload()` builds (it may read the workbook). */
  readonly run: (task: string, payload: () => Promise<unknown>) => Promise<void>;
  readonly cancel: () => void;
  readonly dismiss: () => void;
}

/** The run hook; `onWritten` is told the sheets of each written report (the workbook changed). */
export function useAnalysisRun<S>(
  gateway: WorkbookGateway,
  compute: TaskRunner,
  language: Language,
  onWritten?: (sheets: readonly string[]) => void,
): AnalysisRun<S> {
  const [state, setState] = useState<RunState<S>>({ phase: "idle" });
  const controller = useRef<AbortController | undefined>(undefined);

  const run = useCallback(
    async (task: string, payload: () => Promise<unknown>): Promise<void> => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const { signal } = abort;
      let phase: RunPhase = "reading";
      try {
        setState({ phase: "reading" });
        const data = await payload();
        if (signal.aborted) throw new DOMException("cancelled", "AbortError");
        phase = "computing";
        setState({ phase: "computing" });
        const result = (await compute.runTask(task, data, language, signal)) as AnalysisResult<S>;
        phase = "writing";
        setState({ phase: "writing", progress: { done: 0, total: 1 }, summary: result.summary });
        const written = await gateway.writeReport(result.report, {
          signal,
          onProgress: (done, total) => {
            setState((s) => (s.phase === "writing" ? { ...s, progress: { done, total } } : s));
          },
        });
        setState({ phase: "done", summary: result.summary, sheets: written.sheets });
        onWritten?.(written.sheets);
      } catch (error) {
        if (signal.aborted || isCancellation(error)) setState({ phase: "cancelled" });
        else setState({ phase: "error", error, failedWhile: phase });
      } finally {
        if (controller.current === abort) controller.current = undefined;
      }
    },
    [gateway, compute, language, onWritten],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);
  const dismiss = useCallback(() => {
    setState({ phase: "idle" });
  }, []);
  const busy = state.phase === "reading" || state.phase === "computing" || state.phase === "writing";
  return { state, busy, run, cancel, dismiss };
}
