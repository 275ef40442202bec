/**
 * SELA formulas already in the workbook: freeze them to values (recording each formula in a log sheet so it
 * can be restored), re-enter the ones stuck on #NAME?, and insert a new one at the selection.
 */
import { inputError } from "../core/errors";
import type { Language } from "../functions/language";
import { MAX_CELLS_PER_SYNC, queueCells, writeGrid } from "./blocks";
import { loadWorksheets } from "./collections";
import { readFormulas } from "./reading";
import type { ApiSupport } from "./runtime";
import { errorLiteralFormula, textCell, type EncodedCell } from "./safeText";
import { a1, splitAddress } from "./sheetNames";

/**
 * The sheet where frozen formulas are recorded (created or appended to). One name in both languages, as
 * the pane's texts call it, so freezes made in either language end up in the same log.
 */
export const LOG_SHEET = "SELA formulas";
/** Its header row in the pane's language, written when the sheet is created. */
export const LOG_HEADERS: Readonly<Record<Language, readonly string[]>> = {
  en: ["Sheet", "Cell", "Spilled range", "Formula", "Frozen at (UTC)"],
  es: ["Hoja", "Celda", "Rango de desbordamiento", "Fórmula", "Fecha de congelación (UTC)"],
};
/** Cells whose spill parent and spill range are looked up per sync. */
const LOOKUPS_PER_SYNC = 2_000;

/** A formula of ours: starts with "=" and calls a SELA. function (any case). */
export function isSelaFormula(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && /SELA\./i.test(formula);
}

/** A rectangle of a sheet, 0-based. */
interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

