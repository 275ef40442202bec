import { Field, makeStyles, Select } from "@fluentui/react-components";

/** Props of a column (or row) chooser. */
export interface ColumnSelectProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly string[];
  readonly onChange: (value: string) => void;
  /** Label of the empty choice for optional columns; required columns have none. */
  readonly noneLabel?: string;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  // Long labels (sector names) must not widen the pane: the field may shrink, the select fills it.
  field: { minWidth: 0 },
  select: { width: "100%", maxWidth: "100%", minWidth: 0 },
  native: { maxWidth: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

/** A labelled native select of header names (accessible by its label). */
export function ColumnSelect({ label, value, options, onChange, noneLabel, disabled }: ColumnSelectProps) {
  const styles = useStyles();
  return (
    // No "required" asterisk: it would become part of the label text; required columns offer no empty choice.
    <Field className={styles.field} label={label}>
      <Select
        className={styles.select}
        select={{ className: styles.native }}
        value={value}
        disabled={disabled}
        onChange={(_, data) => {
          onChange(data.value);
        }}
      >
        {(noneLabel !== undefined || value === "") && <option value="">{noneLabel ?? "—"}</option>}
        {options
          .filter((o) => o !== "")
          .map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
      </Select>
    </Field>
  );
}
