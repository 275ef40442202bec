import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  SearchBox,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { WorkbookGateway } from "../../analysis/gateway";
import type { FunctionMetadata } from "../../functions/catalogue";
import type { Language } from "../../functions/language";
import { exampleArguments, formulaFor, loadFunctionList, searchFunctions } from "../functionList";
import type { TextLoader } from "../samples";
import { format, strings } from "../strings";
import { useAction } from "../useAction";
import { useConfirm } from "../useConfirm";
import { ConfirmDialog } from "./ConfirmDialog";
import { ErrorBar } from "./ErrorBar";
import { Notice } from "./Notice";

/** Props of the insert-a-function section. */
export interface InsertFunctionProps {
  readonly gateway: WorkbookGateway;
  readonly language: Language;
  readonly loadText: TextLoader;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    maxHeight: "240px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    background: "transparent",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  params: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
});

/** A searchable list of the catalogue; "Insert" writes =SELA.ID(...) at the selection, asking before overwriting. */
export function InsertFunction({ gateway, language, loadText }: InsertFunctionProps) {
  const styles = useStyles();
  const t = strings[language];
  const [list, setList] = useState<FunctionMetadata[]>();
  const [loadError, setLoadError] = useState<unknown>();
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<string>();
  const [args, setArgs] = useState("");
  const action = useAction<{ formula: string; outcome: "written" | "cancelled" }>();
  const confirm = useConfirm();

  useEffect(() => {
    let live = true;
    setList(undefined);
    setLoadError(undefined);
    loadFunctionList(loadText, language).then(
      (functions) => {
        if (live) setList(functions);
      },
      (e: unknown) => {
        if (live) setLoadError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [loadText, language]);

  const matches = useMemo(() => (list === undefined ? [] : searchFunctions(list, query)), [list, query]);
  const fn = list?.find((f) => f.id === chosen);
  useEffect(() => {
    if (fn !== undefined) setArgs(exampleArguments(fn));
    // Only when another function is chosen: keep the user's arguments across language switches.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fn?.id]);

  const formula = fn === undefined ? "" : formulaFor(fn.id, args);
  const insert = (): void => {
    if (fn === undefined) return;
    const text = formula;
    void action.run("insert", async () => {
      const outcome = await gateway.insertFormula(text, () =>
        confirm.ask({
          title: t.overwriteTitle,
          body: format(t.overwriteBody, text),
          confirmLabel: t.overwrite,
          cancelLabel: t.keep,
        }),
      );
      return { formula: text, outcome };
    });
  };
  const { state } = action;

  return (
    <div className={styles.root}>
      <Body1 as="p">{t.functionsIntro}</Body1>
      <SearchBox
        aria-label={t.searchFunctions}
        placeholder={t.searchFunctions}
        // Fluent names the clear button "clear" in English unless it is given a name.
        dismiss={{ "aria-label": t.clearSearch }}
        value={query}
        onChange={(_, data) => {
          setQuery(data.value);
        }}
      />
      {list === undefined && loadError === undefined && <Spinner size="tiny" label={t.loadingFunctions} />}
      {loadError !== undefined && <ErrorBar error={loadError} language={language} next={t.errorNextRetry} />}
      {list !== undefined && (
        <ul className={styles.list} aria-label={t.functionList}>
          {matches.length === 0 && (
            <li>
              <Caption1>{t.noFunctionMatch}</Caption1>
            </li>
          )}
          {matches.map((f) => (
            <li key={f.id}>
              <button
                type="button"
                className={f.id === chosen ? `${styles.item} ${styles.selected}` : styles.item}
                aria-pressed={f.id === chosen}
                onClick={() => {
                  setChosen(f.id);
                }}
              >
                <strong>SELA.{f.name}</strong>
                {f.name !== f.id && <Caption1> (SELA.{f.id})</Caption1>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {fn === undefined && list !== undefined && <Caption1>{t.chooseFunction}</Caption1>}
      {fn !== undefined && (
        <section className={styles.details} aria-label={`SELA.${fn.name}`}>
          <Subtitle2 as="h3">SELA.{fn.name}</Subtitle2>
          <Body1 as="p">{fn.description}</Body1>
          <Body1 as="p">{t.parameters}:</Body1>
          <ul className={styles.params}>
            {fn.parameters.map((p) => (
              <li key={p.name}>
                <strong>{p.name}</strong>
                {p.optional === true ? ` (${t.optional})` : ""}: {p.description}
              </li>
            ))}
          </ul>
          <Body1 as="p">
            {t.example}: <span className={styles.code}>{formulaFor(fn.id, exampleArguments(fn))}</span>
          </Body1>
          <Field label={t.formulaArguments}>
            <Input
              value={args}
              onChange={(_, data) => {
                setArgs(data.value);
              }}
            />
          </Field>
          <Body1 as="p" className={styles.code}>
            {formula}
          </Body1>
          <Button appearance="primary" disabled={state.busy} onClick={insert}>
            {t.insertFormula}
          </Button>
        </section>
      )}
      {!state.busy && state.result?.outcome === "written" && (
        <Notice intent="success">{format(t.inserted, state.result.formula)}</Notice>
      )}
      {!state.busy && state.result?.outcome === "cancelled" && <Notice intent="info">{t.notInserted}</Notice>}
      {!state.busy && state.error !== undefined && (
        <ErrorBar error={state.error} language={language} next={t.errorNextFormula} onDismiss={action.reset} />
      )}
      <ConfirmDialog confirm={confirm} />
    </div>
  );
}
