import { salesError, type Result } from "@core/errors";
import { repKey } from "@core/goals/breakdown/monthlyHistory";
import { toUnits, type Plan } from "@core/goals/breakdown/plan";
import { rebalance } from "@core/goals/breakdown/rebalance";

/**
 * A manager's edit of one cell of the months × reps grid: typing a figure locks it (an unlocked
 * figure would be overwritten by the next rebalance, so typing and locking are one act);
 * `lock: false` releases a cell, which then takes its share again.
 */
export type PlanEdit =
  | { readonly period: string; readonly rep: string; readonly value: number; readonly lock: true }
  | { readonly period: string; readonly rep: string; readonly lock: false };

/**
 * Applies an edit and rebalances the plan (see rebalance): the month totals and the annual total
 * stay, the other unlocked reps of that month absorb the difference, and the reps' totals follow.
 * The plan passed in is not changed; a rejected edit leaves it as it was.
 *
 * @param plan - the plan
 * @param edit - the month (its key, e.g. "FY2026-M04"), the rep (name, matched as SUMIFS would),
 *   the figure (rounded to the plan's decimals) and whether to lock or release the cell
 * @returns the rebalanced plan; #VALUE! for an unknown month or rep or a figure that is no
 *   number; #NUM! for a negative figure or one that leaves the month's locked figures above its
 *   total; #VALUE! when every figure of the month is locked and they miss its total
 *
 * @example
 * applyEdit(plan, { period: "FY2026-M04", rep: "Li", value: 0, lock: true }) //=> plan with Li's April at 0 and Wang's raised
 */
export function applyEdit(plan: Plan, edit: PlanEdit): Result<Plan> {
  const i = plan.months.findIndex((m) => m.key === edit.period);
  if (i < 0) return salesError("invalid-value", "planUnknownPeriod", { value: edit.period });
  const key = repKey(edit.rep);
  const r = plan.reps.findIndex((rep) => repKey(rep.name) === key);
  if (r < 0) return salesError("invalid-value", "planUnknownRep", { value: edit.rep });
  const locked = plan.locked.map((row) => row.slice());
  const cells = plan.cells.map((row) => row.slice());
  if (edit.lock) {
    if (!Number.isFinite(edit.value))
      return salesError("invalid-value", "argNotANumber", { what: edit.rep, value: String(edit.value) });
    const units = toUnits(edit.value, plan.decimals);
    if (units < 0) return salesError("out-of-range", "negative", { what: edit.rep });
    if (!Number.isSafeInteger(units))
      return salesError("out-of-range", "outOfRange", { what: edit.rep, range: "too many digits" });
    cells[i][r] = units;
    locked[i][r] = true;
  } else {
    locked[i][r] = false;
  }
  return rebalance({ ...plan, cells, locked });
}
