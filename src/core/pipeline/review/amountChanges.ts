import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import type { PipelineDeals } from "@core/pipeline/pipelineDeals";
import type { DealHistory } from "@core/pipeline/review/dealHistory";

/** A deal whose expected close was moved later. */
export type SlippedDeal = {
  readonly dealId: string;
  /** 0-based row in Deals, -1 when the deal is no longer there. */
  readonly row: number;
  readonly owner: string;
  readonly stage: string;
  readonly amount: number;
  /** Times ExpectedClose moved later. */
  readonly slips: number;
  /** Days it moved later in all. */
  readonly days: number;
};

/** A deal worth less now than when its history began. */
export type ShrunkDeal = {
  readonly dealId: string;
  readonly row: number;
  readonly owner: string;
  readonly stage: string;
  /** The first amount the history records for it. */
  readonly first: number;
  /** Deals[Amount] now. */
  readonly now: number;
  /** first − now. */
  readonly shrink: number;
};

export type SlippedDeals = {
  /** The slipped deals, most days first. */
  readonly deals: readonly SlippedDeal[];
  readonly slips: number;
  readonly days: number;
};

export type ShrunkDeals = {
  /** The shrunk deals, largest shrink first. */
  readonly deals: readonly ShrunkDeal[];
  readonly shrink: number;
};

function rowsById(deals: PipelineDeals): Map<string, number> {
  const rows = new Map<string, number>();
  for (let i = 0; i < deals.count; i += 1) if (!rows.has(deals.id[i])) rows.set(deals.id[i], i);
  return rows;
}

/**
 * Deals whose ExpectedClose the history shows moved later (a change whose To is a later date
 * than its From): how often and by how many days in all, per deal and in total.
 *
 * @param history - the DealHistory, read
 * @param deals - the deals, read (owner, stage and amount now)
 * @param inScope - which deals to take, by DealID
 * @returns the slipped deals, most days slipped first
 * @example
 * slippedDeals(history, deals, () => true).deals[0] //=> { dealId: "D4", slips: 2, days: 45, … }
 */
export function slippedDeals(
  history: DealHistory,
  deals: PipelineDeals,
  inScope: (dealId: string) => boolean,
): SlippedDeals {
  const rows = rowsById(deals);
  const list: SlippedDeal[] = [];
  for (const [dealId, changes] of history.byDeal) {
    if (!inScope(dealId)) continue;
    let slips = 0;
    let days = 0;
    for (const change of changes) {
      if (change.field !== "expectedClose") continue;
      const from = parseDate(change.from);
      const to = parseDate(change.to);
      if (from === undefined || to === undefined || to <= from) continue;
      slips += 1;
      days += to - from;
    }
    if (slips === 0) continue;
    const row = rows.get(dealId) ?? -1;
    list.push({
      dealId,
      row,
      owner: row < 0 ? "" : deals.owner[row],
      stage: row < 0 ? "" : deals.stageName[row],
      amount: row < 0 ? 0 : deals.amount[row],
      slips,
      days,
    });
  }
  list.sort((a, b) => b.days - a.days || b.slips - a.slips || a.dealId.localeCompare(b.dealId));
  return {
    deals: list,
    slips: list.reduce((sum, deal) => sum + deal.slips, 0),
    days: list.reduce((sum, deal) => sum + deal.days, 0),
  };
}

/**
 * Deals whose amount shrank: from the first amount their history records (the From of their
 * first row when it is an Amount change, else the amount at the time of their first row) to
 * Deals[Amount] now. Deals no longer in Deals have no amount now and are left out.
 *
 * @param history - the DealHistory, read
 * @param deals - the deals, read
 * @param inScope - which deals to take, by DealID
 * @returns the shrunk deals, largest shrink first, and the total shrink
 * @example
 * shrunkDeals(history, deals, () => true).shrink //=> 12500
 */
export function shrunkDeals(
  history: DealHistory,
  deals: PipelineDeals,
  inScope: (dealId: string) => boolean,
): ShrunkDeals {
  const rows = rowsById(deals);
  const list: ShrunkDeal[] = [];
  for (const [dealId, changes] of history.byDeal) {
    const row = rows.get(dealId);
    if (row === undefined || !inScope(dealId) || changes.length === 0) continue;
    const head = changes[0];
    const first = head.field === "amount" ? (parseNumber(head.from) ?? head.amount) : head.amount;
    const now = deals.amount[row];
    if (Number.isNaN(first) || !(now < first)) continue;
    list.push({
      dealId,
      row,
      owner: deals.owner[row],
      stage: deals.stageName[row],
      first,
      now,
      shrink: first - now,
    });
  }
  list.sort((a, b) => b.shrink - a.shrink || a.dealId.localeCompare(b.dealId));
  return { deals: list, shrink: list.reduce((sum, deal) => sum + deal.shrink, 0) };
}
