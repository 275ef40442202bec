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
  /** Tells the pane that the workbook changed (with the sheets of a report it wrote). */
  readonly onWorkbookChanged: (reportSheets?: readonly string[]) => void;
  /** Sheets the pane wrote reports to (upper case): their ranges are not offered as input tables. */
  readonly reportSheets: ReadonlySet<string>;
}

/** A short description of the source for the method block: table name and size. */
export function describeTable(name: string, rows: number, columns: number): string {
  return `${name} (${String(rows)} x ${String(columns)})`;
}
