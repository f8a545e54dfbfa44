import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { isSalesError } from "@core/errors";
import { pace } from "@core/formulas/goals/pace";
import type { TargetLevel } from "@core/goals/breakdown/actualFormula";
import type { DealRow, Metric } from "@core/goals/breakdown/monthlyHistory";
import type { RepInput } from "@core/goals/breakdown/plan";
import { tableCell, type TableCells } from "@core/goals/breakdown/tableCell";
import { wonInRange } from "@core/goals/breakdown/wonInRange";
import { targetLevelChoices, targetMetricChoices, workbookLanguages } from "@core/workbook/schema";

/** The periods the Goals area watches: the month and the quarter today falls in. */
export type PaceSpan = "month" | "quarter";

/** A Targets row of a rep or a team that is behind pace today. */
export type BehindPace = {
  readonly level: Extract<TargetLevel, "Rep" | "Team">;
  readonly name: string;
  /** The row's Period label, as written. */
  readonly period: string;
  readonly metric: Metric;
  readonly target: number;
  /** Won so far in the period, as the row's Actual formula counts it. */
  readonly actual: number;
  /** SALES.PACE of the row today (below 1). */
  readonly pace: number;
};

/** Which choice (0, 1, …) a cell names among localized choices, in either language; -1 for none. */
function choiceOf(cell: Cell, choices: readonly Readonly<Record<string, string>>[]): number {
  const label = normalizeLabel(cell);
  return choices.findIndex((choice) =>
    workbookLanguages.some((language) => normalizeLabel(choice[language]) === label),
  );
}

/** The span of a period by its days, as the Scorecard tells a month from a quarter (ownLengthTest). */
function spanOf(start: number, end: number): PaceSpan | null {
  const days = end - start;
  return days < 45 ? "month" : days < 200 ? "quarter" : null;
}

/**
 * Who is behind pace today, the month and the quarter under way: the Targets rows of reps and
 * teams whose period contains today and whose pace (SALES.PACE: won so far ÷ the target's share
 * of the days gone) is below 1 — the same test as the Pace column's red format. Won so far is
 * counted as the row's Actual formula does (actualFormula): won deals closed in the period, by
 * owner for a rep and over the Team table's reps for a team, Amount or Collected by Metric. The
 * Goals area shows what this computes (never reading SALES cells, which may be #BUSY!), reps
 * first, then teams, each slowest first.
 *
 * @param targets - the Targets table as read
 * @param deals - the Deals rows
 * @param reps - the Team table's reps (for teams' rows)
 * @param today - today as an Excel serial
 * @returns the rows behind, per span
 * @example
 * behindPace(targets, deals, reps, 46100).month //=> [{ level: "Rep", name: "Li", period: "Mar 2026", metric: "signed", target: 1000, actual: 200, pace: 0.3 }]
 */
export function behindPace(
  targets: TableCells | undefined,
  deals: readonly DealRow[],
  reps: readonly RepInput[],
  today: number,
): Readonly<Record<PaceSpan, readonly BehindPace[]>> {
  const found: Record<PaceSpan, BehindPace[]> = { month: [], quarter: [] };
  if (!targets) return found;
  const at = tableCell("Targets", targets);
  const day = Math.floor(today);
  for (const row of targets.rows) {
    const start = at.date(row, "PeriodStart");
    const end = at.date(row, "PeriodEnd");
    const target = at.number(row, "Target");
    const name = at.text(row, "Name");
    if (start === null || end === null || target === null || target <= 0 || name === null) continue;
    if (day < start || day > end) continue;
    const span = spanOf(start, end);
    const level = choiceOf(at.raw(row, "Level"), targetLevelChoices);
    if (span === null || (level !== 1 && level !== 2)) continue;
    const metric: Metric = choiceOf(at.raw(row, "Metric"), targetMetricChoices) === 1 ? "collected" : "signed";
    const owners =
      level === 2
        ? new Set([normalizeLabel(name)])
        : new Set(
            reps
              .filter((rep) => normalizeLabel(rep.team ?? "") === normalizeLabel(name))
              .map((rep) => normalizeLabel(rep.name)),
          );
    const actual = wonInRange(
      deals.filter((deal) => owners.has(normalizeLabel(deal.owner ?? ""))),
      metric,
      { start, end },
    );
    const value = pace(actual, target, start, end, day);
    if (isSalesError(value) || value >= 1) continue;
    found[span].push({
      level: level === 2 ? "Rep" : "Team",
      name,
      period: at.text(row, "Period") ?? "",
      metric,
      target,
      actual,
      pace: value,
    });
  }
  const order = (a: BehindPace, b: BehindPace) =>
    (a.level === b.level ? 0 : a.level === "Rep" ? -1 : 1) || a.pace - b.pace;
  return { month: found.month.sort(order), quarter: found.quarter.sort(order) };
}
