import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Language } from "../../functions/language";
import { errorMessage } from "../errors";
import { strings } from "../strings";

/** Props of the error bar. */
export interface ErrorBarProps {
  readonly error: unknown;
  readonly language: Language;
  /** What to do next (default: check the choices and run again). */
  readonly next?: string;
  readonly onDismiss?: () => void;
}

const useStyles = makeStyles({ message: { whiteSpace: "pre-wrap", wordBreak: "break-word" } });

/** A failure in the user's language, with what to do next; nothing is swallowed. */
export function ErrorBar({ error, language, next, onDismiss }: ErrorBarProps) {
  const styles = useStyles();
  const t = strings[language];
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.message}>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {errorMessage(error, language)}. {next ?? t.errorNext}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            {t.dismiss}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
