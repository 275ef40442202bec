import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { ProductSpaceSummary } from "../../analysis/productSpace";
import { ANALYSIS_TASKS, type SpaceTaskPayload } from "../../analysis/tasks";
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

function SpaceSummary({ summary, t }: { readonly summary: ProductSpaceSummary; readonly t: PaneStrings }) {
  const top = summary.opportunities
    .slice(0, 5)
    .map((o) => o.product)
    .join(", ");
  return (
    <>
      <Body1 as="p">
        {format(t.spaceFocus, summary.country, summary.focus.rank, summary.countries, summary.focus.diversity)}
      </Body1>
      <Body1 as="p">{format(t.spaceTopOpportunities, top === "" ? t.noOpportunities : top)}</Body1>
    </>
  );
}

/** Product space: the same trade table and columns, focus country, one year, run. */
export function ProductSpaceAnalysis({
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
  const run = useAnalysisRun<ProductSpaceSummary>(gateway, compute, language, onWorkbookChanged);
  const setup = useTradeSetup(tables.data);
  const canRun = setup.complete && setup.focus !== undefined;

  const start = (): void => {
    const name = tables.selected;
    const v = setup.values;
    const country = setup.focus ?? v.country;
    const hasYears = setup.years.length > 0;
    void run.run(ANALYSIS_TASKS.space, async (): Promise<SpaceTaskPayload> => {
      const fresh = await gateway.readTable(name);
      return {
        table: fresh,
        choices: tradeChoices(v),
        options: {
          country,
          language,
          source: describeTable(name, fresh.rows.length, fresh.headers.length),
          ...referenceOption(v),
          ...(hasYears && v.t1 !== "" ? { years: v.t1 } : {}),
        },
      };
    });
  };

  return (
    <div className={styles.root}>
      <Body1 as="p">{t.spaceIntro}</Body1>
      <TablePicker tables={tables} language={language} disabled={run.busy} />
      {tables.data !== undefined && (
        <TradeSetupFields setup={setup} language={language} disabled={run.busy} periods="one" />
      )}
      <RunPanel
        run={run}
        language={language}
        runLabel={t.runSpace}
        canRun={canRun}
        onRun={start}
        renderSummary={(summary) => <SpaceSummary summary={summary} t={t} />}
      />
    </div>
  );
}
