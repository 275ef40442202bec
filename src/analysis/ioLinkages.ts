/**
 * The input-output linkages analysis: multipliers, Rasmussen linkages, key sectors, hypothetical
 * extraction and satellite effects for every sector, as a report (per-sector table, sorted views, the
 * key-sector quadrant chart, A and L) and a small summary for the pane and the demo. Pure.
 */
import { inputError, withSectorName } from "../core/errors";
import { normalizeToMean } from "../core/inputOutput/backwardLinkages";
import { FORWARD_METHODS, forwardLinkages, type ForwardMethod } from "../core/inputOutput/forwardLinkages";
import { hypotheticalExtraction } from "../core/inputOutput/hypotheticalExtraction";
import { ioTable } from "../core/inputOutput/ioTable";
import { classifySector, keySectorLabel, type KeySectorCode } from "../core/inputOutput/keySectors";
import { leontiefSystem } from "../core/inputOutput/leontiefSystem";
import { checkInputCoefficients } from "../core/inputOutput/effects";
import type { Matrix } from "../core/linalg/matrix";
import type { IoInput } from "./ioInput";
import { labels, type Language } from "./labels";
import type { Report, ReportValue } from "./report";
import {
  FORMATS,
  SheetBuilder,
  columnRange,
  fill,
  methodBlock,
  num,
  orderDescending,
  quadrantLines,
  summaryList,
  text,
} from "./sheetBuilder";

/** Options of {@link ioLinkages}. */
export interface IoLinkagesOptions {
  /** Forward linkages from the rows of L (`"leontief"`, default, as the catalogue) or of G (`"ghosh"`). */
  readonly forwardMethod?: ForwardMethod;
  /** Language of the labels (default "en"). */
  readonly language?: Language;
  /** Where the data came from (file, table, ranges), printed in the report. */
  readonly source?: string;
  /** Date printed in the method block (default: now). */
  readonly date?: Date;
  /** A and L are written up to this many sectors (default 200). */
  readonly maxMatrixSectors?: number;
  /** Length of the sorted views (default 10). */
  readonly top?: number;
}

/** One sector's results. */
export interface IoSectorResult {
  readonly sector: string;
  readonly output: number;
  readonly outputMultiplier: number;
  readonly backward: number;
  readonly forward: number;
  readonly keySector: KeySectorCode;
  /** Its label in the report language. */
  readonly keySectorLabel: string;
  readonly extractionLoss: number;
  /** Loss over total output Σx. */
  readonly extractionShare: number;
  /** Per extra (same order as the input): effect w′L and type I multiplier. */
  readonly effects: number[];
  readonly typeI: number[];
}

/** What the pane and the demo show next to the report. */
export interface IoLinkagesSummary {
  readonly sectorCount: number;
  readonly forwardMethod: ForwardMethod;
  /** Names of the key sectors (both linkages above 1), in table order. */
  readonly keySectors: string[];
  readonly topBackward: { sector: string; value: number }[];
  readonly topForward: { sector: string; value: number }[];
  readonly topMultiplier: { sector: string; value: number }[];
  readonly topExtraction: { sector: string; value: number }[];
  readonly extras: string[];
  /** Every sector's numbers, in table order. */
  readonly sectors: IoSectorResult[];
  /** Whether A and L were written. */
  readonly matricesWritten: boolean;
}

/** The result of an analysis: the report to write and the summary to show. */
export interface AnalysisResult<S> {
  readonly report: Report;
  readonly summary: S;
}

function matrixBlock(sectors: readonly string[], m: Matrix): ReportValue[][] {
  const n = m.rows;
  const rows: ReportValue[][] = [["", ...sectors.map(text)]];
  for (let i = 0; i < n; i++) {
    const row: ReportValue[] = [text(sectors[i] as string)];
    for (let j = 0; j < n; j++) row.push(num(m.data[i * n + j]));
    rows.push(row);
  }
  return rows;
}

/**
 * Runs the IO linkages analysis.
 *
 * Computed with the engine's functions (the same the custom functions call): one Leontief system for the
 * multipliers, backward linkages, Leontief forward linkages and effects; `forwardLinkages` for the Ghosh
 * method; `classifySector` as `keySectors`; `hypotheticalExtraction` (backward) for the losses.
 *
 * @throws {SelaError} for inconsistent input (lengths, negative output, a non-productive table) or a
 *   nearly singular I − A.
 */
