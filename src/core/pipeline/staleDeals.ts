import { OPEN, type PipelineDeals } from "@core/pipeline/pipelineDeals";
import type { PipelineStages } from "@core/pipeline/pipelineStages";

/** An open deal that needs a look: stuck in its stage, quiet for too long, or both. */
export type StaleDeal = {
  /** 0-based row of the Deals table's data body. */
  readonly row: number;
  readonly dealId: string;
  readonly customer: string;
  readonly owner: string;
  readonly stage: string;
  readonly amount: number;
  /** Days since StageSince; null without a date. */
  readonly daysInStage: number | null;
  /** The stage's StaleDays; null when it has none. */
  readonly staleDays: number | null;
  /** Days since the last activity (Deals[LastActivity] or Activities), else since Created; null without either. */
  readonly daysQuiet: number | null;
  /** In the stage longer than its StaleDays. */
  readonly stuck: boolean;
  /** No activity for at least the quiet limit. */
  readonly quiet: boolean;
  /** Days past the stricter of the two limits it broke. */
  readonly overdueBy: number;
};

/**
 * The open deals in scope that are stuck (longer in their stage than the stage's StaleDays in
 * the Stages table) or quiet (no activity for `quietDays` days or more: the later of the
 * deal's LastActivity and its latest follow-up in Activities, else since it was created), the
 * longest overdue first, then the largest.
 *
 * @param deals - the deals, read
 * @param stages - the stages, read
 * @param matches - which rows are in scope (the owner filter)
 * @param today - today's serial
 * @param quietDays - days without activity that make a deal quiet
 * @returns the deals, worst first
 * @example
 * staleDeals(deals, stages, () => true, 46354, 30)[0].dealId //=> "D-0042"
 */
export function staleDeals(
  deals: PipelineDeals,
  stages: PipelineStages,
  matches: (row: number) => boolean,
  today: number,
  quietDays: number,
): StaleDeal[] {
  const list: StaleDeal[] = [];
  for (let i = 0; i < deals.count; i++) {
    if (deals.outcome[i] !== OPEN || !matches(i)) continue;
    const at = deals.stageIndex[i];
    const staleDays = at < 0 ? null : stages.all[at].staleDays;
    const since = deals.stageSince[i];
    const daysInStage = Number.isNaN(since) ? null : today - since;
    const last = Number.isNaN(deals.lastActivity[i]) ? deals.created[i] : deals.lastActivity[i];
    const daysQuiet = Number.isNaN(last) ? null : today - last;
    const stuck = staleDays !== null && daysInStage !== null && daysInStage > staleDays;
    const quiet = daysQuiet !== null && daysQuiet >= quietDays;
    if (!stuck && !quiet) continue;
    const overdueBy = Math.max(
      stuck ? daysInStage! - staleDays! : -Infinity,
      quiet ? daysQuiet! - quietDays : -Infinity,
    );
    list.push({
      row: i,
      dealId: deals.id[i],
      customer: deals.customer[i],
      owner: deals.owner[i],
      stage: deals.stageName[i],
      amount: deals.amount[i],
      daysInStage,
      staleDays,
      daysQuiet,
      stuck,
      quiet,
      overdueBy,
    });
  }
  return list.sort((a, b) => b.overdueBy - a.overdueBy || b.amount - a.amount || a.row - b.row);
}
