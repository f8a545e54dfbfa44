import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ChoiceProblem, WizardChoices } from "./wizardChoices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export type StepProps = {
  choices: WizardChoices;
  problems: readonly ChoiceProblem[];
  onChange: (patch: Partial<WizardChoices>) => void;
};

const MONTHS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"] as const;

/** Step 1: the annual target, the fiscal year and its start month, and the rounding. */
export function TargetStep({ choices, problems, onChange }: StepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const problem = (key: ChoiceProblem) => (problems.includes(key) ? t(`goals.${key}`) : undefined);
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
            <option key={m} value={m}>
              {t(`goals.months.${m}`)}
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
