import {
  Body1,
  Caption1,
  Checkbox,
  Field,
  Label,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { IoLinkagesSummary } from "../../analysis/ioLinkages";
import type { IoDefaults } from "../../analysis/formDefaults";
import { ANALYSIS_TASKS, type IoDefaultsPayload, type IoTaskPayload } from "../../analysis/tasks";
import { CancelledError } from "../../worker/workerClient";
import { describeTable, type AnalysisSectionProps } from "../analysisProps";
import { errorMessage } from "../errors";
import { countText, format, strings, type PaneStrings } from "../strings";
import { preferIo } from "../tablePreferences";
import { useAnalysisRun } from "../useAnalysisRun";
import { useTables } from "../useTables";
import { ColumnSelect } from "./ColumnSelect";
import { RunPanel } from "./RunPanel";
import { TablePicker } from "./TablePicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  extras: { display: "flex", flexDirection: "column" },
});

/** Sector names joined with "; ": the names have commas of their own ("Electricidad, gas y agua"). */
function names(list: readonly { sector: string }[], k = 3): string {
  return list
    .slice(0, k)
    .map((x) => x.sector)
    .join("; ");
}

function IoSummary({ summary, t }: { readonly summary: IoLinkagesSummary; readonly t: PaneStrings }) {
  return (
    <>
      <Body1 as="p">
        {format(t.ioKeySectors, summary.keySectors.length > 0 ? summary.keySectors.join("; ") : t.noneFound)}
      </Body1>
      <Body1 as="p">{format(t.ioTopBackward, names(summary.topBackward))}</Body1>
      <Body1 as="p">{format(t.ioTopForward, names(summary.topForward))}</Body1>
      <Body1 as="p">{format(t.ioTopMultiplier, names(summary.topMultiplier))}</Body1>
    </>
  );
}

/** Input-output linkages: table, label column, gross output, satellites, forward method, run. */
export function IoAnalysis({
  gateway,
  compute,
  language,
  workbookVersion,
  onWorkbookChanged,
  reportSheets,
}: AnalysisSectionProps) {
  const styles = useStyles();
  const t = strings[language];
  const tables = useTables(gateway, workbookVersion, preferIo, reportSheets);
  const run = useAnalysisRun<IoLinkagesSummary>(gateway, compute, language, onWorkbookChanged);
  const table = tables.data;
  const [labelColumn, setLabelColumn] = useState("");
  const [output, setOutput] = useState("");
  const [extras, setExtras] = useState<readonly string[]>([]);
  const [method, setMethod] = useState<"leontief" | "ghosh">("leontief");
  const satellitesId = useId("satellites");

  // The label column in force: the chosen one while the table has it, else the first column (one value per
  // table and choice, so a new table is detected once, not first with the old table's column).
  const label = table === undefined ? "" : table.headers.includes(labelColumn) ? labelColumn : (table.headers[0] ?? "");
  // The defaults parse the whole table (a 2,000-sector table takes over 100 ms): the worker detects them. They
  // carry texts in both languages, so switching language neither detects again nor resets the user's choices.
  const [defaults, setDefaults] = useState<IoDefaults | undefined>();
  const [attempt, setAttempt] = useState(0);
  const languageNow = useRef(language);
  languageNow.current = language;
  useEffect(() => {
    setDefaults(undefined);
    if (table === undefined) return undefined;
    let current = true;
    const payload: IoDefaultsPayload = { table, labelColumn: label };
    compute.runTask(ANALYSIS_TASKS.ioDefaults, payload, languageNow.current).then(
      (value) => {
        if (current) setDefaults(value as IoDefaults);
      },
      (error: unknown) => {
        if (!current) return;
        // Cancelling another job restarts the shared worker and drops this one with it: ask again.
        if (error instanceof CancelledError) {
          setAttempt((n) => n + 1);
          return;
        }
        // Both languages, as the detected problems carry them: the EN/ES switch does not detect again.
        setDefaults({
          labelColumn: label,
          sectors: [],
          candidates: [],
          extras: [],
          problem: { en: errorMessage(error, "en"), es: errorMessage(error, "es") },
        });
      },
    );
    return () => {
      current = false;
    };
  }, [table, label, compute, attempt]);
  useEffect(() => {
    setOutput(defaults?.output ?? "");
    setExtras(defaults?.extras ?? []);
  }, [defaults]);

  const candidates = defaults?.candidates ?? [];
  const satellites = candidates.filter((c) => c !== output).slice(0, 40);
  const canRun = table !== undefined && defaults !== undefined && defaults.sectors.length >= 2 && output !== "";
  // A table that is not an IO table (a trade file) would offer its country codes as satellites and every
  // column as gross output: the choices only make sense once the sectors are found.
  const recognised = defaults === undefined || (defaults.problem === undefined && defaults.sectors.length >= 2);

  const start = (): void => {
    const name = tables.selected;
    void run.run(ANALYSIS_TASKS.io, async (): Promise<IoTaskPayload> => {
      const fresh = await gateway.readTable(name);
      return {
        table: fresh,
        choices: {
          labelColumn: label,
          output,
          extras: extras.filter((x) => satellites.includes(x)),
        },
        options: {
          forwardMethod: method,
          language,
          source: describeTable(name, fresh.rows.length, fresh.headers.length),
        },
      };
    });
  };

  return (
    <div className={styles.root}>
      <Body1 as="p">{t.ioIntro}</Body1>
      <TablePicker tables={tables} language={language} disabled={run.busy} />
      {table !== undefined && (
        <>
          <ColumnSelect
            label={t.labelColumn}
            value={label}
            options={table.headers}
            onChange={setLabelColumn}
            disabled={run.busy}
          />
          {defaults === undefined ? (
            <Caption1>{t.detectingSectors}</Caption1>
          ) : defaults.problem !== undefined ? (
            <Caption1 role="note">{format(t.ioNotDetected, defaults.problem[language])}</Caption1>
          ) : (
            <Caption1>{countText(language, "sectorsFound", defaults.sectors.length)}</Caption1>
          )}
          {recognised && (
            <>
              <ColumnSelect
                label={t.grossOutput}
                value={output}
                options={candidates}
                onChange={setOutput}
                disabled={run.busy}
              />
              <div className={styles.extras} role="group" aria-labelledby={satellitesId}>
                <Label id={satellitesId}>{t.satellites}</Label>
                {satellites.length === 0 && <Caption1>{t.noSatellites}</Caption1>}
                {satellites.map((name) => (
                  <Checkbox
                    key={name}
                    label={name}
                    disabled={run.busy}
                    checked={extras.includes(name)}
                    onChange={(_, data) => {
                      setExtras((old) => (data.checked === true ? [...old, name] : old.filter((x) => x !== name)));
                    }}
                  />
                ))}
              </div>
              <Field label={t.forwardMethod}>
                <RadioGroup
                  value={method}
                  disabled={run.busy}
                  onChange={(_, data) => {
                    setMethod(data.value === "ghosh" ? "ghosh" : "leontief");
                  }}
                >
                  <Radio value="leontief" label={t.methodLeontief} />
                  <Radio value="ghosh" label={t.methodGhosh} />
                </RadioGroup>
              </Field>
            </>
          )}
        </>
      )}
      <RunPanel
        run={run}
        language={language}
        runLabel={t.runIo}
        canRun={canRun}
        onRun={start}
        renderSummary={(summary) => <IoSummary summary={summary} t={t} />}
      />
    </div>
  );
}
