import type { Cell } from "@core/cells/cell";
import { isSalesError } from "@core/errors";
import { acceleratedCommission } from "@core/performance/commissionPlan";
import { KPI_KEYS } from "@core/performance/kpis";
import type { PerformanceData } from "@core/performance/performanceData";
import type { PerformanceLabels } from "@core/performance/performanceLabels";
import { ratingOf } from "@core/formulas/performance/rating";
import { repKpis, type RepKpis } from "@core/performance/repKpis";
import { score } from "@core/formulas/performance/score";
import type { ScorecardPeriod } from "@core/performance/scorecardPeriods";
import type { ScorecardPlan } from "@core/performance/scorecardPlan";
import { shownScore, type ShownScore } from "@core/performance/shownScore";

/** One row of the scorecard as core computes it (the sheet's formulas give the same figures). */
export type ScorecardLine = {
  readonly period: ScorecardPeriod;
  readonly rep: string;
  /** The rep's team from the Team table ("" when none). */
  readonly team: string;
  readonly kpis: RepKpis;
  /** Null where SALES.SCORE answers an error (no KPI reported, say). */
  readonly score: number | null;
  /** The score as the pane shows it, precise enough to agree with its rating (see shownScore). */
  readonly shown: ShownScore | null;
  readonly rating: string | number | null;
  readonly commission: number | null;
};

/**
 * The scorecard of a plan: one line per period and rep (periods in order, reps in plan order),
 * each KPI as {@link repKpis}, the score by SALES.SCORE's core over the KPIs in KPI_KEYS order
 * (a KPI with no value is left out, as its "" cell is), the rating by the plan's bands and the
 * commission by {@link acceleratedCommission}.
 *
 * @param data - the workbook's facts
 * @param plan - the plan
 * @param labels - the workbook's labels
 * @returns the lines
 *
 * @example
 * scorecardLines(data, plan, labels)[0].rating //=> "A"
 */
export function scorecardLines(data: PerformanceData, plan: ScorecardPlan, labels: PerformanceLabels): ScorecardLine[] {
  const teamOf = new Map(data.team.map((member) => [member.rep.toLowerCase(), member.team]));
  const byKey = new Map(plan.kpis.map((kpi) => [kpi.key, kpi]));
  const kpis = KPI_KEYS.map((key) => byKey.get(key) ?? { key, weight: 0, target: 1, lowerIsBetter: false });
  const column = (cells: Cell[]) => cells.map((cell) => [cell]);
  const targets = column(kpis.map((kpi) => kpi.target));
  const weights = column(kpis.map((kpi) => kpi.weight));
  const lower = column(kpis.map((kpi) => kpi.lowerIsBetter));
  return plan.periods.flatMap((period) =>
    plan.reps.map((rep): ScorecardLine => {
      const figures = repKpis(data, rep, period, labels, plan.commission);
      const values = [KPI_KEYS.map((key) => figures[key] ?? "")];
      const scored = score(values, targets, weights, plan.cap, lower);
      const value = isSalesError(scored) ? null : scored;
      const paid = acceleratedCommission(
        { amount: figures.commissionBase, prior: figures.carried, quota: figures.quota },
        plan.commission,
      );
      return {
        period,
        rep,
        team: teamOf.get(rep.toLowerCase()) ?? "",
        kpis: figures,
        score: value,
        shown: value === null ? null : shownScore(value, plan.bands),
        rating: value === null ? null : (ratingOf(value, plan.bands) ?? null),
        commission: isSalesError(paid) ? null : paid,
      };
    }),
  );
}
