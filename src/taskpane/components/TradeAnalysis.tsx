import { Body1 } from "@fluentui/react-components";
import { ANALYSIS_TASKS } from "../../analysis/tasks";
import type { TradeNichesSummary } from "../../analysis/tradeNiches";
import type { AnalysisSectionProps } from "../analysisProps";
import { format, strings, type PaneStrings } from "../strings";
import { TradeTableAnalysis } from "./TradeTableAnalysis";

function TradeSummary({ summary, t }: { readonly summary: TradeNichesSummary; readonly t: PaneStrings }) {
  const top = summary.niches
    .slice(0, 5)
    .map((n) => (n.tradeCanLabel !== undefined ? `${n.product} (${n.tradeCanLabel})` : n.product))
    .join("; "); // product labels may have commas of their own
  return (
    <>
      <Body1 as="p">{format(t.tradeTopNiches, summary.country, top === "" ? t.noNiches : top)}</Body1>
      <Body1 as="p">
        {summary.twoPeriods
          ? format(t.tradeRisingStars, summary.risingStars, summary.productsWithAdvantage)
          : // TradeCAN compares t0 with t1: with one period a count of 0 rising stars would read as "none".
            format(t.tradeOnePeriod, summary.productsWithAdvantage)}
      </Body1>
    </>
  );
}

/** Trade niches: table, layout and columns, reference, focus country, t0/t1, run. */
export function TradeAnalysis(props: AnalysisSectionProps) {
  const t = strings[props.language];
  return (
    <TradeTableAnalysis<TradeNichesSummary>
      {...props}
      intro={t.tradeIntro}
      runLabel={t.runTrade}
      task={ANALYSIS_TASKS.trade}
      periods="two"
      periodOptions={(v) => ({ ...(v.t0 !== "" ? { t0: v.t0 } : {}), ...(v.t1 !== "" ? { t1: v.t1 } : {}) })}
      renderSummary={(summary) => <TradeSummary summary={summary} t={t} />}
    />
  );
}
