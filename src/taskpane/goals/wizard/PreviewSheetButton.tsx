import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { BuiltPlan } from "@core/goals/breakdown/buildPlans";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { ReplaceSheetBar } from "@taskpane/shared/ReplaceSheetBar";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  note: { color: tokens.colorNeutralForeground3 },
});

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
  const write = useWorkbookAction((_controls, replace: boolean) =>
    service.goals.writePreviewSheet({
      plans: built.map((b) => ({ plan: b.plan, metric: b.metric })),
      language,
      replace,
    }),
  );
  // An "exists" outcome asks before replacing; Cancel dismisses the question.
  const outcome = write.value;

  return (
    <div className={styles.root}>
      <Button disabled={write.running} onClick={() => void write.run(false)}>
        {t("goals.preview.toSheet")}
      </Button>
      <Caption1 className={styles.note}>{t("goals.preview.toSheetHint")}</Caption1>
      {write.running && <Caption1 role="status">{t("goals.preview.sheetWriting")}</Caption1>}
      {outcome?.kind === "exists" && (
        <ReplaceSheetBar
          message={t("goals.preview.sheetExists", { sheet: outcome.sheet })}
          replaceLabel={t("goals.preview.sheetReplace")}
          onReplace={() => void write.run(true)}
          onCancel={write.reset}
        />
      )}
      {outcome?.kind === "written" && (
        <Caption1 role="status">{t("goals.preview.sheetDone", { sheet: outcome.sheet })}</Caption1>
      )}
      {write.failure && <ExcelFailureBar failure={write.failure} />}
    </div>
  );
}
