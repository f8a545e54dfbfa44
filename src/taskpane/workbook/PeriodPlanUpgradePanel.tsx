import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import type { PeriodPlanUpgradeOutcome } from "@excel/setup/upgradePeriodPlans";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";

type UpgradeState =
  | { readonly step: "offer" }
  | { readonly step: "confirm" }
  | { readonly step: "working" }
  | { readonly step: "done"; readonly outcome: PeriodPlanUpgradeOutcome }
  | { readonly step: "failed"; readonly failure: ExcelFailure };

export type PeriodPlanUpgradePanelProps = {
  /** Called once the upgrade wrote, so the area reads the workbook again. */
  onUpgraded: () => void;
};

/**
 * Offers the upgrade to per-period KPI plans and the live Pace column (schema version 3): what it
 * changes, a confirmation (it rewrites the Score column and adds columns to the manager's
 * tables), then what it did.
 */
export function PeriodPlanUpgradePanel({ onUpgraded }: PeriodPlanUpgradePanelProps) {
  const { t } = useTranslation();
  const service = useWorkbookService();
  const [state, setState] = useState<UpgradeState>({ step: "offer" });

  const handleStart = () => setState({ step: "confirm" });
  const handleCancel = () => setState({ step: "offer" });
  const handleConfirm = () => {
    setState({ step: "working" });
    service
      .upgradePeriodPlans()
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (!result.ok) setState({ step: "failed", failure: result.error });
        else {
          setState({ step: "done", outcome: result.value });
          onUpgraded();
        }
      });
  };

  if (state.step === "done") {
    const { outcome } = state;
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {t("workbook.periodPlans.done", {
            rows: outcome.copiedKpiRows,
            scores: outcome.rescoredRows,
            pace: outcome.addedPace ? t("workbook.periodPlans.paceAdded") : "",
          })}
        </MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <>
      {state.step === "failed" && <ExcelFailureBar failure={state.failure} />}
      {state.step === "confirm" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("workbook.periodPlans.confirmTitle")}</MessageBarTitle>
            {t("workbook.periodPlans.confirmBody")}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={handleConfirm}>
              {t("workbook.periodPlans.confirm")}
            </Button>
            <Button onClick={handleCancel}>{t("workbook.periodPlans.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("workbook.periodPlans.title")}</MessageBarTitle>
            {t("workbook.periodPlans.body")}
          </MessageBarBody>
          <MessageBarActions>
            {state.step === "working" ? (
              <Spinner size="tiny" label={t("workbook.periodPlans.working")} />
            ) : (
              <Button onClick={handleStart}>{t("workbook.periodPlans.start")}</Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
