/**
 * The list of tables a form can pick from (gateway.listTables, refreshed on demand and whenever the
 * workbook changes through the pane) and the content of the chosen one, read for the form's defaults.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TableData, TableSummary, WorkbookGateway } from "../analysis/gateway";

const NO_SHEETS: ReadonlySet<string> = new Set();

/** State of a table picker. */
export interface TablesState {
  readonly tables: readonly TableSummary[];
  readonly loading: boolean;
  readonly error?: unknown;
  readonly selected: string;
  readonly select: (name: string) => void;
  readonly refresh: () => void;
  /** The chosen table's content (undefined while reading or when nothing is chosen). */
  readonly data?: TableData;
  readonly reading: boolean;
}

/**
 * Lists the gateway's tables; `version` changes when the pane has changed the workbook (a sample or a
 * file was added), which reloads the list. `prefer` picks the first table for which it returns true. A
 * table the user picked stays picked; an automatic pick that `prefer` rejects (the only table there was)
 * gives way to a preferred table when one appears (the trade sample inserted after the IO sample).
 */
export function useTables(
  gateway: WorkbookGateway,
  version: number,
  prefer: (table: TableSummary) => boolean,
  reportSheets: ReadonlySet<string> = NO_SHEETS,
): TablesState {
  const [listed, setTables] = useState<readonly TableSummary[]>([]);
  // The pane's own report sheets are outputs, not inputs: their used ranges are left out of the list.
  const tables = useMemo(
    () => listed.filter((t) => t.kind !== "range" || !reportSheets.has(t.sheet.toUpperCase())),
    [listed, reportSheets],
  );
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const [selected, setSelected] = useState("");
  /** The table the user picked in the list (kept across reloads), "" while the pick is automatic. */
  const picked = useRef("");
  const [data, setData] = useState<TableData>();
  const [reading, setReading] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    gateway.listTables().then(
      (list) => {
        if (!live) return;
        setTables(list);
        setError(undefined);
        setLoading(false);
        setSelected((current) => {
          const inputs = list.filter((t) => t.kind !== "range" || !reportSheets.has(t.sheet.toUpperCase()));
          const still = list.find((t) => t.name === current);
          if (still !== undefined && (picked.current === current || prefer(still) || !inputs.some(prefer))) {
            return current;
          }
          return (inputs.find(prefer) ?? inputs[0])?.name ?? "";
        });
      },
      (e: unknown) => {
        if (!live) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // `prefer` is a fixed rule of the form and reportSheets changes with version; the list reloads on version and refresh only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [gateway, version, tick]);

  useEffect(() => {
    let live = true;
    setData(undefined);
    if (selected === "") return;
    setReading(true);
    gateway.readTable(selected).then(
      (table) => {
        if (!live) return;
        setData(table);
        setReading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e);
        setReading(false);
      },
    );
    return () => {
      live = false;
    };
    // Not on `version`: reports written elsewhere do not change this table, and re-reading would reset the form.
  }, [gateway, selected, tick]);

  const select = useCallback((name: string) => {
    picked.current = name;
    setSelected(name);
  }, []);
  const refresh = useCallback(() => {
    setTick((k) => k + 1);
  }, []);
  return {
    tables,
    loading,
    ...(error !== undefined ? { error } : {}),
    selected,
    select,
    refresh,
    ...(data !== undefined ? { data } : {}),
    reading,
  };
}
