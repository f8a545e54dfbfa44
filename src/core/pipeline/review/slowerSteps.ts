import type { PipelinePeriod } from "@core/pipeline/pipelinePeriod";
import type { PipelineStages } from "@core/pipeline/pipelineStages";
import { daysInStage, type StageDays } from "@core/pipeline/review/daysInStage";
import type { StageInterval } from "@core/pipeline/review/stageIntervals";

/** Stays a period needs in a stage before its average is compared (fewer say little). */
export const MIN_INTERVALS = 3;

/** One stage's average days now and in the period before. */
export type StepChange = {
  readonly stage: string;
  readonly current: StageDays;
  readonly previous: StageDays;
  /** Current average less previous: positive means slower. */
  readonly change: number;
};

/** Which steps got slower: every stage with enough stays in both periods, the most slowed first. */
export type SlowerSteps = {
  readonly period: PipelinePeriod;
  /** The period of the same length just before. */
  readonly previous: PipelinePeriod;
  /** Stays a period needs in a stage to be compared. */
  readonly minIntervals: number;
  readonly steps: readonly StepChange[];
  /** Stages left out for too few stays in one of the periods. */
  readonly thin: readonly string[];
};

/**
 * The period of the same length just before one.
 *
 * @example
 * previousPeriod({ start: 100, end: 189 }) //=> { start: 10, end: 99 }
 */
export function previousPeriod(period: PipelinePeriod): PipelinePeriod {
  const length = period.end - period.start + 1;
  return { start: period.start - length, end: period.start - 1 };
}

/**
 * Average days in each stage in a period against the period of the same length before it, for
 * the stages with at least `minIntervals` known stays in both; slowest change first.
 *
 * @param intervals - the stays (stageIntervals)
 * @param stages - the stages, read
 * @param period - the current period
 * @param minIntervals - stays each period needs (default {@link MIN_INTERVALS})
 * @returns the comparison
 * @example
 * slowerSteps(intervals, stages, { start: 46296, end: 46387 }).steps[0] //=> { stage: "Proposal", change: 6.5, … }
 */
export function slowerSteps(
  intervals: readonly StageInterval[],
  stages: PipelineStages,
  period: PipelinePeriod,
  minIntervals: number = MIN_INTERVALS,
): SlowerSteps {
  const previous = previousPeriod(period);
  const now = daysInStage(intervals, stages, period);
  const before = daysInStage(intervals, stages, previous);
  const steps: StepChange[] = [];
  const thin: string[] = [];
  now.forEach((current, i) => {
    const earlier = before[i];
    if (current.intervals < minIntervals || earlier.intervals < minIntervals) thin.push(current.stage);
    else steps.push({ stage: current.stage, current, previous: earlier, change: current.average! - earlier.average! });
  });
  steps.sort((a, b) => b.change - a.change);
  return { period, previous, minIntervals, steps, thin };
}
