import { salesError, type Result } from "@core/errors";
import { largestRemainder } from "@core/formulas/goals/split";
import { completePlan } from "@core/goals/breakdown/completePlan";
import { formatAmount } from "@core/goals/breakdown/formatFigure";
import { toAmount, type Plan } from "@core/goals/breakdown/plan";

/**
 * Re-splits the unlocked cells of a plan around the locked ones so that every total still adds
 * up exactly.
 *
 * What stays fixed is what the manager set up in the earlier steps: the annual target and the
 * monthly totals of the time split. What moves is the reps' annual totals (and so the teams'),
 * which follow the figures the manager types. In each month with a locked cell, the month's total
 * minus its locked figures is split over its unlocked reps by their people-split weights times
 * their factor that month (see repFactors; largest remainder; equally over the reps at work that
 * month when those all weigh 0). A month without locks keeps the
 * figures it was built with, so an edit never ripples into months it does not touch.
 *
 * Rejected, with the figures in the message: a month whose locked figures add up to more than its
 * total (#NUM!), or a month with every cell locked whose figures do not add up to its total
 * (#VALUE!) — either would break an exact total.
 *
 * @param plan - the plan with its cells and locks
 * @returns the rebalanced plan with fresh totals and warnings, or the error
 *
 * @example
 * rebalance(planWithLiAprilLockedAt0).cells[0] //=> [0, 100] (April's 100 all goes to Wang)
 */
export function rebalance(plan: Plan): Result<Plan> {
  const cells: number[][] = [];
  for (let i = 0; i < plan.months.length; i++) {
    const lockedRow = plan.locked[i];
    if (!lockedRow.some(Boolean)) {
      cells.push(plan.original[i].slice());
      continue;
    }
    const row = plan.cells[i].slice();
    const periodTotal = plan.periodTotals[i];
    let lockedSum = 0;
    const free: number[] = [];
    row.forEach((value, r) => (lockedRow[r] ? (lockedSum += value) : free.push(r)));
    const figures = () => {
      const places = Math.max(0, plan.decimals);
      return {
        period: plan.months[i].label.en,
        periodZh: plan.months[i].label.zh,
        locked: formatAmount(toAmount(lockedSum, plan.decimals), places),
        total: formatAmount(toAmount(periodTotal, plan.decimals), places),
      };
    };
    if (lockedSum > periodTotal) return salesError("out-of-range", "planLockedAboveTotal", figures());
    if (free.length === 0) {
      if (lockedSum !== periodTotal) return salesError("invalid-value", "planLockedMismatch", figures());
    } else {
      // A rep's weight in the month is scaled by their factor there, so a rep not yet started
      // (or gone) takes nothing of what a lock frees and a ramping one takes their ramp's share.
      const weights = free.map((r) => plan.reps[r].weight * plan.reps[r].factors[i]);
      const present = free.map((r) => (plan.reps[r].factors[i] > 0 ? 1 : 0));
      const parts = largestRemainder(
        periodTotal - lockedSum,
        weights.some((w) => w > 0) ? weights : present.some((w) => w > 0) ? present : weights.map(() => 1),
        0,
      );
      free.forEach((r, k) => (row[r] = parts[k]));
    }
    cells.push(row);
  }
  return completePlan({ ...plan, cells });
}
