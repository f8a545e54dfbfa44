import { Body1, Button, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { languageFromOffice } from "@i18n/paneLanguage";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { SetupRunProgress } from "./SetupRunProgress";
import { FinishedStep } from "./steps/FinishedStep";
import { ReadyStep } from "./steps/ReadyStep";
import { useSetupWizard, type SetupWizard } from "./useSetupWizard";

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
    // At 320 px the title and Refresh do not fit one line: Refresh goes under rather than being cut.
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
});

/** The open step's content. */
function SetupStepView({ wizard }: { wizard: SetupWizard }) {
  const { t } = useTranslation();
  const { step, language, sample } = wizard.state;
  switch (step.type) {
    case "loading":
      return <Spinner size="small" label={t("setup.loading")} />;
    case "unreadable":
      return <ExcelFailureBar failure={step.failure} />;
    case "ready":
      if (!wizard.plan || !wizard.sampleOffer) return null;
      return (
        <ReadyStep
          plan={wizard.plan}
          sampleOffer={wizard.sampleOffer}
          language={language}
          sample={sample}
          onLanguageChange={wizard.handleLanguageChange}
          onSampleChange={wizard.handleSampleChange}
          onRun={wizard.handleRun}
        />
      );
    case "running":
      return <SetupRunProgress progress={step.progress} onCancel={wizard.handleCancel} />;
    case "finished":
      return <FinishedStep result={step.result} onAgain={wizard.handleInspect} />;
  }
}

/**
 * The Set up area: choose the workbook's language and sample data, see per table what will be
 * created or kept, confirm, follow the write (with Cancel), then read what was done.
 */
export function SetupView() {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const wizard = useSetupWizard(languageFromOffice(i18n.resolvedLanguage ?? i18n.language));
  const { step } = wizard.state;
  const titleId = useId();

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={styles.heading}>
        <Subtitle2 as="h2" id={titleId}>
          {t("setup.title")}
        </Subtitle2>
        {(step.type === "ready" || step.type === "unreadable") && (
          <Button icon={<ArrowClockwiseRegular />} onClick={wizard.handleInspect}>
            {t("setup.refresh")}
          </Button>
        )}
      </div>
      <Body1>{t("setup.intro")}</Body1>
      <SetupStepView wizard={wizard} />
    </section>
  );
}
