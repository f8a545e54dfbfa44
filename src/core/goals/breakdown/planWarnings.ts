import { dateFromSerial } from "@core/cells/parseDate";
import { formatAmount, formatPercent } from "@core/goals/breakdown/formatFigure";
import { localized } from "@core/goals/breakdown/localized";
import { toAmount, type Plan, type PlanWarning } from "@core/goals/breakdown/plan";

/**
 * The warnings for a plan's current figures, after its notes (thin history):
 * - "jump": a rep whose annual target is more than (1 + jumpThreshold) × last year's figure.
 *   Only reps with a positive figure for a fully covered last year are judged (a new rep has
 *   nothing to jump from).
 * - "partial-year" instead of "jump": the rep joined during last year (Team[StartDate] after its
 *   first day), so last year's figure covers only part of a year for them; the message says when
 *   they joined and how many months last year covers, as an explanation rather than an alarm.
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
    const range = plan.lastYearRange;
    if (range && rep.startDate !== null && rep.startDate > range.start) {
      const months = monthsOnTeam(rep.startDate, range.end);
      const message = localized("warnPartialYear", {
        rep: rep.name,
        target: formatAmount(target, places),
        lastYear: formatAmount(lastYear, places),
        growth: formatPercent(growth),
        start: isoDate(rep.startDate),
        months,
      });
      warnings.push({
        kind: "partial-year",
        rep: rep.name,
        target,
        lastYear,
        growth,
        startDate: rep.startDate,
        months,
        message,
      });
      return;
    }
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

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(serial: number): string {
  const { year, month, day } = dateFromSerial(Math.floor(serial));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Calendar months from the month of `start` to the month of `end`, both counted (0 when start is later). */
function monthsOnTeam(start: number, end: number): number {
  const a = dateFromSerial(Math.floor(start));
  const b = dateFromSerial(Math.floor(end));
  return Math.max(0, (b.year - a.year) * 12 + b.month - a.month + 1);
}
