import type { StaleDeal } from "@core/pipeline/staleDeals";

/** Which stale deals to list; an absent field lets every value through. The owner is the area's own filter. */
export type StaleDealFilter = {
  /** The stage as written in the Deals table. */
  readonly stage?: string;
  /** Only deals stale for at least this many days (see {@link staleAge}). */
  readonly minDays?: number;
};

/**
 * How long a stale deal has been left alone: the longer of its days in the stage and its days
 * without activity; 0 when neither is known.
 *
 * @example
 * staleAge({ daysInStage: 27, daysQuiet: 8 }) //=> 27
 */
export function staleAge(deal: Pick<StaleDeal, "daysInStage" | "daysQuiet">): number {
  return Math.max(deal.daysInStage ?? 0, deal.daysQuiet ?? 0);
}

/**
 * The stale deals the filter lets through, worst first as {@link staleDeals} orders them.
 *
 * @param deals - the stale deals of the owner and period chosen
 * @param filter - stage and least age in days; {} for all
 * @returns the deals kept
 * @example
 * filterStaleDeals(stale, { stage: "Proposal", minDays: 30 }).map((d) => d.dealId) //=> ["D-0042"]
 */
export function filterStaleDeals(deals: readonly StaleDeal[], filter: StaleDealFilter): StaleDeal[] {
  return deals.filter(
    (deal) =>
      (filter.stage === undefined || deal.stage === filter.stage) &&
      (filter.minDays === undefined || staleAge(deal) >= filter.minDays),
  );
}
