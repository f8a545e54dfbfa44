import { useTranslation } from "react-i18next";
import type { PeriodPlanUpgradeOutcome } from "@excel/setup/upgradePeriodPlans";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { UpgradePanel, type UpgradePanelTexts, type UpgradeReport } from "./UpgradePanel";

const texts: UpgradePanelTexts = {
  title: "workbook.periodPlans.title",
  body: "workbook.periodPlans.body",
  start: "workbook.periodPlans.start",
  confirmTitle: "workbook.periodPlans.confirmTitle",
  confirmBody: "workbook.periodPlans.confirmBody",
  confirm: "workbook.periodPlans.confirm",
  working: "workbook.periodPlans.working",
};

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
  const report = (outcome: PeriodPlanUpgradeOutcome): UpgradeReport => ({
    intent: "success",
    text: t("workbook.periodPlans.done", {
      rows: outcome.copiedKpiRows,
      scores: outcome.rescoredRows,
      pace: outcome.addedPace ? t("workbook.periodPlans.paceAdded") : "",
    }),
  });

  return (
    <UpgradePanel texts={texts} upgrade={() => service.upgradePeriodPlans()} report={report} onDone={onUpgraded} />
  );
}
