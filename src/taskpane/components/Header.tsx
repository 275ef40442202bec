import { Body1, Caption1, makeStyles, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import type { Language } from "../../functions/language";
import { strings } from "../strings";

/** Props of the pane's header. */
export interface HeaderProps {
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
  readonly version: string;
}

const useStyles = makeStyles({
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
  },
  titles: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** Title, version and the EN/ES switch (Office's display language by default, chosen by the caller). */
export function Header({ language, onLanguageChange, version }: HeaderProps) {
  const styles = useStyles();
  const t = strings[language];
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
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
        <Tab value="en" aria-label={t.english}>
          EN
        </Tab>
        <Tab value="es" aria-label={t.spanish}>
          ES
        </Tab>
      </TabList>
    </header>
  );
}
