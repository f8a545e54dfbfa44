import { Caption1, Checkbox, Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { TimeMethod } from "@core/goals/breakdown/plan";
import type { StepProps } from "./types";
import { TIME_METHOD_KEYS } from "./methodKeys";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
});

const METHODS: readonly TimeMethod[] = ["equal", "lastYear", "seasonal", "growth"];

export type TimeStepProps = StepProps & {
  /** Months of won-deal history before the plan year (MonthlyHistory.coveredMonths). */
  historyMonths: number;
};

/** Step 3: how the year is split over months (equal, last year, seasonal index, growth) and weeks. */
export function TimeStep({ choices, problems, onChange, historyMonths }: TimeStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.root}>
      <Field label={t("goals.time.label")}>
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
      <Caption1 className={styles.note}>{t("goals.time.history", { months: historyMonths })}</Caption1>
      <Caption1 className={styles.note}>{t("goals.time.levels")}</Caption1>
      <Checkbox
        checked={choices.weeks}
        onChange={(_, data) => onChange({ weeks: data.checked === true })}
        label={t("goals.time.weeks")}
      />
    </div>
  );
}
