import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { ANALYSIS_TASKS, type TradeTaskPayload } from "../../analysis/tasks";
import type { TradeNichesSummary } from "../../analysis/tradeNiches";
import { describeTable, type AnalysisSectionProps } from "../analysisProps";
import { format, strings, type PaneStrings } from "../strings";
import { preferTrade } from "../tablePreferences";
import { useAnalysisRun } from "../useAnalysisRun";
import { useTables } from "../useTables";
import { referenceOption, tradeChoices, useTradeSetup } from "../useTradeSetup";
import { RunPanel } from "./RunPanel";
import { TablePicker } from "./TablePicker";
import { TradeSetupFields } from "./TradeSetupFields";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

function TradeSummary({ summary, t }: { readonly summary: TradeNichesSummary; readonly t: PaneStrings }) {
  const top = summary.niches
    .slice(0, 5)
    .map((n) => (n.tradeCanLabel !== undefined ? `${n.product} (${n.tradeCanLabel})` : n.product))
    .join(", ");
  return (
    <>
      <Body1 as="p">{format(t.tradeTopNiches, summary.country, top === "" ? t.noNiches : top)}</Body1>
      <Body1 as="p">{format(t.tradeRisingStars, summary.risingStars, summary.productsWithAdvantage)}</Body1>
    </>
  );
}

/** Trade niches: table, layout and columns, reference, focus country, t0/t1, run. */
export function TradeAnalysis({
  gateway,
  compute,
  language,
  workbookVersion,
  onWorkbookChanged,
  reportSheets,
}: AnalysisSectionProps) {
  const styles = useStyles();
  const t = strings[language];
  const tables = useTables(gateway, workbookVersion, preferTrade, reportSheets);
  const run = useAnalysisRun<TradeNichesSummary>(gateway, compute, language, onWorkbookChanged);
  const setup = useTradeSetup(tables.data);
  const canRun = setup.complete && setup.focus !== undefined;

  const start = (): void => {
    const name = tables.selected;
    const v = setup.values;
    const country = setup.focus ?? v.country;
    const twoYears = setup.years.length > 0;
    void run.run(ANALYSIS_TASKS.trade, async (): Promise<TradeTaskPayload> => {
      const fresh = await gateway.readTable(name);
      return {
        table: fresh,
        choices: tradeChoices(v),
        options: {
          country,
          language,
          source: describeTable(name, fresh.rows.length, fresh.headers.length),
          ...referenceOption(v),
          ...(twoYears && v.t0 !== "" ? { t0: v.t0 } : {}),
          ...(twoYears && v.t1 !== "" ? { t1: v.t1 } : {}),
        },
      };
    });
  };

  return (
    <div className={styles.root}>
      <Body1 as="p">{t.tradeIntro}</Body1>
      <TablePicker tables={tables} language={language} disabled={run.busy} />
      {tables.data !== undefined && (
        <TradeSetupFields setup={setup} language={language} disabled={run.busy} periods="two" />
      )}
      <RunPanel
        run={run}
        language={language}
        runLabel={t.runTrade}
        canRun={canRun}
        onRun={start}
        renderSummary={(summary) => <TradeSummary summary={summary} t={t} />}
      />
    </div>
  );
}
