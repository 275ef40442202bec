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

const useStyles = makeStyles({
  message: { whiteSpace: "pre-wrap", wordBreak: "break-word" },
  // On its own line: the messages are sentence ends ("the column …") that would run on from the title.
  title: { display: "block" },
});

/**
 * The message as a sentence of its own: first letter capitalised, a full stop unless it ends with one.
 *
 * @example asSentence("la columna Valor está vacía") // => "La columna Valor está vacía."
 */
export function asSentence(message: string): string {
  const text = message.trim();
  const first = text.charAt(0).toLocaleUpperCase();
  const end = /[.!?…:]$/.test(text) ? "" : ".";
  return `${first}${text.slice(1)}${end}`;
}

/** A failure in the user's language, with what to do next; nothing is swallowed. */
export function ErrorBar({ error, language, next, onDismiss }: ErrorBarProps) {
  const styles = useStyles();
  const t = strings[language];
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.message}>
        <MessageBarTitle className={styles.title}>{t.errorTitle}</MessageBarTitle>
        {asSentence(errorMessage(error, language))} {next ?? t.errorNext}
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
