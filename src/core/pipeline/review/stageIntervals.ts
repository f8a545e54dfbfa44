import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { stageChanges, type DealHistory } from "@core/pipeline/review/dealHistory";

/** A stay of a deal in a stage, from its entry to its next stage change. */
export type StageInterval = {
  readonly dealId: string;
  /** The stage, normalized (as PipelineStages.byName keys it). */
  readonly stage: string;
  /** The day it entered; NaN when that was before the history starts. */
  readonly start: number;
  /** The day it left. */
  readonly end: number;
  /** Both ends are exact dates: only such stays count in averages. */
  readonly known: boolean;
};

/**
 * Every finished stay in a stage the history shows: from each stage change to the deal's next
 * one. A stay bounded by an inexact change (Exact FALSE), or one that began before the history
 * (the first row names a From stage), is kept with `known` false, so it is counted but never
 * averaged. A deal's current stay has no end and is left out (it is ageing, not a duration).
 * Going back a stage, skipping stages and reopening a closed deal are stays like any other.
 *
 * @param history - the DealHistory, read
 * @param inScope - which deals to take, by DealID
 * @returns the stays, deal by deal, oldest first
 * @example
 * stageIntervals(history, () => true)[0] //=> { dealId: "D1", stage: "prospecting", start: 46000, end: 46010, known: true }
 */
export function stageIntervals(history: DealHistory, inScope: (dealId: string) => boolean): StageInterval[] {
  const intervals: StageInterval[] = [];
  for (const [dealId, changes] of history.byDeal) {
    if (!inScope(dealId)) continue;
    const stages = stageChanges(changes);
    if (stages.length === 0) continue;
    const first = stages[0];
    if (!isEmpty(first.from))
      intervals.push({ dealId, stage: normalizeLabel(first.from), start: NaN, end: first.on, known: false });
    for (let i = 0; i + 1 < stages.length; i += 1) {
      const entry = stages[i];
      const exit = stages[i + 1];
      intervals.push({
        dealId,
        stage: normalizeLabel(entry.to),
        start: entry.on,
        end: exit.on,
        known: entry.exact && exit.exact,
      });
    }
  }
  return intervals;
}
