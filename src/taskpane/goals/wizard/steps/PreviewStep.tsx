import {
  Body1,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Tab,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SalesError } from "@core/errors";
import type { PlanEdit } from "@core/goals/breakdown/applyEdit";
import type { Granularity } from "@core/goals/breakdown/fiscalPeriods";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import { toAmount } from "@core/goals/breakdown/plan";
import { useCoreText } from "../../useCoreText";
import type { BuiltPlan } from "@core/goals/breakdown/buildPlans";
import type { DroppedLock } from "@core/goals/breakdown/carryLocks";
import { PlanGridTable } from "../PlanGridTable";
import { PreviewSheetButton } from "../PreviewSheetButton";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { PEOPLE_METHOD_KEYS, TIME_METHOD_KEYS } from "./methodKeys";
import { WrappingTabList } from "@taskpane/shared/WrappingTabList";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import type { TranslationKey } from "@i18n/translationKey";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  facts: { display: "flex", flexDirection: "column", color: tokens.colorNeutralForeground2 },
  warnings: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** The grids the preview offers. */
type PreviewView = Exclude<Granularity, "year">;

/** The strings key of each grid's name. */
const VIEW_KEYS: Readonly<Record<PreviewView, TranslationKey>> = {
  month: "goals.preview.month",
  quarter: "goals.preview.quarter",
  week: "goals.preview.week",
};

/** The strings key of each metric's name on its tab. */
const METRIC_NAME_KEYS: Readonly<Record<Metric, TranslationKey>> = {
  signed: "goals.metric.name.signed",
  collected: "goals.metric.name.collected",
};

export type PreviewStepProps = {
  built: readonly BuiltPlan[];
  /** The levels of time written (granularitiesOf): the preview offers those below the year. */
  granularities: readonly Granularity[];
  editError: SalesError | null;
  /** Locks the rebuilt plans could not keep from before (see carryLocks). */
  dropped?: readonly DroppedLock[];
  /** The workbook's language, for the preview sheet's headers. */
  language: WorkbookLanguage;
  onEdit: (metric: Metric, edit: PlanEdit) => void;
};

/** Step 5: the plan as a grid to adjust, with its warnings; every total stays exact. */
export function PreviewStep({ built, granularities, editError, dropped = [], language, onEdit }: PreviewStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { text, errorText } = useCoreText();
  const format = useNumberFormat();
  const [metric, setMetric] = useState<Metric>(built[0].metric);
  const [view, setView] = useState<PreviewView>("month");
  const current = built.find((b) => b.metric === metric) ?? built[0];
  const { plan } = current;
  const views = (["month", "quarter", "week"] as const).filter((v) => granularities.includes(v));
  const money = (units: number) => format.money(toAmount(units, plan.decimals), plan.decimals > 0 ? 2 : 0);
  const first = plan.months[0];
  const last = plan.months[plan.months.length - 1];
  const shown: PreviewView = views.includes(view) ? view : "month";
  const period = first === last ? text(first.label) : `${text(first.label)} – ${text(last.label)}`;

  return (
    <div className={styles.root}>
      {built.length > 1 && (
        <WrappingTabList
          size="small"
          aria-label={t("goals.preview.metricTabs")}
          selectedValue={current.metric}
          onTabSelect={(_, data) => setMetric(data.value as Metric)}
        >
          {built.map((b) => (
            <Tab key={b.metric} value={b.metric}>
              {t(METRIC_NAME_KEYS[b.metric])}
            </Tab>
          ))}
        </WrappingTabList>
      )}
      <div className={styles.facts}>
        <Body1>
          {plan.rest
            ? t("goals.preview.rest", {
                annual: money(plan.rest.annual),
                won: money(plan.rest.won),
                rest: money(plan.total),
                months: plan.months.length,
              })
            : plan.scope.kind === "year"
              ? t("goals.preview.annual", { amount: money(plan.total) })
              : t("goals.preview.periodTarget", { period, amount: money(plan.total) })}
        </Body1>
        <Caption1>{t("goals.preview.usedTime", { method: t(TIME_METHOD_KEYS[plan.time.used]) })}</Caption1>
        <Caption1>{t("goals.preview.usedPeople", { method: t(PEOPLE_METHOD_KEYS[plan.people.used]) })}</Caption1>
      </div>
      <section className={styles.warnings} aria-label={t("goals.preview.warnings")}>
        {plan.warnings.length === 0 ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t("goals.preview.noWarnings")}</MessageBarBody>
          </MessageBar>
        ) : (
          plan.warnings.map((w, i) => (
            // A rep who joined during last year is explained, not an alarm.
            <MessageBar
              key={`${w.kind}-${i}`}
              intent={w.kind === "partial-year" ? "info" : "warning"}
              layout="multiline"
            >
              <MessageBarBody>{text(w.message)}</MessageBarBody>
            </MessageBar>
          ))
        )}
      </section>
      {dropped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("goals.preview.locksDropped")}</MessageBarTitle>
            {dropped.map((lock) => (
              <Caption1 key={`${lock.period}-${lock.rep}`} block>
                {text(lock.message)}
              </Caption1>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {editError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("goals.preview.editRejected")}</MessageBarTitle>
            {errorText(editError)}
          </MessageBarBody>
        </MessageBar>
      )}
      {views.length > 1 && (
        <Field label={t("goals.preview.view")}>
          <Select value={shown} onChange={(_, data) => setView(data.value as PreviewView)}>
            {views.map((v) => (
              <option key={v} value={v}>
                {t(VIEW_KEYS[v])}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {shown === "month" && <Caption1>{t("goals.preview.editHint")}</Caption1>}
      <PlanGridTable plan={plan} view={shown} onEdit={(edit) => onEdit(current.metric, edit)} />
      <PreviewSheetButton built={built} language={language} />
    </div>
  );
}
