import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { Language } from "../../functions/language";
import { format, strings } from "../strings";
import type { TablesState } from "../useTables";
import { ErrorBar } from "./ErrorBar";

/** Props of the table picker. */
export interface TablePickerProps {
  readonly tables: TablesState;
  readonly language: Language;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

/** Picks an Excel table or sheet range (gateway.listTables), with a refresh button. */
export function TablePicker({ tables, language, disabled }: TablePickerProps) {
  const styles = useStyles();
  const t = strings[language];
  const chosen = tables.tables.find((x) => x.name === tables.selected);
  const hint =
    tables.tables.length === 0 && !tables.loading
      ? t.noTables
      : tables.reading
        ? t.readingTable
        : chosen
          ? `${chosen.sheet} · ${format(t.tableSize, chosen.rows, chosen.columns)}`
          : undefined;
  return (
    <>
      <div className={styles.row}>
        <Field className={styles.field} label={t.table} hint={hint}>
          <Select
            value={tables.selected}
            disabled={disabled === true || tables.tables.length === 0}
            onChange={(_, data) => {
              tables.select(data.value);
            }}
          >
            {tables.selected === "" && <option value="">{t.chooseTable}</option>}
            {tables.tables.map((x) => (
              <option key={x.name} value={x.name}>
                {x.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button aria-label={t.refreshTables} disabled={disabled} onClick={tables.refresh}>
          {t.refresh}
        </Button>
      </div>
      {tables.error !== undefined && <ErrorBar error={tables.error} language={language} />}
    </>
  );
}
