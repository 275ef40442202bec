import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Confirm } from "../useConfirm";

/** Props of the confirmation dialog. */
export interface ConfirmDialogProps {
  readonly confirm: Confirm;
}

/** A modal question before anything that writes into existing cells (answer with the buttons or Esc = no). */
export function ConfirmDialog({ confirm }: ConfirmDialogProps) {
  const { request } = confirm;
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
