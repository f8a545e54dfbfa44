import {
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { quarterFrom } from "@core/goals/breakdown/defaultPlanYear";
import type { ChoiceProblem, PeriodChoice } from "@core/goals/breakdown/wizardChoices";
import type { StepProps } from "./types";
import type { TranslationKey } from "@i18n/translationKey";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  shortcuts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  // Four choices side by side are wider than a 320 px pane: they wrap to a second line.
  periods: { flexWrap: "wrap" },
});

const PERIODS: readonly PeriodChoice[] = ["year", "quarter", "month", "rest"];

/** The strings keys of each kind of period: its choice, the target's label and hint. */
const PERIOD_KEYS: Readonly<
  Record<
    PeriodChoice,
    { readonly choice: TranslationKey; readonly label: TranslationKey; readonly hint: TranslationKey }
  >
> = {
  year: { choice: "goals.target.periodYear", label: "goals.target.annual", hint: "goals.target.annualHint" },
  quarter: {
    choice: "goals.target.periodQuarter",
    label: "goals.target.quarterTarget",
    hint: "goals.target.quarterHint",
  },
  month: { choice: "goals.target.periodMonth", label: "goals.target.monthTarget", hint: "goals.target.monthHint" },
  rest: { choice: "goals.target.periodRest", label: "goals.target.annual", hint: "goals.target.restHint" },
};

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
  "people.needRamp": "goals.people.needRamp",
};

export type TargetStepProps = StepProps & {
  /** Today's serial, for "this quarter" and "next quarter". */
  today: number;
};

/**
 * Step 1: what the target is for (the fiscal year, a quarter, a month or the rest of the year),
 * the target, the fiscal year and its start month, and the rounding.
 */
export function TargetStep({ choices, problems, onChange, today }: TargetStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const problem = (key: ChoiceProblem) => {
    if (!problems.includes(key)) return undefined;
    const periodOnly = key === "target.needAmount" && (choices.period === "quarter" || choices.period === "month");
    return t(periodOnly ? "goals.target.needPeriodAmount" : PROBLEM_KEYS[key]);
  };
  const keys = PERIOD_KEYS[choices.period];
  const handleQuarter = (offset: number) => {
    const { fiscalYear, quarter } = quarterFrom(today, choices.startMonth, offset);
    onChange({ fiscalYear: String(fiscalYear), quarter });
  };
  return (
    <div className={styles.root}>
      <Field label={t("goals.target.period")}>
        <RadioGroup
          className={styles.periods}
          layout="horizontal"
          value={choices.period}
          onChange={(_, data) => onChange({ period: data.value as PeriodChoice })}
        >
          {PERIODS.map((p) => (
            <Radio key={p} value={p} label={t(PERIOD_KEYS[p].choice)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t(keys.label)} hint={t(keys.hint)} validationMessage={problem("target.needAmount")} required>
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
      {choices.period === "quarter" && (
        <>
          <Field label={t("goals.target.quarter")}>
            <Select value={String(choices.quarter)} onChange={(_, data) => onChange({ quarter: Number(data.value) })}>
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={String(n)}>
                  {t("goals.target.quarterName", { n })}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.shortcuts}>
            <Button size="small" onClick={() => handleQuarter(0)}>
              {t("goals.target.thisQuarter")}
            </Button>
            <Button size="small" onClick={() => handleQuarter(1)}>
              {t("goals.target.nextQuarter")}
            </Button>
          </div>
        </>
      )}
      {choices.period === "month" && (
        <Field label={t("goals.target.month")}>
          <Select value={String(choices.month)} onChange={(_, data) => onChange({ month: Number(data.value) })}>
            {MONTHS.map((_, i) => (
              <option key={i} value={String(i + 1)}>
                {t(MONTHS[(choices.startMonth - 1 + i) % 12].key)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("goals.target.startMonth")}>
        <Select value={String(choices.startMonth)} onChange={(_, data) => onChange({ startMonth: Number(data.value) })}>
          {MONTHS.map((m) => (
            <option key={m.value} value={m.value}>
              {t(m.key)}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1>{t("goals.target.defaultYear")}</Caption1>
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
