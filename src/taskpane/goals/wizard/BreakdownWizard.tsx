import { Button, MessageBar, MessageBarBody, Subtitle2, Tab, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isSalesError, type SalesError } from "@core/errors";
import { applyEdit, type PlanEdit } from "@core/goals/breakdown/applyEdit";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import type { GoalsData } from "@excel/goals/goalsData";
import { useCoreText } from "../useCoreText";
import { buildPlans, historyFor, type BuiltPlan } from "./buildPlans";
import { MetricStep } from "./MetricStep";
import { PeopleStep } from "./PeopleStep";
import { PreviewStep } from "./PreviewStep";
import { TargetStep } from "./TargetStep";
import { TimeStep } from "./TimeStep";
import {
  granularitiesOf,
  metricsOf,
  stepProblems,
  wizardSteps,
  type WizardChoices,
  type WizardStep,
} from "./wizardChoices";
import { WriteStep } from "./WriteStep";
import { WrappingTabList } from "@taskpane/shared/WrappingTabList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  nav: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

export type BreakdownWizardProps = {
  data: GoalsData;
  choices: WizardChoices;
  onChoicesChange: (patch: Partial<WizardChoices>) => void;
  today: number;
  onWritten: () => void;
};

/** The choices a plan depends on, so going back and forth keeps the manager's edits unless they change. */
const planKey = (choices: WizardChoices) => JSON.stringify(choices);

/**
 * The target breakdown wizard: annual target → metric → split over time → split over people →
 * preview (type over figures, lock, rebalance) → write to the Targets table. Each step validates
 * before the next opens; nothing is written before the last step.
 */
export function BreakdownWizard({ data, choices, onChoicesChange, today, onWritten }: BreakdownWizardProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { errorText } = useCoreText();
  const [step, setStep] = useState<WizardStep>("target");
  const [reached, setReached] = useState(0);
  const [shown, setShown] = useState<ReadonlySet<WizardStep>>(new Set());
  const [built, setBuilt] = useState<{ key: string; plans: BuiltPlan[] } | null>(null);
  const [buildError, setBuildError] = useState<SalesError | null>(null);
  const [editError, setEditError] = useState<SalesError | null>(null);
  const index = wizardSteps.indexOf(step);
  const problems = shown.has(step) ? stepProblems(step, choices, data.reps) : [];

  const history = (() => {
    const found = historyFor(choices, data, metricsOf(choices)[0]);
    return isSalesError(found) ? 0 : found.coveredMonths;
  })();

  const go = (next: WizardStep) => {
    setStep(next);
    setReached((r) => Math.max(r, wizardSteps.indexOf(next)));
  };

  const handleNext = () => {
    if (stepProblems(step, choices, data.reps).length > 0) {
      setShown((s) => new Set(s).add(step));
      return;
    }
    const next = wizardSteps[index + 1];
    if (next === "preview" && built?.key !== planKey(choices)) {
      const plans = buildPlans(choices, data, today);
      if (isSalesError(plans)) {
        setBuildError(plans);
        return;
      }
      setBuilt({ key: planKey(choices), plans });
      setEditError(null);
    }
    setBuildError(null);
    go(next);
  };

  const handleEdit = (metric: Metric, edit: PlanEdit) => {
    if (!built) return;
    const target = built.plans.find((b) => b.metric === metric);
    if (!target) return;
    const edited = applyEdit(target.plan, edit);
    if (isSalesError(edited)) {
      setEditError(edited);
      return;
    }
    setEditError(null);
    setBuilt({ ...built, plans: built.plans.map((b) => (b === target ? { ...b, plan: edited } : b)) });
  };

  const stepProps = { choices, problems, onChange: onChoicesChange };
  const plans = built?.key === planKey(choices) ? built.plans : null;
  return (
    <div className={styles.root}>
      <WrappingTabList
        size="small"
        aria-label={t("goals.steps.label")}
        selectedValue={step}
        onTabSelect={(_, d) => go(d.value as WizardStep)}
      >
        {wizardSteps.map((s, i) => (
          <Tab key={s} value={s} disabled={i > reached || ((s === "preview" || s === "write") && !plans)}>
            {`${i + 1}. ${t(`goals.steps.${s}`)}`}
          </Tab>
        ))}
      </WrappingTabList>
      <Subtitle2 as="h3">{t(`goals.steps.${step}`)}</Subtitle2>
      {step === "target" && <TargetStep {...stepProps} />}
      {step === "metric" && <MetricStep {...stepProps} />}
      {step === "time" && <TimeStep {...stepProps} historyMonths={history} />}
      {step === "people" && <PeopleStep {...stepProps} reps={data.reps} />}
      {step === "preview" && plans && (
        <PreviewStep built={plans} weeks={choices.weeks} editError={editError} onEdit={handleEdit} />
      )}
      {step === "write" && plans && (
        <WriteStep built={plans} granularities={granularitiesOf(choices)} data={data} onWritten={onWritten} />
      )}
      {buildError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{errorText(buildError)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.nav}>
        {index > 0 && <Button onClick={() => go(wizardSteps[index - 1])}>{t("goals.back")}</Button>}
        {index < wizardSteps.length - 1 && (
          <Button appearance="primary" onClick={handleNext}>
            {t("goals.next")}
          </Button>
        )}
      </div>
    </div>
  );
}
