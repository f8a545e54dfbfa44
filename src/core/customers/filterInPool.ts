import type { CustomerBook } from "@core/customers/customerRecords";

/** Which customers in the pool to list; an absent field lets every value through. */
export type InPoolFilter = {
  /** The tier as written; "" for customers without one. */
  readonly tier?: string;
};

/**
 * The customers in the public pool the filter lets through, in their order.
 *
 * @param book - the customer tables
 * @param inPool - indexes of the customers in the pool (see {@link poolCandidates})
 * @param filter - the tier; {} for all
 * @returns the indexes kept
 * @example
 * filterInPool(book, pool.inPool, { tier: "A" }).every((i) => book.customers[i].tier === "A") //=> true
 */
export function filterInPool(book: CustomerBook, inPool: readonly number[], filter: InPoolFilter): readonly number[] {
  if (filter.tier === undefined) return inPool;
  return inPool.filter((index) => book.customers[index].tier === filter.tier);
}
