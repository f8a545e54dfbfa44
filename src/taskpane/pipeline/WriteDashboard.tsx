import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toExcelFailure, type ExcelFailure, type ExcelResult } from "@excel/excelFailure";
import type { DashboardOutcome } from "@excel/pipeline/writePipelineDashboard";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { MissingColumnsBar } from "@taskpane/shared/MissingColumnsBar";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
});

type WriteState =
  | { readonly step: "idle" }
  | { readonly step: "writing" }
  | { readonly step: "confirm"; readonly sheet: string }
  | { readonly step: "done"; readonly outcome: DashboardOutcome }
  | { readonly step: "failed"; readonly failure: ExcelFailure };

/**
 * "Write dashboard sheet": writes the live dashboard; when the sheet is there already, asks
 * before replacing it (it is the add-in's own sheet, but the user may have added to it).
 */
export function WriteDashboard() {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const [state, setState] = useState<WriteState>({ step: "idle" });

  const write = (replace: boolean) => {
    setState({ step: "writing" });
    service.pipeline
      .writeDashboard({ replace })
      .catch((error: unknown): ExcelResult<DashboardOutcome> => ({ ok: false, error: toExcelFailure(error) }))
      .then((result) => {
        if (!result.ok) setState({ step: "failed", failure: result.error });
        else if (result.value.kind === "exists") setState({ step: "confirm", sheet: result.value.sheet });
        else setState({ step: "done", outcome: result.value });
      });
  };
  const handleWrite = () => write(false);
  const handleReplace = () => write(true);
  const handleCancel = () => setState({ step: "idle" });

  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        icon={<DocumentTableRegular />}
        onClick={handleWrite}
        disabled={state.step === "writing"}
      >
        {t("pipeline.dashboard.write")}
      </Button>
      {state.step === "writing" && <Spinner size="tiny" label={t("pipeline.dashboard.writing")} />}
      {state.step === "failed" && <ExcelFailureBar failure={state.failure} />}
      {state.step === "done" && state.outcome.kind === "written" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("pipeline.dashboard.written", { sheet: state.outcome.sheet })}
            {state.outcome.fallbackCharts?.length
              ? ` ${t("pipeline.dashboard.chartFallback", { charts: state.outcome.fallbackCharts.join(", ") })}`
              : null}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.step === "done" && state.outcome.kind === "missing" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("pipeline.dashboard.missing", { columns: state.outcome.columns.join(", ") })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.step === "done" && state.outcome.kind === "missing-columns" && (
        <MissingColumnsBar missing={state.outcome.missing} />
      )}
      {state.step === "confirm" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("pipeline.dashboard.confirmTitle")}</MessageBarTitle>
            {t("pipeline.dashboard.confirmBody", { sheet: state.sheet })}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={handleReplace}>
              {t("pipeline.dashboard.replace")}
            </Button>
            <Button onClick={handleCancel}>{t("common.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
