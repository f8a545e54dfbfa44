import type { CustomerBook } from "@core/customers/customerRecords";
import { nextContactPlans, type NextContactPlan, type NextContactSource } from "@core/customers/nextContactPlans";
import type { TierCadence } from "@core/customers/tierCadence";

/** One customer to contact: due today (daysOverdue 0) or overdue. */
export type FollowUpItem = {
  /** Index in the book's customers; `row` is its data row in the Customers table. */
  readonly index: number;
  readonly row: number;
  readonly label: string;
  readonly tier: string;
  readonly owner: string;
  readonly lastContact: number | null;
  readonly due: number;
  readonly daysOverdue: number;
  readonly source: NextContactSource;
};

/** One owner's list: overdue first (most overdue on top), then today's. */
export type OwnerFollowUps = {
  readonly owner: string;
  readonly overdue: readonly FollowUpItem[];
  readonly today: readonly FollowUpItem[];
};

export type FollowUpsDue = {
  /** Owners with something due, the one with most to do first; customers without an owner ("") last. */
  readonly owners: readonly OwnerFollowUps[];
  readonly overdueCount: number;
  readonly todayCount: number;
  /** Active customers without any contact on record or with a tier the cadence lacks: no date can be planned. */
  readonly unplanned: number;
};

/**
 * Today's and overdue follow-ups (回访) by owner. A customer in the public pool has no owner to
 * call them and is left out. The date due is the customer's next planned contact (see
 * {@link nextContactPlans}: an explicit plan from the latest follow-up, else the NextContact
 * column, else last contact + the tier's cadence).
 *
 * @param book - the customer tables
 * @param today - today's date serial
 * @param cadence - days per tier
 * @param plans - the plans, when already computed for the same book and cadence
 * @returns the lists by owner and the counts
 *
 * @example
 * // One tier-A customer of Wang last contacted 20 days ago (cadence 14): 6 days overdue.
 * followUpsDue(book, 45320, defaultTierCadence).owners[0].overdue[0].daysOverdue //=> 6
 */
export function followUpsDue(
  book: CustomerBook,
  today: number,
  cadence: TierCadence,
  plans: readonly NextContactPlan[] = nextContactPlans(book, cadence),
): FollowUpsDue {
  const byOwner = new Map<string, { overdue: FollowUpItem[]; today: FollowUpItem[] }>();
  let overdueCount = 0;
  let todayCount = 0;
  let unplanned = 0;
  book.customers.forEach((customer, index) => {
    if (customer.status === "pool") return;
    const plan = plans[index];
    if (plan.due === null) {
      unplanned++;
      return;
    }
    if (plan.due > today) return;
    const item: FollowUpItem = {
      index,
      row: customer.row,
      label: customer.label,
      tier: customer.tier,
      owner: customer.owner,
      lastContact: plan.lastContact,
      due: plan.due,
      daysOverdue: today - plan.due,
      source: plan.source,
    };
    let lists = byOwner.get(customer.owner);
    if (!lists) byOwner.set(customer.owner, (lists = { overdue: [], today: [] }));
    if (item.daysOverdue > 0) {
      lists.overdue.push(item);
      overdueCount++;
    } else {
      lists.today.push(item);
      todayCount++;
    }
  });
  const mostOverdue = (a: FollowUpItem, b: FollowUpItem) => b.daysOverdue - a.daysOverdue || a.row - b.row;
  const owners = [...byOwner.entries()].map(([owner, lists]) => ({
    owner,
    overdue: lists.overdue.sort(mostOverdue),
    today: lists.today.sort(mostOverdue),
  }));
  const work = (o: OwnerFollowUps) => o.overdue.length + o.today.length;
  owners.sort((a, b) => {
    if ((a.owner === "") !== (b.owner === "")) return a.owner === "" ? 1 : -1;
    return work(b) - work(a) || a.owner.localeCompare(b.owner);
  });
  return { owners, overdueCount, todayCount, unplanned };
}
