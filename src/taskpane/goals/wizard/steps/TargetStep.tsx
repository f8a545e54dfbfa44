import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ChoiceProblem } from "@core/goals/breakdown/wizardChoices";
import type { StepProps } from "./types";
import type { TranslationKey } from "@i18n/translationKey";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** The start months offered, with the strings key of each month's name. */
const MONTHS: readonly { readonly value: string; readonly key: TranslationKey }[] = [
  { value: "1", key: "goals.months.1" },
  { value: "2", key: "goals.months.2" },
  { value: "3", key: "goals.months.3" },
  { value: "4", key: "goals.months.4" },
  { value: "5", key: "goals.months.5" },
  { value: "6", key: "goals.months.6" },
  { value: "7", key: "goals.months.7" },
  { value: "8", key: "goals.months.8" },
  { value: "9", key: "goals.months.9" },
  { value: "10", key: "goals.months.10" },
  { value: "11", key: "goals.months.11" },
  { value: "12", key: "goals.months.12" },
];

/** The strings key of each problem's message. */
const PROBLEM_KEYS: Readonly<Record<ChoiceProblem, TranslationKey>> = {
  "target.needAmount": "goals.target.needAmount",
  "target.needYear": "goals.target.needYear",
  "metric.needCollected": "goals.metric.needCollected",
  "time.needRate": "goals.time.needRate",
  "people.needFigures": "goals.people.needFigures",
};

/** Step 1: the annual target, the fiscal year and its start month, and the rounding. */
export function TargetStep({ choices, problems, onChange }: StepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const problem = (key: ChoiceProblem) => (problems.includes(key) ? t(PROBLEM_KEYS[key]) : undefined);
  return (
    <div className={styles.root}>
      <Field
        label={t("goals.target.annual")}
        hint={t("goals.target.annualHint")}
        validationMessage={problem("target.needAmount")}
        required
      >
        <Input
          inputMode="decimal"
          value={choices.annualTarget}
          onChange={(_, data) => onChange({ annualTarget: data.value })}
        />
      </Field>
      <Field
        label={t("goals.target.year")}
        hint={t("goals.target.yearHint")}
        validationMessage={problem("target.needYear")}
      >
        <Input
          inputMode="numeric"
          value={choices.fiscalYear}
          onChange={(_, data) => onChange({ fiscalYear: data.value })}
        />
      </Field>
      <Field label={t("goals.target.startMonth")}>
        <Select value={String(choices.startMonth)} onChange={(_, data) => onChange({ startMonth: Number(data.value) })}>
          {MONTHS.map((m) => (
            <option key={m.value} value={m.value}>
              {t(m.key)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("goals.target.decimals")}>
        <Select
          value={String(choices.decimals)}
          onChange={(_, data) => onChange({ decimals: data.value === "2" ? 2 : 0 })}
        >
          <option value="0">{t("goals.target.whole")}</option>
          <option value="2">{t("goals.target.cents")}</option>
        </Select>
      </Field>
    </div>
  );
}
