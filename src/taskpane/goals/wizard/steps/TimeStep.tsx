import { Caption1, Checkbox, Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { HistorySummary } from "@core/goals/breakdown/buildPlans";
import type { TimeMethod } from "@core/goals/breakdown/plan";
import type { PeriodChoice } from "@core/goals/breakdown/wizardChoices";
import type { TranslationKey } from "@i18n/translationKey";
import { useCoreText } from "../../useCoreText";
import type { StepProps } from "./types";
import { TIME_METHOD_KEYS } from "./methodKeys";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
});

const METHODS: readonly TimeMethod[] = ["equal", "lastYear", "seasonal", "growth"];

/** The strings key of what each kind of period writes. */
const LEVELS_KEYS: Readonly<Record<PeriodChoice, TranslationKey>> = {
  year: "goals.time.levels",
  quarter: "goals.time.levelsQuarter",
  month: "goals.time.levelsMonth",
  rest: "goals.time.levelsRest",
};

export type TimeStepProps = StepProps & {
  /** Complete months of won-deal history before the plan year and what "last year" means. */
  history: HistorySummary;
};

/**
 * Step 3: how the target is split over its months (equal, last year, seasonal index, growth),
 * what the history behind it is, and (for a year) whether weeks are written too.
 */
export function TimeStep({ choices, problems, onChange, history }: TimeStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { text } = useCoreText();
  const { lastYear } = history;
  return (
    <div className={styles.root}>
      <Field label={t(choices.period === "year" ? "goals.time.label" : "goals.time.labelPeriod")}>
        <RadioGroup
          value={choices.timeMethod}
          onChange={(_, data) => onChange({ timeMethod: data.value as TimeMethod })}
        >
          {METHODS.map((m) => (
            <Radio key={m} value={m} label={t(TIME_METHOD_KEYS[m])} />
          ))}
        </RadioGroup>
      </Field>
      {choices.timeMethod === "growth" && (
        <>
          <Field
            label={t("goals.time.rate")}
            validationMessage={problems.includes("time.needRate") ? t("goals.time.needRate") : undefined}
          >
            <Input
              inputMode="decimal"
              value={choices.growthRate}
              onChange={(_, data) => onChange({ growthRate: data.value })}
            />
          </Field>
          <Checkbox
            checked={choices.growthSetsTarget}
            onChange={(_, data) => onChange({ growthSetsTarget: data.checked === true })}
            label={t("goals.time.rateFromLastYear")}
          />
        </>
      )}
      <Caption1 className={styles.note}>{t("goals.time.history", { months: history.months })}</Caption1>
      {lastYear && (
        <Caption1 className={styles.note}>
          {t(lastYear.kind === "fiscalYear" ? "goals.time.lastYearFiscal" : "goals.time.lastYearTrailing", {
            period: text(lastYear.label),
          })}
        </Caption1>
      )}
      <Caption1 className={styles.note}>{t(LEVELS_KEYS[choices.period])}</Caption1>
      {choices.period === "year" && (
        <Checkbox
          checked={choices.weeks}
          onChange={(_, data) => onChange({ weeks: data.checked === true })}
          label={t("goals.time.weeks")}
        />
      )}
    </div>
  );
}
