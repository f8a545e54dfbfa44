import { Body1, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ImportPlan } from "@core/import/planImport";
import { rejectedRowsSheet } from "@core/import/rejectedRows";
import type { ImportSource } from "@core/import/importSource";
import { languageFromOffice } from "@i18n/paneLanguage";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";

export type RejectedRowsActionProps = {
  source: ImportSource;
  headerRow: number;
  plan: ImportPlan;
};

/** How many source rows an import left out: matched and skipped, ambiguous, repeated, already there. */
export function rejectedCount(plan: ImportPlan): number {
  const rows = new Set(plan.matches?.rejected.map((row) => row.sourceRow) ?? []);
  for (const problem of plan.result.problems) if (problem.kind === "already-imported") rows.add(problem.row);
  return rows.size;
}

/**
 * "Copy the rows left out to a new sheet": the rows an import did not write (rejectedRowsSheet),
 * under the source's header with a reason column in the pane's language, on a new sheet. Shows
 * nothing when no row was left out.
 */
export function RejectedRowsAction({ source, headerRow, plan }: RejectedRowsActionProps) {
  const { t, i18n } = useTranslation();
  const service = useWorkbookService();
  const language = languageFromOffice(i18n.resolvedLanguage ?? i18n.language) === "zh-CN" ? "zh" : "en";
  const copy = useWorkbookAction(() =>
    service.import.writeRejected(
      t("import.duplicates.sheetName"),
      rejectedRowsSheet(
        source,
        headerRow,
        plan.matches?.rejected ?? [],
        plan.result.problems,
        language,
        t("import.duplicates.reason"),
      ),
    ),
  );
  const count = rejectedCount(plan);
  if (count === 0) return null;
  const handleCopy = () => void copy.run();
  return (
    <>
      {copy.failure && <ExcelFailureBar failure={copy.failure} />}
      {copy.value ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("import.duplicates.copied", { sheet: copy.value.sheet })}</MessageBarBody>
        </MessageBar>
      ) : (
        <Body1>
          <Button onClick={handleCopy} disabled={copy.running}>
            {copy.running ? t("import.duplicates.copying") : t("import.duplicates.copyRejected", { count })}
          </Button>
        </Body1>
      )}
    </>
  );
}
