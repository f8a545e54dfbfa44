import type { CommissionPlan } from "@core/performance/commissionPlan";
import type { Kpi, KpiKey } from "@core/performance/kpis";
import { DEFAULT_BANDS, type RatingBand } from "@core/formulas/performance/ratingBands";
import type { ScorecardPeriod } from "@core/performance/scorecardPeriods";

/** Everything the scorecard wizard decides: periods, reps, the KPI set, rating bands and commission. */
export type ScorecardPlan = {
  readonly periods: readonly ScorecardPeriod[];
  readonly reps: readonly string[];
  /** In KPI_KEYS order. */
  readonly kpis: readonly Kpi[];
  /** The highest ratio one KPI may contribute to the score (SALES.SCORE's cap). */
  readonly cap: number;
  readonly bands: readonly RatingBand[];
  readonly commission: CommissionPlan;
};

/**
 * The default bands as the RatingBands table holds them: SALES.RATING's S/A/B/C/D with the floor
 * of D at 0 (a score is never negative), since a table cell cannot hold −∞.
 */
export const defaultPlanBands: readonly RatingBand[] = DEFAULT_BANDS.map((band) =>
  Number.isFinite(band.minimum) ? band : { ...band, minimum: 0 },
);

/** Why a plan cannot be written, for the wizard to show next to the field. */
export type PlanProblem =
  | { readonly code: "noPeriod" | "noRep" | "weightsZero" | "badCap" | "noBands" | "noTiers" | "badAccelerator" }
  | { readonly code: "badWeight" | "badTarget"; readonly kpi: KpiKey }
  | { readonly code: "badBand" | "duplicateBand" | "badTier" | "tierOrder"; readonly row: number };

const finite = (value: number) => typeof value === "number" && Number.isFinite(value);

/**
 * Checks a plan before anything is written: at least one period and rep; weights ≥ 0 and not all
 * 0; targets > 0 (≥ 0 where lower is better, as SALES.SCORE divides the other way); cap > 0;
 * bands with a label and distinct minimums; tiers from 0, ascending, rates 0–100 %; an
 * accelerator's line > 0 and multiplier ≥ 1.
 *
 * @param plan - the plan
 * @returns the problems, empty when the plan can be written
 *
 * @example
 * planProblems({ ...plan, reps: [] }) //=> [{ code: "noRep" }]
 */
export function planProblems(plan: ScorecardPlan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (plan.periods.length === 0) problems.push({ code: "noPeriod" });
  if (plan.reps.length === 0) problems.push({ code: "noRep" });
  for (const kpi of plan.kpis) {
    if (!finite(kpi.weight) || kpi.weight < 0) problems.push({ code: "badWeight", kpi: kpi.key });
    const targetOk = finite(kpi.target) && (kpi.lowerIsBetter ? kpi.target >= 0 : kpi.target > 0);
    if (!targetOk) problems.push({ code: "badTarget", kpi: kpi.key });
  }
  if (plan.kpis.every((kpi) => !(kpi.weight > 0))) problems.push({ code: "weightsZero" });
  if (!finite(plan.cap) || plan.cap <= 0) problems.push({ code: "badCap" });
  if (plan.bands.length === 0) problems.push({ code: "noBands" });
  const minimums = new Set<number>();
  plan.bands.forEach((band, row) => {
    if (!finite(band.minimum) || String(band.label).trim() === "") problems.push({ code: "badBand", row: row + 1 });
    else if (minimums.has(band.minimum)) problems.push({ code: "duplicateBand", row: row + 1 });
    minimums.add(band.minimum);
  });
  const { tiers, accelerator } = plan.commission;
  if (tiers.length === 0) problems.push({ code: "noTiers" });
  tiers.forEach((tier, row) => {
    if (!finite(tier.threshold) || !finite(tier.rate) || tier.rate < 0 || tier.rate > 1)
      problems.push({ code: "badTier", row: row + 1 });
    else if (row === 0 ? tier.threshold !== 0 : tier.threshold <= tiers[row - 1].threshold)
      problems.push({ code: "tierOrder", row: row + 1 });
  });
  if (
    accelerator &&
    !(finite(accelerator.from) && accelerator.from > 0 && finite(accelerator.multiplier) && accelerator.multiplier >= 1)
  )
    problems.push({ code: "badAccelerator" });
  return problems;
}
