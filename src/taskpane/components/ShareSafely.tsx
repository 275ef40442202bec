import { Body1, Button, Field, makeStyles, Radio, RadioGroup, Spinner, tokens } from "@fluentui/react-components";
import { useState, type MouseEvent } from "react";
import type { WorkbookGateway } from "../../analysis/gateway";
import type { Language } from "../../functions/language";
import { countText, format, strings } from "../strings";
import { useAction } from "../useAction";
import { useConfirm } from "../useConfirm";
import { ConfirmDialog } from "./ConfirmDialog";
import { ErrorBar } from "./ErrorBar";
import { Notice } from "./Notice";

/** Props of the share-safely section. */
export interface ShareSafelyProps {
  readonly gateway: WorkbookGateway;
  readonly language: Language;
  readonly onWorkbookChanged: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

type Outcome = { kind: "freeze"; cells: number; logSheet?: string } | { kind: "repair"; cells: number } | undefined;

/** Freeze SELA formulas to values (the originals are logged) and repair formulas that show #NAME? (#¿NOMBRE?). */
export function ShareSafely({ gateway, language, onWorkbookChanged }: ShareSafelyProps) {
  const styles = useStyles();
  const t = strings[language];
  const [scope, setScope] = useState<"selection" | "sheet">("selection");
  const action = useAction<Outcome>();
  const confirm = useConfirm();
  const { state } = action;

  const freeze = async (event: MouseEvent<HTMLButtonElement>): Promise<void> => {
    // Asked before the action starts: "Freezing the formulas…" only shows once the user has said yes.
    const yes = await confirm.ask({
      title: t.freezeConfirmTitle,
      body: format(t.freezeConfirmBody, scope === "selection" ? t.scopeSelectionInSentence : t.scopeSheetInSentence),
      confirmLabel: t.freezeConfirm,
      cancelLabel: t.cancel,
      returnFocusTo: event.currentTarget,
    });
    if (!yes) return;
    await action.run("freeze", async () => {
      const result = await gateway.freezeFormulas(scope);
      onWorkbookChanged();
      return { kind: "freeze", ...result };
    });
  };
  const repair = (): void => {
    void action.run("repair", async () => {
      const result = await gateway.repairFormulas();
      return { kind: "repair", ...result };
    });
  };

  const outcome = state.busy ? undefined : state.result;
  return (
    <div className={styles.root}>
      <div className={styles.block}>
        <Body1 as="p">{t.freezeIntro}</Body1>
        <Field label={t.freezeScope}>
          <RadioGroup
            value={scope}
            disabled={state.busy}
            onChange={(_, data) => {
              setScope(data.value === "sheet" ? "sheet" : "selection");
            }}
          >
            <Radio value="selection" label={t.scopeSelection} />
            <Radio value="sheet" label={t.scopeSheet} />
          </RadioGroup>
        </Field>
        <Button
          appearance="primary"
          disabled={state.busy}
          onClick={(event) => {
            void freeze(event);
          }}
        >
          {t.freeze}
        </Button>
      </div>
      <div className={styles.block}>
        <Body1 as="p">{t.repairIntro}</Body1>
        <Button disabled={state.busy} onClick={repair}>
          {t.repair}
        </Button>
      </div>
      {state.busy && <Spinner size="tiny" label={state.key === "repair" ? t.repairing : t.freezing} />}
      {outcome?.kind === "freeze" && (
        <Notice intent={outcome.cells > 0 ? "success" : "info"}>
          {outcome.cells > 0
            ? countText(language, "frozen", outcome.cells, outcome.logSheet ?? "SELA formulas")
            : t.frozenNone}
        </Notice>
      )}
      {outcome?.kind === "repair" && <Notice intent="success">{countText(language, "repaired", outcome.cells)}</Notice>}
      {!state.busy && state.error !== undefined && (
        <ErrorBar error={state.error} language={language} next={t.errorNextRetry} onDismiss={action.reset} />
      )}
      <ConfirmDialog confirm={confirm} />
    </div>
  );
}
