import type { PipelineDeals } from "@core/pipeline/pipelineDeals";
import { WON } from "@core/pipeline/pipelineDeals";
import { dealsInScope, type OwnerFilter } from "@core/pipeline/pipelineScope";
import type { PlainTable } from "@core/pipeline/pipelineTables";
import type { ForecastRecording } from "@core/pipeline/forecastHistory/forecastRecords";
import { inOwnerScope, sumRecords } from "@core/pipeline/forecastHistory/forecastTrend";

/** How one recorded call compares with what closed won in its period. */
export type ForecastAccuracy = {
  readonly recordedOn: number;
  readonly period: string;
  readonly periodStart: number;
  readonly periodEnd: number;
  /** True when the period is over (its actual is final); false for the current period, to date. */
  readonly ended: boolean;
  readonly commit: number | null;
  readonly weighted: number | null;
  /** Won in the period: Σ Amount of the scope's won deals decided in it (ClosedOn, else ExpectedClose). */
  readonly actual: number;
  /** {@link accuracy} of the commit call; null when nothing was won or no commit was recorded. */
  readonly commitAccuracy: number | null;
  readonly weightedAccuracy: number | null;
};

/**
 * The accuracy of a forecast against what actually closed: 1 − |forecast − actual| ÷ actual, at
 * least 0 (a call off by the whole actual or more scores 0). 1 is exact; a call 10 % over or under
 * scores 0.9. Null when nothing was won (no actual to measure against) or there is no forecast.
 *
 * @param forecast - the amount forecast
 * @param actual - the amount won
 * @returns the accuracy in [0, 1], or null
 * @example
 * accuracy(90_000, 100_000) //=> 0.9
 * accuracy(250_000, 100_000) //=> 0
 */
export function accuracy(forecast: number | null, actual: number): number | null {
  if (forecast === null || !(actual > 0)) return null;
  return Math.max(0, 1 - Math.abs(forecast - actual) / actual);
}

/**
 * The accuracy of each recording of the owner filter's scope: its commit and weighted pipeline
 * against the amount the scope's deals won in the recording's period — final for a period that has
 * ended, to date for the current one. Won deals are matched by Deals[Owner] (a team by today's
 * Team table), as the Pipeline area matches them.
 *
 * @param recordings - every recording (forecastRecordings)
 * @param deals - the deals read
 * @param owner - everyone, a rep or a team
 * @param team - the Team table, for a team's reps
 * @param today - today's serial
 * @returns one entry per recording with a record in scope, newest first
 * @example
 * forecastAccuracy(recordings, deals, everyone, team, today)[0].commitAccuracy //=> 0.92
 */
export function forecastAccuracy(
  recordings: readonly ForecastRecording[],
  deals: PipelineDeals,
  owner: OwnerFilter,
  team: PlainTable | undefined,
  today: number,
): ForecastAccuracy[] {
  const wonIn = new Map<string, number>();
  const actualOf = (start: number, end: number) => {
    const key = `${start}-${end}`;
    const known = wonIn.get(key);
    if (known !== undefined) return known;
    const rows = dealsInScope(deals, { owner, period: { start, end } }, team);
    let won = 0;
    const count = rows === null ? deals.count : rows.length;
    for (let k = 0; k < count; k++) {
      const i = rows === null ? k : rows[k];
      if (deals.outcome[i] === WON) won += deals.amount[i];
    }
    wonIn.set(key, won);
    return won;
  };
  const entries: ForecastAccuracy[] = [];
  for (const recording of recordings) {
    const records = recording.records.filter((record) => inOwnerScope(record, owner));
    if (records.length === 0) continue;
    const { commit, weighted } = sumRecords(records);
    const actual = actualOf(recording.periodStart, recording.periodEnd);
    entries.push({
      recordedOn: recording.recordedOn,
      period: recording.period,
      periodStart: recording.periodStart,
      periodEnd: recording.periodEnd,
      ended: recording.periodEnd < today,
      commit,
      weighted,
      actual,
      commitAccuracy: accuracy(commit, actual),
      weightedAccuracy: accuracy(weighted, actual),
    });
  }
  return entries.reverse();
}
