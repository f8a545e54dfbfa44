import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import { targetLevelChoices, targetMetricChoices } from "@core/workbook/schema";
import type { PipelineFilter } from "@core/pipeline/pipelineScope";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";

/** The signed-amount target of a period and scope. */
export type TargetMatch = {
  readonly target: number;
  /** How many Targets rows added up to it. */
  readonly rows: number;
};

const labelsOf = (choice: { "en-US": string; "zh-CN": string }) =>
  new Set([normalizeLabel(choice["en-US"]), normalizeLabel(choice["zh-CN"])]);

const LEVELS = {
  all: labelsOf(targetLevelChoices[0]),
  team: labelsOf(targetLevelChoices[1]),
  rep: labelsOf(targetLevelChoices[2]),
} as const;
const SIGNED = labelsOf(targetMetricChoices[0]);

/**
 * The target for a filter from the Targets table: the rows whose PeriodStart and PeriodEnd are
 * the filter's period, whose Metric is Signed (合同额; an empty Metric counts as Signed) and whose
 * Level and Name are the filter's scope — Company for everyone, Team and the team's name, Rep
 * and the rep's name. Their Target cells add up. Null when no row matches (or no period).
 *
 * @param targets - the Targets table
 * @param filter - owner and period
 * @returns the target, or null
 * @example
 * targetFor(targets, { owner: { kind: "rep", name: "Lee" }, period: { start: 46296, end: 46387 } }) //=> { target: 300000, rows: 1 }
 */
export function targetFor(targets: PlainTable, filter: PipelineFilter): TargetMatch | null {
  const period = filter.period;
  if (period === null) return null;
  const levels = LEVELS[filter.owner.kind];
  const name = filter.owner.kind === "all" ? null : normalizeLabel(filter.owner.name);
  let target = 0;
  let rows = 0;
  for (const row of targets.rows) {
    if (parseDate(cellOf(targets, row, "PeriodStart")) !== period.start) continue;
    if (parseDate(cellOf(targets, row, "PeriodEnd")) !== period.end) continue;
    const metric = cellOf(targets, row, "Metric");
    if (!isEmpty(metric) && !SIGNED.has(normalizeLabel(metric))) continue;
    if (!levels.has(normalizeLabel(cellOf(targets, row, "Level")))) continue;
    if (name !== null && normalizeLabel(cellOf(targets, row, "Name")) !== name) continue;
    const value = parseNumber(cellOf(targets, row, "Target"));
    if (value === undefined) continue;
    target += value;
    rows++;
  }
  return rows === 0 ? null : { target, rows };
}
