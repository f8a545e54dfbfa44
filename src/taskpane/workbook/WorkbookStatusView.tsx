import { Body1, Button, Caption1, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useWorkbookStatus } from "./useWorkbookStatus";
import { WorkbookTablesTable } from "./WorkbookTablesTable";
import { ForecastUpgradePanel } from "./ForecastUpgradePanel";
import { PeriodPlanUpgradePanel } from "./PeriodPlanUpgradePanel";
import { languageNameKeys } from "@taskpane/shared/languageNameKeys";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { DealRecordingSwitch } from "./DealRecordingSwitch";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  heading: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  facts: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * The Workbook area: which SalesGrid tables this workbook has, read live from Excel, and the
 * upgrade of a workbook set up by an older SalesGrid when it needs one.
 */
export function WorkbookStatusView() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { loading, status, failure, refresh } = useWorkbookStatus();
  const titleId = useId();
  // Kept once the upgrade wrote, so its report stays on screen after the status no longer asks for it.
  const [upgraded, setUpgraded] = useState(false);
  const [plansUpgraded, setPlansUpgraded] = useState(false);
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

  const presentCount = status?.tables.filter((table) => table.present).length ?? 0;

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={styles.heading}>
        <Subtitle2 as="h2" id={titleId}>
          {t("workbook.title")}
        </Subtitle2>
        <Button icon={<ArrowClockwiseRegular />} onClick={handleRefresh} disabled={loading}>
          {t("workbook.refresh")}
        </Button>
      </div>
      <Body1>{t("workbook.intro")}</Body1>
      {loading && <Spinner size="small" label={t("workbook.loading")} />}
      {failure && <ExcelFailureBar failure={failure} />}
      {(status?.forecastUpgrade || upgraded) && <ForecastUpgradePanel onUpgraded={handleUpgraded} />}
      {(status?.periodPlanUpgrade || plansUpgraded) && <PeriodPlanUpgradePanel onUpgraded={handlePlansUpgraded} />}
      {status && (
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
        </>
      )}
    </section>
  );
}
