import { Body1, Caption1, makeStyles, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import type { Language } from "../functions/language";
import { strings } from "./strings";

/** Props of the pane's root: the language and how to change it; the workbook gateway comes later. */
export interface AppProps {
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
  readonly version: string;
  readonly mode: "office" | "workbench";
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
  },
});

/** The task pane: header with language switch, then the analyses. */
export function App({ language, onLanguageChange, version, mode }: AppProps) {
  const styles = useStyles();
  const t = strings[language];
  return (
    <main className={styles.root} lang={language}>
      <header className={styles.header}>
        <div>
          <Title3 as="h1">{t.appTitle}</Title3>
          <Body1 as="p">{t.appSubtitle}</Body1>
          <Caption1>
            {t.version} {version}
          </Caption1>
        </div>
        <TabList
          aria-label={t.language}
          size="small"
          selectedValue={language}
          onTabSelect={(_, data) => {
            onLanguageChange(data.value === "es" ? "es" : "en");
          }}
        >
          <Tab value="en">EN</Tab>
          <Tab value="es">ES</Tab>
        </TabList>
      </header>
      {mode === "workbench" && <Body1>{t.workbenchNotice}</Body1>}
      <section aria-label={t.analyses}>
        <Body1>{t.noAnalyses}</Body1>
      </section>
    </main>
  );
}
