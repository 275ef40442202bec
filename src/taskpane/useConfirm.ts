/**
 * Asking before writing into existing cells: `ask()` opens the confirmation dialog and resolves with the
 * user's answer; the component renders `<ConfirmDialog {...dialog} />`.
 */
import { useCallback, useRef, useState } from "react";

/** The dialog's content. */
export interface ConfirmRequest {
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  /**
   * Where focus goes back when the dialog closes: the button that asked (default: the element focused when
   * asking). Fluent's Dialog only restores focus to a DialogTrigger, and these dialogs open from code.
   */
  readonly returnFocusTo?: HTMLElement | null;
}

/** What the hook gives the component. */
export interface Confirm {
  /** The open request, if any. */
  readonly request?: ConfirmRequest;
  readonly ask: (request: ConfirmRequest) => Promise<boolean>;
  readonly answer: (yes: boolean) => void;
}

/** One confirmation at a time; a new question answers the previous one with "no". */
export function useConfirm(): Confirm {
  const [request, setRequest] = useState<ConfirmRequest>();
  const pending = useRef<((yes: boolean) => void) | undefined>(undefined);
  const ask = useCallback((next: ConfirmRequest) => {
    pending.current?.(false);
    const opener = next.returnFocusTo ?? (typeof document !== "undefined" ? document.activeElement : null);
    setRequest({ ...next, returnFocusTo: opener instanceof HTMLElement ? opener : null });
    return new Promise<boolean>((resolve) => {
      pending.current = resolve;
    });
  }, []);
  const answer = useCallback((yes: boolean) => {
    const resolve = pending.current;
    pending.current = undefined;
    setRequest(undefined);
    resolve?.(yes);
  }, []);
  return { ...(request !== undefined ? { request } : {}), ask, answer };
}
