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
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
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
  // Clearly marked: a brand bar on the left and the brand colour, not only a slightly darker grey.
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    boxShadow: `inset ${tokens.strokeWidthThickest} 0 0 ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  params: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
});

/** The list position a key moves to from `index` among `count` items, or undefined for other keys. */
export function rovingTarget(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case "ArrowDown":
      return Math.min(index + 1, count - 1);
    case "ArrowUp":
      return Math.max(index - 1, 0);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

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

  // One tab stop for the whole list (roving tabindex): Tab reaches the chosen function (or the first), the
  // arrow keys, Home and End move among the functions, Enter or Space chooses one.
  const [focused, setFocused] = useState<string>();
  const listRef = useRef<HTMLUListElement>(null);
  const tabStop = matches.some((f) => f.id === focused)
    ? focused
    : matches.some((f) => f.id === chosen)
      ? chosen
      : matches[0]?.id;
  const moveInList = (event: KeyboardEvent<HTMLUListElement>): void => {
    const index = matches.findIndex((f) => f.id === tabStop);
    const next = rovingTarget(event.key, index, matches.length);
    if (next === undefined) return;
    event.preventDefault();
    const id = matches[next]?.id;
    setFocused(id);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-function-id="${id ?? ""}"]`)?.focus();
  };

  const formula = fn === undefined ? "" : formulaFor(fn.id, args);
  const insert = (opener: HTMLElement): void => {
    if (fn === undefined) return;
    const text = formula;
    void action.run("insert", async () => {
      const outcome = await gateway.insertFormula(text, () =>
        confirm.ask({
          title: t.overwriteTitle,
          body: format(t.overwriteBody, text),
          confirmLabel: t.overwrite,
          cancelLabel: t.keep,
          returnFocusTo: opener,
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
        <ul ref={listRef} className={styles.list} aria-label={t.functionList} onKeyDown={moveInList}>
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
                data-function-id={f.id}
                tabIndex={f.id === tabStop ? 0 : -1}
                onFocus={() => {
                  setFocused(f.id);
                }}
                onClick={() => {
                  setFocused(f.id);
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
          <Button
            appearance="primary"
            disabled={state.busy}
            onClick={(event) => {
              insert(event.currentTarget);
            }}
          >
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
