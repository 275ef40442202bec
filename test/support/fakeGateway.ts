/**
 * An in-memory {@link WorkbookGateway} for the pane's component tests: tables by name, written reports
 * and sample tables recorded, one selected cell for insertFormula, counts for freeze/repair, and
 * switches to make any method fail or block (to test error bars and cancellation).
 */
import type { TableData, TableSummary, WorkbookGateway, WriteOptions, WrittenReport } from "../../src/analysis/gateway";
import type { Report } from "../../src/analysis/report";

/** A recorded call. */
export interface GatewayCall {
  readonly method: string;
  readonly args: readonly unknown[];
}

export class FakeGateway implements WorkbookGateway {
  readonly kind = "office" as const;
  readonly tables = new Map<string, { sheet: string; data: TableData }>();
  readonly reports: { report: Report; sheets: string[] }[] = [];
  readonly samples: { sheet: string; table: string; data: TableData; attribution: string }[] = [];
  readonly formulas: { address: string; formula: string }[] = [];
  readonly calls: GatewayCall[] = [];
  /** The selected cell's content ("" = empty). */
  selection = { address: "Sheet1!A1", value: "" as string | number };
  /** Make a method fail with this error. */
  failures = new Map<keyof WorkbookGateway, Error>();
  freezeResult = { cells: 3, logSheet: "SELA formulas" };
  repairResult = { cells: 2 };
  private sheetNames: string[] = ["Sheet1"];

  addTable(name: string, data: TableData, sheet = name): void {
    this.tables.set(name, { sheet, data: { ...data, name } });
    this.sheetNames.push(sheet);
  }

  private check(method: keyof WorkbookGateway, args: readonly unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.failures.get(method);
    if (failure) throw failure;
  }

  private unique(name: string): string {
    let candidate = name;
    for (let k = 2; this.sheetNames.some((s) => s.toUpperCase() === candidate.toUpperCase()); k++) {
      candidate = `${name} (${String(k)})`;
    }
    this.sheetNames.push(candidate);
    return candidate;
  }

  listTables(): Promise<TableSummary[]> {
    return Promise.resolve().then(() => {
      this.check("listTables", []);
      const tables: TableSummary[] = [...this.tables.entries()].map(([name, t]) => ({
        name,
        sheet: t.sheet,
        rows: t.data.rows.length,
        columns: t.data.headers.length,
        headers: t.data.headers,
        kind: "table" as const,
      }));
      // Like Excel: every other sheet's used range, report sheets included.
      const ranges: TableSummary[] = this.reports.flatMap((r) =>
        r.sheets.map((sheet) => ({
          name: `'${sheet}'!A1:H40`,
          sheet,
          rows: 39,
          columns: 8,
          headers: [],
          kind: "range" as const,
        })),
      );
      return [...tables, ...ranges];
    });
  }

  readTable(name: string): Promise<TableData> {
    return Promise.resolve().then(() => {
      this.check("readTable", [name]);
      const t = this.tables.get(name);
      if (!t) throw new Error(`no table ${name}`);
      return t.data;
    });
  }

  readSelection(): Promise<undefined> {
    return Promise.resolve(undefined);
  }

  writeReport(report: Report, options: WriteOptions = {}): Promise<WrittenReport> {
    return Promise.resolve().then(() => {
      this.check("writeReport", [report]);
      if (options.signal?.aborted === true) {
        const e = new Error("aborted");
        e.name = "AbortError";
        throw e;
      }
      const sheets = report.sheets.map((s) => this.unique(s.name));
      sheets.forEach((_, i) => options.onProgress?.(i + 1, sheets.length));
      this.reports.push({ report, sheets });
      return { sheets };
    });
  }

  insertSampleTable(
    sheetName: string,
    tableName: string,
    data: TableData,
    attribution: string,
  ): Promise<WrittenReport> {
    return Promise.resolve().then(() => {
      this.check("insertSampleTable", [sheetName, tableName]);
      const sheet = this.unique(sheetName);
      this.samples.push({ sheet, table: tableName, data, attribution });
      this.tables.set(tableName, { sheet, data: { ...data, name: tableName } });
      return { sheets: [sheet] };
    });
  }

  freezeFormulas(scope: "selection" | "sheet"): Promise<{ cells: number; logSheet?: string }> {
    return Promise.resolve().then(() => {
      this.check("freezeFormulas", [scope]);
      return this.freezeResult;
    });
  }

  repairFormulas(): Promise<{ cells: number }> {
    return Promise.resolve().then(() => {
      this.check("repairFormulas", []);
      return this.repairResult;
    });
  }

  async insertFormula(formula: string, confirmOverwrite: () => Promise<boolean>): Promise<"written" | "cancelled"> {
    this.check("insertFormula", [formula]);
    if (this.selection.value !== "" && !(await confirmOverwrite())) return "cancelled";
    this.formulas.push({ address: this.selection.address, formula });
    this.selection = { ...this.selection, value: formula };
    return "written";
  }
}
