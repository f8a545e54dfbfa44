import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { PrintRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { weekLabel, type Week } from "@core/weekly/week";
import type { ExcelResult } from "@excel/excelFailure";
import type { WeeklySheetOutcome } from "@excel/weekly/writeWeeklySheet";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { MissingColumnsBar } from "@taskpane/shared/MissingColumnsBar";
import { ReplaceSheetBar } from "@taskpane/shared/ReplaceSheetBar";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
});

/** What the button writes with: the week, the scope, and whether to replace the week's sheet. */
export type WriteWeeklySheetOptions = { readonly week: Week; readonly team: string | null; readonly replace: boolean };

export type WriteWeeklySheetProps = {
  readonly week: Week;
  /** The team, or null for everyone. */
  readonly team: string | null;
  readonly write: (options: WriteWeeklySheetOptions) => Promise<ExcelResult<WeeklySheetOutcome>>;
};

/**
 * "Write 2026-W49 sheet": writes the week's live sheet (周报); when the week's sheet is there
 * already, asks before replacing it, since the user may have added to it.
 */
export function WriteWeeklySheet({ week, team, write }: WriteWeeklySheetProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const action = useWorkbookAction((_controls, replace: boolean) => write({ week, team, replace }));
  const outcome = action.value;

  const handleWrite = () => void action.run(false);
  const handleReplace = () => void action.run(true);
  const handleCancel = () => action.reset();

  return (
    <div className={styles.root}>
      <Button appearance="primary" icon={<PrintRegular />} onClick={handleWrite} disabled={action.running}>
        {t("weeklySheet.write", { week: weekLabel(week) })}
      </Button>
      {action.running && <Spinner size="tiny" label={t("weeklySheet.writing")} />}
      {action.failure && <ExcelFailureBar failure={action.failure} />}
      {outcome?.kind === "written" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("weeklySheet.written", { sheet: outcome.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "missing" && outcome.tables.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("weeklySheet.missingTables", { tables: outcome.tables.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "missing" && outcome.columns.length > 0 && <MissingColumnsBar missing={outcome.columns} />}
      {outcome?.kind === "exists" && (
        <ReplaceSheetBar
          title={t("weeklySheet.confirmTitle")}
          message={t("weeklySheet.confirmBody", { sheet: outcome.sheet })}
          replaceLabel={t("weeklySheet.replace")}
          onReplace={handleReplace}
          onCancel={handleCancel}
        />
      )}
    </div>
  );
}
