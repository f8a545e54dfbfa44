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
import type { ForecastUpgradeOutcome } from "@excel/setup/upgradeForecast";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";

type UpgradeState =
  | { readonly step: "offer" }
  | { readonly step: "confirm" }
  | { readonly step: "working" }
  | { readonly step: "done"; readonly outcome: ForecastUpgradeOutcome }
  | { readonly step: "failed"; readonly failure: ExcelFailure };

export type ForecastUpgradePanelProps = {
  /** Called once the upgrade wrote, so the area reads the workbook again. */
  onUpgraded: () => void;
};

/**
 * Offers the upgrade of a Deals table set up before ForecastCategory became a formula: what it
 * changes, a confirmation (it rewrites a column of the manager's table), then what it did.
 */
export function ForecastUpgradePanel({ onUpgraded }: ForecastUpgradePanelProps) {
  const { t } = useTranslation();
  const service = useWorkbookService();
  const [state, setState] = useState<UpgradeState>({ step: "offer" });

  const handleStart = () => setState({ step: "confirm" });
  const handleCancel = () => setState({ step: "offer" });
  const handleConfirm = () => {
    setState({ step: "working" });
    service
      .upgradeForecast()
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (!result.ok) setState({ step: "failed", failure: result.error });
        else {
          setState({ step: "done", outcome: result.value });
          if (result.value.kind === "upgraded") onUpgraded();
        }
      });
  };

  if (state.step === "done") {
    const { outcome } = state;
    if (outcome.kind === "upgraded") {
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("workbook.upgrade.done", { count: outcome.kept })}</MessageBarBody>
        </MessageBar>
      );
    }
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {outcome.kind === "missing"
            ? t("workbook.upgrade.missing", { what: outcome.what.join(", ") })
            : t("workbook.upgrade.rowsChanged", { deals: outcome.notWritten.join(", ") })}
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
            <MessageBarTitle>{t("workbook.upgrade.confirmTitle")}</MessageBarTitle>
            {t("workbook.upgrade.confirmBody")}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={handleConfirm}>
              {t("workbook.upgrade.confirm")}
            </Button>
            <Button onClick={handleCancel}>{t("common.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("workbook.upgrade.title")}</MessageBarTitle>
            {t("workbook.upgrade.body")}
          </MessageBarBody>
          <MessageBarActions>
            {state.step === "working" ? (
              <Spinner size="tiny" label={t("workbook.upgrade.working")} />
            ) : (
              <Button onClick={handleStart}>{t("workbook.upgrade.start")}</Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
