import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { inputError } from "../../core/errors";
import type { Language } from "../../functions/language";
import type { FileGateway } from "../../workbench/fileGateway";
import { insertSample, type TextLoader } from "../samples";
import { countText, format, strings } from "../strings";
import { useAction } from "../useAction";
import { ErrorBar } from "./ErrorBar";
import { Notice } from "./Notice";

/** Props of the workbench panel. */
export interface WorkbenchPanelProps {
  readonly gateway: FileGateway;
  readonly language: Language;
  readonly loadText: TextLoader;
  /** Changes when the workbook changed (re-reads the result list). */
  readonly workbookVersion: number;
  readonly onWorkbookChanged: () => void;
  /** Saves the result workbook (a Blob download in the browser). */
  readonly save: (bytes: Uint8Array, fileName: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

/** Reads a File's bytes (Blob.arrayBuffer, or FileReader where it is missing). */
function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(new Uint8Array(reader.result as ArrayBuffer));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error(file.name));
    };
    reader.readAsArrayBuffer(file);
  });
}

/**
 * A File's bytes; a file the browser cannot read (moved, deleted, no permission) fails with a bilingual
 * message naming it, the browser's own (English) error kept as `cause`.
 */
export async function fileBytes(file: File): Promise<Uint8Array> {
  try {
    return await readBytes(file);
  } catch (cause) {
    const error = inputError(
      `the browser could not read the file ${file.name} (moved, deleted or not allowed?)`,
      `el navegador no pudo leer el archivo ${file.name} (¿movido, eliminado o sin permiso?)`,
    );
    error.cause = cause;
    throw error;
  }
}

/** The workbench's file actions: open an .xlsx/.csv, use the sample data, download the results. */
export function WorkbenchPanel({
  gateway,
  language,
  loadText,
  workbookVersion,
  onWorkbookChanged,
  save,
}: WorkbenchPanelProps) {
  const styles = useStyles();
  const t = strings[language];
  const input = useRef<HTMLInputElement>(null);
  const action = useAction<string>();
  const { state } = action;
  // Read on every render: the pane re-renders when workbookVersion changes after a report is written.
  const results = workbookVersion >= 0 ? gateway.resultSheets() : [];

  const open = (file: File): void => {
    void action.run("open", async () => {
      const { tables } = await gateway.open(file.name, await fileBytes(file), language);
      onWorkbookChanged();
      return countText(language, "fileOpened", tables, file.name);
    });
  };
  const useSamples = (): void => {
    void action.run("sample", async () => {
      const io = await insertSample("io", gateway, loadText, language);
      const trade = await insertSample("trade", gateway, loadText, language);
      onWorkbookChanged();
      return format(t.samplesAdded, [...io.sheets, ...trade.sheets].join(", "));
    });
  };
  const download = (): void => {
    void action.run("download", async () => {
      save(await gateway.download(language), t.downloadName);
      return format(t.downloaded, t.downloadName);
    });
  };

  return (
    <div className={styles.root}>
      <Body1 as="p">{t.workbenchNotice}</Body1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,.xlsm,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-label={t.openFile}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) open(file);
          event.target.value = "";
        }}
      />
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={state.busy}
          onClick={() => {
            input.current?.click();
          }}
        >
          {t.openFile}
        </Button>
        <Button disabled={state.busy} onClick={useSamples}>
          {t.useSample}
        </Button>
      </div>
      {gateway.fileName() !== undefined && <Caption1>{gateway.fileName()}</Caption1>}
      <Button disabled={state.busy || results.length === 0} onClick={download}>
        {t.download}
      </Button>
      <Caption1 role="status">
        {results.length === 0 ? t.noResults : countText(language, "resultsReady", results.length, results.join(", "))}
      </Caption1>
      {!state.busy && state.result !== undefined && <Notice intent="success">{state.result}</Notice>}
      {!state.busy && state.error !== undefined && (
        <ErrorBar
          error={state.error}
          language={language}
          next={state.key === "open" ? t.errorNextFile : t.errorNextRetry}
          onDismiss={action.reset}
        />
      )}
    </div>
  );
}
