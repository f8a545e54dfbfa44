import { normalizeLabel } from "@core/cells/outcome";
import { targetMetricChoices } from "@core/workbook/schema";
import type { DayRange } from "@core/goals/breakdown/kpiBaselines";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import { tableCell, type TableCells } from "@core/goals/breakdown/tableCell";

/**
 * The rows of an existing Targets table that writing a plan replaces: the rows of the same metric
 * (its name in either language, or its key) whose PeriodStart and PeriodEnd both lie within the
 * plan's fiscal year. Every other row — another metric, another year, a KPI row the manager added,
 * a row whose dates do not read — is kept. This is what "update" means for the Targets table.
 *
 * A plan for part of a year (a quarter, a month, the months left) gives the periods it writes:
 * then only rows of exactly those periods are replaced, so the year's row, the other quarters and
 * months, and weeks are left as they are.
 *
 * @param table - the Targets table as read
 * @param metric - the plan's metric
 * @param year - the plan's fiscal year (or its months' span), first and last day
 * @param periods - the periods written, for a plan of part of a year; omitted for a whole year
 * @returns the 0-based data row indexes to replace, ascending
 *
 * @example
 * replacedTargets(targets, "signed", { start: 46113, end: 46477 }) //=> [0, 1, 2, …, 95]
 */
export function replacedTargets(
  table: TableCells,
  metric: Metric,
  year: DayRange,
  periods?: readonly DayRange[],
): number[] {
  const exact = periods ? new Set(periods.map((p) => `${p.start}:${p.end}`)) : null;
  const choice = targetMetricChoices[metric === "signed" ? 0 : 1];
  const names = new Set([choice["en-US"], choice["zh-CN"], metric].map(normalizeLabel));
  const at = tableCell("Targets", table);
  const replaced: number[] = [];
  table.rows.forEach((row, i) => {
    if (!names.has(normalizeLabel(at.text(row, "Metric") ?? ""))) return;
    const start = at.date(row, "PeriodStart");
    const end = at.date(row, "PeriodEnd");
    if (start === null || end === null) return;
    if (start < year.start || end > year.end) return;
    if (!exact || exact.has(`${Math.floor(start)}:${Math.floor(end)}`)) replaced.push(i);
  });
  return replaced;
}
