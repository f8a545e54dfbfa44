import { dateFromSerial } from "@core/cells/parseDate";
import { currentPeriod, type TeamPeriod } from "@core/team/currentPeriod";
import type { TeamTarget } from "@core/team/teamData";

/**
 * The periods the Team area can show: every period of the Targets table (each distinct
 * PeriodStart–PeriodEnd of a Signed or Collected row, any level), the latest ending first, a month
 * before the quarter or year that ends with it, with the period {@link currentPeriod} picks
 * for today among them (as it picks it: its label and metric; today's calendar month is added
 * when no target holds today). A period's metric is Signed when any of its rows is, its label
 * the Period text of its first rep row, else of its first row.
 *
 * @param targets - the Targets rows
 * @param today - today's serial
 * @returns the periods, each once, the current one among them
 *
 * @example
 * targetPeriods(targets, serialFromDate(2026, 3, 15)).map((p) => p.label) //=> ["2026-Q2", "2026-03", "2026-Q1", "2026-02"]
 */
export function targetPeriods(targets: readonly TeamTarget[], today: number): TeamPeriod[] {
  type Found = { start: number; end: number; period: string; label: string; signed: boolean };
  const found = new Map<string, Found>();
  for (const t of targets) {
    if (t.start === null || t.end === null || t.end < t.start) continue;
    if (t.metric !== "signed" && t.metric !== "collected") continue;
    const key = periodKey({ start: t.start, end: t.end });
    const seen = found.get(key);
    if (!seen)
      found.set(key, {
        start: t.start,
        end: t.end,
        period: t.period,
        label: t.level === "rep" ? t.period : "",
        signed: t.metric === "signed",
      });
    else {
      if (t.metric === "signed") seen.signed = true;
      if (!seen.label && t.level === "rep") seen.label = t.period;
    }
  }
  const periods: TeamPeriod[] = [...found.values()].map(({ start, end, period, label, signed }) => ({
    label: label || period || `${isoDay(start)} – ${isoDay(end)}`,
    start,
    end,
    metric: signed ? "signed" : "collected",
    fromTargets: true,
  }));
  const current = currentPeriod(targets, today);
  const at = periods.findIndex((p) => periodKey(p) === periodKey(current));
  if (at >= 0) periods[at] = current;
  else periods.push(current);
  return periods.sort((a, b) => b.end - a.end || b.start - a.start);
}

/**
 * What tells two periods apart: their first and last day.
 *
 * @example
 * periodKey({ start: 46082, end: 46112 }) //=> "46082-46112"
 */
export function periodKey(period: { readonly start: number; readonly end: number }): string {
  return `${period.start}-${period.end}`;
}

/**
 * The day a period's figures are seen from: today while the period runs, its last day once it
 * has ended, its first day when it is still to come.
 *
 * @example
 * periodDay({ start: 46054, end: 46081 }, 46096) //=> 46081
 */
export function periodDay(period: { readonly start: number; readonly end: number }, today: number): number {
  return Math.min(Math.max(today, period.start), period.end);
}

/** A serial as 2026-03-01, for a period the Targets table gave no name. */
function isoDay(serial: number): string {
  const { year, month, day } = dateFromSerial(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
