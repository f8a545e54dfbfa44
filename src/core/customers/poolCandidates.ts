import { normalizeLabel } from "@core/cells/outcome";
import type { CustomerTier } from "@core/workbook/schema";
import type { CustomerBook } from "@core/customers/customerRecords";
import type { PoolRules } from "@core/customers/poolRules";

/** Which rule sends a customer back to the pool first. */
export type RecycleReason = "no-follow-up" | "no-deal";

export type PoolCandidate = {
  readonly index: number;
  readonly row: number;
  readonly label: string;
  readonly owner: string;
  readonly tier: string;
  /** Latest follow-up (LastContact or a follow-up row), null when none. */
  readonly lastFollowUp: number | null;
  /** Latest deal opened or won, null when none. */
  readonly lastDeal: number | null;
  /** The day the customer becomes recyclable: the earlier of the two rules' deadlines. */
  readonly recycleOn: number;
  /** recycleOn − today: 0 or less means due now. */
  readonly daysRemaining: number;
  readonly reason: RecycleReason;
  /** "due" when daysRemaining ≤ 0, "warning" within the warning days. */
  readonly state: "due" | "warning";
};

export type PoolView = {
  /** Due first, then by days remaining. */
  readonly candidates: readonly PoolCandidate[];
  readonly due: number;
  readonly warning: number;
  /** Indexes of customers in the pool now (claimable). */
  readonly inPool: readonly number[];
};

const tierKeys: readonly CustomerTier[] = ["A", "B", "C"];

/**
 * The recycle candidates of the public pool (公海). A customer with an owner becomes recyclable
 * on the earlier of two days:
 * - no follow-up: the latest follow-up (LastContact, or the newest follow-up row) + the tier's
 *   days without follow-up (an unknown tier uses tier C's days); never followed up → from the day
 *   the owner took the customer, else due now;
 * - no deal: the later of the latest deal opened or won and the day the owner took the customer
 *   (their latest claim or reassignment, else their first follow-up) + the protection period.
 *   An open deal protects the customer from this rule; with neither date it is due now.
 * Candidates are those due now or within the warning days. Customers in the pool are listed
 * separately (they can be claimed).
 *
 * @param book - the customer tables
 * @param today - today's serial
 * @param rules - the pool's rules
 * @returns the candidates, counts and the customers in the pool
 *
 * @example
 * // Tier C, last follow-up 175 days ago, 180-day limit, open deal: 5 days remaining, a warning.
 * poolCandidates(book, 45500, defaultPoolRules).candidates[0] //=> { daysRemaining: 5, reason: "no-follow-up", state: "warning", … }
 */
export function poolCandidates(book: CustomerBook, today: number, rules: PoolRules): PoolView {
  const candidates: PoolCandidate[] = [];
  const inPool: number[] = [];
  book.customers.forEach((customer, index) => {
    if (customer.status === "pool") {
      inPool.push(index);
      return;
    }
    if (!customer.owner) return;
    const owner = normalizeLabel(customer.owner);
    let lastFollowUp = customer.lastContact;
    let takenOn: number | null = null;
    let firstByOwner: number | null = null;
    for (const at of book.activitiesOf[index]) {
      const activity = book.activities[at];
      if (activity.date === null) continue;
      if (activity.kind === "contact") {
        if (lastFollowUp === null || activity.date > lastFollowUp) lastFollowUp = activity.date;
        if (firstByOwner === null && normalizeLabel(activity.owner) === owner) firstByOwner = activity.date;
      } else if (activity.kind === "claim" || activity.kind === "reassign") {
        if (takenOn === null || activity.date > takenOn) takenOn = activity.date;
      }
    }
    takenOn ??= firstByOwner;
    let lastDeal: number | null = null;
    let open = false;
    for (const at of book.dealsOf[index]) {
      const deal = book.deals[at];
      if (deal.outcome === "open") open = true;
      for (const date of [deal.created, deal.outcome === "won" ? deal.closedOn : null]) {
        if (date !== null && (lastDeal === null || date > lastDeal)) lastDeal = date;
      }
    }
    const tier = tierKeys.find((key) => key === customer.tier) ?? "C";
    const followUpFrom = lastFollowUp ?? takenOn;
    const followUpDue = followUpFrom === null ? today : followUpFrom + rules.noFollowUpDays[tier];
    const dealFrom = lastDeal === null ? takenOn : takenOn === null ? lastDeal : Math.max(lastDeal, takenOn);
    const dealDue = open ? Infinity : dealFrom === null ? today : dealFrom + rules.protectionDays;
    const recycleOn = Math.min(followUpDue, dealDue);
    const daysRemaining = recycleOn - today;
    if (daysRemaining > rules.warnDays) return;
    candidates.push({
      index,
      row: customer.row,
      label: customer.label,
      owner: customer.owner,
      tier: customer.tier,
      lastFollowUp,
      lastDeal,
      recycleOn,
      daysRemaining,
      reason: followUpDue <= dealDue ? "no-follow-up" : "no-deal",
      state: daysRemaining <= 0 ? "due" : "warning",
    });
  });
  candidates.sort((a, b) => a.daysRemaining - b.daysRemaining || a.row - b.row);
  const due = candidates.filter((candidate) => candidate.state === "due").length;
  return { candidates, due, warning: candidates.length - due, inPool };
}
