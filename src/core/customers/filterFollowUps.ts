import type { FollowUpItem, FollowUpsDue } from "@core/customers/followUpsDue";

/** Which follow-ups to list; an absent field lets every value through. */
export type FollowUpFilter = {
  /** The owner as written in the Customers table; "" for customers without one. */
  readonly owner?: string;
  /** The tier as written; "" for customers without one. */
  readonly tier?: string;
  /** Only the overdue ones, or only today's. */
  readonly when?: "overdue" | "today";
};

/**
 * The follow-ups due as one list, in the order the area shows them: owner by owner (the one with
 * most to do first, see {@link followUpsDue}), each owner's overdue before today's, keeping only
 * those the filter lets through.
 *
 * @param due - the follow-ups due, by owner
 * @param filter - owner, tier and overdue-or-today; {} for all
 * @returns the items, in order
 * @example
 * filterFollowUps(due, { owner: "Wang", when: "overdue" }).length //=> due.owners.find((o) => o.owner === "Wang").overdue.length
 */
export function filterFollowUps(due: FollowUpsDue, filter: FollowUpFilter): FollowUpItem[] {
  const list: FollowUpItem[] = [];
  const keep = (item: FollowUpItem) => filter.tier === undefined || item.tier === filter.tier;
  for (const owner of due.owners) {
    if (filter.owner !== undefined && owner.owner !== filter.owner) continue;
    if (filter.when !== "today") for (const item of owner.overdue) if (keep(item)) list.push(item);
    if (filter.when !== "overdue") for (const item of owner.today) if (keep(item)) list.push(item);
  }
  return list;
}
