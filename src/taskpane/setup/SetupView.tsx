import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { languageFromOffice } from "@i18n/paneLanguage";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { SetupOptions } from "./SetupOptions";
import { SetupPreviewTable } from "./SetupPreviewTable";
import { SetupReportView } from "./SetupReportView";
import { SetupRunProgress } from "./SetupRunProgress";
import { useSetupWizard } from "./useSetupWizard";

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
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
  },
});

/**
 * The Set up area: choose the workbook's language and sample data, see per table what will be
 * created or kept, confirm, follow the write (with Cancel), then read what was done.
 */
export function SetupView() {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const wizard = useSetupWizard(languageFromOffice(i18n.resolvedLanguage ?? i18n.language));
  const { phase, plan } = wizard;
  const titleId = useId();

  const handleRefresh = () => wizard.inspect();
  const handleRun = () => wizard.run();

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={styles.heading}>
        <Subtitle2 as="h2" id={titleId}>
          {t("setup.title")}
        </Subtitle2>
        {(phase.kind === "ready" || phase.kind === "unreadable") && (
          <Button icon={<ArrowClockwiseRegular />} onClick={handleRefresh}>
            {t("setup.refresh")}
          </Button>
        )}
      </div>
      <Body1>{t("setup.intro")}</Body1>
      {phase.kind === "loading" && <Spinner size="small" label={t("setup.loading")} />}
      {phase.kind === "unreadable" && <ExcelFailureBar failure={phase.failure} />}
      {phase.kind === "ready" && plan && wizard.sampleOffer && (
        <>
          <SetupOptions
            plan={plan}
            sampleOffer={wizard.sampleOffer}
            language={wizard.language}
            sample={wizard.sample}
            onLanguageChange={wizard.setLanguage}
            onSampleChange={wizard.setSample}
          />
          <SetupPreviewTable plan={plan} />
          {!plan.hasWork && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t("setup.nothingToDo")}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={handleRun} disabled={!plan.hasWork}>
              {t("setup.run")}
            </Button>
          </div>
        </>
      )}
      {phase.kind === "running" && <SetupRunProgress progress={phase.progress} onCancel={wizard.cancel} />}
      {phase.kind === "finished" && (
        <>
          <SetupReportView result={phase.result} />
          <div className={styles.actions}>
            <Button onClick={handleRefresh}>{t("setup.report.again")}</Button>
          </div>
        </>
      )}
    </section>
  );
}
