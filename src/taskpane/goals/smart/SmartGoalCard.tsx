import {
  Badge,
  Body1,
  Card,
  CardHeader,
  Field,
  Input,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular, DismissCircleRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { isSalesError } from "@core/errors";
import { kpiIds } from "@core/goals/breakdown/kpiTargets";
import { pipelineInput } from "@core/goals/breakdown/pipelineInput";
import { smartCheck, type SmartCriterion } from "@core/goals/breakdown/smartCheck";
import { goalScope, scopeDeals } from "@core/goals/goalScope";
import type { GoalsData } from "@excel/goals/goalsData";
import { isoDate } from "@core/cells/isoDate";
import { useCoreText } from "../useCoreText";
import { fiscalYearRange, historyFor } from "@core/goals/breakdown/buildPlans";
import { lastYearByMonth } from "@core/goals/breakdown/monthlyHistory";
import type { WizardChoices } from "@core/goals/breakdown/wizardChoices";
import type { ReactNode } from "react";
import { resolvedDraft, type SmartDraft } from "./smartDraft";
import type { TranslationKey } from "@i18n/translationKey";
import { kpiNameKeys } from "./kpiNameKeys";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  criteria: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  criterion: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS, listStyleType: "none" },
  message: { color: tokens.colorNeutralForeground2 },
});

export type SmartGoalCardProps = {
  data: GoalsData;
  choices: WizardChoices;
  draft: SmartDraft;
  today: number;
  onDraftChange: (patch: Partial<SmartDraft>) => void;
  /** Shown at the card's foot (the save action). */
  children?: ReactNode;
};

const CRITERIA = ["specific", "measurable", "achievable", "relevant", "timeBound"] as const;

/** The name of each criterion, as its row shows it. */
const CRITERION_KEYS: Readonly<Record<(typeof CRITERIA)[number], TranslationKey>> = {
  specific: "goals.smart.specific",
  measurable: "goals.smart.measurable",
  achievable: "goals.smart.achievable",
  relevant: "goals.smart.relevant",
  timeBound: "goals.smart.timeBound",
};

/**
 * The goal in words with its SMART check: each criterion passes or says what is missing. The
 * target and year come from the wizard unless typed here; last year's actual, what is already won
 * in the goal's period and the pipeline (for "achievable") come from the deals of the goal's own
 * scope — a rep or team named in "for whom" (goalScope), else the whole company.
 */
export function SmartGoalCard({ data, choices, draft, today, onDraftChange, children }: SmartGoalCardProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { text } = useCoreText();
  const { metric, target, deadline, year } = resolvedDraft(draft, choices);
  const fiscalYear = Number(choices.fiscalYear);
  const validYear = year !== null;
  // The goal's own scope: a team's goal is judged by that team's deals, a rep's by the rep's.
  const scoped = { ...data, deals: scopeDeals(data.deals, goalScope(draft.scope, data.reps), data.reps) };
  const history = validYear ? historyFor(choices, scoped, metric, today) : null;
  const lastYearMonths = history && !isSalesError(history) ? lastYearByMonth(history, history.total) : null;
  const lastYear = lastYearMonths ? lastYearMonths.reduce((a, b) => a + b, 0) : null;
  // Won so far counts from the plan year's start to the deadline (the goal's period).
  const period = year
    ? { start: year.start, end: deadline !== null && deadline >= year.start ? deadline : year.end }
    : null;
  const pipeline = period
    ? pipelineInput(scoped.deals, metric, period, fiscalYearRange(fiscalYear - 1, choices.startMonth), today)
    : null;
  const result = smartCheck({
    text: draft.text,
    scope: draft.scope,
    metric,
    target,
    kpi: draft.kpi === "" ? null : t(kpiNameKeys[draft.kpi]),
    deadline,
    lastYearActual: lastYear,
    openPipeline: pipeline?.openPipeline ?? null,
    winRate: pipeline?.winRate ?? null,
    wonSoFar: pipeline?.actualToDate ?? null,
    asOf: today,
  });

  const criterion = (name: (typeof CRITERIA)[number], value: SmartCriterion) => (
    <li key={name} className={styles.criterion}>
      {value.pass ? (
        <CheckmarkCircleRegular aria-hidden color={tokens.colorPaletteGreenForeground1} />
      ) : (
        <DismissCircleRegular aria-hidden color={tokens.colorPaletteRedForeground1} />
      )}
      <div>
        <Text weight="semibold">{t(CRITERION_KEYS[name])}</Text>{" "}
        <Badge appearance="tint" color={value.pass ? "success" : "danger"}>
          {value.pass ? t("goals.smart.pass") : t("goals.smart.missing")}
        </Badge>
        <Body1 block className={styles.message}>
          {text(value.message)}
        </Body1>
      </div>
    </li>
  );

  return (
    <Card>
      <CardHeader header={<Text weight="semibold">{t("goals.smart.title")}</Text>} />
      <div className={styles.fields}>
        <Field label={t("goals.smart.text")}>
          <Input
            value={draft.text}
            placeholder={t("goals.smart.textPlaceholder")}
            onChange={(_, d) => onDraftChange({ text: d.value })}
          />
        </Field>
        <Field label={t("goals.smart.scope")}>
          <Input value={draft.scope} onChange={(_, d) => onDraftChange({ scope: d.value })} />
        </Field>
        <Field label={t("goals.smart.target")}>
          <Input
            inputMode="decimal"
            value={draft.target === "" && target !== null ? String(target) : draft.target}
            onChange={(_, d) => onDraftChange({ target: d.value })}
          />
        </Field>
        <Field label={t("goals.smart.metric")}>
          <Select value={metric} onChange={(_, d) => onDraftChange({ metric: d.value as SmartDraft["metric"] })}>
            <option value="signed">{t("goals.metric.signed")}</option>
            <option value="collected">{t("goals.metric.collected")}</option>
          </Select>
        </Field>
        <Field label={t("goals.smart.kpi")}>
          <Select value={draft.kpi} onChange={(_, d) => onDraftChange({ kpi: d.value as SmartDraft["kpi"] })}>
            <option value="">{t("goals.smart.noKpi")}</option>
            {kpiIds.map((id) => (
              <option key={id} value={id}>
                {t(kpiNameKeys[id])}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("goals.smart.deadline")}>
          <Input
            type="date"
            value={draft.deadline === "" ? isoDate(deadline) : draft.deadline}
            onChange={(_, d) => onDraftChange({ deadline: d.value })}
          />
        </Field>
      </div>
      <section aria-label={t("goals.smart.check")}>
        <ul className={styles.criteria}>{CRITERIA.map((name) => criterion(name, result[name]))}</ul>
        <Body1 role="status">{result.pass ? t("goals.smart.allPass") : t("goals.smart.notAll")}</Body1>
      </section>
      {children}
    </Card>
  );
}
