/**
 * The Office implementation of {@link WorkbookGateway}: the only code in the project that calls Excel.run.
 * Each method opens one batch (two for insertFormula, so no batch stays open while the user answers the
 * overwrite question) and turns Office errors into readable bilingual errors (officeErrors.ts).
 */
import type { WorkbookGateway } from "../analysis/gateway";
import { checkFormula, freezeSelaFormulas, repairSelaFormulas, selectionAnchor, writeFormulaAt } from "./formulas";
import { readableError } from "./officeErrors";
import { listWorkbookTables, readWorkbookSelection, readWorkbookTable } from "./readTables";
import { defaultLanguage, defaultRun, defaultSupports, type OfficeHost } from "./runtime";
import { insertSample } from "./sampleTable";
import { writeReportSheets } from "./writeReport";

/**
 * Creates the gateway. `host` replaces Excel.run, the requirement-set check (tests, the browser fake) and
 * the language (by default the shared one the pane keeps in step with its switch).
 *
 * @example
 * const gateway = createOfficeGateway();
 * const { sheets } = await gateway.writeReport(report, { onProgress: (d, t) => setProgress(d / t) });
 */
export function createOfficeGateway(host: Partial<OfficeHost> = {}): WorkbookGateway {
  const run = host.run ?? defaultRun;
  const supports = host.supports ?? defaultSupports;
  const language = host.language ?? defaultLanguage;
  const call = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await run(batch);
    } catch (e) {
      throw readableError(e);
    }
  };
  return {
    kind: "office",
    listTables: () => call(listWorkbookTables),
    readTable: (name) => call((context) => readWorkbookTable(context, name)),
    readSelection: () => call(readWorkbookSelection),
    writeReport: (report, options) =>
      call((context) => writeReportSheets(context, report, options, run, { printTitles: supports("1.9") })),
    insertSampleTable: (sheetName, tableName, data, attribution) =>
      call((context) => insertSample(context, sheetName, tableName, data, attribution, {}, run)),
    freezeFormulas: (scope) => call((context) => freezeSelaFormulas(context, scope, supports, language())),
    repairFormulas: () => call(repairSelaFormulas),
    insertFormula: async (formula, confirmOverwrite) => {
      const f = checkFormula(formula);
      const anchor = await call(selectionAnchor);
      if (!anchor.empty && !(await confirmOverwrite())) return "cancelled";
      await call((context) => writeFormulaAt(context, anchor.address, f, anchor.text));
      return "written";
    },
  };
}
