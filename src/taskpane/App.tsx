import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Body1,
  makeStyles,
  tokens,
  type AccordionToggleData,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import type { WorkbookGateway } from "../analysis/gateway";
import type { Language } from "../functions/language";
import type { FileGateway } from "../workbench/fileGateway";
import type { TaskRunner } from "./compute";
import { Header } from "./components/Header";
import { InsertFunction } from "./components/InsertFunction";
import { IoAnalysis } from "./components/IoAnalysis";
import { ProductSpaceAnalysis } from "./components/ProductSpaceAnalysis";
import { SampleData } from "./components/SampleData";
import { ShareSafely } from "./components/ShareSafely";
import { TradeAnalysis } from "./components/TradeAnalysis";
import { WorkbenchPanel } from "./components/WorkbenchPanel";
import type { TextLoader } from "./samples";
import { strings, type PaneStrings } from "./strings";

/** Props of the pane's root. */
export interface AppProps {
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
  readonly version: string;
  /** "office": inside Excel; "workbench": a plain browser working on files. */
  readonly mode: "office" | "workbench";
  /** The workbook: the Office gateway in Excel, the file gateway in the workbench. */
  readonly gateway: WorkbookGateway;
  /** Runs the analyses off the UI thread. */
  readonly compute: TaskRunner;
  /** Reads the page's own files (samples, function metadata). */
  readonly loadText: TextLoader;
  /** Saves a result workbook (workbench only). */
  readonly save?: (bytes: Uint8Array, fileName: string) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "720px",
  },
  panel: { padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}` },
});

type SectionId = "workbench" | "io" | "trade" | "space" | "samples" | "share" | "functions";

const TITLES: Readonly<Record<SectionId, keyof PaneStrings>> = {
  workbench: "sectionWorkbench",
  io: "sectionIo",
  trade: "sectionTrade",
  space: "sectionSpace",
  samples: "sectionSamples",
  share: "sectionShare",
  functions: "sectionFunctions",
};

function isFileGateway(gateway: WorkbookGateway): gateway is FileGateway {
  return gateway.kind === "file" && typeof (gateway as Partial<FileGateway>).open === "function";
}

/**
 * The task pane: header with the language switch, then one section per job. A section mounts the first time
 * it is opened (so a wide table does not make every collapsed form read it and build thousands of options)
 * and then stays mounted when collapsed (hidden, not removed: Fluent's AccordionPanel would unmount it), so a
 * form keeps its choices and its last result. In the workbench the sections that
 * need Excel (sample sheets, share safely, insert a function) are replaced by the file actions.
 */
export function App({ language, onLanguageChange, version, mode, gateway, compute, loadText, save }: AppProps) {
  const styles = useStyles();
  const t = strings[language];
  const [workbookVersion, setWorkbookVersion] = useState(0);
  const [reportSheets, setReportSheets] = useState<ReadonlySet<string>>(() => new Set());
  const changed = useCallback((written?: readonly string[]) => {
    if (written !== undefined && written.length > 0) {
      setReportSheets((old) => new Set([...old, ...written.map((s) => s.toUpperCase())]));
    }
    setWorkbookVersion((v) => v + 1);
  }, []);
  const workbench = mode === "workbench" && isFileGateway(gateway);
  const [open, setOpen] = useState<SectionId[]>(workbench ? ["workbench", "io"] : ["samples", "io"]);
  const [mounted, setMounted] = useState<ReadonlySet<SectionId>>(() => new Set(open));
  const common = { gateway, compute, language, workbookVersion, onWorkbookChanged: changed, reportSheets };
  // The page's title (the workbench's browser tab) and language (screen readers, hyphenation) follow the switch.
  useEffect(() => {
    document.title = t.appTitle;
    document.documentElement.lang = language;
  }, [t, language]);

  const sections: [SectionId, ReactNode][] = [];
  if (workbench) {
    sections.push([
      "workbench",
      <WorkbenchPanel
        key="workbench"
        gateway={gateway}
        language={language}
        loadText={loadText}
        workbookVersion={workbookVersion}
        onWorkbookChanged={changed}
        save={save ?? (() => undefined)}
      />,
    ]);
  }
  sections.push(
    ["io", <IoAnalysis key="io" {...common} />],
    ["trade", <TradeAnalysis key="trade" {...common} />],
    ["space", <ProductSpaceAnalysis key="space" {...common} />],
  );
  if (!workbench) {
    sections.push(
      [
        "samples",
        <SampleData
          key="samples"
          gateway={gateway}
          language={language}
          loadText={loadText}
          onWorkbookChanged={changed}
        />,
      ],
      ["share", <ShareSafely key="share" gateway={gateway} language={language} onWorkbookChanged={changed} />],
      ["functions", <InsertFunction key="functions" gateway={gateway} language={language} loadText={loadText} />],
    );
  }

  return (
    <main className={styles.root} lang={language}>
      <Header language={language} onLanguageChange={onLanguageChange} version={version} />
      {mode === "workbench" && !workbench && <Body1>{t.workbenchNotice}</Body1>}
      <Accordion
        multiple
        collapsible
        openItems={open}
        onToggle={(_, data: AccordionToggleData<SectionId>) => {
          setOpen(data.openItems);
          setMounted((old) => new Set([...old, ...data.openItems]));
        }}
      >
        {sections.map(([id, content]) => (
          <AccordionItem key={id} value={id}>
            <AccordionHeader as="h2" button={{ "aria-controls": `sela-section-${id}` }}>
              {t[TITLES[id]]}
            </AccordionHeader>
            <div
              id={`sela-section-${id}`}
              className={styles.panel}
              role="region"
              aria-label={t[TITLES[id]]}
              hidden={!open.includes(id)}
            >
              {mounted.has(id) && content}
            </div>
          </AccordionItem>
        ))}
      </Accordion>
    </main>
  );
}
