import { Button, Caption1, Field, makeStyles, Select, tokens, useId } from "@fluentui/react-components";
import type { Language } from "../../functions/language";
import { formatCount, format, strings } from "../strings";
import { tableOptionText } from "../tableLabel";
import type { TablesState } from "../useTables";
import { ErrorBar } from "./ErrorBar";

/** Props of the table picker. */
export interface TablePickerProps {
  readonly tables: TablesState;
  readonly language: Language;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, minWidth: 0 },
  // As ColumnSelect: a long table or sheet name must not widen the pane (Excel's pane is about 350 px wide).
  field: { flexGrow: 1, minWidth: 0 },
  select: { width: "100%", maxWidth: "100%", minWidth: 0 },
  native: { maxWidth: "100%", minWidth: 0, textOverflow: "ellipsis" },
  refresh: { flexShrink: 0 },
});

/**
 * Picks an Excel table or sheet range (gateway.listTables), with a refresh button. The hint (sheet and size)
 * sits below the select and the button, where the button cannot cover it.
 */
export function TablePicker({ tables, language, disabled }: TablePickerProps) {
  const styles = useStyles();
  const hintId = useId("table-hint");
  const t = strings[language];
  const chosen = tables.tables.find((x) => x.name === tables.selected);
  const hint =
    tables.tables.length === 0 && !tables.loading
      ? t.noTables
      : tables.reading
        ? t.readingTable
        : chosen
          ? `${chosen.sheet} · ${format(t.tableSize, formatCount(chosen.rows, language), formatCount(chosen.columns, language))}`
          : undefined;
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field className={styles.field} label={t.table}>
          <Select
            className={styles.select}
            select={{ className: styles.native }}
            {...(hint !== undefined ? { "aria-describedby": hintId } : {})}
            value={tables.selected}
            disabled={disabled === true || tables.tables.length === 0}
            onChange={(_, data) => {
              tables.select(data.value);
            }}
          >
            {tables.selected === "" && <option value="">{t.chooseTable}</option>}
            {tables.tables.map((x) => (
              <option key={x.name} value={x.name}>
                {tableOptionText(x)}
              </option>
            ))}
          </Select>
        </Field>
        <Button className={styles.refresh} aria-label={t.refreshTables} disabled={disabled} onClick={tables.refresh}>
          {t.refresh}
        </Button>
      </div>
      {hint !== undefined && <Caption1 id={hintId}>{hint}</Caption1>}
      {tables.error !== undefined && <ErrorBar error={tables.error} language={language} />}
    </div>
  );
}
