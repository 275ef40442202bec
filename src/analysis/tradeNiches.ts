/**
 * The trade-niches analysis of one focus country: per product exports, RCA and symmetric RCA, market
 * share at both ends, the ECLAC TradeCAN class and the competitiveness-matrix chart (two periods), a
 * niche list, export concentration and, with imports, the trade balance and Grubel–Lloyd indices. Pure.
 */
import { inputError } from "../core/errors";
import type { Matrix } from "../core/linalg/matrix";
import { concentrationIndex } from "../core/trade/concentrationIndex";
import { grubelLloyd } from "../core/trade/grubelLloyd";
import { herfindahlHirschman } from "../core/trade/herfindahlHirschman";
import { marketShare, marketShareChange } from "../core/trade/marketShare";
import { productWeightChange } from "../core/trade/productWeights";
import { revealedComparativeAdvantage } from "../core/trade/revealedComparativeAdvantage";
import { tradeCan, tradeCanLabel, type TradeCanCode } from "../core/trade/tradeCan";
import type { AnalysisResult } from "./ioLinkages";
import { labels, type Labels, type Language } from "./labels";
import type { ReportValue, ScatterSeries } from "./report";
import { FORMATS, SheetBuilder, columnRange, fill, methodBlock, num, quadrantLines, text } from "./sheetBuilder";
import type { TradeInput } from "./tradeInput";
import { findLabel, tradePeriods, type TradePeriodOptions, type TradePeriods } from "./tradePeriods";

/** Column widths of the report sheet, in characters: column A holds ranks, the others codes and numbers. */
const RANK_WIDTH = 8;
const COLUMN_WIDTH = 14;

/** Options of {@link tradeNiches}. */
export interface TradeNichesOptions extends TradePeriodOptions {
  /** The focus country (a reporter label, case-insensitive). */
  readonly country: string;
  readonly language?: Language;
  readonly source?: string;
  readonly date?: Date;
  /** Length of the niche list (default 25). */
  readonly top?: number;
}

/** One product of the focus country. */
export interface ProductResult {
  readonly product: string;
  /** Exports at t1 (the only period when there is one). */
  readonly exports: number;
  readonly exportsT0?: number;
  readonly rca: number;
  readonly rcaT0?: number;
  readonly symmetricRca: number;
  readonly marketShare: number;
  readonly marketShareT0?: number;
  readonly weightChange?: number;
  readonly shareChange?: number;
  readonly tradeCan?: TradeCanCode;
  readonly tradeCanLabel?: string;
}

/** What the pane and the demo show. */
export interface TradeNichesSummary {
  readonly country: string;
  /** "all", the world row / column name, or the source of a reference table. */
  readonly reference: string;
  readonly referenceKind: TradePeriods["referenceKind"];
  readonly twoPeriods: boolean;
  /** Period labels: [t1] or [t0, t1] ("" for all records). */
  readonly periods: string[];
  readonly niches: ProductResult[];
  readonly risingStars: number;
  readonly productsWithAdvantage: number;
  readonly concentration: { hhi: number; hhiNormalized: number; unctad: number };
  readonly balance?: { exports: number; imports: number; balance: number; glAggregate: number; glAdjusted: number };
  /** Every product, in the table's order. */
  readonly products: ProductResult[];
}

function rowOf(m: Matrix, i: number): Float64Array {
  return m.data.slice(i * m.cols, (i + 1) * m.cols);
}

function oneRow(v: Float64Array): Matrix {
  return { rows: 1, cols: v.length, data: v };
}

/** The reference as the report names it: all reporters, a world row or column, or the table it came from. */
function referenceText(data: TradePeriods, t: Labels): string {
  switch (data.referenceKind) {
    case "all":
      return t.referenceAll;
    case "row":
      return fill(t.referenceReporter, data.referenceName);
    case "column":
      return fill(t.referenceColumn, data.referenceName);
    case "table":
      return fill(t.referenceTable, data.referenceName);
  }
}

/** The focus country's row, or an error listing some reporters. */
export function focusIndex(countries: readonly string[], country: string): number {
  const i = findLabel(countries, country);
  if (i < 0) {
    const shown = countries.slice(0, 20).join(", ") + (countries.length > 20 ? ", …" : "");
    throw inputError(
      `the country "${country}" is not a reporter of the table (reporters: ${shown})`,
      `el país "${country}" no es un declarante de la tabla (declarantes: ${shown})`,
    );
  }
  return i;
}

