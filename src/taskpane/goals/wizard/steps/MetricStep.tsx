import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { MetricChoice } from "@core/goals/breakdown/wizardChoices";
import type { StepProps } from "./types";
import type { TranslationKey } from "@i18n/translationKey";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** The metrics offered, in order, with the strings key of each label. */
const METRICS: readonly { readonly value: MetricChoice; readonly key: TranslationKey }[] = [
  { value: "signed", key: "goals.metric.signed" },
  { value: "collected", key: "goals.metric.collected" },
  { value: "both", key: "goals.metric.both" },
];

/** Step 2: signed amount (合同额), collected amount (回款额), or both as separate targets. */
export function MetricStep({ choices, problems, onChange }: StepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.root}>
      <Field label={t("goals.metric.label")}>
        <RadioGroup value={choices.metric} onChange={(_, data) => onChange({ metric: data.value as MetricChoice })}>
          {METRICS.map((m) => (
            <Radio key={m.value} value={m.value} label={t(m.key)} />
          ))}
        </RadioGroup>
      </Field>
      {choices.metric === "both" && (
        <Field
          label={t("goals.metric.collectedTarget")}
          validationMessage={problems.includes("metric.needCollected") ? t("goals.metric.needCollected") : undefined}
          required
        >
          <Input
            inputMode="decimal"
            value={choices.collectedTarget}
            onChange={(_, data) => onChange({ collectedTarget: data.value })}
          />
        </Field>
      )}
    </div>
  );
}
