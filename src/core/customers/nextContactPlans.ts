import type { Cell } from "@core/cells/cell";
import { nextVisit } from "@core/formulas/customers/nextVisit";
import { isSalesError } from "@core/errors";
import type { CustomerBook } from "@core/customers/customerRecords";
import type { TierCadence } from "@core/customers/tierCadence";

/**
 * Where a customer's next contact date comes from: the NextContact a follow-up set explicitly
 * ("planned"), the Customers table's NextContact cell ("sheet", the live NEXTVISIT formula), the
 * tier's cadence from the last contact ("cadence"), or nowhere ("none": never contacted, or a
 * tier the cadence does not know).
 */
export type NextContactSource = "planned" | "sheet" | "cadence" | "none";

export type NextContactPlan = {
  /** The latest follow-up: the later of the LastContact cell and the newest follow-up row. */
  readonly lastContact: number | null;
  readonly due: number | null;
  readonly source: NextContactSource;
};

/**
 * The next planned contact of every customer. The latest follow-up wins: when it set a
 * NextContact, that date is the plan; otherwise the sheet's NextContact (when LastContact is that
 * latest follow-up, so the formula is current), otherwise the tier's cadence from the latest
 * follow-up, computed by the core of SALES.NEXTVISIT in one call for all customers that need it.
 * Pool bookkeeping rows (claims, releases) are not follow-ups.
 *
 * @param book - the customer tables
 * @param cadence - days per tier
 * @returns one plan per customer, in table order
 *
 * @example
 * // A customer of tier B last called on 45300, no explicit plan, no NextContact cell:
 * nextContactPlans(book, defaultTierCadence)[0] //=> { lastContact: 45300, due: 45330, source: "cadence" }
 */
export function nextContactPlans(book: CustomerBook, cadence: TierCadence): NextContactPlan[] {
  const plans: NextContactPlan[] = new Array(book.customers.length);
  const needCadence: number[] = [];
  book.customers.forEach((customer, index) => {
    let latest: number | null = null;
    let planned: number | null = null;
    for (const at of book.activitiesOf[index]) {
      const activity = book.activities[at];
      if (activity.kind !== "contact" || activity.date === null) continue;
      // Activities are oldest first, so the last one seen on the latest date decides.
      if (latest === null || activity.date >= latest) {
        if (activity.date !== latest) planned = null;
        latest = activity.date;
        if (activity.nextContact !== null) planned = activity.nextContact;
      }
    }
    const sheetLast = customer.lastContact;
    const last = latest === null ? sheetLast : sheetLast === null ? latest : Math.max(latest, sheetLast);
    if (last === null) plans[index] = { lastContact: null, due: null, source: "none" };
    else if (planned !== null && latest === last) plans[index] = { lastContact: last, due: planned, source: "planned" };
    else if (customer.nextContact !== null && sheetLast === last)
      plans[index] = { lastContact: last, due: customer.nextContact, source: "sheet" };
    else {
      plans[index] = { lastContact: last, due: null, source: "none" };
      needCadence.push(index);
    }
  });
  if (needCadence.length > 0) {
    const lastColumn: Cell[][] = needCadence.map((index) => [plans[index].lastContact]);
    const tierColumn: Cell[][] = needCadence.map((index) => [book.customers[index].tier]);
    const dates = nextVisit(lastColumn, tierColumn, cadence.table);
    if (!isSalesError(dates)) {
      needCadence.forEach((index, k) => {
        const due = dates[k][0];
        if (typeof due === "number") plans[index] = { ...plans[index], due, source: "cadence" };
      });
    }
  }
  return plans;
}
