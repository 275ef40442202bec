import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Confirm } from "../useConfirm";

/** Props of the confirmation dialog. */
export interface ConfirmDialogProps {
  readonly confirm: Confirm;
}

/** How long after closing the dialog focus is checked once more (Fluent's exit animation may take it). */
const SETTLE_MS = 300;

/** True when focus is nowhere in particular (dropped to the body), so moving it takes nothing from the user. */
function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}

/**
 * After the dialog closes, gives focus back to the button that opened it (keyboard users would otherwise
 * start again from the top of the pane). The button may be disabled while its action finishes: the effect
 * runs after every render of the section and waits until it is enabled again.
 */
function useReturnFocus(confirm: Confirm): void {
  const target = useRef<HTMLElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { request } = confirm;
  const open = request !== undefined;
  if (open) target.current = request.returnFocusTo ?? null;
  useEffect(() => {
    const element = target.current;
    if (open || element === null) return;
    if (!element.isConnected) {
      target.current = null;
      return;
    }
    if (element.matches(":disabled")) return;
    target.current = null;
    if (focusIsLost()) element.focus();
    timer.current = setTimeout(() => {
      if (focusIsLost() && element.isConnected) element.focus();
    }, SETTLE_MS);
  });
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );
}

/** A modal question before anything that writes into existing cells (answer with the buttons or Esc = no). */
export function ConfirmDialog({ confirm }: ConfirmDialogProps) {
  const { request } = confirm;
  useReturnFocus(confirm);
  return (
    <Dialog
      open={request !== undefined}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) confirm.answer(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{request?.title}</DialogTitle>
          <DialogContent>{request?.body}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                confirm.answer(true);
              }}
            >
              {request?.confirmLabel}
            </Button>
            <Button
              onClick={() => {
                confirm.answer(false);
              }}
            >
              {request?.cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
