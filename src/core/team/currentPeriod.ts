import { monthOf } from "@core/team/months";
import type { TargetMetric } from "@core/team/periodActual";
import type { TeamTarget } from "@core/team/teamData";

/** The period the roster shows: from the Targets table, or the calendar month when no target covers today. */
export type TeamPeriod = {
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly metric: TargetMetric;
  /** False when no rep target covers today and the period is today's calendar month. */
  readonly fromTargets: boolean;
};

/**
 * The current period: among the rep targets (Level Rep) whose period holds `today`, the shortest
 * one (a month before its quarter or year), preferring Signed to Collected; without any, today's
 * calendar month on Signed.
 *
 * @param targets - the Targets rows
 * @param today - today's serial
 * @returns the period, its label and the metric
 *
 * @example
 * currentPeriod([], serialFromDate(2026, 3, 15)) //=> { label: "2026-03", start: 46082, end: 46112, metric: "signed", fromTargets: false }
 */
export function currentPeriod(targets: readonly TeamTarget[], today: number): TeamPeriod {
  let best: TeamTarget | undefined;
  const rank = (t: TeamTarget) => [(t.end ?? 0) - (t.start ?? 0), t.metric === "signed" ? 0 : 1, t.start ?? 0];
  for (const t of targets) {
    if (t.level !== "rep" || t.start === null || t.end === null || t.start > today || t.end < today) continue;
    if (t.metric !== "signed" && t.metric !== "collected") continue;
    if (!best) {
      best = t;
      continue;
    }
    const [a, b] = [rank(t), rank(best)];
    if (a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] > b[2])))) best = t;
  }
  if (best && best.start !== null && best.end !== null) {
    const month = monthOf(best.start);
    return {
      label: best.period || month.label,
      start: best.start,
      end: best.end,
      metric: best.metric as TargetMetric,
      fromTargets: true,
    };
  }
  const month = monthOf(today);
  return { label: month.label, start: month.start, end: month.end, metric: "signed", fromTargets: false };
}
