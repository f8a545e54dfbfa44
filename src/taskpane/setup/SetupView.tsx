import { Spinner } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { languageFromOffice } from "@i18n/paneLanguage";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { SetupRunProgress } from "./SetupRunProgress";
import { FinishedStep } from "./steps/FinishedStep";
import { ReadyStep } from "./steps/ReadyStep";
import { useSetupWizard, type SetupWizard } from "./useSetupWizard";

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
  const { t, i18n } = useTranslation();
  const wizard = useSetupWizard(languageFromOffice(i18n.resolvedLanguage ?? i18n.language));
  const { step } = wizard.state;

  return (
    // The step shows its own progress and failure: reading the workbook is the wizard's first step.
    <AreaSection
      title={t("setup.title")}
      intro={t("setup.intro")}
      onRefresh={step.type === "ready" || step.type === "unreadable" ? wizard.handleInspect : undefined}
    >
      <SetupStepView wizard={wizard} />
    </AreaSection>
  );
}
