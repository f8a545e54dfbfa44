import { Button, MessageBar, MessageBarBody, Subtitle2, Tab, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { wizardSteps, type WizardChoices, type WizardStep } from "@core/goals/breakdown/wizardChoices";
import { targetRowCount } from "@core/goals/breakdown/targetRowCount";
import type { GoalsData } from "@excel/goals/goalsData";
import { WrappingTabList } from "@taskpane/shared/WrappingTabList";
import { useCoreText } from "../useCoreText";
import { MetricStep } from "./steps/MetricStep";
import { PeopleStep } from "./steps/PeopleStep";
import { PreviewStep } from "./steps/PreviewStep";
import { TargetStep } from "./steps/TargetStep";
import { TimeStep } from "./steps/TimeStep";
import { WriteStep } from "./steps/WriteStep";
import { useBreakdownWizard, type BreakdownWizard as Wizard } from "./useBreakdownWizard";
import type { TranslationKey } from "@i18n/translationKey";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  nav: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

/** The strings key of each step's name. */
const STEP_KEYS: Readonly<Record<WizardStep, TranslationKey>> = {
  target: "goals.steps.target",
  metric: "goals.steps.metric",
  time: "goals.steps.time",
  people: "goals.steps.people",
  preview: "goals.steps.preview",
  write: "goals.steps.write",
};

export type BreakdownWizardProps = {
  data: GoalsData;
  choices: WizardChoices;
  onChoicesChange: (patch: Partial<WizardChoices>) => void;
  today: number;
  onWritten: () => void;
};

/** The open step's component. */
function renderStep(wizard: Wizard, { data, choices, onChoicesChange, today }: BreakdownWizardProps) {
  const { step } = wizard.state;
  const stepProps = { choices, problems: wizard.problems, onChange: onChoicesChange };
  switch (step.type) {
    case "target":
      return <TargetStep {...stepProps} today={today} />;
    case "metric":
      return <MetricStep {...stepProps} />;
    case "time":
      return <TimeStep {...stepProps} history={wizard.history} />;
    case "people":
      return <PeopleStep {...stepProps} reps={data.reps} />;
    case "preview":
      return (
        <PreviewStep
          built={step.built.plans}
          granularities={wizard.granularities}
          editError={step.built.editError}
          dropped={step.built.dropped}
          language={data.language}
          onEdit={wizard.handleEdit}
        />
      );
    case "write":
      return (
        <WriteStep
          rowCount={targetRowCount(step.built.plans, data.language, wizard.granularities)}
          granularities={wizard.granularities}
          write={wizard.write}
          onWrite={wizard.handleWrite}
          onCancel={wizard.handleCancelReplace}
        />
      );
  }
}

/**
 * The target breakdown wizard: target (for a year, a quarter, a month or the rest of the year) → metric → split over time → split over people →
 * preview (type over figures, lock, rebalance) → write to the Targets table. Each step validates
 * before the next opens; nothing is written before the last step.
 */
export function BreakdownWizard(props: BreakdownWizardProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { errorText } = useCoreText();
  const wizard = useBreakdownWizard(props);
  const { step, reached, buildError } = wizard.state;
  const index = wizardSteps.indexOf(step.type);
  return (
    <div className={styles.root}>
      <WrappingTabList
        size="small"
        aria-label={t("goals.steps.label")}
        selectedValue={step.type}
        onTabSelect={(_, d) => wizard.handleOpen(d.value as WizardStep)}
      >
        {wizardSteps.map((s, i) => (
          <Tab key={s} value={s} disabled={i > reached || ((s === "preview" || s === "write") && !wizard.plansReady)}>
            {`${i + 1}. ${t(STEP_KEYS[s])}`}
          </Tab>
        ))}
      </WrappingTabList>
      <Subtitle2 as="h3">{t(STEP_KEYS[step.type])}</Subtitle2>
      {renderStep(wizard, props)}
      {buildError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{errorText(buildError)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.nav}>
        {index > 0 && <Button onClick={wizard.handleBack}>{t("common.back")}</Button>}
        {index < wizardSteps.length - 1 && (
          <Button appearance="primary" onClick={wizard.handleNext}>
            {t("common.next")}
          </Button>
        )}
      </div>
    </div>
  );
}
