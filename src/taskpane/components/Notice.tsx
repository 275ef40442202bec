import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** Props of a notice. */
export interface NoticeProps {
  readonly intent: "info" | "success" | "warning";
  readonly children: ReactNode;
}

/** A short outcome message (written, cancelled, nothing to do), announced politely. */
export function Notice({ intent, children }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline" aria-live="polite">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
