import { Caption1, Checkbox, Field, Input, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ScorecardDraft } from "@core/performance/scorecardDraft";
import { RowsEditor } from "../RowsEditor";
import type { DraftStepProps } from "./types";
import { useStepStyles } from "./useStepStyles";

/** The commission: tiers, marginal or whole, its basis, an accelerator and carry-over. */
export function CommissionStep({ draft, onChange }: DraftStepProps) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.group}>
      <Subtitle2 as="h4">{t("performance.wizard.commission")}</Subtitle2>
      <Caption1 className={styles.hint}>{t("performance.wizard.tiersHint")}</Caption1>
      <RowsEditor
        rows={draft.tiers.map((tier) => ({ a: tier.threshold, b: tier.rate }))}
        headers={[t("performance.wizard.threshold"), t("performance.wizard.rate")]}
        labelA={(row) => t("performance.wizard.thresholdOf", { row })}
        labelB={(row) => t("performance.wizard.rateOf", { row })}
        addLabel={t("performance.wizard.addTier")}
        removeLabel={(row) => t("performance.wizard.removeTier", { row })}
        newRow={() => ({ a: "", b: "" })}
        onRowsChange={(rows) => onChange({ tiers: rows.map((row) => ({ threshold: row.a, rate: row.b })) })}
      />
      <Field label={t("performance.wizard.mode.label")}>
        <RadioGroup value={draft.mode} onChange={(_, data) => onChange({ mode: data.value as ScorecardDraft["mode"] })}>
          <Radio value="marginal" label={t("performance.wizard.mode.marginal")} />
          <Radio value="whole" label={t("performance.wizard.mode.whole")} />
        </RadioGroup>
      </Field>
      <Field label={t("performance.wizard.basis.label")}>
        <RadioGroup
          layout="horizontal"
          value={draft.basis}
          onChange={(_, data) => onChange({ basis: data.value as ScorecardDraft["basis"] })}
        >
          <Radio value="signed" label={t("performance.wizard.basis.signed")} />
          <Radio value="collected" label={t("performance.wizard.basis.collected")} />
        </RadioGroup>
      </Field>
      <Checkbox
        label={t("performance.wizard.accelerator")}
        checked={draft.accelerate}
        onChange={(_, data) => onChange({ accelerate: data.checked === true })}
      />
      {draft.accelerate && (
        <div className={styles.inline}>
          <Field label={t("performance.wizard.acceleratorFrom")}>
            <Input
              className={styles.narrow}
              inputMode="decimal"
              value={draft.acceleratorFrom}
              onChange={(_, data) => onChange({ acceleratorFrom: data.value })}
            />
          </Field>
          <Field label={t("performance.wizard.multiplier")}>
            <Input
              className={styles.narrow}
              inputMode="decimal"
              value={draft.multiplier}
              onChange={(_, data) => onChange({ multiplier: data.value })}
            />
          </Field>
        </div>
      )}
      <Checkbox
        label={t("performance.wizard.carry")}
        checked={draft.carry}
        onChange={(_, data) => onChange({ carry: data.checked === true })}
      />
    </div>
  );
}
