import type { CustomerTiering, TieredCustomer } from "@core/customers/customerTiering";

/** Which tier changes to list; an absent field lets every value through. */
export type TierChangeFilter = {
  readonly owner?: string;
  /** The tier the customer moves to. */
  readonly tier?: string;
};

/**
 * The customers whose tier the write would change, in table order, that the filter lets
 * through: the preview before tiers are written.
 *
 * @param tiering - the tiering of the whole table
 * @param filter - owner and new tier; {} for all
 * @returns the customers that move
 * @example
 * filterTierChanges(tiering, {}).length //=> tiering.moved
 */
export function filterTierChanges(tiering: CustomerTiering, filter: TierChangeFilter): TieredCustomer[] {
  return tiering.customers.filter(
    (customer) =>
      customer.currentTier !== customer.newTier &&
      (filter.owner === undefined || customer.owner === filter.owner) &&
      (filter.tier === undefined || customer.newTier === filter.tier),
  );
}
