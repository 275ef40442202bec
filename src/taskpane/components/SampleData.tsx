import { Body1, Button, Caption1, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { WorkbookGateway, WrittenReport } from "../../analysis/gateway";
import type { Language } from "../../functions/language";
import { teachingReport } from "../../analysis/teaching";
import { insertSample, type SampleKind, type TextLoader } from "../samples";
import { format, strings } from "../strings";
import { useAction } from "../useAction";
import { ErrorBar } from "./ErrorBar";
import { Notice } from "./Notice";

/** Props of the sample-data section. */
export interface SampleDataProps {
  readonly gateway: WorkbookGateway;
  readonly language: Language;
  readonly loadText: TextLoader;
  /** Told the sheets of a report written (the trainer's workbook), so the table lists leave them out. */
  readonly onWorkbookChanged: (reportSheets?: readonly string[]) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
});

/** Inserts the bundled Brazil IO table or the Latin American trade sample as a new sheet with its source. */
export function SampleData({ gateway, language, loadText, onWorkbookChanged }: SampleDataProps) {
  const styles = useStyles();
  const t = strings[language];
  const action = useAction<WrittenReport>();
  const { state } = action;
  const insert = (kind: SampleKind | "teach"): void => {
    void action.run(kind, async () => {
      // The trainer's workbook is a report sheet of formulas (Excel's own next to SELA's), not an input table:
      // its sheets are passed on as report sheets, as the analyses do. The samples are input tables.
      if (kind === "teach") {
        const written = await gateway.writeReport(teachingReport(language));
        onWorkbookChanged(written.sheets);
        return written;
      }
      const written = await insertSample(kind, gateway, loadText, language);
      onWorkbookChanged();
      return written;
    });
  };
  const items: { kind: SampleKind | "teach"; label: string; about: string }[] = [
    { kind: "io", label: t.insertIoSample, about: t.ioSampleAbout },
    { kind: "trade", label: t.insertTradeSample, about: t.tradeSampleAbout },
    { kind: "teach", label: t.insertTeaching, about: t.teachingAbout },
  ];
  return (
    <div className={styles.root}>
      <Body1 as="p">{t.samplesIntro}</Body1>
      {items.map((item) => (
        <div key={item.kind} className={styles.item}>
          <Button
            disabled={state.busy}
            onClick={() => {
              insert(item.kind);
            }}
          >
            {item.label}
          </Button>
          <Caption1>{item.about}</Caption1>
          {state.busy && state.key === item.kind && <Spinner size="tiny" label={t.loadingSample} />}
          {!state.busy && state.key === item.kind && state.result !== undefined && (
            <Notice intent="success">{format(t.sampleInserted, state.result.sheets.join(", "))}</Notice>
          )}
          {!state.busy && state.key === item.kind && state.error !== undefined && (
            <ErrorBar error={state.error} language={language} next={t.errorNextRetry} onDismiss={action.reset} />
          )}
        </div>
      ))}
    </div>
  );
}
