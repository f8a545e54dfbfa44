import { Caption1, Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { PeopleMethod, RepInput } from "@core/goals/breakdown/plan";
import { PEOPLE_METHOD_KEYS } from "./methodKeys";
import type { StepProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  figures: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
});

const METHODS: readonly PeopleMethod[] = ["capacity", "lastYear", "equal", "manual"];

export type PeopleStepProps = StepProps & { reps: readonly RepInput[] };

/** Step 4: company → teams → reps from the Team table, by capacity, last year, equally or by hand. */
export function PeopleStep({ choices, problems, onChange, reps }: PeopleStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const handleFigure = (rep: string, value: string) => onChange({ manual: { ...choices.manual, [rep]: value } });
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
    </div>
  );
}
