/**
 * A short workbook action started by a button (insert a sample, freeze, repair, insert a formula, open a
 * file): busy while it runs, then its result or its error (kept for the MessageBar, never swallowed).
 */
import { useCallback, useState } from "react";

/** The action's state. */
export interface ActionState<T> {
  readonly busy: boolean;
  /** Which run is (or was last) active, so a section with several buttons knows which one it was. */
  readonly key?: string;
  readonly result?: T;
  readonly error?: unknown;
}

/** What a component gets. */
export interface Action<T> {
  readonly state: ActionState<T>;
  readonly run: (key: string, work: () => Promise<T>) => Promise<void>;
  readonly reset: () => void;
}

/** Runs one action at a time and keeps its outcome. */
export function useAction<T>(): Action<T> {
  const [state, setState] = useState<ActionState<T>>({ busy: false });
  const run = useCallback(async (key: string, work: () => Promise<T>) => {
    setState({ busy: true, key });
    try {
      const result = await work();
      setState({ busy: false, key, result });
    } catch (error) {
      setState({ busy: false, key, error });
    }
  }, []);
  const reset = useCallback(() => {
    setState({ busy: false });
  }, []);
  return { state, run, reset };
}
