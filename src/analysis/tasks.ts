/**
 * Registers the analyses as worker tasks (name → function on plain data), so the pane can run them
 * off the UI thread. Each task takes a table as read from the workbook, the user's column choices and
 * the analysis options, parses the table and runs the analysis in the worker, and returns
 * `{ report, summary }` (plain, structured-clonable data).
 *
 * - `"io"`: {@link IoTaskPayload} → ioLinkages
 * - `"trade"`: {@link TradeTaskPayload} → tradeNiches
 * - `"space"`: {@link SpaceTaskPayload} → productSpace
 * - `"ioDefaults"`: {@link IoDefaultsPayload} → the IO form's defaults (they parse the whole table)
 */
import { registerTask } from "../worker/taskRegistry";
import { ioDefaults, type IoDefaults } from "./formDefaults";
import type { TableData } from "./gateway";
import { ioInputFromTable, type IoTableChoices } from "./ioInput";
import { ioLinkages, type IoLinkagesOptions } from "./ioLinkages";
import { productSpace, type ProductSpaceOptions } from "./productSpace";
import { tradeInputFromTable, type TradeTableChoices } from "./tradeInput";
import { tradeNiches, type TradeNichesOptions } from "./tradeNiches";

/** Payload of the "io" task. */
export interface IoTaskPayload {
  readonly table: TableData;
  readonly choices?: IoTableChoices;
  readonly options?: IoLinkagesOptions;
}

/** Payload of the "trade" task. */
export interface TradeTaskPayload {
  readonly table: TableData;
  readonly choices?: TradeTableChoices;
  readonly options: TradeNichesOptions;
}

/** Payload of the "space" task. */
export interface SpaceTaskPayload {
  readonly table: TableData;
  readonly choices?: TradeTableChoices;
  readonly options: ProductSpaceOptions;
}

/** Payload of the "ioDefaults" task. */
export interface IoDefaultsPayload {
  readonly table: TableData;
  readonly labelColumn?: string;
}

/** The task names, for the callers. */
export const ANALYSIS_TASKS = { io: "io", trade: "trade", space: "space", ioDefaults: "ioDefaults" } as const;

/** Detects the IO form's defaults (exported for tests). */
export function ioDefaultsTask(payload: IoDefaultsPayload): IoDefaults {
  return ioDefaults(payload.table, payload.labelColumn);
}

/** Runs the IO linkages analysis on a table (exported for the in-page fallback and tests). */
export function ioTask(payload: IoTaskPayload): ReturnType<typeof ioLinkages> {
  return ioLinkages(ioInputFromTable(payload.table, payload.choices ?? {}), payload.options ?? {});
}

/** Runs the trade-niches analysis on a table. */
export function tradeTask(payload: TradeTaskPayload): ReturnType<typeof tradeNiches> {
  return tradeNiches(tradeInputFromTable(payload.table, payload.choices ?? {}), payload.options);
}

/** Runs the product-space analysis on a table. */
export function spaceTask(payload: SpaceTaskPayload): ReturnType<typeof productSpace> {
  return productSpace(tradeInputFromTable(payload.table, payload.choices ?? {}), payload.options);
}

registerTask(ANALYSIS_TASKS.io, (payload) => ioTask(payload as IoTaskPayload));
registerTask(ANALYSIS_TASKS.trade, (payload) => tradeTask(payload as TradeTaskPayload));
registerTask(ANALYSIS_TASKS.space, (payload) => spaceTask(payload as SpaceTaskPayload));
registerTask(ANALYSIS_TASKS.ioDefaults, (payload) => ioDefaultsTask(payload as IoDefaultsPayload));
