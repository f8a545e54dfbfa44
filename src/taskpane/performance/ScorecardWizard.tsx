import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { PlanProblem } from "@core/performance/scorecardPlan";
import type { ScorecardLine } from "@core/performance/scorecardLines";
import { defaultKpis, type KpiBaselines } from "@core/performance/kpis";
import { KpiEditor } from "./KpiEditor";
import { RowsEditor } from "./RowsEditor";
import { ScorecardTable } from "./ScorecardTable";
import { kpiDrafts, type ScorecardDraft } from "./scorecardDraft";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  inline: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  narrow: { width: "8em" },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
});

export type ScorecardWizardProps = {
  draft: ScorecardDraft;
  onDraftChange: (draft: ScorecardDraft) => void;
  baselines: KpiBaselines;
  problems: readonly PlanProblem[];
  lines: readonly ScorecardLine[];
  /** Rows of the Scorecard the write would update (same Period and Rep). */
  existingRows: number;
  writing: boolean;
  confirming: boolean;
  onWrite: () => void;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The scorecard wizard: period, KPI set, rating bands and commission, the preview, and write. */
export function ScorecardWizard(props: ScorecardWizardProps) {
  const { draft, onDraftChange, problems } = props;
  const styles = useStyles();
  const { t } = useTranslation();
  const titleId = useId();
  const set = (change: Partial<ScorecardDraft>) => onDraftChange({ ...draft, ...change });
  const granularity = draft.kind === "months" ? "month" : draft.kind;

  const problemText = (problem: PlanProblem) => {
    const params: Record<string, unknown> = { ...problem };
    if ("kpi" in problem) params.kpi = t(`performance.wizard.kpiNames.${problem.kpi}`);
    return t(`performance.wizard.problems.${problem.code}`, params);
  };

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("performance.wizard.title")}
      </Subtitle2>
      <div className={styles.inline}>
        <Field label={t("performance.wizard.kind.label")}>
          <Select value={draft.kind} onChange={(_, data) => set({ kind: data.value as ScorecardDraft["kind"] })}>
            {(["month", "quarter", "year", "months"] as const).map((kind) => (
              <option key={kind} value={kind}>
                {t(`performance.wizard.kind.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("performance.wizard.year")}>
          <Input
            className={styles.narrow}
            inputMode="numeric"
            value={draft.year}
            onChange={(_, data) => set({ year: data.value })}
          />
        </Field>
        {draft.kind === "quarter" && (
          <Field label={t("performance.wizard.quarter")}>
            <Select value={draft.quarter} onChange={(_, data) => set({ quarter: data.value })}>
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
            <Select value={draft.month} onChange={(_, data) => set({ month: data.value })}>
              {Array.from({ length: 12 }, (_, i) => (
                <option key={i} value={String(i + 1)}>
                  {String(i + 1)}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>

      <div className={styles.group}>
        <Subtitle2 as="h4">{t("performance.wizard.kpis")}</Subtitle2>
        <Caption1 className={styles.hint}>{t("performance.wizard.kpisHint")}</Caption1>
        <KpiEditor kpis={draft.kpis} onKpisChange={(kpis) => set({ kpis })} />
        <div className={styles.actions}>
          <Button size="small" onClick={() => set({ kpis: kpiDrafts(defaultKpis(granularity, props.baselines)) })}>
            {t("performance.wizard.resetDefaults")}
          </Button>
          <Field label={t("performance.wizard.cap")} orientation="horizontal">
            <Input
              className={styles.narrow}
              size="small"
              inputMode="decimal"
              value={draft.cap}
              onChange={(_, data) => set({ cap: data.value })}
            />
          </Field>
        </div>
      </div>

      <div className={styles.group}>
        <Subtitle2 as="h4">{t("performance.wizard.bands")}</Subtitle2>
        <Caption1 className={styles.hint}>{t("performance.wizard.bandsHint")}</Caption1>
        <RowsEditor
          rows={draft.bands.map((band) => ({ a: band.minimum, b: band.label }))}
          headers={[t("performance.wizard.minimum"), t("performance.wizard.label")]}
          labelA={(row) => t("performance.wizard.minimumOf", { row })}
          labelB={(row) => t("performance.wizard.labelOf", { row })}
          addLabel={t("performance.wizard.addBand")}
          removeLabel={(row) => t("performance.wizard.removeBand", { row })}
          newRow={() => ({ a: "", b: "" })}
          onRowsChange={(rows) => set({ bands: rows.map((row) => ({ minimum: row.a, label: row.b })) })}
        />
      </div>

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
          onRowsChange={(rows) => set({ tiers: rows.map((row) => ({ threshold: row.a, rate: row.b })) })}
        />
        <Field label={t("performance.wizard.mode.label")}>
          <RadioGroup value={draft.mode} onChange={(_, data) => set({ mode: data.value as ScorecardDraft["mode"] })}>
            <Radio value="marginal" label={t("performance.wizard.mode.marginal")} />
            <Radio value="whole" label={t("performance.wizard.mode.whole")} />
          </RadioGroup>
        </Field>
        <Field label={t("performance.wizard.basis.label")}>
          <RadioGroup
            layout="horizontal"
            value={draft.basis}
            onChange={(_, data) => set({ basis: data.value as ScorecardDraft["basis"] })}
          >
            <Radio value="signed" label={t("performance.wizard.basis.signed")} />
            <Radio value="collected" label={t("performance.wizard.basis.collected")} />
          </RadioGroup>
        </Field>
        <Checkbox
          label={t("performance.wizard.accelerator")}
          checked={draft.accelerate}
          onChange={(_, data) => set({ accelerate: data.checked === true })}
        />
        {draft.accelerate && (
          <div className={styles.inline}>
            <Field label={t("performance.wizard.acceleratorFrom")}>
              <Input
                className={styles.narrow}
                inputMode="decimal"
                value={draft.acceleratorFrom}
                onChange={(_, data) => set({ acceleratorFrom: data.value })}
              />
            </Field>
            <Field label={t("performance.wizard.multiplier")}>
              <Input
                className={styles.narrow}
                inputMode="decimal"
                value={draft.multiplier}
                onChange={(_, data) => set({ multiplier: data.value })}
              />
            </Field>
          </div>
        )}
        <Checkbox
          label={t("performance.wizard.carry")}
          checked={draft.carry}
          onChange={(_, data) => set({ carry: data.checked === true })}
        />
      </div>

      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("performance.wizard.problems.title")}</MessageBarTitle>
            <ul>
              {problems.map((problem, i) => (
                <li key={i}>{problemText(problem)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {problems.length === 0 && props.lines.length > 0 && (
        <div className={styles.group}>
          <Subtitle2 as="h4">{t("performance.wizard.preview")}</Subtitle2>
          <ScorecardTable lines={props.lines} caption={t("performance.wizard.previewCaption")} withPeriod />
        </div>
      )}

      {props.confirming ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("performance.wizard.confirm.title")}</MessageBarTitle>
            {t("performance.wizard.confirm.body", { count: props.existingRows })}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {t("performance.wizard.confirm.update")}
            </Button>
            <Button onClick={props.onCancel}>{t("performance.wizard.confirm.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={problems.length > 0 || props.writing} onClick={props.onWrite}>
            {t("performance.wizard.write")}
          </Button>
          {props.writing && <Spinner size="tiny" label={t("performance.wizard.writing")} />}
        </div>
      )}
    </section>
  );
}
