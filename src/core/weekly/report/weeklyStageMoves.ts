import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import type { PipelineDeals } from "@core/pipeline/pipelineDeals";
import type { PipelinePeriod } from "@core/pipeline/pipelinePeriod";
import type { DealHistory } from "@core/pipeline/review/dealHistory";

/**
 * One stage move of a deal, as DealHistory recorded it: a value, not a formula, because history
 * cannot be recomputed from the deal's row as it stands now.
 */
export type StageMove = {
  readonly dealId: string;
  /** The deal's customer and owner from Deals; "" when the deal is no longer in Deals. */
  readonly customer: string;
  readonly owner: string;
  readonly from: string;
  readonly to: string;
  /** ChangedOn (a serial, whole day). */
  readonly day: number;
};

function textOf(cell: Cell): string {
  return isEmpty(cell) ? "" : String(cell).trim();
}

/**
 * The stage moves of a period, oldest first (by day, then in the order DealHistory recorded
 * them), each with its deal's customer and owner from Deals.
 *
 * @param history - DealHistory, read (null when the workbook records no history)
 * @param deals - the deals, to find each move's customer and owner by DealID
 * @param period - the week
 * @returns the moves
 * @example
 * weeklyStageMoves(history, deals, week)[0] //=> { dealId: "D-7", customer: "Acme", owner: "Lee", from: "Proposal", to: "Won", day: 46358 }
 */
export function weeklyStageMoves(
  history: DealHistory | null,
  deals: PipelineDeals,
  period: PipelinePeriod,
): StageMove[] {
  if (history === null) return [];
  const rowOf = new Map<string, number>();
  deals.id.forEach((id, row) => {
    if (id !== "" && !rowOf.has(id)) rowOf.set(id, row);
  });
  const moves: (StageMove & { readonly order: number })[] = [];
  for (const [dealId, changes] of history.byDeal) {
    for (const change of changes) {
      if (change.field !== "stage" || change.on < period.start || change.on > period.end) continue;
      const row = rowOf.get(dealId);
      moves.push({
        dealId,
        customer: row === undefined ? "" : deals.customer[row],
        owner: row === undefined ? "" : deals.owner[row],
        from: textOf(change.from),
        to: textOf(change.to),
        day: change.on,
        order: change.row,
      });
    }
  }
  moves.sort((a, b) => a.day - b.day || a.order - b.order);
  return moves.map(({ order: _order, ...move }) => move);
}
