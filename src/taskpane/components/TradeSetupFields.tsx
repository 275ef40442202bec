import { Combobox, Field, makeStyles, Option, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import type { Language } from "../../functions/language";
import { format, formatCount, strings, type PaneStrings } from "../strings";
import type { ReferenceMode, TradeSetup } from "../useTradeSetup";
import { ColumnSelect } from "./ColumnSelect";

/** Props of the trade fields. */
export interface TradeSetupFieldsProps {
  readonly setup: TradeSetup;
  readonly language: Language;
  readonly disabled: boolean;
  /** "two": first and last period (trade niches); "one": a single year (product space). */
  readonly periods: "two" | "one";
  /**
   * A note under the reference choice when the analysis does not use the reference (product space): there a
   * world total is only left out of the countries.
   */
  readonly referenceNote?: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

/** The columns of a long table the user maps, in order; imports only where they are used (trade niches). */
function longColumns(
  t: PaneStrings,
  periods: "two" | "one",
): { key: "reporter" | "product" | "value" | "year" | "partner" | "imports"; label: string; optional: boolean }[] {
  return [
    { key: "reporter", label: t.reporterColumn, optional: false },
    { key: "product", label: t.productColumn, optional: false },
    { key: "value", label: t.valueColumn, optional: false },
    { key: "year", label: t.yearColumn, optional: true },
    { key: "partner", label: t.partnerColumn, optional: true },
    ...(periods === "two" ? [{ key: "imports" as const, label: t.importsColumn, optional: true }] : []),
  ];
}

/** How many reporters the focus-country list shows at once (typing narrows it). */
const MAX_OPTIONS = 60;

/** Layout, columns, reference, focus country and periods of a trade table. */
export function TradeSetupFields({ setup, language, disabled, periods, referenceNote }: TradeSetupFieldsProps) {
  const styles = useStyles();
  const t = strings[language];
  const { values: v, set, headers, reporters, years } = setup;
  const typed = v.country.trim().toLowerCase();
  const shown = (
    typed === "" || setup.focus !== undefined ? reporters : reporters.filter((r) => r.toLowerCase().includes(typed))
  ).slice(0, MAX_OPTIONS);
  const countryMessage =
    v.country.trim() !== "" && setup.focus === undefined ? format(t.unknownCountry, v.country.trim()) : undefined;
  const long = v.layout === "long";
  return (
    <div className={styles.root}>
      <Field label={t.layout}>
        <RadioGroup
          value={v.layout}
          disabled={disabled}
          onChange={(_, data) => {
            const layout = data.value === "wide" ? "wide" : "long";
            const referenceMode: ReferenceMode =
              (layout === "wide" && v.referenceMode === "column") || (layout === "long" && v.referenceMode === "row")
                ? "all"
                : v.referenceMode;
            set({ layout, referenceMode, world: referenceMode === v.referenceMode ? v.world : "" });
          }}
        >
          <Radio value="long" label={t.layoutLong} />
          <Radio value="wide" label={t.layoutWide} />
        </RadioGroup>
      </Field>
      {long &&
        longColumns(t, periods).map(({ key, label, optional }) => (
          <ColumnSelect
            key={key}
            label={label}
            value={v[key]}
            options={headers}
            {...(optional ? { noneLabel: t.none } : {})}
            onChange={(column) => {
              set({ [key]: column });
            }}
            disabled={disabled}
          />
        ))}
      <Field label={t.reference} {...(referenceNote !== undefined ? { hint: referenceNote } : {})}>
        <RadioGroup
          value={v.referenceMode}
          disabled={disabled}
          onChange={(_, data) => {
            const mode: ReferenceMode = data.value === "column" ? "column" : data.value === "row" ? "row" : "all";
            set({ referenceMode: mode });
          }}
        >
          <Radio value="all" label={t.referenceAll} />
          {long ? <Radio value="column" label={t.referenceColumn} /> : <Radio value="row" label={t.referenceRow} />}
        </RadioGroup>
      </Field>
      {v.referenceMode === "column" && (
        <ColumnSelect
          label={t.worldColumn}
          value={v.world}
          options={headers}
          onChange={(world) => {
            set({ world });
          }}
          disabled={disabled}
        />
      )}
      {v.referenceMode === "row" && (
        <ColumnSelect
          label={t.worldRow}
          value={v.world}
          options={setup.reporters.concat(v.world === "" ? [] : [v.world])}
          onChange={(world) => {
            set({ world });
          }}
          disabled={disabled}
        />
      )}
      <Field
        label={t.focusCountry}
        hint={
          reporters.length === 1
            ? t.focusCountryHintOne
            : format(t.focusCountryHint, formatCount(reporters.length, language))
        }
        {...(countryMessage !== undefined
          ? { validationMessage: countryMessage, validationState: "warning" as const }
          : {})}
      >
        <Combobox
          freeform
          // Fluent names the arrow "Open" in English unless it is given a name.
          expandIcon={{ "aria-label": t.showReporters }}
          disabled={disabled}
          value={v.country}
          selectedOptions={setup.focus !== undefined ? [setup.focus] : []}
          onChange={(event) => {
            set({ country: event.target.value });
          }}
          onOptionSelect={(_, data) => {
            if (data.optionText !== undefined) set({ country: data.optionText });
          }}
        >
          {shown.map((r) => (
            <Option key={r} value={r}>
              {r}
            </Option>
          ))}
        </Combobox>
      </Field>
      {years.length > 0 && periods === "two" && (
        <div className={styles.pair}>
          <ColumnSelect
            label={t.firstPeriod}
            value={v.t0}
            options={years}
            onChange={(t0) => {
              set({ t0 });
            }}
            disabled={disabled}
          />
          <ColumnSelect
            label={t.lastPeriod}
            value={v.t1}
            options={years}
            onChange={(t1) => {
              set({ t1 });
            }}
            disabled={disabled}
          />
        </div>
      )}
      {years.length > 0 && periods === "one" && (
        <ColumnSelect
          label={t.spaceYear}
          value={v.t1}
          options={years}
          onChange={(t1) => {
            set({ t1 });
          }}
          disabled={disabled}
        />
      )}
    </div>
  );
}
