/**
 * Native scatter charts (ExcelApi 1.7–1.8 only). Each series is built explicitly: the chart is created from
 * the first series' Y range (one column or one row gives exactly one series), whose X and Y are then set
 * with setXAxisValues/setValues, and the other series are added with series.add. "markers" series are
 * markers only; "line" series (quadrant reference lines) are lines without markers. Point labels come from
 * the report's label cells as data-label text (ExcelApi 1.8), one per point, only up to
 * {@link MAX_LABELLED_POINTS} points so the request stays small and the chart readable.
 */
import type { CellRange, ReportSheet, ReportValue, ScatterChart, ScatterSeries } from "../analysis/report";
import { a1 } from "./sheetNames";

/** Series with more points than this get no per-point labels. */
export const MAX_LABELLED_POINTS = 200;

/** The report's value at (row, col) of a sheet, null where no block writes. */
export function cellLookup(sheet: ReportSheet): (row: number, col: number) => ReportValue {
  const cells = new Map<number, ReportValue>();
  const key = (r: number, c: number): number => r * 16384 + c;
  for (const block of sheet.blocks) {
    block.values.forEach((row, r) => {
      row.forEach((v, c) => cells.set(key(block.row + r, block.col + c), v));
    });
  }
  return (row, col) => cells.get(key(row, col)) ?? null;
}

/** Label text of a cell value: text as is, numbers as written, formulas by their cached value. */
export function labelText(v: ReportValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if ("formula" in v) return v.value === undefined ? "" : String(v.value);
  return v.error;
}

/** The labels of a range, row by row. */
export function rangeLabels(range: CellRange, at: (row: number, col: number) => ReportValue): string[] {
  const out: string[] = [];
  for (let r = 0; r < range.rows; r++) {
    for (let c = 0; c < range.cols; c++) out.push(labelText(at(range.row + r, range.col + c)));
  }
  return out;
}

function rangeOf(sheet: Excel.Worksheet, r: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

function styleSeries(
  series: Excel.ChartSeries,
  spec: ScatterSeries,
  sheet: Excel.Worksheet,
  at: (row: number, col: number) => ReportValue,
): void {
  series.name = spec.name;
  series.setXAxisValues(rangeOf(sheet, spec.x));
  series.setValues(rangeOf(sheet, spec.y));
  if (spec.kind === "line") {
    series.chartType = "XYScatterLinesNoMarkers";
    series.markerStyle = "None";
  } else {
    series.chartType = "XYScatter";
    series.markerStyle = "Circle";
    series.markerSize = 6;
  }
  const points = spec.x.rows * spec.x.cols;
  if (spec.labels && spec.kind === "markers" && points <= MAX_LABELLED_POINTS) {
    const labels = rangeLabels(spec.labels, at);
    series.hasDataLabels = true;
    series.dataLabels.position = "Right";
    for (let i = 0; i < Math.min(points, labels.length); i++) {
      series.points.getItemAt(i).dataLabel.text = labels[i] ?? "";
    }
  }
}

/** Queues one scatter chart on `sheet` (the caller syncs). Charts without series are skipped. */
export function queueScatterChart(sheet: Excel.Worksheet, chart: ScatterChart, report: ReportSheet): void {
  const [first, ...rest] = chart.series;
  if (!first) return;
  const at = cellLookup(report);
  const seriesBy = first.y.cols === 1 ? "Columns" : "Rows";
  const c = sheet.charts.add("XYScatter", rangeOf(sheet, first.y), seriesBy);
  c.title.text = chart.title;
  c.axes.categoryAxis.title.text = chart.xTitle;
  c.axes.valueAxis.title.text = chart.yTitle;
  // The axes label their ticks as the tables show the values (e.g. percentages), not as raw fractions.
  if (chart.xFormat !== undefined) c.axes.categoryAxis.numberFormat = chart.xFormat;
  if (chart.yFormat !== undefined) c.axes.valueAxis.numberFormat = chart.yFormat;
  c.legend.position = "Bottom";
  styleSeries(c.series.getItemAt(0), first, sheet, at);
  for (const spec of rest) styleSeries(c.series.add(spec.name), spec, sheet, at);
  const { row, col, rows, cols } = chart.anchor;
  c.setPosition(a1(row, col), a1(row + Math.max(1, rows) - 1, col + Math.max(1, cols) - 1));
}
