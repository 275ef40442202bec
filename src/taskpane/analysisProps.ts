/** What every analysis section receives from the pane. */
import type { WorkbookGateway } from "../analysis/gateway";
import type { Language } from "../functions/language";
import type { TaskRunner } from "./compute";

/** Props shared by the analysis sections. */
export interface AnalysisSectionProps {
  readonly gateway: WorkbookGateway;
  readonly compute: TaskRunner;
  readonly language: Language;
  /** Changes whenever the pane changed the workbook (tables added, reports written): lists reload. */
  readonly workbookVersion: number;
  /** Tells the pane that the workbook changed. */
  readonly onWorkbookChanged: () => void;
}

/** A short description of the source for the method block: table name and size. */
export function describeTable(name: string, rows: number, columns: number): string {
  return `${name} (${String(rows)} x ${String(columns)})`;
}
