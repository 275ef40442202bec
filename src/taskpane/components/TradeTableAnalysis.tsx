import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { SpaceTaskPayload, TradeTaskPayload } from "../../analysis/tasks";
import { describeTable, type AnalysisSectionProps } from "../analysisProps";
import { preferTrade } from "../tablePreferences";
import { useAnalysisRun } from "../useAnalysisRun";
import { useTables } from "../useTables";
import { referenceOption, tradeChoices, useTradeSetup, type TradeSetupValues } from "../useTradeSetup";
import { RunPanel } from "./RunPanel";
import { TablePicker } from "./TablePicker";
import { TradeSetupFields } from "./TradeSetupFields";

/** The period options the trade analyses take: t0/t1 (trade niches) or the years (product space). */
export interface PeriodOptions {
  readonly t0?: string;
  readonly t1?: string;
  readonly years?: string;
}

/** What distinguishes one analysis of a trade table from another (trade niches, product space). */
export interface TradeTableAnalysisProps<S> extends AnalysisSectionProps {
  readonly intro: string;
  readonly runLabel: string;
  /** The worker task that runs the analysis. */
  readonly task: string;
  /** "two" periods (t0 and t1) or "one" year. */
  readonly periods: "one" | "two";
  /** The period options of the task, from the form (only called when the table has years). */
  readonly periodOptions: (values: TradeSetupValues) => PeriodOptions;
  readonly renderSummary: (summary: S) => ReactNode;
  /** Shown under the reference choice when the analysis does not use it (product space). */
  readonly referenceNote?: string;
}

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/** An analysis of a trade table: table, layout and columns, reference, focus country, periods, run. */
export function TradeTableAnalysis<S>({
  gateway,
  compute,
  language,
  workbookVersion,
  onWorkbookChanged,
  reportSheets,
  intro,
  runLabel,
  task,
  periods,
  periodOptions,
  renderSummary,
  referenceNote,
}: TradeTableAnalysisProps<S>) {
  const styles = useStyles();
  const tables = useTables(gateway, workbookVersion, preferTrade, reportSheets);
  const run = useAnalysisRun<S>(gateway, compute, language, onWorkbookChanged);
  const setup = useTradeSetup(tables.data);
  const canRun = setup.complete && setup.focus !== undefined;

  const start = (): void => {
    const name = tables.selected;
    const v = setup.values;
    const country = setup.focus ?? v.country;
    const hasYears = setup.years.length > 0;
    // The table is read again at run time: the user may have edited it since it was picked.
    void run.run(task, async (): Promise<TradeTaskPayload | SpaceTaskPayload> => {
      const fresh = await gateway.readTable(name);
      return {
        table: fresh,
        choices: tradeChoices(v),
        options: {
          country,
          language,
          source: describeTable(name, fresh.rows.length, fresh.headers.length),
          ...referenceOption(v),
          ...(hasYears ? periodOptions(v) : {}),
        },
      };
    });
  };

  return (
    <div className={styles.root}>
      <Body1 as="p">{intro}</Body1>
      <TablePicker tables={tables} language={language} disabled={run.busy} />
      {tables.data !== undefined && (
        <TradeSetupFields
          setup={setup}
          language={language}
          disabled={run.busy}
          periods={periods}
          {...(referenceNote !== undefined ? { referenceNote } : {})}
        />
      )}
      <RunPanel
        run={run}
        language={language}
        runLabel={runLabel}
        canRun={canRun}
        onRun={start}
        renderSummary={renderSummary}
      />
    </div>
  );
}
