/** Which table each form pre-selects when the workbook has several. */
import type { TableSummary } from "../analysis/gateway";

/** IO tables first: the sample's name, or a name that says input-output. */
export const preferIo = (t: TableSummary): boolean => /(^|[^a-z])(io|ip|mip|insumo|input)([^a-z]|$)/i.test(t.name);

/** Trade tables first: the sample's name, or a name that says trade or exports. */
export const preferTrade = (t: TableSummary): boolean => /trade|comercio|export/i.test(t.name);
