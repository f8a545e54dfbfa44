import type { PipelineBook, PipelineViewOptions } from "@core/pipeline/pipelineView";
import { dealsInScope, ownerMatcher } from "@core/pipeline/pipelineScope";
import type { PipelinePeriod } from "@core/pipeline/pipelinePeriod";
import { shrunkDeals, slippedDeals, type ShrunkDeals, type SlippedDeals } from "@core/pipeline/review/amountChanges";
import { cohortConversion, type CohortConversion } from "@core/pipeline/review/cohortConversion";
import { daysInStage, type StageDays } from "@core/pipeline/review/daysInStage";
import { lostReasons, type LostReasons } from "@core/pipeline/review/lostReasons";
import { slowerSteps, type SlowerSteps } from "@core/pipeline/review/slowerSteps";
import { stageAgeing, type StageAgeing } from "@core/pipeline/review/stageAgeing";
import { stageIntervals } from "@core/pipeline/review/stageIntervals";

/** Days the review compares when the pane's period is all time: the last 90 days against the 90 before. */
export const REVIEW_DAYS = 90;

/** What history says of the process, when the workbook records it. */
export type HistoryReview = {
  /** Rows of DealHistory. */
  readonly rows: number;
  /** Rows left out: no DealID, Field or ChangedOn. */
  readonly unreadable: number;
  /** Average and median days in each stage, all time. */
  readonly days: readonly StageDays[];
  readonly slower: SlowerSteps;
  readonly cohorts: CohortConversion;
  readonly slipped: SlippedDeals;
  readonly shrunk: ShrunkDeals;
};

/** The Pipeline area's process review and lost reasons for a filter. */
export type ProcessReview = {
  /** From DealHistory; null when the workbook has no such table (recording is off). */
  readonly history: HistoryReview | null;
  /** Open deals' days in their stage, from history or StageSince. */
  readonly ageing: readonly StageAgeing[];
  /** Lost deals in scope (owner and period), by reason, stage and rep. */
  readonly lost: LostReasons;
};

/**
 * The period "which step got slower" looks at: the pane's period, else the last
 * {@link REVIEW_DAYS} days to today.
 *
 * @example
 * reviewPeriod(null, 46354) //=> { start: 46265, end: 46354 }
 */
export function reviewPeriod(period: PipelinePeriod | null, today: number): PipelinePeriod {
  return period ?? { start: today - REVIEW_DAYS + 1, end: today };
}

/**
 * The process review for a filter: from DealHistory (when present) the days in each stage,
 * which step got slower in the period against the one before, conversion by month of entering
 * each stage, slipped and shrunk deals — over the owner's deals; the ageing of the owner's open
 * deals; the lost deals of the owner and period by reason, stage and rep.
 *
 * @param book - the tables, read
 * @param options - owner and period (the quiet days are not used)
 * @returns the review
 * @example
 * processReview(book, { owner: everyone, period: null, quietDays: 30 }).lost.lost //=> 17
 */
export function processReview(book: PipelineBook, options: PipelineViewOptions): ProcessReview {
  const { deals, stages, today } = book;
  const matches = ownerMatcher(deals, options.owner, book.tables.team);
  const lost = lostReasons(book.tables.deals, deals, dealsInScope(deals, options, book.tables.team));
  const ageing = stageAgeing(deals, stages, book.history, matches, today);
  const history = book.history;
  if (history === null) return { history: null, ageing, lost };
  let inScope: (dealId: string) => boolean = () => true;
  if (options.owner.kind !== "all") {
    // History of a deal no longer in Deals has no owner: only "everyone" shows it.
    const owned = new Set<string>();
    for (let i = 0; i < deals.count; i += 1) if (matches(i)) owned.add(deals.id[i]);
    inScope = (dealId) => owned.has(dealId);
  }
  const intervals = stageIntervals(history, inScope);
  return {
    history: {
      rows: history.rows,
      unreadable: history.unreadable,
      days: daysInStage(intervals, stages, null),
      slower: slowerSteps(intervals, stages, reviewPeriod(options.period, today)),
      cohorts: cohortConversion(history, deals, stages, inScope, today),
      slipped: slippedDeals(history, deals, inScope),
      shrunk: shrunkDeals(history, deals, inScope),
    },
    ageing,
    lost,
  };
}
