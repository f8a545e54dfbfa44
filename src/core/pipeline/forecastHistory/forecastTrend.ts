import { normalizeLabel } from "@core/cells/outcome";
import type { PipelinePeriod } from "@core/pipeline/pipelinePeriod";
import type { OwnerFilter } from "@core/pipeline/pipelineScope";
import type { ForecastRecord } from "@core/pipeline/forecastHistory/forecastSnapshot";
import type { ForecastRecording } from "@core/pipeline/forecastHistory/forecastRecords";

/** The figures of a recording for an owner filter: its reps' records added up. */
export type ForecastPoint = {
  readonly recordedOn: number;
  readonly automatic: boolean;
  readonly closed: number | null;
  readonly commit: number | null;
  readonly bestCase: number | null;
  readonly pipeline: number | null;
  readonly weighted: number | null;
  /** The reps' targets added up; null when none of them had one. */
  readonly target: number | null;
};

/** The figures a point adds up. */
export const FORECAST_FIGURES = ["closed", "commit", "bestCase", "pipeline", "weighted", "target"] as const;

/**
 * Whether a record is in an owner filter's scope: every record for everyone, the rep's own, or the
 * records of the team's reps — by the Team column as recorded, since a call is what the team was then.
 *
 * @example
 * inOwnerScope(record, { kind: "team", name: "East" }) //=> true when record.team is "East"
 */
export function inOwnerScope(record: ForecastRecord, owner: OwnerFilter): boolean {
  if (owner.kind === "all") return true;
  const wanted = normalizeLabel(owner.name);
  return normalizeLabel(owner.kind === "rep" ? record.rep : record.team) === wanted;
}

/** The records added up; a figure is null when every record's is null (or there are none). */
export function sumRecords(records: readonly ForecastRecord[]): Omit<ForecastPoint, "recordedOn" | "automatic"> {
  const sum = (key: (typeof FORECAST_FIGURES)[number]) => {
    let total: number | null = null;
    for (const record of records) if (record[key] !== null) total = (total ?? 0) + record[key]!;
    return total;
  };
  return {
    closed: sum("closed"),
    commit: sum("commit"),
    bestCase: sum("bestCase"),
    pipeline: sum("pipeline"),
    weighted: sum("weighted"),
    target: sum("target"),
  };
}

/**
 * How a period's forecast moved: one point per recording of exactly that period (several
 * recordings on one day or in one week are several points; the automatic snapshot is once a week),
 * each the sum of the records in the owner filter's scope. A recording with no record in scope
 * gives no point.
 *
 * @param recordings - every recording (forecastRecordings), in table order
 * @param owner - everyone, a rep or a team
 * @param period - the period, usually the quarter holding today
 * @returns the points, in the order they were recorded
 * @example
 * forecastTrend(recordings, everyone, calendarPeriod("quarter", today)).map((p) => p.closed) //=> [120000, 165000]
 */
export function forecastTrend(
  recordings: readonly ForecastRecording[],
  owner: OwnerFilter,
  period: PipelinePeriod,
): ForecastPoint[] {
  const points: ForecastPoint[] = [];
  for (const recording of recordings) {
    if (recording.periodStart !== period.start || recording.periodEnd !== period.end) continue;
    const records = recording.records.filter((record) => inOwnerScope(record, owner));
    if (records.length === 0) continue;
    points.push({ recordedOn: recording.recordedOn, automatic: recording.automatic, ...sumRecords(records) });
  }
  return points;
}
