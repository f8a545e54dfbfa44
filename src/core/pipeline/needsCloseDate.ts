import { LOST, WON, type PipelineDeals } from "@core/pipeline/pipelineDeals";

/** A won or lost deal without a (readable) ClosedOn: no period counts it until it has one. */
export type DealWithoutCloseDate = {
  /** 0-based row of the Deals table's data body. */
  readonly row: number;
  readonly dealId: string;
  readonly customer: string;
  readonly owner: string;
  readonly stage: string;
  readonly outcome: "won" | "lost";
  readonly amount: number;
};

/**
 * The decided deals in scope that lack a close date. Every period figure (revenue, win rate,
 * cycle, the dashboard's SUMIFS) places a won or lost deal by its ClosedOn, so a deal marked Won
 * without one is silently in no period; the pane lists them so the manager can fill the date in.
 * Won deals first (they are revenue), then the largest.
 *
 * @param deals - the deals, read
 * @param matches - which rows are in scope (the owner filter)
 * @returns the deals, won first, largest first
 * @example
 * needsCloseDate(deals, () => true)[0] //=> { row: 17, dealId: "D-0018", outcome: "won", amount: 120000, … }
 */
export function needsCloseDate(deals: PipelineDeals, matches: (row: number) => boolean): DealWithoutCloseDate[] {
  const list: DealWithoutCloseDate[] = [];
  for (let i = 0; i < deals.count; i++) {
    const outcome = deals.outcome[i];
    if ((outcome !== WON && outcome !== LOST) || !Number.isNaN(deals.closedOn[i]) || !matches(i)) continue;
    list.push({
      row: i,
      dealId: deals.id[i],
      customer: deals.customer[i],
      owner: deals.owner[i],
      stage: deals.stageName[i],
      outcome: outcome === WON ? "won" : "lost",
      amount: deals.amount[i],
    });
  }
  const rank = (deal: DealWithoutCloseDate) => (deal.outcome === "won" ? 0 : 1);
  return list.sort((a, b) => rank(a) - rank(b) || b.amount - a.amount || a.row - b.row);
}
