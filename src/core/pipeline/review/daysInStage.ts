import { inPeriod, type PipelinePeriod } from "@core/pipeline/pipelinePeriod";
import type { PipelineStage, PipelineStages } from "@core/pipeline/pipelineStages";
import type { StageInterval } from "@core/pipeline/review/stageIntervals";
import { normalizeLabel } from "@core/cells/outcome";

/** Time spent in one stage by the stays that ended in a period. */
export type StageDays = {
  /** The stage as the Stages table writes it. */
  readonly stage: string;
  /** Stays with both dates known: what the average and median are of. */
  readonly intervals: number;
  readonly average: number | null;
  readonly median: number | null;
  /** Stays left out because a date is unknown (reconciled changes, or before the history began). */
  readonly unknown: number;
};

/**
 * The stages a deal moves through before it is decided: the funnel's stages but the won one.
 *
 * @example
 * reviewStages(stages).map((s) => s.name) //=> ["Prospecting", "Needs analysis", "Proposal", "Negotiation", "Contract"]
 */
export function reviewStages(stages: PipelineStages): readonly PipelineStage[] {
  return stages.funnel.filter((stage) => stage.outcome !== "won");
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Average and median days in each stage a deal moves through, over the stays that ended in a
 * period (all of them for null); stays with an unknown date are counted apart.
 *
 * @param intervals - the stays (stageIntervals)
 * @param stages - the stages, read
 * @param period - the days a stay must end in; null for all time
 * @returns one entry per stage, in the Stages' order
 * @example
 * daysInStage(intervals, stages, null)[0] //=> { stage: "Prospecting", intervals: 12, average: 9.5, median: 8, unknown: 3 }
 */
export function daysInStage(
  intervals: readonly StageInterval[],
  stages: PipelineStages,
  period: PipelinePeriod | null,
): StageDays[] {
  const days = new Map<string, number[]>();
  const unknown = new Map<string, number>();
  for (const interval of intervals) {
    if (!inPeriod(interval.end, period)) continue;
    if (!interval.known) unknown.set(interval.stage, (unknown.get(interval.stage) ?? 0) + 1);
    else {
      const list = days.get(interval.stage);
      const length = interval.end - interval.start;
      if (list) list.push(length);
      else days.set(interval.stage, [length]);
    }
  }
  return reviewStages(stages).map((stage) => {
    const key = normalizeLabel(stage.name);
    const list = (days.get(key) ?? []).sort((a, b) => a - b);
    return {
      stage: stage.name,
      intervals: list.length,
      average: list.length === 0 ? null : list.reduce((sum, value) => sum + value, 0) / list.length,
      median: median(list),
      unknown: unknown.get(key) ?? 0,
    };
  });
}
