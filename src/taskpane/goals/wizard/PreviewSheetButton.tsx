import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { BuiltPlan } from "@core/goals/breakdown/buildPlans";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  note: { color: tokens.colorNeutralForeground3 },
});

type Phase =
  | { readonly phase: "idle" }
  | { readonly phase: "writing" }
  | { readonly phase: "confirm"; readonly sheet: string }
  | { readonly phase: "done"; readonly sheet: string }
  | { readonly phase: "failed"; readonly failure: ExcelFailure };

export type PreviewSheetButtonProps = {
  built: readonly BuiltPlan[];
  language: WorkbookLanguage;
};

/**
 * One click writes the full preview grid (every month × rep, teams and totals) to a sheet of its
 * own; an existing preview sheet is replaced only after the manager confirms.
 */
export function PreviewSheetButton({ built, language }: PreviewSheetButtonProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const [state, setState] = useState<Phase>({ phase: "idle" });

  const write = (replace: boolean) => {
    setState({ phase: "writing" });
    service.goals
      .writePreviewSheet({ plans: built.map((b) => ({ plan: b.plan, metric: b.metric })), language, replace })
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (!result.ok) setState({ phase: "failed", failure: result.error });
        else if (result.value.kind === "exists") setState({ phase: "confirm", sheet: result.value.sheet });
        else setState({ phase: "done", sheet: result.value.sheet });
      });
  };

  return (
    <div className={styles.root}>
      <Button disabled={state.phase === "writing"} onClick={() => write(false)}>
        {t("goals.preview.toSheet")}
      </Button>
      <Caption1 className={styles.note}>{t("goals.preview.toSheetHint")}</Caption1>
      {state.phase === "writing" && <Caption1 role="status">{t("goals.preview.sheetWriting")}</Caption1>}
      {state.phase === "confirm" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("goals.preview.sheetExists", { sheet: state.sheet })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => write(true)}>
              {t("goals.preview.sheetReplace")}
            </Button>
            <Button size="small" onClick={() => setState({ phase: "idle" })}>
              {t("goals.preview.sheetCancel")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.phase === "done" && (
        <Caption1 role="status">{t("goals.preview.sheetDone", { sheet: state.sheet })}</Caption1>
      )}
      {state.phase === "failed" && <ExcelFailureBar failure={state.failure} />}
    </div>
  );
}
