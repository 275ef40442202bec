import { Body1 } from "@fluentui/react-components";
import type { ProductSpaceSummary } from "../../analysis/productSpace";
import { ANALYSIS_TASKS } from "../../analysis/tasks";
import type { AnalysisSectionProps } from "../analysisProps";
import { format, strings, type PaneStrings } from "../strings";
import { TradeTableAnalysis } from "./TradeTableAnalysis";

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
export function ProductSpaceAnalysis(props: AnalysisSectionProps) {
  const t = strings[props.language];
  return (
    <TradeTableAnalysis<ProductSpaceSummary>
      {...props}
      intro={t.spaceIntro}
      runLabel={t.runSpace}
      task={ANALYSIS_TASKS.space}
      periods="one"
      periodOptions={(v) => (v.t1 !== "" ? { years: v.t1 } : {})}
      renderSummary={(summary) => <SpaceSummary summary={summary} t={t} />}
    />
  );
}
