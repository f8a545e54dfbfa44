import { Button, Caption1, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { defaultKpis, type KpiBaselines } from "@core/performance/kpis";
import { kpiDrafts } from "@core/performance/scorecardDraft";
import { KpiEditor } from "../KpiEditor";
import type { DraftStepProps } from "./types";
import { useStepStyles } from "./useStepStyles";

export type KpisStepProps = DraftStepProps & {
  /** The team's history, for the defaults a reset brings back. */
  baselines: KpiBaselines;
};

/** The KPIs with their weights and targets, a reset to the defaults, and the score's cap. */
export function KpisStep({ draft, onChange, baselines }: KpisStepProps) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  const granularity = draft.kind === "months" ? "month" : draft.kind;
  return (
    <div className={styles.group}>
      <Subtitle2 as="h4">{t("performance.wizard.kpis")}</Subtitle2>
      <Caption1 className={styles.hint}>{t("performance.wizard.kpisHint")}</Caption1>
      <KpiEditor kpis={draft.kpis} onKpisChange={(kpis) => onChange({ kpis })} />
      <div className={styles.actions}>
        <Button size="small" onClick={() => onChange({ kpis: kpiDrafts(defaultKpis(granularity, baselines)) })}>
          {t("performance.wizard.resetDefaults")}
        </Button>
        <Field label={t("performance.wizard.cap")} orientation="horizontal">
          <Input
            className={styles.narrow}
            size="small"
            inputMode="decimal"
            value={draft.cap}
            onChange={(_, data) => onChange({ cap: data.value })}
          />
        </Field>
      </div>
    </div>
  );
}
