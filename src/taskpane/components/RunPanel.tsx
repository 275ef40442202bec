import { Body1, Button, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { SelaError } from "../../core/errors";
import type { Language } from "../../functions/language";
import { format, formatPercent, strings, type PaneStrings } from "../strings";
import type { AnalysisRun, RunState } from "../useAnalysisRun";
import { ErrorBar } from "./ErrorBar";
import { Notice } from "./Notice";

/** Props of the run controls. */
export interface RunPanelProps<S> {
  readonly run: AnalysisRun<S>;
  readonly language: Language;
  /** The Run button's text (also its accessible name). */
  readonly runLabel: string;
  readonly canRun: boolean;
  readonly onRun: () => void;
  /** The short summary of a finished run. */
  readonly renderSummary: (summary: S) => ReactNode;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, "& p": { margin: 0 } },
});

/**
 * What to do after a failed run: a SelaError explains a problem of the table or the choices (or, while
 * writing, of the workbook: a protected sheet); any other error is Excel or the browser failing, where
 * checking the table would not help and trying again may.
 */
export function nextStep<S>(state: RunState<S>, t: PaneStrings): string {
  if (!(state.error instanceof SelaError) || transientExcelFailure(state.error)) return t.errorNextRetry;
  return state.failedWhile === "writing" ? t.errorNextWrite : t.errorNext;
}

/** Office error codes that a second try may get past (the gateway keeps Excel's error as the cause). */
const TRANSIENT_EXCEL_CODES = new Set([
  "GeneralException",
  "Conflict",
  "ServiceNotAvailable",
  "ActivityLimitReached",
  "RequestAborted",
  "Timeout",
]);

function transientExcelFailure(error: SelaError): boolean {
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === "string" && TRANSIENT_EXCEL_CODES.has(code);
}

/** Run and Cancel buttons, progress while computing and writing, then the summary and sheets, or the error. */
export function RunPanel<S>({ run, language, runLabel, canRun, onRun, renderSummary }: RunPanelProps<S>) {
  const styles = useStyles();
  const t = strings[language];
  const { state } = run;
  const status =
    state.phase === "reading"
      ? t.reading
      : state.phase === "computing"
        ? t.computing
        : state.phase === "writing" && state.progress
          ? format(
              t.writing,
              formatPercent(state.progress.total > 0 ? state.progress.done / state.progress.total : 0, language),
            )
          : undefined;
  const value =
    state.phase === "writing" && state.progress && state.progress.total > 0
      ? state.progress.done / state.progress.total
      : undefined;
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!canRun || run.busy} onClick={onRun}>
          {runLabel}
        </Button>
        {run.busy && <Button onClick={run.cancel}>{t.cancel}</Button>}
      </div>
      {run.busy && (
        <>
          <ProgressBar aria-label={t.progress} thickness="large" {...(value !== undefined ? { value } : {})} />
          <Body1 role="status">{status}</Body1>
        </>
      )}
      {state.phase === "cancelled" && <Notice intent="warning">{t.cancelled}</Notice>}
      {state.phase === "error" && (
        <ErrorBar error={state.error} language={language} next={nextStep(state, t)} onDismiss={run.dismiss} />
      )}
      {state.phase === "done" && state.summary !== undefined && (
        <Notice intent="success">
          <div className={styles.summary}>
            {renderSummary(state.summary)}
            <Body1 as="p">{t.sheetsWritten}</Body1>
            <ul className={styles.sheets} aria-label={t.sheetsWritten}>
              {(state.sheets ?? []).map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </div>
        </Notice>
      )}
    </div>
  );
}
