import type { ScorecardPeriod } from "@core/performance/scorecardPeriods";
import { monthsIn } from "@core/performance/scorecardPeriods";

/** The measures a scorecard weighs, in the order of the Scorecard columns SALES.SCORE reads. */
export type KpiKey =
  "attainment" | "winRate" | "avgDeal" | "cycle" | "activities" | "satisfaction" | "newCustomers" | "collectionRate";

/**
 * The KPI order: Scorecard columns Attainment … CollectionRate, and the rows of a KpiWeights block.
 * The collection rate came last (an eighth KPI): a block of the first seven, from before it, reads
 * as the same plan with the collection rate weighing 0 (see kpiPlansFromTable).
 */
export const KPI_KEYS: readonly KpiKey[] = [
  "attainment",
  "winRate",
  "avgDeal",
  "cycle",
  "activities",
  "satisfaction",
  "newCustomers",
  "collectionRate",
];

/** The KPIs of a KpiWeights block written before the collection rate was one: the first seven. */
export const KPI_KEYS_BEFORE_COLLECTIONS = 7;

/** One line of the scorecard plan: its weight, its target for one period, and its direction. */
export type Kpi = {
  readonly key: KpiKey;
  readonly weight: number;
  readonly target: number;
  readonly lowerIsBetter: boolean;
};

/** Figures from the workbook that make better defaults than constants (the team's own history). */
export type KpiBaselines = { readonly avgDeal?: number; readonly cycle?: number };

/**
 * The collection rate's default: weight 0, so a plan that does not weigh it scores exactly as
 * before it existed; its target, 90 % collected of what fell due, is there for when it is weighed.
 */
export const COLLECTION_RATE_DEFAULT: Kpi = { key: "collectionRate", weight: 0, target: 0.9, lowerIsBetter: false };

/** Per-month defaults of the countable KPIs; scaled by the months in the period. */
const ACTIVITIES_PER_MONTH = 20;
const NEW_CUSTOMERS_PER_MONTH = 2;

/**
 * The default KPI set: revenue against target (attainment, target 100 %) weighs most, then win
 * rate, the countable activity measures, average deal, sales cycle (lower is better) and
 * satisfaction (1–5 scale); the collection rate (回款率) is there with weight 0 until the manager
 * weighs it. Counts are per period, so a quarter's follow-up target is three
 * months' worth. Average deal and cycle default to the team's own history when given.
 *
 * @param granularity - the period length the targets are for
 * @param baselines - the team's average won deal and cycle days, when known
 * @returns the eight KPIs in {@link KPI_KEYS} order; weights add up to 100
 *
 * @example
 * defaultKpis("quarter").find((k) => k.key === "activities") //=> { key: "activities", weight: 10, target: 60, lowerIsBetter: false }
 */
export function defaultKpis(granularity: ScorecardPeriod["granularity"], baselines: KpiBaselines = {}): Kpi[] {
  const months = monthsIn(granularity);
  const round = (value: number, step: number) => Math.max(step, Math.round(value / step) * step);
  return [
    { key: "attainment", weight: 40, target: 1, lowerIsBetter: false },
    { key: "winRate", weight: 15, target: 0.3, lowerIsBetter: false },
    {
      key: "avgDeal",
      weight: 10,
      target: baselines.avgDeal ? round(baselines.avgDeal, 1000) : 50000,
      lowerIsBetter: false,
    },
    { key: "cycle", weight: 10, target: baselines.cycle ? round(baselines.cycle, 1) : 60, lowerIsBetter: true },
    { key: "activities", weight: 10, target: ACTIVITIES_PER_MONTH * months, lowerIsBetter: false },
    { key: "satisfaction", weight: 5, target: 4, lowerIsBetter: false },
    { key: "newCustomers", weight: 10, target: NEW_CUSTOMERS_PER_MONTH * months, lowerIsBetter: false },
    COLLECTION_RATE_DEFAULT,
  ];
}
