import { normalizeLabel } from "@core/cells/outcome";
import { OPEN, type PipelineDeals } from "@core/pipeline/pipelineDeals";
import type { PipelineStages } from "@core/pipeline/pipelineStages";
import { stageChanges, type DealHistory } from "@core/pipeline/review/dealHistory";
import { reviewStages } from "@core/pipeline/review/daysInStage";

/** The age buckets, in days in the current stage: 0–7, 8–30, 31–90, over 90. */
export const AGE_BUCKETS: readonly { readonly from: number; readonly to: number }[] = [
  { from: 0, to: 7 },
  { from: 8, to: 30 },
  { from: 31, to: 90 },
  { from: 91, to: Infinity },
];

/** How long the open deals of one stage have been in it. */
export type StageAgeing = {
  readonly stage: string;
  readonly deals: number;
  readonly amount: number;
  /** Deals per {@link AGE_BUCKETS} entry. */
  readonly buckets: readonly number[];
  /** The stage's StaleDays, null when it has none. */
  readonly staleDays: number | null;
  /** Deals in the stage longer than its StaleDays. */
  readonly overStaleDays: number;
  /** Deals with no date of entry (no history row, no StageSince). */
  readonly noDate: number;
};

/**
 * The day each deal entered the stage it is in, from its last stage change in the history when
 * that change led to its current stage, by DealID.
 *
 * @example
 * lastEntries(history).get("D4") //=> { stage: "proposal", on: 46327 }
 */
export function lastEntries(history: DealHistory | null): Map<string, { stage: string; on: number }> {
  const entries = new Map<string, { stage: string; on: number }>();
  for (const [dealId, changes] of history?.byDeal ?? []) {
    const stages = stageChanges(changes);
    const last = stages[stages.length - 1];
    if (last) entries.set(dealId, { stage: normalizeLabel(last.to), on: last.on });
  }
  return entries;
}

/**
 * The days an open deal has been in its stage: from its last entry in the history (when that
 * entry led to its current stage), else from Deals[StageSince]; null without either.
 *
 * @example
 * daysInCurrentStage(deals, 3, entries, 46354) //=> 27
 */
export function daysInCurrentStage(
  deals: PipelineDeals,
  row: number,
  entries: ReadonlyMap<string, { stage: string; on: number }>,
  today: number,
): number | null {
  const entry = entries.get(deals.id[row]);
  const since =
    entry !== undefined && entry.stage === normalizeLabel(deals.stageName[row]) ? entry.on : deals.stageSince[row];
  return Number.isNaN(since) ? null : Math.max(0, today - since);
}

/**
 * Stage ageing of the open deals in scope: per stage a deal moves through, how many deals have
 * been in it 0–7, 8–30, 31–90 and over 90 days, and how many longer than the stage's StaleDays.
 *
 * @param deals - the deals, read
 * @param stages - the stages, read
 * @param history - the DealHistory, read (null when recording is off)
 * @param matches - which rows are in scope
 * @param today - today's serial
 * @returns one entry per stage, in the Stages' order
 * @example
 * stageAgeing(deals, stages, history, () => true, 46354)[2].buckets //=> [1, 4, 2, 0]
 */
export function stageAgeing(
  deals: PipelineDeals,
  stages: PipelineStages,
  history: DealHistory | null,
  matches: (row: number) => boolean,
  today: number,
): StageAgeing[] {
  const entries = lastEntries(history);
  return reviewStages(stages).map((stage) => {
    const at = stages.all.indexOf(stage);
    const buckets = AGE_BUCKETS.map(() => 0);
    let count = 0;
    let amount = 0;
    let over = 0;
    let noDate = 0;
    for (let i = 0; i < deals.count; i += 1) {
      if (deals.stageIndex[i] !== at || deals.outcome[i] !== OPEN || !matches(i)) continue;
      count += 1;
      amount += deals.amount[i];
      const days = daysInCurrentStage(deals, i, entries, today);
      if (days === null) {
        noDate += 1;
        continue;
      }
      buckets[AGE_BUCKETS.findIndex((bucket) => days <= bucket.to)] += 1;
      if (stage.staleDays !== null && days > stage.staleDays) over += 1;
    }
    return {
      stage: stage.name,
      deals: count,
      amount,
      buckets,
      staleDays: stage.staleDays,
      overStaleDays: over,
      noDate,
    };
  });
}
