import { isSalesError } from "@core/errors";
import { applyEdit } from "@core/goals/breakdown/applyEdit";
import { formatAmount } from "@core/goals/breakdown/formatFigure";
import { localized, type Localized } from "@core/goals/breakdown/localized";
import { repKey } from "@core/goals/breakdown/monthlyHistory";
import { toAmount, type Plan } from "@core/goals/breakdown/plan";
import { formatMessage } from "@core/messages";

/** A lock of the old plan the new one could not keep, and why. */
export type DroppedLock = {
  readonly rep: string;
  /** The month's key, e.g. "FY2027-M01". */
  readonly period: string;
  /** The locked figure (money). */
  readonly value: number;
  /** "the lock on Li, Jan 2027 (50,000) was dropped: …", in en + zh. */
  readonly message: Localized;
};

/** The new plan with the old plan's locks that still fit, and the ones that did not. */
export type CarriedLocks = { readonly plan: Plan; readonly dropped: readonly DroppedLock[] };

/**
 * Carries the manager's locks from a plan to a plan rebuilt from changed choices (a new total, a
 * new split, other reps), so going back a step and changing something does not throw typed
 * figures away. Each locked figure of the old plan is locked again in the new one, month by month
 * and rep by rep (matched by month key and rep name), with applyEdit. A lock is dropped, with the
 * reason, when the new plan has no such month or rep, or when the new totals cannot hold it (the
 * month's locked figures would exceed its new total, or every figure of the month is locked and
 * they miss it): the locks kept until then stay.
 *
 * @param from - the plan with the manager's locks
 * @param to - the plan freshly built from the new choices (no locks)
 * @returns the new plan with the locks that fit, and the dropped ones in month then rep order
 *
 * @example
 * carryLocks(planAt1200, planAt600).dropped[0].message.en //=> "the lock on Li, Jan 2026 (900) was dropped: locked figures in Jan 2026 add up to 900, above the period's target 50"
 */
export function carryLocks(from: Plan, to: Plan): CarriedLocks {
  let plan = to;
  const dropped: DroppedLock[] = [];
  const places = Math.max(0, from.decimals);
  from.months.forEach((month, i) => {
    from.reps.forEach((rep, r) => {
      if (!from.locked[i][r]) return;
      const value = toAmount(from.cells[i][r], from.decimals);
      const drop = (reason: Localized) =>
        dropped.push({
          rep: rep.name,
          period: month.key,
          value,
          message: localized(
            "lockDropped",
            { rep: rep.name, period: month.label.en, value: formatAmount(value, places), reason: reason.en },
            { period: month.label.zh, reason: reason.zh },
          ),
        });
      if (!plan.months.some((m) => m.key === month.key)) return drop(localized("lockNoPeriod", {}));
      if (!plan.reps.some((other) => repKey(other.name) === repKey(rep.name))) return drop(localized("lockNoRep", {}));
      const edited = applyEdit(plan, { period: month.key, rep: rep.name, value, lock: true });
      if (isSalesError(edited))
        return drop({
          en: formatMessage(edited.code, edited.params, "en"),
          zh: formatMessage(edited.code, edited.params, "zh"),
        });
      plan = edited;
    });
  });
  return { plan, dropped };
}
