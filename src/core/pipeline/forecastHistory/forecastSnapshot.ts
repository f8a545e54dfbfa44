import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { parseDate, dateFromSerial } from "@core/cells/parseDate";
import { isSalesError, type Result } from "@core/errors";
import type { PipelineDeals } from "@core/pipeline/pipelineDeals";
import { calendarPeriod, type PipelinePeriod } from "@core/pipeline/pipelinePeriod";
import { dealsInScope } from "@core/pipeline/pipelineScope";
import type { PipelineStages } from "@core/pipeline/pipelineStages";
import { pipelineSummary } from "@core/pipeline/pipelineSummary";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";
import { targetFor } from "@core/pipeline/targetFor";
import { weekLabel, weekOf } from "@core/weekly/week";

/** One row of the ForecastHistory table: a rep's forecast call on a day, for a period. */
export type ForecastRecord = {
  /** Serial of the day it was recorded. */
  readonly recordedOn: number;
  /** The ISO week of that day ("2026-W49"). */
  readonly week: string;
  /** The period's name, as Targets names it ("2026-Q4" when no Targets row does). */
  readonly period: string;
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly rep: string;
  /** The rep's team in the Team table when recorded ("" without one). */
  readonly team: string;
  /** SALES.FORECAST's cumulative categories over the rep's deals decided in the period; null where it answers an error. */
  readonly closed: number | null;
  readonly commit: number | null;
  readonly bestCase: number | null;
  readonly pipeline: number | null;
  /** SALES.WEIGHTED over the same deals (open ones count); null where it answers an error. */
  readonly weighted: number | null;
  /** The rep's Signed target for the period from Targets; null when there is none. */
  readonly target: number | null;
  /** True for the weekly automatic snapshot, false for a manager's recording. */
  readonly automatic: boolean;
};

/** What a snapshot is computed from: the deals and stages read, the Team and Targets tables. */
export type SnapshotInput = {
  readonly deals: PipelineDeals;
  readonly stages: PipelineStages;
  readonly team?: PlainTable;
  readonly targets?: PlainTable;
};

const valueOf = (result: Result<number>): number | null => (isSalesError(result) ? null : result);

/**
 * The name of a period: the Period text of the first Targets row with exactly its start and end,
 * else its calendar quarter as "2026-Q4".
 *
 * @example
 * periodName({ start: 46296, end: 46387 }) //=> "2026-Q4"
 */
export function periodName(period: PipelinePeriod, targets?: PlainTable): string {
  for (const row of targets?.rows ?? []) {
    if (parseDate(cellOf(targets!, row, "PeriodStart")) !== period.start) continue;
    if (parseDate(cellOf(targets!, row, "PeriodEnd")) !== period.end) continue;
    const name = cellOf(targets!, row, "Period");
    if (!isEmpty(name)) return String(name).trim();
  }
  const { year, month } = dateFromSerial(period.start);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The reps a snapshot has a row for: Team's reps with their teams, else every deal owner. */
function repsOf(input: SnapshotInput): { rep: string; team: string }[] {
  const seen = new Set<string>();
  const reps: { rep: string; team: string }[] = [];
  const add = (rep: unknown, team: unknown) => {
    if (isEmpty(rep as string)) return;
    const key = normalizeLabel(rep as string);
    if (seen.has(key)) return;
    seen.add(key);
    reps.push({ rep: String(rep).trim(), team: isEmpty(team as string) ? "" : String(team).trim() });
  };
  for (const row of input.team?.rows ?? []) add(cellOf(input.team!, row, "Rep"), cellOf(input.team!, row, "Team"));
  if (reps.length === 0) for (const owner of input.deals.owner) add(owner, "");
  return reps;
}

/**
 * The ForecastHistory rows of a recording on `today`: one per rep of the Team table (every deal
 * owner when there is none), for the calendar quarter holding `today`. Each rep's figures are the
 * Pipeline area's for that rep and quarter (pipelineSummary over dealsInScope: the rep's deals
 * decided in the quarter) — SALES.FORECAST's closed, commit, best case and pipeline, cumulative,
 * and the weighted pipeline — and the target is the rep's Signed Targets row for the quarter.
 *
 * @param input - deals and stages read, Team and Targets
 * @param today - the day recorded
 * @param automatic - whether this is the weekly automatic snapshot
 * @returns one record per rep, in Team order
 * @example
 * forecastSnapshot({ deals, stages, team }, serialFromDate(2026, 12, 7), false).map((r) => r.rep) //=> ["Lee", "Wang"]
 */
export function forecastSnapshot(input: SnapshotInput, today: number, automatic: boolean): ForecastRecord[] {
  const period = calendarPeriod("quarter", today);
  const name = periodName(period, input.targets);
  const week = weekLabel(weekOf(today));
  return repsOf(input).map(({ rep, team }) => {
    const filter = { owner: { kind: "rep", name: rep } as const, period };
    const rows = dealsInScope(input.deals, filter, input.team);
    const summary = pipelineSummary(input.deals, input.stages, rows, filter);
    const target = input.targets ? targetFor(input.targets, filter) : null;
    return {
      recordedOn: Math.floor(today),
      week,
      period: name,
      periodStart: period.start,
      periodEnd: period.end,
      rep,
      team,
      closed: valueOf(summary.forecast.closed),
      commit: valueOf(summary.forecast.commit),
      bestCase: valueOf(summary.forecast.bestCase),
      pipeline: valueOf(summary.forecast.pipeline),
      weighted: valueOf(summary.weighted),
      target: target?.target ?? null,
      automatic,
    };
  });
}
