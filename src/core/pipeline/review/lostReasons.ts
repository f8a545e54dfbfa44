import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { LOST, type PipelineDeals } from "@core/pipeline/pipelineDeals";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";

/** Lost deals sharing a reason, a stage lost at, or a rep. */
export type LostGroup = {
  /** As first written in the table; "" for deals with none (the pane says "(no reason)"). */
  readonly label: string;
  readonly deals: number;
  readonly amount: number;
};

/** Lost deals by LostReason, by the stage they were lost at (LostAt), and by rep. */
export type LostReasons = {
  readonly lost: number;
  readonly amount: number;
  readonly byReason: readonly LostGroup[];
  readonly byStage: readonly LostGroup[];
  readonly byRep: readonly LostGroup[];
};

/** Groups by normalized label (so "Price" and " price" are one), most amount first, then most deals. */
function groups(labels: readonly string[], amounts: readonly number[]): LostGroup[] {
  const byKey = new Map<string, { label: string; deals: number; amount: number }>();
  labels.forEach((label, i) => {
    const key = normalizeLabel(label);
    const group = byKey.get(key) ?? { label: label.trim(), deals: 0, amount: 0 };
    group.deals += 1;
    group.amount += amounts[i];
    byKey.set(key, group);
  });
  return [...byKey.values()].sort((a, b) => b.amount - a.amount || b.deals - a.deals || a.label.localeCompare(b.label));
}

const textOf = (cell: Cell) => (cell === null || cell === undefined ? "" : String(cell));

/**
 * Lost-reason analysis: the lost deals among the rows in scope, counted and summed by
 * Deals[LostReason] (empty reasons together), by Deals[LostAt] and by Deals[Owner].
 *
 * @param table - the Deals table (its LostReason column)
 * @param deals - the deals, read
 * @param rows - the rows in scope (dealsInScope), null for every row
 * @returns the groups, largest amount first
 * @example
 * lostReasons(dealsTable, deals, null).byReason[0] //=> { label: "Price", deals: 4, amount: 36000 }
 */
export function lostReasons(table: PlainTable, deals: PipelineDeals, rows: Int32Array | null): LostReasons {
  const reasons: string[] = [];
  const stagesLost: string[] = [];
  const reps: string[] = [];
  const amounts: number[] = [];
  const count = rows === null ? deals.count : rows.length;
  for (let k = 0; k < count; k += 1) {
    const i = rows === null ? k : rows[k];
    if (deals.outcome[i] !== LOST) continue;
    reasons.push(textOf(cellOf(table, table.rows[i], "LostReason")));
    stagesLost.push(textOf(deals.cells.lostAt[i][0]));
    reps.push(deals.owner[i]);
    amounts.push(deals.amount[i]);
  }
  return {
    lost: amounts.length,
    amount: amounts.reduce((sum, amount) => sum + amount, 0),
    byReason: groups(reasons, amounts),
    byStage: groups(stagesLost, amounts),
    byRep: groups(reps, amounts),
  };
}
