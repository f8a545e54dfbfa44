import {
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { fiscalYearRange } from "@core/goals/breakdown/buildPlans";
import type { PeopleMethod, RepInput } from "@core/goals/breakdown/plan";
import { PEOPLE_METHOD_KEYS } from "./methodKeys";
import type { StepProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  figures: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
  fieldset: { border: "none", margin: "0", padding: "0", minWidth: "0" },
  ramp: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  rampField: { flexBasis: "6.5em", flexGrow: 1, minWidth: "0" },
  rampInput: { minWidth: "0", width: "100%" },
});

const METHODS: readonly PeopleMethod[] = ["capacity", "lastYear", "equal", "manual"];

export type PeopleStepProps = StepProps & { reps: readonly RepInput[] };

/**
 * Step 4: company → teams → reps from the Team table, by capacity, last year, equally or by hand;
 * and the ramp of new reps (their share of a full target in their first months).
 */
export function PeopleStep({ choices, problems, onChange, reps }: PeopleStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const handleFigure = (rep: string, value: string) => onChange({ manual: { ...choices.manual, [rep]: value } });
  const handleRamp = (month: number, value: string) =>
    onChange({ ramp: choices.ramp.map((text, k) => (k === month ? value : text)) });
  // Reps whose start (or ramp) or end falls in the plan's fiscal year; veterans are not listed.
  const year = fiscalYearRange(Number(choices.fiscalYear), choices.startMonth);
  const rampDays = 31 * choices.ramp.length;
  const dated = reps
    .filter(
      (rep) =>
        (rep.startDate != null && rep.startDate > year.start - rampDays && rep.startDate <= year.end) ||
        (rep.endDate != null && rep.endDate >= year.start && rep.endDate <= year.end),
    )
    .map((rep) => rep.name);
  return (
    <div className={styles.root}>
      <Field label={t("goals.people.label")}>
        <RadioGroup
          value={choices.peopleMethod}
          onChange={(_, data) => onChange({ peopleMethod: data.value as PeopleMethod })}
        >
          {METHODS.map((m) => (
            <Radio key={m} value={m} label={t(PEOPLE_METHOD_KEYS[m])} />
          ))}
        </RadioGroup>
      </Field>
      {choices.peopleMethod === "manual" && (
        <div className={styles.figures}>
          <Caption1 className={styles.note}>{t("goals.people.manualHint")}</Caption1>
          {problems.includes("people.needFigures") && <Caption1 role="alert">{t("goals.people.needFigures")}</Caption1>}
          {reps.map((rep) => (
            <Field
              key={rep.name}
              label={`${rep.name} · ${rep.team ? rep.team : t("goals.people.noTeam")}`}
              orientation="horizontal"
            >
              <Input
                aria-label={t("goals.people.repFigure", { rep: rep.name })}
                inputMode="decimal"
                value={choices.manual[rep.name] ?? ""}
                onChange={(_, data) => handleFigure(rep.name, data.value)}
              />
            </Field>
          ))}
        </div>
      )}
      <fieldset className={mergeClasses(styles.figures, styles.fieldset)}>
        <legend>{t("goals.people.ramp")}</legend>
        <Caption1 className={styles.note}>{t("goals.people.rampHint")}</Caption1>
        {dated.length > 0 && <Caption1>{t("goals.people.newReps", { reps: dated.join(", ") })}</Caption1>}
        {problems.includes("people.needRamp") && <Caption1 role="alert">{t("goals.people.needRamp")}</Caption1>}
        <div className={styles.ramp}>
          {choices.ramp.map((text, k) => (
            <Field key={k} className={styles.rampField} label={t("goals.people.rampMonth", { month: k + 1 })}>
              <Input
                className={styles.rampInput}
                inputMode="decimal"
                value={text}
                onChange={(_, data) => handleRamp(k, data.value)}
              />
            </Field>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
