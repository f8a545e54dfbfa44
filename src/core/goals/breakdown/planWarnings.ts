import { formatAmount, formatPercent } from "@core/goals/breakdown/formatFigure";
import { localized } from "@core/goals/breakdown/localized";
import { toAmount, type Plan, type PlanWarning } from "@core/goals/breakdown/plan";

/**
 * The warnings for a plan's current figures, after its notes (thin history):
 * - "jump": a rep whose annual target is more than (1 + jumpThreshold) × last year's figure.
 *   Only reps with a positive figure for a fully covered last year are judged (a new rep has
 *   nothing to jump from).
 * - "coverage": the target still to reach (annual target − actual to date) is above what the
 *   open pipeline is expected to bring in (open pipeline × win rate). Only with pipeline figures.
 *
 * @param plan - the plan (its warnings field is not read)
 * @returns notes, then jump warnings in rep order, then the coverage warning
 *
 * @example
 * planWarnings(plan).map((w) => w.kind) //=> ["jump"] (a rep going from 100,000 to 180,000)
 */
export function planWarnings(plan: Omit<Plan, "warnings">): PlanWarning[] {
  const warnings: PlanWarning[] = [...plan.notes];
  const places = Math.max(0, plan.decimals);
  const money = (units: number) => toAmount(units, plan.decimals);
  plan.reps.forEach((rep, r) => {
    const lastYear = rep.lastYear;
    if (lastYear === null || !(lastYear > 0)) return;
    const target = money(plan.repTotals[r]);
    if (!(target > (1 + plan.jumpThreshold) * lastYear)) return;
    const growth = target / lastYear - 1;
    const message = localized("warnJump", {
      rep: rep.name,
      target: formatAmount(target, places),
      lastYear: formatAmount(lastYear, places),
      growth: formatPercent(growth),
      threshold: formatPercent(plan.jumpThreshold),
    });
    warnings.push({ kind: "jump", rep: rep.name, target, lastYear, growth, threshold: plan.jumpThreshold, message });
  });
  if (plan.pipeline) {
    const { openPipeline, winRate } = plan.pipeline;
    const actualToDate = plan.pipeline.actualToDate ?? 0;
    const target = money(plan.total);
    const remaining = target - actualToDate;
    const supported = openPipeline * winRate;
    if (remaining > 0 && remaining > supported) {
      const coverage = openPipeline / remaining;
      const message = localized("warnCoverage", {
        remaining: formatAmount(remaining, places),
        pipeline: formatAmount(openPipeline, places),
        winRate: formatPercent(winRate),
        supported: formatAmount(supported, places),
        coverage: formatAmount(coverage, 2),
      });
      warnings.push({
        kind: "coverage",
        target,
        actualToDate,
        remaining,
        openPipeline,
        winRate,
        supported,
        coverage,
        message,
      });
    }
  }
  return warnings;
}
