/**
 * The choices shared by the trade-niches and product-space forms: layout, columns, reference, focus
 * country and years, reset to the detected defaults whenever another table is chosen, and turned into
 * the `choices`/`options` of the analyses.
 */
import { useEffect, useMemo, useState } from "react";
import type { TableData } from "../analysis/gateway";
import { findLabel } from "../analysis/tradePeriods";
import type { TradeTableChoices } from "../analysis/tradeInput";
import { distinctValues, firstColumnLabels, tradeDefaults } from "../analysis/formDefaults";

/** Where the reference (world) exports come from. */
export type ReferenceMode = "all" | "column" | "row";

/** The form's values. */
export interface TradeSetupValues {
  readonly layout: "long" | "wide";
  readonly reporter: string;
  readonly product: string;
  readonly value: string;
  readonly year: string;
  readonly partner: string;
  readonly imports: string;
  readonly referenceMode: ReferenceMode;
  /** World-total column (long) or row label (wide). */
  readonly world: string;
  readonly country: string;
  readonly t0: string;
  readonly t1: string;
}

/** The hook's result. */
export interface TradeSetup {
  readonly values: TradeSetupValues;
  readonly set: (change: Partial<TradeSetupValues>) => void;
  readonly headers: readonly string[];
  /** Reporters the focus country can be chosen from (the world row left out). */
  readonly reporters: readonly string[];
  /** Years of the year column (empty without one). */
  readonly years: readonly string[];
  /** The reporter matching the typed country (case-insensitive), if any. */
  readonly focus?: string;
  /** True when the required columns are chosen. */
  readonly complete: boolean;
}

const EMPTY: TradeSetupValues = {
  layout: "long",
  reporter: "",
  product: "",
  value: "",
  year: "",
  partner: "",
  imports: "",
  referenceMode: "all",
  world: "",
  country: "",
  t0: "",
  t1: "",
};

function initial(table: TableData | undefined): TradeSetupValues {
  if (table === undefined) return EMPTY;
  const d = tradeDefaults(table);
  const years = d.year !== undefined ? distinctValues(table, d.year) : [];
  return {
    ...EMPTY,
    layout: d.layout,
    reporter: d.reporter ?? "",
    product: d.product ?? "",
    value: d.value ?? "",
    year: d.year ?? "",
    partner: d.partner ?? "",
    imports: d.imports ?? "",
    referenceMode: d.world !== undefined ? "column" : "all",
    world: d.world ?? "",
    t0: years[0] ?? "",
    t1: years[years.length - 1] ?? "",
  };
}

/** Keeps the trade choices for `table` (undefined while nothing is chosen). */
export function useTradeSetup(table: TableData | undefined): TradeSetup {
  const [values, setValues] = useState<TradeSetupValues>(() => initial(table));
  useEffect(() => {
    setValues((old) => ({ ...initial(table), country: old.country }));
  }, [table]);

  const set = (change: Partial<TradeSetupValues>): void => {
    setValues((old) => {
      const next = { ...old, ...change };
      if (change.year !== undefined && change.year !== old.year && table !== undefined) {
        const years = change.year === "" ? [] : distinctValues(table, change.year);
        return { ...next, t0: years[0] ?? "", t1: years[years.length - 1] ?? "" };
      }
      return next;
    });
  };

  const reporters = useMemo(() => {
    if (table === undefined) return [];
    const all =
      values.layout === "wide"
        ? firstColumnLabels(table)
        : values.reporter === ""
          ? []
          : distinctValues(table, values.reporter);
    return values.referenceMode === "row" ? all.filter((r) => r !== values.world) : all;
  }, [table, values.layout, values.reporter, values.referenceMode, values.world]);

  const years = useMemo(
    () =>
      table === undefined || values.layout === "wide" || values.year === "" ? [] : distinctValues(table, values.year),
    [table, values.layout, values.year],
  );
  const k = values.country.trim() === "" ? -1 : findLabel(reporters, values.country);
  const focus = k >= 0 ? reporters[k] : undefined;
  const complete =
    table !== undefined &&
    (values.layout === "wide" || (values.reporter !== "" && values.product !== "" && values.value !== "")) &&
    (values.referenceMode === "all" || values.world !== "");
  return {
    values,
    set,
    headers: table?.headers ?? [],
    reporters,
    years,
    ...(focus !== undefined ? { focus } : {}),
    complete,
  };
}

/** The parser's choices for the values. */
export function tradeChoices(v: TradeSetupValues): TradeTableChoices {
  if (v.layout === "wide") return { layout: "wide" };
  return {
    layout: "long",
    reporter: v.reporter,
    product: v.product,
    value: v.value,
    ...(v.year !== "" ? { year: v.year } : {}),
    ...(v.partner !== "" ? { partner: v.partner } : {}),
    ...(v.imports !== "" ? { imports: v.imports } : {}),
    ...(v.referenceMode === "column" && v.world !== "" ? { world: v.world } : {}),
  };
}

/** The `reference` option of the analyses: "all", a world row label, or left out for a world column. */
export function referenceOption(v: TradeSetupValues): { reference?: string } {
  if (v.referenceMode === "row" && v.world !== "") return { reference: v.world };
  if (v.referenceMode === "column") return {};
  return { reference: "all" };
}
