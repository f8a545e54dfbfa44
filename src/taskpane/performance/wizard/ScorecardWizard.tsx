import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ScorecardDraft } from "@core/performance/scorecardDraft";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { BandsStep } from "./steps/BandsStep";
import { CommissionStep } from "./steps/CommissionStep";
import { ConfirmStep } from "./steps/ConfirmStep";
import { KpisStep } from "./steps/KpisStep";
import { PeriodStep } from "./steps/PeriodStep";
import { PreviewStep } from "./steps/PreviewStep";
import { WriteOutcomeBar } from "./steps/WriteOutcomeBar";
import { WriteStep } from "./steps/WriteStep";
import type { ScorecardWizard as Wizard } from "./useScorecardWizard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export type ScorecardWizardProps = {
  /** The wizard's state and handlers (the area reads its preview lines for the leaderboard too). */
  wizard: Wizard;
  draft: ScorecardDraft;
};

/** The part of the wizard the write's step decides: the Write button, the question, the outcome. */
function renderWrite(wizard: Wizard) {
  const { step } = wizard.state;
  const write = (writing: boolean) => (
    <WriteStep blocked={wizard.problems.length > 0} writing={writing} onWrite={wizard.handleWrite} />
  );
  switch (step.type) {
    case "editing":
      return write(false);
    case "confirming":
      return (
        <ConfirmStep
          existingRows={wizard.existingRows}
          onConfirm={wizard.handleConfirm}
          onCancel={wizard.handleCancel}
        />
      );
    case "writing":
      return write(true);
    case "written":
      return (
        <>
          {write(false)}
          <WriteOutcomeBar outcome={step.outcome} />
        </>
      );
    case "failed":
      return (
        <>
          {write(false)}
          <ExcelFailureBar failure={step.failure} />
        </>
      );
  }
}

/** The scorecard wizard: period, KPI set, rating bands and commission, the preview, and write. */
export function ScorecardWizard({ wizard, draft }: ScorecardWizardProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const titleId = useId();
  const handleChange = (change: Partial<ScorecardDraft>) => wizard.handleDraftChange({ ...draft, ...change });
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("performance.wizard.title")}
      </Subtitle2>
      <PeriodStep draft={draft} onChange={handleChange} />
      <KpisStep draft={draft} onChange={handleChange} baselines={wizard.baselines} />
      <BandsStep draft={draft} onChange={handleChange} />
      <CommissionStep draft={draft} onChange={handleChange} />
      <PreviewStep problems={wizard.problems} lines={wizard.lines} />
      {renderWrite(wizard)}
    </section>
  );
}