function rectAddress(r: Rect): string {
  const start = a1(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

function inside(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

/** One formula to freeze: its anchor cell, the cells it fills (itself, or its whole spill) and their results. */
interface FreezeTarget {
  readonly formula: string;
  readonly rect: Rect;
  readonly spilled: boolean;
  readonly values: readonly (readonly unknown[])[];
  readonly types: readonly (readonly string[])[];
}

/**
 * A frozen result cell: text stays text (Text format, see safeText.ts), numbers and booleans as they are,
 * final errors as error formulas; an empty-string result clears the cell.
 *
 * @throws inputError for results that are not final (#NAME?, #BUSY!, #SPILL!, #CALC!…)
 */
export function frozenCell(value: unknown, type: string | undefined, where: string): EncodedCell {
  if (type === "Error") {
    const formula = errorLiteralFormula(String(value));
    if (formula === undefined) {
      const shown = String(value);
      throw inputError(
        `${where} shows ${shown} instead of a result: repair the formulas or wait for them, then freeze again`,
        `${where} muestra ${shown} en lugar de un resultado: repare las fórmulas o espere, y vuelva a congelar`,
      );
    }
    return { value: null, formula, format: null };
  }
  if (typeof value === "string") return value === "" ? { value: "", formula: null, format: null } : textCell(value);
  if (typeof value === "number" || typeof value === "boolean") return { value, formula: null, format: null };
  return { value: "", formula: null, format: null };
}

/** The range to scan: the selection clipped to its sheet's used range, or the active sheet's used range. */
async function scanRange(
  context: Excel.RequestContext,
  scope: "selection" | "sheet",
): Promise<{ sheet: Excel.Worksheet; name: string; range: Excel.Range; rect: Rect } | undefined> {
  const sheet =
    scope === "selection"
      ? context.workbook.getSelectedRange().worksheet
      : context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  await context.sync();
  if (used.isNullObject) return undefined;
  const range = scope === "selection" ? context.workbook.getSelectedRange().getIntersectionOrNullObject(used) : used;
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (range.isNullObject) return undefined;
  const rect = { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
  return { sheet, name: sheet.name, range, rect };
}

/** Anchors of dynamic arrays (ExcelApi 1.12): each candidate's spill parent, then each anchor's spill range. */
async function spillTargets(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  candidates: readonly { row: number; col: number }[],
): Promise<FreezeTarget[]> {
  const anchors = new Map<string, { row: number; col: number }>();
  for (let i = 0; i < candidates.length; i += LOOKUPS_PER_SYNC) {
    const batch = candidates.slice(i, i + LOOKUPS_PER_SYNC).map((c) => {
      const parent = sheet.getCell(c.row, c.col).getSpillParentOrNullObject();
      parent.load("rowIndex,columnIndex");
      return { c, parent };
    });
    // Lookups are batched (thousands per sync), not one sync per cell.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { c, parent } of batch) {
      const at = parent.isNullObject ? c : { row: parent.rowIndex, col: parent.columnIndex };
      anchors.set(`${at.row},${at.col}`, at);
    }
  }
  const list = [...anchors.values()].sort((p, q) => p.row - q.row || p.col - q.col);
  const targets: FreezeTarget[] = [];
  for (let i = 0; i < list.length; i += LOOKUPS_PER_SYNC) {
    const batch = list.slice(i, i + LOOKUPS_PER_SYNC).map((at) => {
      const cell = sheet.getCell(at.row, at.col);
      cell.load("formulas,values,valueTypes");
      const spill = cell.getSpillingToRangeOrNullObject();
      spill.load("rowIndex,columnIndex,rowCount,columnCount");
      return { at, cell, spill };
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { at, cell, spill } of batch) {
      const formula: unknown = cell.formulas[0]?.[0];
      if (!isSelaFormula(formula)) continue;
      if (spill.isNullObject) {
        targets.push({
          formula,
          rect: { ...at, rows: 1, cols: 1 },
          spilled: false,
          values: cell.values,
          types: cell.valueTypes,
        });
      } else {
        const rect = { row: spill.rowIndex, col: spill.columnIndex, rows: spill.rowCount, cols: spill.columnCount };
        const grid = await readFormulas(context, { range: spill, rows: rect.rows, cols: rect.cols });
        targets.push({ formula, rect, spilled: true, values: grid.values, types: grid.valueTypes });
      }
    }
  }
  return targets;
}

/** Appends rows to the log sheet (created with `headers` when missing); returns its name. */
async function appendLog(
  context: Excel.RequestContext,
  rows: readonly (readonly string[])[],
  headers: readonly string[],
): Promise<string> {
  let log = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
  await context.sync();
  let next = 0;
  if (log.isNullObject) {
    log = context.workbook.worksheets.add(LOG_SHEET);
  } else {
    const used = log.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount");
    await context.sync();
    if (!used.isNullObject) next = used.rowIndex + used.rowCount;
  }
  const lines = next === 0 ? [headers, ...rows] : rows;
  await writeGrid(
    context,
    log,
    next,
    0,
    lines.map((r) => r.map(textCell)),
  );
  if (next === 0) {
    log.getRangeByIndexes(0, 0, 1, headers.length).format.font.bold = true;
    log.getRangeByIndexes(0, 0, next + lines.length, headers.length).format.autofitColumns();
    await context.sync();
  }
  return LOG_SHEET;
}

/**
 * Freezes SELA formulas to their values. Dynamic arrays are frozen whole (from their anchor, even when only
 * part of the spill is selected) where ExcelApi 1.12 is available; otherwise each formula cell alone. Every
 * formula is written to the log sheet *before* any cell changes. Nothing changes if a formula has no final
 * result yet (#NAME?, #BUSY!). A new log sheet gets its headers in `language`.
 *
 * @returns the number of cells replaced (spilled cells included) and the log sheet's name
 */
export async function freezeSelaFormulas(
  context: Excel.RequestContext,
  scope: "selection" | "sheet",
  supports: ApiSupport,
  language: Language,
): Promise<{ cells: number; logSheet?: string }> {
  const scan = await scanRange(context, scope);
  if (!scan) return { cells: 0 };
  const { sheet, name, range, rect } = scan;
  const grid = await readFormulas(context, { range, rows: rect.rows, cols: rect.cols });
  const candidates: { row: number; col: number; formula: string; value: unknown; type: string | undefined }[] = [];
  grid.formulas.forEach((row, r) => {
    row.forEach((f, c) => {
      if (isSelaFormula(f)) {
        candidates.push({
          row: rect.row + r,
          col: rect.col + c,
          formula: f,
          value: grid.values[r]?.[c],
          type: grid.valueTypes[r]?.[c],
        });
      }
    });
  });
  if (candidates.length === 0) return { cells: 0 };

  let targets: FreezeTarget[];
  if (supports("1.12")) {
    targets = await spillTargets(context, sheet, candidates);
  } else {
    targets = candidates.map((c) => ({
      formula: c.formula,
      rect: { row: c.row, col: c.col, rows: 1, cols: 1 },
      spilled: false,
      values: [[c.value]],
      types: [[c.type ?? ""]],
    }));
  }
  // A cell inside another target's spill is that array's, not a formula of its own.
  const kept: FreezeTarget[] = [];
  for (const t of targets) {
    if (!kept.some((k) => k.spilled && inside(k.rect, t.rect.row, t.rect.col))) kept.push(t);
  }
  const encoded = kept.map((t) =>
    t.values.map((row, r) =>
      row.map((v, c) => frozenCell(v, t.types[r]?.[c], `${name}!${a1(t.rect.row + r, t.rect.col + c)}`)),
    ),
  );

  const stamp = new Date().toISOString().slice(0, 19).replace("T", " ");
  const logSheet = await appendLog(
    context,
    kept.map((t) => [name, a1(t.rect.row, t.rect.col), t.spilled ? rectAddress(t.rect) : "", t.formula, stamp]),
    LOG_HEADERS[language],
  );

  let cells = 0;
  let pending = 0;
  for (const [i, t] of kept.entries()) {
    const values = encoded[i] as EncodedCell[][];
    const n = t.rect.rows * t.rect.cols;
    if (n > MAX_CELLS_PER_SYNC) {
      await writeGrid(context, sheet, t.rect.row, t.rect.col, values);
    } else {
      const target = sheet.getRangeByIndexes(t.rect.row, t.rect.col, t.rect.rows, t.rect.cols);
      queueCells(target, values);
      pending += n;
      if (pending >= MAX_CELLS_PER_SYNC) {
        pending = 0;
        // Batched: one sync per ~20,000 cells written.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    }
    cells += n;
  }
  await context.sync();
  return { cells, logSheet };
}

/** Re-enters SELA formulas showing #NAME? in the used range of every sheet; returns how many. */
export async function repairSelaFormulas(context: Excel.RequestContext): Promise<{ cells: number }> {
  const sheets = await loadWorksheets(context);
  const used = sheets.map(({ sheet }) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { sheet, range };
  });
  await context.sync();
  let cells = 0;
  let pending = 0;
  for (const { sheet, range } of used) {
    if (range.isNullObject) continue;
    const grid = await readFormulas(context, { range, rows: range.rowCount, cols: range.columnCount });
    for (const [r, row] of grid.formulas.entries()) {
      for (const [c, f] of row.entries()) {
        if (!isSelaFormula(f) || grid.valueTypes[r]?.[c] !== "Error" || grid.values[r]?.[c] !== "#NAME?") continue;
        sheet.getCell(range.rowIndex + r, range.columnIndex + c).formulas = [[f]];
        cells++;
        pending++;
      }
    }
    if (pending >= MAX_CELLS_PER_SYNC / 4) {
      pending = 0;
      // Batched per sheet (thousands of cells per sync), not per cell.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  }
  await context.sync();
  return { cells };
}

/** The selection's top-left cell: its sheet-qualified address and whether it holds anything. */
export async function selectionAnchor(
  context: Excel.RequestContext,
): Promise<{ address: string; empty: boolean; text: boolean }> {
  const cell = context.workbook.getSelectedRange().getCell(0, 0);
  cell.load("address,formulas,numberFormat");
  await context.sync();
  const content: unknown = cell.formulas[0]?.[0];
  return {
    address: cell.address,
    empty: content === "" || content === null || content === undefined,
    text: cell.numberFormat[0]?.[0] === "@",
  };
}

/** Checks a formula the pane is about to insert: English syntax, starting with "=". */
export function checkFormula(formula: string): string {
  const f = formula.trim();
  if (!f.startsWith("=") || f.length < 2) {
    throw inputError(
      `not a formula: "${formula}" (it must start with =)`,
      `no es una fórmula: "${formula}" (debe empezar con =)`,
    );
  }
  return f;
}

/** Writes `formula` (English syntax) at a sheet-qualified cell address; a Text-formatted cell becomes General first. */
export async function writeFormulaAt(
  context: Excel.RequestContext,
  address: string,
  formula: string,
  wasText: boolean,
): Promise<void> {
  const { sheet, address: local } = splitAddress(address);
  const ws =
    sheet === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
  const cell = ws.getRange(local);
  if (wasText) cell.numberFormat = [["General"]];
  cell.formulas = [[formula]];
  await context.sync();
}
