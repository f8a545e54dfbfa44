import { Field, Input, Select } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ScorecardDraft } from "@core/performance/scorecardDraft";
import { PERIOD_KINDS } from "../scorecardKeys";
import type { DraftStepProps } from "./types";
import { useStepStyles } from "./useStepStyles";

/** The period scored: a month, a quarter, a year or every month of a year. */
export function PeriodStep({ draft, onChange }: DraftStepProps) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.inline}>
      <Field label={t("performance.wizard.kind.label")}>
        <Select value={draft.kind} onChange={(_, data) => onChange({ kind: data.value as ScorecardDraft["kind"] })}>
          {PERIOD_KINDS.map(({ kind, key }) => (
            <option key={kind} value={kind}>
              {t(key)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("performance.wizard.year")}>
        <Input
          className={styles.narrow}
          inputMode="numeric"
          value={draft.year}
          onChange={(_, data) => onChange({ year: data.value })}
        />
      </Field>
      {draft.kind === "quarter" && (
        <Field label={t("performance.wizard.quarter")}>
          <Select value={draft.quarter} onChange={(_, data) => onChange({ quarter: data.value })}>
            {[1, 2, 3, 4].map((quarter) => (
              <option key={quarter} value={String(quarter)}>
                {t("performance.wizard.quarterOption", { quarter })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {draft.kind === "month" && (
        <Field label={t("performance.wizard.month")}>
          <Select value={draft.month} onChange={(_, data) => onChange({ month: data.value })}>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i} value={String(i + 1)}>
                {String(i + 1)}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}
