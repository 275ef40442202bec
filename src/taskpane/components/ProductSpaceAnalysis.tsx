import { Body1 } from "@fluentui/react-components";
import type { ProductSpaceSummary } from "../../analysis/productSpace";
import { ANALYSIS_TASKS } from "../../analysis/tasks";
import type { Language } from "../../functions/language";
import type { AnalysisSectionProps } from "../analysisProps";
import { countText, format, formatCount, strings } from "../strings";
import { TradeTableAnalysis } from "./TradeTableAnalysis";

/**
 * Below this many reporters the pane warns that the ECI rank is among the table's countries only (a regional
 * table ranks a country against its neighbours, not the world; a world table has about 200 reporters).
 */
export const FEW_REPORTERS = 100;

function SpaceSummary({ summary, language }: { readonly summary: ProductSpaceSummary; readonly language: Language }) {
  const t = strings[language];
  const top = summary.opportunities
    .slice(0, 5)
    .map((o) => o.product)
    .join("; "); // product labels may have commas of their own
  // The table's reporters: those ranked and those left out as small exporters.
  const reporters = summary.countries + summary.leftOut.length;
  return (
    <>
      <Body1 as="p">
        {format(
          t.spaceFocus,
          summary.country,
          formatCount(summary.focus.rank, language),
          formatCount(summary.countries, language),
          formatCount(summary.focus.diversity, language),
        )}
      </Body1>
      {summary.leftOut.length > 0 && (
        <Body1 as="p">{countText(language, "spaceLeftOut", summary.leftOut.length)}</Body1>
      )}
      {reporters < FEW_REPORTERS && (
        <Body1 as="p">{format(t.spaceFewReporters, formatCount(reporters, language))}</Body1>
      )}
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
      referenceNote={t.spaceReferenceHint}
      renderSummary={(summary) => <SpaceSummary summary={summary} language={props.language} />}
    />
  );
}
