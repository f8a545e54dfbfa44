import type { TeamData, TeamTarget } from "@core/team/teamData";
import { sameName } from "@core/team/teamData";

/** What a target counts: signed (won deals' Amount) or collected (payments received). */
export type TargetMetric = "signed" | "collected";

/** Days two period bounds may differ by and still be the same period (a month typed as 1st–30th). */
const SAME_BOUND_DAYS = 3;

/**
 * A rep's own target rows (Level Rep) for a period and metric: rows whose PeriodStart and
 * PeriodEnd match the period's (within 3 days).
 *
 * @example
 * repTargets(data, "Ann", { start: 46082, end: 46112 }, "signed").length //=> 1
 */
export function repTargets(
  data: TeamData,
  rep: string,
  period: { readonly start: number; readonly end: number },
  metric: TargetMetric,
): TeamTarget[] {
  return data.targets.filter(
    (t) =>
      t.level === "rep" &&
      t.metric === metric &&
      sameName(t.name, rep) &&
      t.start !== null &&
      t.end !== null &&
      Math.abs(t.start - period.start) <= SAME_BOUND_DAYS &&
      Math.abs(t.end - period.end) <= SAME_BOUND_DAYS,
  );
}

/**
 * What a rep collected in a period, by the date the money came in: Σ Payments[Received] of their
 * payments received within the period, bounds included — the rule of the Collected targets'
 * Actual formula. A workbook without payment rows (one set up before payments were recorded, or
 * not yet upgraded) counts Σ Deals[Collected] of their won deals closed within the period, as its
 * Targets did. A payment without a ReceivedOn date falls in no period.
 *
 * @example
 * collectedActual(data, "Ann", { start: 46082, end: 46112 }) //=> 12000
 */
export function collectedActual(
  data: TeamData,
  rep: string,
  period: { readonly start: number; readonly end: number },
): number {
  if (data.payments.length === 0) return wonDealsSum(data, rep, period, "collected");
  let sum = 0;
  for (const payment of data.payments) {
    const on = payment.receivedOn;
    if (on === null || on < period.start || on > period.end || !sameName(payment.owner, rep)) continue;
    sum += payment.received;
  }
  return sum;
}

function wonDealsSum(
  data: TeamData,
  rep: string,
  period: { readonly start: number; readonly end: number },
  metric: TargetMetric,
): number {
  let sum = 0;
  for (const deal of data.deals) {
    if (deal.outcome !== "won" || deal.closedOn === null) continue;
    if (deal.closedOn < period.start || deal.closedOn > period.end || !sameName(deal.owner, rep)) continue;
    sum += metric === "collected" ? deal.collected : deal.amount;
  }
  return sum;
}

/**
 * What a rep achieved in a period on a metric, from the tables: Σ Amount of their won deals closed
 * within the period, bounds included (signed), or what they collected in it (see
 * {@link collectedActual}) — the rules of the Targets sheet's Actual formula.
 *
 * @example
 * dealsActual(data, "Ann", { start: 46082, end: 46112 }, "signed") //=> 30000
 */
export function dealsActual(
  data: TeamData,
  rep: string,
  period: { readonly start: number; readonly end: number },
  metric: TargetMetric,
): number {
  return metric === "collected" ? collectedActual(data, rep, period) : wonDealsSum(data, rep, period, "signed");
}

/**
 * A rep's target and actual for a period: Σ Target of their target rows (null without any), and
 * Σ Actual as the sheet computed it when every row's Actual holds a number, else from the tables
 * (dealsActual).
 *
 * @example
 * periodActual(data, "Ann", { start: 46082, end: 46112 }, "signed") //=> { target: 40000, actual: 30000 }
 */
export function periodActual(
  data: TeamData,
  rep: string,
  period: { readonly start: number; readonly end: number },
  metric: TargetMetric,
): { target: number | null; actual: number } {
  const rows = repTargets(data, rep, period, metric);
  const target = rows.length > 0 ? rows.reduce((sum, row) => sum + row.target, 0) : null;
  const fromSheet = rows.length > 0 && rows.every((row) => row.actual !== null);
  const actual = fromSheet
    ? rows.reduce((sum, row) => sum + (row.actual ?? 0), 0)
    : dealsActual(data, rep, period, metric);
  return { target, actual };
}