/**
 * Runs the trade-niches analysis.
 *
 * RCA uses the core's `revealedComparativeAdvantage` on all reporters (with the reference vector when a
 * world row or column is the reference, so it equals SELA.RCA with the same arguments); market shares
 * `marketShare` against the reference; TradeCAN `tradeCan` with the reference's exports as the market.
 *
 * @throws {SelaError} for a focus country or reference that is not a reporter, unknown years, or bad values.
 */
export function tradeNiches(input: TradeInput, options: TradeNichesOptions): AnalysisResult<TradeNichesSummary> {
  const language = options.language ?? "en";
  const t = labels(language);
  const top = options.top ?? 25;
  // One country is enough against an explicit world reference: the ministry's own exports plus world totals.
  const data = tradePeriods(input, { ...options, singleReporter: true });
  const c = focusIndex(data.countries, options.country);
  const country = data.countries[c] as string;
  const { products } = data;
  const two = data.periods.length === 2;
  const last = data.periods[data.periods.length - 1] as TradePeriods["periods"][number];
  const first = data.periods[0] as TradePeriods["periods"][number];
  const refArg = (period: typeof last): Float64Array | undefined =>
    data.referenceKind === "all" ? undefined : period.reference;

  const rca1 = rowOf(revealedComparativeAdvantage(last.exports, refArg(last)), c);
  const srca1 = rowOf(revealedComparativeAdvantage(last.exports, refArg(last), { variant: "symmetric" }), c);
  const x1 = rowOf(last.exports, c);
  const ms1 = marketShare(oneRow(x1), last.reference).data;
  let x0: Float64Array | undefined;
  let rca0: Float64Array | undefined;
  let ms0: Float64Array | undefined;
  let dW: Float64Array | undefined;
  let dMS: Float64Array | undefined;
  let classes: TradeCanCode[] | undefined;
  if (two) {
    x0 = rowOf(first.exports, c);
    rca0 = rowOf(revealedComparativeAdvantage(first.exports, refArg(first)), c);
    ms0 = marketShare(oneRow(x0), first.reference).data;
    dW = productWeightChange(first.reference, last.reference);
    dMS = marketShareChange(oneRow(x0), oneRow(x1), first.reference, last.reference).data;
    classes = tradeCan(oneRow(x0), oneRow(x1), first.reference, last.reference)[0];
  }
  const results: ProductResult[] = products.map((product, j) => ({
    product,
    exports: x1[j] as number,
    rca: rca1[j] as number,
    symmetricRca: srca1[j] as number,
    marketShare: ms1[j] as number,
    ...(two
      ? {
          exportsT0: x0?.[j],
          rcaT0: rca0?.[j],
          marketShareT0: ms0?.[j],
          weightChange: dW?.[j],
          shareChange: dMS?.[j],
          tradeCan: classes?.[j],
          tradeCanLabel: tradeCanLabel(classes?.[j] as TradeCanCode, language),
        }
      : {}),
  }));

  // Niche list: RCA ≥ 1; rising stars first (two periods), each group by RCA descending.
  const withAdvantage = results.map((_, j) => j).filter((j) => (rca1[j] as number) >= 1);
  const group = (j: number): number => (two && classes?.[j] === "RISING_STAR" ? 0 : 1);
  const nicheOrder = [...withAdvantage].sort(
    (a, b) => group(a) - group(b) || (rca1[b] as number) - (rca1[a] as number) || a - b,
  );
  const niches = nicheOrder.slice(0, top);
  const risingStars = two ? results.filter((r) => r.tradeCan === "RISING_STAR").length : 0;

  const focusRow = oneRow(x1);
  const concentration = {
    hhi: herfindahlHirschman(focusRow)[0] as number,
    hhiNormalized: herfindahlHirschman(focusRow, { normalized: true })[0] as number,
    unctad: concentrationIndex(focusRow)[0] as number,
  };
  let balance: TradeNichesSummary["balance"];
  if (last.imports !== undefined) {
    const m1 = oneRow(rowOf(last.imports, c));
    const totalX = x1.reduce((s, v) => s + v, 0);
    const totalM = m1.data.reduce((s, v) => s + v, 0);
    balance = {
      exports: totalX,
      imports: totalM,
      balance: totalX - totalM,
      glAggregate: grubelLloyd(focusRow, m1, { level: "aggregate" }).data[0] as number,
      glAdjusted: grubelLloyd(focusRow, m1, { level: "adjusted" }).data[0] as number,
    };
  }

  // ---- sheet
  const source = options.source ?? "";
  const refText = referenceText(data, t);
  const periodText = two
    ? fill(t.periodsTwo, first.label, last.label)
    : fill(t.periodsOne, last.label === "" ? t.periodAll : last.label);
  const at = (label: string): string => (label === "" ? "" : ` ${label}`);
  const sheet = new SheetBuilder(t.sheetTrade);
  sheet.title(fill(t.tradeTitle, country));
  sheet.subtitle(fill(t.tradeSubtitle, refText, periodText));
  // A world column is summed over the products the table lists: if it lists only some (one country's
  // exports), the world total is too small and every RCA too large by the same factor.
  const notes = [`${t.source}: ${source === "" ? t.sourceUnknown : source}`];
  if (data.referenceKind === "column") notes.push(t.referenceColumnCaveat);
  sheet.note(notes, two ? 1 : 0);
  if (!two) sheet.note([t.needsTwoPeriods]);

  // Niche list: a heading that says when it shows only the first `top` of the products with RCA ≥ 1.
  const cut = niches.length < withAdvantage.length;
  sheet.subtitle(
    cut
      ? fill(two ? t.nicheListTwoTop : t.nicheListOneTop, niches.length, withAdvantage.length)
      : two
        ? t.nicheListTwo
        : t.nicheListOne,
  );
  const nicheHeader: ReportValue[] = [
    t.rank,
    t.product,
    (t.exports + at(last.label)).trim(),
    t.rca,
    t.symmetricRca,
    t.marketShare,
  ];
  const nicheFormats: (string | undefined)[] = [
    FORMATS.rank,
    undefined,
    FORMATS.value,
    FORMATS.multiplier,
    FORMATS.multiplier,
    FORMATS.shareFine,
  ];
  if (two) {
    nicheHeader.push(t.tradeCanClass, t.weightChange, t.shareChange);
    nicheFormats.push(undefined, FORMATS.weightChange, FORMATS.shareChange);
  }
  const nicheRows: ReportValue[][] = niches.map((j, r) => {
    const x = results[j] as ProductResult;
    const row: ReportValue[] = [
      r + 1,
      text(x.product),
      num(x.exports),
      num(x.rca),
      num(x.symmetricRca),
      num(x.marketShare),
    ];
    if (two) row.push(x.tradeCanLabel ?? "", num(x.weightChange), num(x.shareChange));
    return row;
  });
  const nicheTable = sheet.add("table", [nicheHeader, ...nicheRows], { header: true, formats: nicheFormats });
  sheet.width(0, RANK_WIDTH);
  for (let k = 1; k < 10; k++) sheet.width(k, COLUMN_WIDTH);

  // Concentration, balance and GL.
  sheet.subtitle(balance ? t.balanceTitle : t.concentrationTitle);
  const summaryRows: ReportValue[][] = [];
  const summaryFormats: string[] = [];
  if (balance) {
    summaryRows.push([t.totalExports, num(balance.exports)], [t.totalImports, num(balance.imports)]);
    summaryRows.push([t.balance, num(balance.balance)]);
    summaryRows.push([t.glAggregate, num(balance.glAggregate)], [t.glAdjusted, num(balance.glAdjusted)]);
    summaryFormats.push(FORMATS.value, FORMATS.value, FORMATS.value, FORMATS.multiplier, FORMATS.multiplier);
  }
  summaryRows.push([t.productsExported, x1.filter((v) => v > 0).length]);
  summaryRows.push([t.hhi, num(concentration.hhi)], [t.hhiNormalized, num(concentration.hhiNormalized)]);
  summaryRows.push([t.unctad, num(concentration.unctad)]);
  summaryFormats.push(FORMATS.integer, FORMATS.multiplier, FORMATS.multiplier, FORMATS.multiplier);
  // Per-row formats: one block per row so each value keeps its own format. The value goes in the first column
  // the longest label can overflow to (the cells between stay empty): column A is only as wide as a rank.
  const longest = Math.max(...summaryRows.map(([label]) => (typeof label === "string" ? label.length : 0)));
  let valueCol = 1;
  for (let room = RANK_WIDTH; room < 0.9 * longest + 1 && valueCol < 9; valueCol++) room += COLUMN_WIDTH;
  summaryRows.forEach(([label, value], k) => {
    const row: ReportValue[] = [label ?? null, ...Array<null>(valueCol - 1).fill(null), value ?? null];
    const formats: (string | undefined)[] = [];
    formats[valueCol] = summaryFormats[k];
    sheet.add("table", [row], { formats, gap: 0 });
  });
  sheet.row += 1;

  // Per-product table.
  sheet.subtitle(t.perProduct);
  const header: ReportValue[] = [t.product];
  const formats: (string | undefined)[] = [undefined];
  if (two) {
    header.push(fill(t.exportsAt, first.label), fill(t.exportsAt, last.label), fill(t.rcaAt, first.label));
    header.push(fill(t.rcaAt, last.label), fill(t.symmetricRcaAt, last.label), fill(t.marketShareAt, first.label));
    header.push(fill(t.marketShareAt, last.label), t.weightChange, t.shareChange, t.tradeCanClass);
    formats.push(FORMATS.value, FORMATS.value, FORMATS.multiplier, FORMATS.multiplier, FORMATS.multiplier);
    formats.push(FORMATS.shareFine, FORMATS.shareFine, FORMATS.weightChange, FORMATS.shareChange, undefined);
  } else {
    header.push((t.exports + at(last.label)).trim(), t.rca, t.symmetricRca, t.marketShare);
    formats.push(FORMATS.value, FORMATS.multiplier, FORMATS.multiplier, FORMATS.shareFine);
  }
  const body: ReportValue[][] = results.map((x) =>
    two
      ? [
          text(x.product),
          num(x.exportsT0),
          num(x.exports),
          num(x.rcaT0),
          num(x.rca),
          num(x.symmetricRca),
          num(x.marketShareT0),
          num(x.marketShare),
          num(x.weightChange),
          num(x.shareChange),
          x.tradeCanLabel ?? "",
        ]
      : [text(x.product), num(x.exports), num(x.rca), num(x.symmetricRca), num(x.marketShare)],
  );
  const perProduct = sheet.add("table", [header, ...body], { header: true, formats });

  // Competitiveness matrix: helper cells and chart to the right of the niche list.
  if (two && dW && dMS) {
    const finite = (v: Float64Array): number[] => Array.from(v).filter((e) => Number.isFinite(e));
    const range = (v: number[]): [number, number] => {
      const lo = Math.min(0, ...v);
      const hi = Math.max(0, ...v);
      const d = Math.max((hi - lo) * 0.05, 1e-6);
      return [lo - d, hi + d];
    };
    const [xa, xb] = range(finite(dW));
    const [ya, yb] = range(finite(dMS));
    const helperCol = nicheHeader.length + 1;
    const lines = quadrantLines(sheet, nicheTable.row, helperCol, {
      note: t.chartHelper,
      at: { x: 0, y: 0 },
      xSpan: [xa, xb],
      ySpan: [ya, yb],
      names: [t.lineWeight, t.lineShare],
      format: FORMATS.shareFine,
    });
    const series: ScatterSeries[] = [
      { name: t.productsSeries, kind: "markers", x: columnRange(perProduct, 8), y: columnRange(perProduct, 9) },
    ];
    if (niches.length > 0) {
      series.push({
        name: t.nichesSeries,
        kind: "markers",
        x: columnRange(nicheTable, 7),
        y: columnRange(nicheTable, 8),
        labels: columnRange(nicheTable, 1),
      });
    }
    series.push(...lines);
    sheet.chart({
      kind: "scatter",
      title: t.tradeChartTitle,
      xTitle: t.tradeChartX,
      yTitle: t.tradeChartY,
      anchor: { row: nicheTable.row, col: helperCol + 3, rows: 22, cols: 9 },
      series,
      xFormat: FORMATS.weightChange,
      yFormat: FORMATS.shareChange,
    });
  }

  const entries: [string, string][] = [
    [t.focusCountry, country],
    [t.rca, t.methodRcaText],
    [t.marketShare, t.methodShareText],
    [t.periods, `${periodText}. ${t.methodPeriodsText}`],
  ];
  entries.push([t.referenceWorld, refText]);
  if (two) entries.push([t.tradeCanClass, t.methodTradeCanText]);
  if (balance) entries.push(["Grubel–Lloyd", t.methodGlText]);
  entries.push([t.concentrationTitle, t.methodConcentrationText]);
  entries.push([t.methodReference, t.methodReferenceTrade]);
  methodBlock(sheet, { language, source, date: options.date ?? new Date() }, entries);

  return {
    report: { sheets: [sheet.build()] },
    summary: {
      country,
      reference: data.referenceKind === "all" ? "all" : data.referenceName,
      referenceKind: data.referenceKind,
      twoPeriods: two,
      periods: data.periods.map((q) => q.label),
      niches: niches.map((j) => results[j] as ProductResult),
      risingStars,
      productsWithAdvantage: withAdvantage.length,
      concentration,
      ...(balance ? { balance } : {}),
      products: results,
    },
  };
}
