import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { useWorkbookStatus } from "./useWorkbookStatus";
import { WorkbookTablesTable } from "./WorkbookTablesTable";
import { ForecastUpgradePanel } from "./ForecastUpgradePanel";
import { PeriodPlanUpgradePanel } from "./PeriodPlanUpgradePanel";
import { CollectionsUpgradePanel } from "./CollectionsUpgradePanel";
import { languageNameKeys } from "@taskpane/shared/languageNameKeys";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { DealRecordingSwitch } from "./DealRecordingSwitch";
import { GetStarted } from "./GetStarted";
import { UndoLastChange } from "@taskpane/undo/UndoLastChange";

const useStyles = makeStyles({
  facts: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * The Workbook area: which SalesGrid tables this workbook has, read live from Excel, and the
 * upgrade of a workbook set up by an older SalesGrid when it needs one. A workbook without any
 * SalesGrid table, never set up, shows Get started instead.
 */
export function WorkbookStatusView() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { loading, status, failure, refresh } = useWorkbookStatus();
  // Kept once the upgrade wrote, so its report stays on screen after the status no longer asks for it.
  const [upgraded, setUpgraded] = useState(false);
  const [plansUpgraded, setPlansUpgraded] = useState(false);
  const [collectionsUpgraded, setCollectionsUpgraded] = useState(false);
  const service = useWorkbookService();
  // Asked with `in`: a service without a recorder (a test's, a host's) leaves the switch out.
  const recording = "recording" in service ? service.recording : undefined;

  const handleRefresh = () => refresh();
  const handleUpgraded = () => {
    setUpgraded(true);
    refresh();
  };

  const handlePlansUpgraded = () => {
    setPlansUpgraded(true);
    refresh();
  };

  const handleCollectionsUpgraded = () => {
    setCollectionsUpgraded(true);
    refresh();
  };

  const presentCount = status?.tables.filter((table) => table.present).length ?? 0;
  const empty = status !== undefined && presentCount === 0 && status.schemaVersion === null && !status.forecastUpgrade;

  return (
    <AreaSection
      title={empty ? t("workbook.getStarted.title") : t("workbook.title")}
      intro={empty ? t("workbook.getStarted.intro") : t("workbook.intro")}
      onRefresh={handleRefresh}
      refreshDisabled={loading}
      progress={loading ? t("workbook.loading") : null}
      failure={failure}
    >
      {(status?.forecastUpgrade || upgraded) && <ForecastUpgradePanel onUpgraded={handleUpgraded} />}
      {(status?.periodPlanUpgrade || plansUpgraded) && <PeriodPlanUpgradePanel onUpgraded={handlePlansUpgraded} />}
      {(status?.collectionsUpgrade || collectionsUpgraded) && (
        <CollectionsUpgradePanel onUpgraded={handleCollectionsUpgraded} />
      )}
      {empty && <GetStarted />}
      {status && !empty && (
        <>
          <div className={styles.facts}>
            <Body1>{t("workbook.summary", { present: presentCount, total: status.tables.length })}</Body1>
            <Caption1>
              {status.schemaVersion === null
                ? t("workbook.notSetUp")
                : t("workbook.schemaVersion", { version: status.schemaVersion })}
            </Caption1>
            {status.language && (
              <Caption1>{t("workbook.workbookLanguage", { language: t(languageNameKeys[status.language]) })}</Caption1>
            )}
          </div>
          <WorkbookTablesTable tables={status.tables} />
          {recording && status.schemaVersion !== null && <DealRecordingSwitch recording={recording} />}
          {status.schemaVersion !== null && <UndoLastChange refreshKey={status} />}
        </>
      )}
    </AreaSection>
  );
}
