/**
 * What the gateway needs from the Office host, injectable for tests: how to open a batch (`Excel.run`),
 * which ExcelApi requirement sets the host supports, and the language the user reads. ExcelApi 1.8 is the
 * floor the manifest declares; anything newer is checked with `isSetSupported` before use.
 */
import { getLanguage, type Language } from "../functions/language";

/** Runs a batch against the workbook. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Whether ExcelApi `version` (`"1.12"`) is available. */
export type ApiSupport = (version: string) => boolean;

/** The host as the gateway sees it. */
export interface OfficeHost {
  readonly run: ExcelRunner;
  readonly supports: ApiSupport;
  /** The language of what the gateway writes for people to read (the log sheet's headers), asked at each call. */
  readonly language: () => Language;
}

/**
 * Excel.run with `delayForCellEdit` (ExcelApi 1.5): the batch waits while the user is editing a cell instead
 * of failing with InvalidOperationInCellEditMode.
 */
export const defaultRun: ExcelRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);

/** Office.context.requirements.isSetSupported("ExcelApi", version); false outside Office. */
export const defaultSupports: ApiSupport = (version) =>
  typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);

/**
 * The language when the host gives none: the shared language. The pane passes its own reader instead
 * (index.tsx), in step with its EN/ES switch; either way it is read at each call, never kept.
 */
export const defaultLanguage = (): Language => getLanguage();
