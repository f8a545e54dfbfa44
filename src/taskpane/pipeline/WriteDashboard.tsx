import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
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

/**
 * "Write dashboard sheet": writes the live dashboard; when the sheet is there already, asks
 * before replacing it (it is the add-in's own sheet, but the user may have added to it).
 */
export function WriteDashboard() {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const write = useWorkbookAction((_controls, replace: boolean) => service.pipeline.writeDashboard({ replace }));
  // An "exists" outcome asks before replacing; Cancel dismisses the question.
  const outcome = write.value;

  const handleWrite = () => void write.run(false);
  const handleReplace = () => void write.run(true);
  const handleCancel = () => write.reset();

  return (
    <div className={styles.root}>
      <Button appearance="primary" icon={<DocumentTableRegular />} onClick={handleWrite} disabled={write.running}>
        {t("pipeline.dashboard.write")}
      </Button>
      {write.running && <Spinner size="tiny" label={t("pipeline.dashboard.writing")} />}
      {write.failure && <ExcelFailureBar failure={write.failure} />}
      {outcome?.kind === "written" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("pipeline.dashboard.written", { sheet: outcome.sheet })}
            {outcome.fallbackCharts?.length
              ? ` ${t("pipeline.dashboard.chartFallback", { charts: outcome.fallbackCharts.join(", ") })}`
              : null}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "missing" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("pipeline.dashboard.missing", { columns: outcome.columns.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "missing-columns" && <MissingColumnsBar missing={outcome.missing} />}
      {outcome?.kind === "exists" && (
        <ReplaceSheetBar
          title={t("pipeline.dashboard.confirmTitle")}
          message={t("pipeline.dashboard.confirmBody", { sheet: outcome.sheet })}
          replaceLabel={t("pipeline.dashboard.replace")}
          onReplace={handleReplace}
          onCancel={handleCancel}
        />
      )}
    </div>
  );
}
