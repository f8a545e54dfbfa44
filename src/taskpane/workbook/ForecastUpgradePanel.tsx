import { useTranslation } from "react-i18next";
import type { ForecastUpgradeOutcome } from "@excel/setup/upgradeForecast";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { UpgradePanel, type UpgradePanelTexts, type UpgradeReport } from "./UpgradePanel";

const texts: UpgradePanelTexts = {
  title: "workbook.upgrade.title",
  body: "workbook.upgrade.body",
  start: "workbook.upgrade.start",
  confirmTitle: "workbook.upgrade.confirmTitle",
  confirmBody: "workbook.upgrade.confirmBody",
  confirm: "workbook.upgrade.confirm",
  working: "workbook.upgrade.working",
};

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
  const report = (outcome: ForecastUpgradeOutcome): UpgradeReport =>
    outcome.kind === "upgraded"
      ? { intent: "success", text: t("workbook.upgrade.done", { count: outcome.kept }) }
      : {
          intent: "warning",
          text:
            outcome.kind === "missing"
              ? t("workbook.upgrade.missing", { what: outcome.what.join(", ") })
              : t("workbook.upgrade.rowsChanged", { deals: outcome.notWritten.join(", ") }),
        };
  // Only a written upgrade changes what the area shows; a refusal leaves the workbook as it was.
  const handleDone = (outcome: ForecastUpgradeOutcome) => {
    if (outcome.kind === "upgraded") onUpgraded();
  };

  return <UpgradePanel texts={texts} upgrade={() => service.upgradeForecast()} report={report} onDone={handleDone} />;
}
