/**
 * The analyses the pane, the `sela-niches report` command, the workbench and the demo run: each takes
 * parsed input, options and a language and returns `{ report, summary }`. Pure: no I/O, no Office, no DOM.
 */
import type { Report } from "./report";

export { ioInputFromTable, type IoInput, type IoExtra, type IoTableChoices } from "./ioInput";
export {
  ioLinkages,
  type IoLinkagesOptions,
  type IoLinkagesSummary,
  type IoSectorResult,
  type AnalysisResult,
} from "./ioLinkages";
export {
  tradeInputFromTable,
  detectTradeLayout,
  type TradeInput,
  type LongTradeInput,
  type WideTradeInput,
  type TradeTableChoices,
} from "./tradeInput";
export { tradePeriods, type TradePeriods, type TradePeriodOptions } from "./tradePeriods";
export { tradeNiches, type TradeNichesOptions, type TradeNichesSummary, type ProductResult } from "./tradeNiches";
export { productSpace, type ProductSpaceOptions, type ProductSpaceSummary, type Opportunity } from "./productSpace";
export { labels, LABELS, type Language, type Labels } from "./labels";
export { SELA_VERSION } from "./version";

/** Several reports as one workbook, sheets in order (the writers make names unique). */
export function combineReports(...reports: readonly Report[]): Report {
  return { sheets: reports.flatMap((r) => r.sheets) };
}
