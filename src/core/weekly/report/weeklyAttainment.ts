import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import type { PipelinePeriod } from "@core/pipeline/pipelinePeriod";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";
import { targetLevelChoices, targetMetricChoices } from "@core/workbook/schema";

/**
 * Attainment to date of one period, as the Targets table computes it: its live Actual,
 * Attainment and Pace cells as read. `target` is null when no Targets row is for this period and
 * scope ("no target": never shown as 0 %); a figure the row leaves empty or unreadable is null.
 */
export type WeeklyAttainment = {
  readonly period: PipelinePeriod;
  readonly target: number | null;
  readonly actual: number | null;
  readonly attainment: number | null;
  /** Attainment against the share of the period gone by (below 1: behind pace). */
  readonly pace: number | null;
};

/** Whose target: a rep's, a team's, or the company's (everyone). */
export type AttainmentScope =
  | { readonly level: "rep"; readonly name: string }
  | { readonly level: "team"; readonly name: string }
  | { readonly level: "company" };

const LEVEL_AT = { company: 0, team: 1, rep: 2 } as const;
const SIGNED = new Set(Object.values(targetMetricChoices[0]).map(normalizeLabel));

function numberOrNull(cell: Parameters<typeof parseNumber>[0]): number | null {
  if (isEmpty(cell)) return null;
  const value = parseNumber(cell);
  return value === undefined || !Number.isFinite(value) ? null : value;
}

/**
 * The Targets rows of a scope for a period, read as the table computes them: Level and Name the
 * scope (either language), Metric Signed (an empty Metric counts as Signed, as the Pipeline
 * area's target does), PeriodStart and PeriodEnd the period. One row gives its own cells; several
 * rows (a target split in two) add their Target and Actual, and Attainment and Pace are taken
 * from the sums at the pace the rows share.
 *
 * @param targets - the Targets table, or undefined when the workbook has none
 * @param scope - the rep, team or company
 * @param period - the month or quarter
 * @returns the attainment, with `target: null` when no row matches
 * @example
 * weeklyAttainment(targets, { level: "rep", name: "Lee" }, { start: 46327, end: 46356 }).attainment //=> 0.82
 */
export function weeklyAttainment(
  targets: PlainTable | undefined,
  scope: AttainmentScope,
  period: PipelinePeriod,
): WeeklyAttainment {
  const levels = new Set(Object.values(targetLevelChoices[LEVEL_AT[scope.level]]).map(normalizeLabel));
  const name = scope.level === "company" ? null : normalizeLabel(scope.name);
  const rows = (targets?.rows ?? []).filter((row) => {
    const cell = (key: string) => cellOf(targets!, row, key);
    if (parseDate(cell("PeriodStart")) !== period.start || parseDate(cell("PeriodEnd")) !== period.end) return false;
    const metric = cell("Metric");
    if (!isEmpty(metric) && !SIGNED.has(normalizeLabel(metric))) return false;
    if (!levels.has(normalizeLabel(cell("Level")))) return false;
    return name === null || normalizeLabel(cell("Name")) === name;
  });
  const read = rows.map((row) => ({
    target: numberOrNull(cellOf(targets!, row, "Target")),
    actual: numberOrNull(cellOf(targets!, row, "Actual")),
    attainment: numberOrNull(cellOf(targets!, row, "Attainment")),
    pace: numberOrNull(cellOf(targets!, row, "Pace")),
  }));
  const withTarget = read.filter((row) => row.target !== null);
  if (withTarget.length === 0) return { period, target: null, actual: null, attainment: null, pace: null };
  if (withTarget.length === 1) return { period, ...withTarget[0] };
  const target = withTarget.reduce((sum, row) => sum + row.target!, 0);
  const actual = withTarget.some((row) => row.actual === null)
    ? null
    : withTarget.reduce((sum, row) => sum + row.actual!, 0);
  const attainment = actual === null || target === 0 ? null : actual / target;
  // Rows of one period share the share of it gone by: attainment ÷ pace of any row that has both.
  const timed = withTarget.find((row) => row.attainment !== null && row.pace !== null && row.pace !== 0);
  const share = timed ? timed.attainment! / timed.pace! : null;
  const pace = attainment === null || share === null || share === 0 ? null : attainment / share;
  return { period, target, actual, attainment, pace };
}
