import type { KpiKey } from "@core/performance/kpis";
import type { PlanProblem } from "@core/performance/scorecardPlan";
import type { ScorecardDraft } from "@core/performance/scorecardDraft";
import type { TranslationKey } from "@i18n/translationKey";

/** The strings key of each KPI's name (the KPI table and the problems name KPIs alike). */
export const KPI_NAME_KEYS: Readonly<Record<KpiKey, TranslationKey>> = {
  attainment: "performance.wizard.kpiNames.attainment",
  winRate: "performance.wizard.kpiNames.winRate",
  avgDeal: "performance.wizard.kpiNames.avgDeal",
  cycle: "performance.wizard.kpiNames.cycle",
  activities: "performance.wizard.kpiNames.activities",
  satisfaction: "performance.wizard.kpiNames.satisfaction",
  newCustomers: "performance.wizard.kpiNames.newCustomers",
  collectionRate: "performance.wizard.kpiNames.collectionRate",
};

/** The strings key of each problem's message. */
export const PROBLEM_KEYS: Readonly<Record<PlanProblem["code"], TranslationKey>> = {
  noPeriod: "performance.wizard.problems.noPeriod",
  noRep: "performance.wizard.problems.noRep",
  weightsZero: "performance.wizard.problems.weightsZero",
  badCap: "performance.wizard.problems.badCap",
  noBands: "performance.wizard.problems.noBands",
  noTiers: "performance.wizard.problems.noTiers",
  badAccelerator: "performance.wizard.problems.badAccelerator",
  badWeight: "performance.wizard.problems.badWeight",
  badTarget: "performance.wizard.problems.badTarget",
  badBand: "performance.wizard.problems.badBand",
  duplicateBand: "performance.wizard.problems.duplicateBand",
  badTier: "performance.wizard.problems.badTier",
  tierOrder: "performance.wizard.problems.tierOrder",
};

/** The periods a scorecard can be for, in the order offered, with the strings key of each. */
export const PERIOD_KINDS: readonly { readonly kind: ScorecardDraft["kind"]; readonly key: TranslationKey }[] = [
  { kind: "month", key: "performance.wizard.kind.month" },
  { kind: "quarter", key: "performance.wizard.kind.quarter" },
  { kind: "year", key: "performance.wizard.kind.year" },
  { kind: "months", key: "performance.wizard.kind.months" },
];
