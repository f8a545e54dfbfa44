import type { ActivityRecord, CustomerBook, CustomerRecord, DealRecord } from "@core/customers/customerRecords";
import { nextContactPlans, type NextContactPlan } from "@core/customers/nextContactPlans";
import type { TierCadence } from "@core/customers/tierCadence";

/** Everything the profile card shows of one customer. */
export type CustomerProfile = {
  readonly index: number;
  readonly customer: CustomerRecord;
  /** The customer's deals, newest first (by ClosedOn, else Created). */
  readonly purchases: readonly DealRecord[];
  readonly wonRevenue: number;
  readonly wonDeals: number;
  /** Σ Amount of open deals. */
  readonly openPipeline: number;
  /** Follow-ups and pool bookkeeping rows, newest first. */
  readonly timeline: readonly ActivityRecord[];
  readonly satisfaction: {
    /** Mean of the follow-ups' scores; null without one. */
    readonly average: number | null;
    readonly responses: number;
    /** The Satisfaction cell of the Customers table. */
    readonly recorded: number | null;
  };
  readonly next: NextContactPlan & {
    /** due − today: negative when overdue; null without a due date. */
    readonly daysUntil: number | null;
  };
};

const dealDate = (deal: DealRecord) => deal.closedOn ?? deal.created ?? -Infinity;

/**
 * The profile card of one customer: details, purchase history from Deals, the follow-up
 * timeline from Activities, satisfaction and the next planned contact.
 *
 * @param book - the customer tables
 * @param index - the customer's index in the book
 * @param today - today's serial
 * @param cadence - days per tier
 * @returns the profile
 *
 * @example
 * customerProfile(book, 0, 45320, defaultTierCadence).wonRevenue //=> 86000
 */
export function customerProfile(
  book: CustomerBook,
  index: number,
  today: number,
  cadence: TierCadence,
): CustomerProfile {
  const customer = book.customers[index];
  const purchases = book.dealsOf[index]
    .map((at) => book.deals[at])
    .sort((a, b) => dealDate(b) - dealDate(a) || b.row - a.row);
  let wonRevenue = 0;
  let wonDeals = 0;
  let openPipeline = 0;
  for (const deal of purchases) {
    if (deal.outcome === "won") {
      wonRevenue += deal.amount;
      wonDeals++;
    } else if (deal.outcome === "open") openPipeline += deal.amount;
  }
  const timeline = book.activitiesOf[index].map((at) => book.activities[at]).reverse();
  const scores = timeline.flatMap((a) => (a.kind === "contact" && a.satisfaction !== null ? [a.satisfaction] : []));
  const single: CustomerBook = {
    ...book,
    customers: [customer],
    dealsOf: [book.dealsOf[index]],
    activitiesOf: [book.activitiesOf[index]],
  };
  const plan = nextContactPlans(single, cadence)[0];
  return {
    index,
    customer,
    purchases,
    wonRevenue,
    wonDeals,
    openPipeline,
    timeline,
    satisfaction: {
      average: scores.length > 0 ? scores.reduce((sum, s) => sum + s, 0) / scores.length : null,
      responses: scores.length,
      recorded: customer.satisfaction,
    },
    next: { ...plan, daysUntil: plan.due === null ? null : plan.due - today },
  };
}
