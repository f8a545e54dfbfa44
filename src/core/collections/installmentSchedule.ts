import { fromCents, toCents } from "@core/collections/cents";
import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";
import { largestRemainder } from "@core/formulas/goals/split";

/** One installment of a payment plan: its 1-based number, due date (serial) and amount. */
export type Installment = { readonly number: number; readonly dueDate: number; readonly amount: number };

/** One part of custom terms: its share of the contract (a fraction) and its due date. */
export type InstallmentPart = { readonly share: number; readonly dueDate: number };

/**
 * Payment terms (付款条件):
 * - `depositBalance`: a deposit (定金/预付款) of `depositShare` due on `depositDue`, the balance on
 *   delivery (`balanceDue`);
 * - `monthly`: `count` equal installments, the first on `firstDue`, then the same day of each next
 *   month (the 31st falls back to the month's last day);
 * - `custom`: any parts, whose shares add up to 1.
 */
export type PaymentTerms =
  | {
      readonly kind: "depositBalance";
      readonly depositShare: number;
      readonly depositDue: number;
      readonly balanceDue: number;
    }
  | { readonly kind: "monthly"; readonly count: number; readonly firstDue: number }
  | { readonly kind: "custom"; readonly parts: readonly InstallmentPart[] };

/** Why terms cannot make a schedule; the pane shows the message for the code. */
export type ScheduleProblem =
  | { readonly code: "amountNotPositive" }
  | { readonly code: "noInstallments" }
  | { readonly code: "tooManyInstallments"; readonly max: number }
  | { readonly code: "badShare"; readonly installment: number }
  | { readonly code: "sharesNotWhole"; readonly total: number }
  | { readonly code: "badDate"; readonly installment: number };

/** More installments than this is a typo, not a plan (50 years of monthly payments). */
export const MAX_INSTALLMENTS = 600;

/** How far shares may add up away from 1 and still be 100 % (three shares of 33.333…%). */
const SHARE_TOLERANCE = 1e-6;

/**
 * The serial `months` calendar months after `serial`, on the same day of the month, or the
 * month's last day when it is shorter (31 January + 1 month = 28 or 29 February).
 *
 * @example
 * addMonths(serialFromDate(2026, 1, 31), 1) === serialFromDate(2026, 2, 28) //=> true
 */
export function addMonths(serial: number, months: number): number {
  const { year, month, day } = dateFromSerial(serial);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const lastDay = serialFromDate(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1;
  return Math.min(serialFromDate(y, m, day), lastDay);
}

function partsOf(terms: PaymentTerms): InstallmentPart[] {
  switch (terms.kind) {
    case "depositBalance":
      return [
        { share: terms.depositShare, dueDate: terms.depositDue },
        { share: 1 - terms.depositShare, dueDate: terms.balanceDue },
      ];
    case "monthly":
      return Array.from({ length: Math.max(0, terms.count) }, (_, i) => ({
        share: 1 / terms.count,
        dueDate: addMonths(terms.firstDue, i),
      }));
    case "custom":
      return [...terms.parts];
  }
}

/**
 * What is wrong with terms for a contract amount, or undefined when they make a schedule. The
 * pane validates with it before writing anything.
 *
 * @example
 * scheduleProblem(1000, { kind: "custom", parts: [{ share: 0.5, dueDate: 45000 }] })
 * //=> { code: "sharesNotWhole", total: 0.5 }
 */
export function scheduleProblem(amount: number, terms: PaymentTerms): ScheduleProblem | undefined {
  if (!(Number.isFinite(amount) && toCents(amount) > 0)) return { code: "amountNotPositive" };
  if (terms.kind === "monthly" && !Number.isInteger(terms.count)) return { code: "noInstallments" };
  if (terms.kind === "monthly" && terms.count > MAX_INSTALLMENTS)
    return { code: "tooManyInstallments", max: MAX_INSTALLMENTS };
  if (terms.kind === "monthly" && !Number.isInteger(terms.firstDue)) return { code: "badDate", installment: 1 };
  const parts = partsOf(terms);
  if (parts.length === 0) return { code: "noInstallments" };
  if (parts.length > MAX_INSTALLMENTS) return { code: "tooManyInstallments", max: MAX_INSTALLMENTS };
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const { share, dueDate } = parts[i];
    if (!(Number.isFinite(share) && share > 0 && share <= 1)) return { code: "badShare", installment: i + 1 };
    if (!(Number.isInteger(dueDate) && dueDate > 0)) return { code: "badDate", installment: i + 1 };
    total += share;
  }
  if (Math.abs(total - 1) > SHARE_TOLERANCE) return { code: "sharesNotWhole", total };
  return undefined;
}

/**
 * The installments of a contract under its terms, amounts in cents that add up EXACTLY to the
 * contract amount rounded to cents: each installment gets the floor of its share in cents and the
 * leftover cents go to the largest remainders, ties to the earlier installment (the same
 * largest-remainder split as SALES.SPLIT). Installments are numbered 1 … n in the order of the
 * terms (not re-sorted by date: the user's order is the plan's).
 *
 * @param amount - the contract amount, > 0
 * @param terms - the payment terms (see {@link PaymentTerms})
 * @returns the installments, or the problem that prevents them (see {@link scheduleProblem})
 *
 * @example
 * installmentSchedule(1000, { kind: "monthly", count: 3, firstDue: 46054 })
 * //=> [{ number: 1, dueDate: 46054, amount: 333.34 }, { number: 2, dueDate: 46082, amount: 333.33 }, { number: 3, dueDate: 46113, amount: 333.33 }]
 */
export function installmentSchedule(amount: number, terms: PaymentTerms): Installment[] | ScheduleProblem {
  const problem = scheduleProblem(amount, terms);
  if (problem) return problem;
  const parts = partsOf(terms);
  const cents = largestRemainder(
    toCents(amount),
    parts.map((p) => p.share),
    0,
  );
  return parts.map((p, i) => ({ number: i + 1, dueDate: p.dueDate, amount: fromCents(cents[i]) }));
}

/**
 * True when {@link installmentSchedule} answered with a problem rather than installments.
 *
 * @example
 * isScheduleProblem({ code: "noInstallments" }) //=> true
 */
export function isScheduleProblem(value: Installment[] | ScheduleProblem): value is ScheduleProblem {
  return !Array.isArray(value);
}