export function ioLinkages(input: IoInput, options: IoLinkagesOptions = {}): AnalysisResult<IoLinkagesSummary> {
  const language = options.language ?? "en";
  const t = labels(language);
  const method: ForwardMethod = options.forwardMethod ?? "leontief";
  if (!(FORWARD_METHODS as readonly string[]).includes(method)) {
    throw inputError(
      `the forward-linkage method must be "leontief" or "ghosh" (got "${method}")`,
      `el método de los encadenamientos hacia adelante debe ser "leontief" o "ghosh" (se recibió "${method}")`,
    );
  }
  const maxMatrix = options.maxMatrixSectors ?? 200;
  const top = options.top ?? 10;
  const { sectors, transactions, output, extras } = input;
  const n = sectors.length;
  if (transactions.rows !== n || transactions.cols !== n || output.length !== n) {
    throw inputError(
      `the table has ${String(n)} sectors but Z is ${String(transactions.rows)} x ${String(transactions.cols)} and output has ${String(output.length)} values`,
      `la tabla tiene ${String(n)} sectores pero Z es ${String(transactions.rows)} x ${String(transactions.cols)} y la producción tiene ${String(output.length)} valores`,
    );
  }

  const table = ioTable(transactions, output);
  const a = table.coefficients;
  let system: ReturnType<typeof leontiefSystem>;
  try {
    system = leontiefSystem(a);
  } catch (error) {
    throw withSectorName(error, sectors); // the core names sectors by position
  }
  const multipliers = system.columnSums();
  const backward = normalizeToMean(multipliers);
  const forward = method === "ghosh" ? forwardLinkages(table, { method }) : normalizeToMean(system.rowSums());
  const codes = Array.from(backward, (b, j) => classifySector(b, forward[j] as number));
  const loss = hypotheticalExtraction(transactions, output);
  let totalOutput = 0;
  for (const v of output) totalOutput += v;
  const lossShare = loss.map((v) => (totalOutput === 0 ? Number.NaN : v / totalOutput));
  const extraResults = extras.map((extra) => {
    if (extra.values.length !== n) {
      throw inputError(
        `"${extra.name}" has ${String(extra.values.length)} values but the table has ${String(n)} sectors`,
        `"${extra.name}" tiene ${String(extra.values.length)} valores pero la tabla tiene ${String(n)} sectores`,
      );
    }
    const w = Float64Array.from(extra.values, (v, j) => ((output[j] as number) === 0 ? 0 : v / (output[j] as number)));
    checkInputCoefficients(n, w);
    const e = system.solveTransposed(w);
    const ratio = e.map((v, j) => ((w[j] as number) === 0 ? Number.NaN : v / (w[j] as number)));
    return { name: extra.name, effects: e, typeI: ratio };
  });

  const results: IoSectorResult[] = sectors.map((sector, j) => ({
    sector,
    output: output[j] as number,
    outputMultiplier: multipliers[j] as number,
    backward: backward[j] as number,
    forward: forward[j] as number,
    keySector: codes[j] as KeySectorCode,
    keySectorLabel: keySectorLabel(codes[j] as KeySectorCode, language),
    extractionLoss: loss[j] as number,
    extractionShare: lossShare[j] as number,
    effects: extraResults.map((x) => x.effects[j] as number),
    typeI: extraResults.map((x) => x.typeI[j] as number),
  }));

  // ---- main sheet
  const sheet = new SheetBuilder(t.sheetIo);
  const source = options.source ?? "";
  sheet.title(t.ioTitle);
  sheet.subtitle(fill(t.ioSubtitle, n, method === "ghosh" ? "Ghosh" : "Leontief"));
  sheet.note([`${t.source}: ${source === "" ? t.sourceUnknown : source}`]);
  // Which row or column gave gross output and the satellite accounts, so that the choice can be checked.
  if (input.outputLabel !== undefined) {
    const extrasRead = input.extras.length > 0 ? summaryList(input.extras.map((x) => `"${x.name}"`)) : t.none;
    sheet.note([fill(t.readFromNote, `"${input.outputLabel}"`, extrasRead)]);
  }
  const keyNames = results.filter((r) => r.keySector === "KEY").map((r) => r.sector);
  sheet.note([fill(t.keySectorsNote, keyNames.length > 0 ? summaryList(keyNames) : t.none)], 1);

  sheet.subtitle(t.perSector);
  const header: ReportValue[] = [
    t.sector,
    t.output,
    t.outputMultiplier,
    t.backward,
    t.forward,
    t.keyClass,
    t.extractionLoss,
    t.extractionShare,
  ];
  const formats: (string | undefined)[] = [
    undefined,
    FORMATS.value,
    FORMATS.multiplier,
    FORMATS.multiplier,
    FORMATS.multiplier,
    undefined,
    FORMATS.value,
    FORMATS.share,
  ];
  for (const x of extraResults) {
    header.push(fill(t.effectOf, x.name), fill(t.typeIOf, x.name));
    formats.push(FORMATS.multiplier, FORMATS.multiplier);
  }
  const body: ReportValue[][] = results.map((r) => [
    text(r.sector),
    num(r.output),
    num(r.outputMultiplier),
    num(r.backward),
    num(r.forward),
    r.keySectorLabel,
    num(r.extractionLoss),
    num(r.extractionShare),
    ...r.effects.flatMap((e, k) => [num(e), num(r.typeI[k])]),
  ]);
  const main = sheet.add("table", [header, ...body], { header: true, formats });
  sheet.width(0, Math.min(48, Math.max(14, ...sectors.map((s) => s.length))));
  for (let c = 1; c < header.length; c++) sheet.width(c, 14);

  // Quadrant lines at 1 (helper cells right of the table) and the chart beside them.
  const lo = (v: Float64Array): number => Math.min(1, ...v);
  const hi = (v: Float64Array): number => Math.max(1, ...v);
  const pad = (l: number, h: number): [number, number] => {
    const d = Math.max(0.05, (h - l) * 0.05);
    return [Math.floor((l - d) * 20) / 20, Math.ceil((h + d) * 20) / 20];
  };
  const [x0, x1] = pad(lo(backward), hi(backward));
  const [y0, y1] = pad(lo(forward), hi(forward));
  const helperCol = header.length + 1;
  const lines = quadrantLines(sheet, main.row, helperCol, {
    note: t.chartHelper,
    at: { x: 1, y: 1 },
    xSpan: [x0, x1],
    ySpan: [y0, y1],
    names: [t.lineBackward, t.lineForward],
    format: FORMATS.index,
  });
  sheet.chart({
    kind: "scatter",
    title: t.ioChartTitle,
    xTitle: t.backward,
    yTitle: t.forward,
    anchor: { row: main.row, col: helperCol + 3, rows: 22, cols: 9 },
    series: [
      {
        name: t.sectorsSeries,
        kind: "markers",
        x: columnRange(main, 3),
        y: columnRange(main, 4),
        labels: columnRange(main, 0),
      },
      ...lines,
    ],
  });
  // Keep the sorted views below the chart when the table is short.
  sheet.row = Math.max(sheet.row, main.row + 24);

  // Sorted views, side by side: rank, sector, value.
  const views: { title: string; values: Float64Array; format: string }[] = [
    { title: t.backward, values: backward, format: FORMATS.multiplier },
    { title: t.forward, values: forward, format: FORMATS.multiplier },
    { title: t.outputMultiplier, values: multipliers, format: FORMATS.multiplier },
    { title: t.extractionLoss, values: loss, format: FORMATS.value },
  ];
  const k = Math.min(top, n);
  // The lists one under the other in columns A and B: column A is as wide as the sector names (side by side,
  // the names would sit in the narrow number columns and be cut).
  const topLists = views.map((view) => {
    const order = orderDescending(n, (i) => view.values[i] as number).slice(0, k);
    sheet.subtitle(fill(t.topBy, k, view.title));
    sheet.add(
      "table",
      [[t.sector, view.title], ...order.map((i) => [text(sectors[i] as string), num(view.values[i])])],
      { header: true, formats: [undefined, view.format] },
    );
    return order.map((i) => ({ sector: sectors[i] as string, value: view.values[i] as number }));
  });

  const context = { language, source, date: options.date ?? new Date() };
  const methodEntries: [string, string][] = [
    [t.methodCoefficients, t.methodCoefficientsText],
    [t.outputMultiplier, t.methodMultiplierText],
    [t.backward, t.methodBackwardText],
    [t.forward, method === "ghosh" ? t.methodForwardGhosh : t.methodForwardLeontief],
    [t.methodForwardOption, method],
    [t.keyClass, t.methodKeyText],
    [t.extractionLoss, t.methodExtractionText],
  ];
  if (extraResults.length > 0) methodEntries.push([extraResults.map((x) => x.name).join(", "), t.methodExtrasText]);
  methodEntries.push([t.methodReference, t.methodReferenceIo]);
  methodBlock(sheet, context, methodEntries);

  // ---- matrices sheet
  const matrices = new SheetBuilder(t.sheetIoMatrices);
  matrices.title(t.ioTitle);
  matrices.note([`${t.source}: ${source === "" ? t.sourceUnknown : source}`]);
  const matricesWritten = n <= maxMatrix;
  if (matricesWritten) {
    matrices.subtitle(t.matrixA);
    matrices.add("table", matrixBlock(sectors, a), {
      header: true,
      formats: [undefined, ...sectors.map(() => FORMATS.multiplier)],
    });
    matrices.subtitle(t.matrixL);
    matrices.add("table", matrixBlock(sectors, system.inverse()), {
      header: true,
      formats: [undefined, ...sectors.map(() => FORMATS.multiplier)],
    });
    matrices.width(0, Math.min(48, Math.max(14, ...sectors.map((s) => s.length))));
  } else {
    matrices.note([fill(t.matricesSkipped, maxMatrix, n)]);
  }
  methodBlock(matrices, context, [
    [t.methodCoefficients, t.methodCoefficientsText],
    [t.methodReference, t.methodReferenceIo],
  ]);

  return {
    report: { sheets: [sheet.build(), matrices.build()] },
    summary: {
      sectorCount: n,
      forwardMethod: method,
      keySectors: keyNames,
      topBackward: topLists[0] ?? [],
      topForward: topLists[1] ?? [],
      topMultiplier: topLists[2] ?? [],
      topExtraction: topLists[3] ?? [],
      extras: extraResults.map((x) => x.name),
      sectors: results,
      matricesWritten,
    },
  };
}
