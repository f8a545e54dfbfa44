import { fromCents } from "@core/collections/cents";
import { outstandingCents, type Receivable } from "@core/collections/receivable";

/** The default bucket edges in days overdue: 1–30, 31–60, 61–90, over 90. */
export const DEFAULT_BUCKET_DAYS: readonly number[] = Object.freeze([30, 60, 90]);

/**
 * True when bucket edges are usable: at least one, whole numbers above 0, strictly ascending.
 *
 * @example
 * validBucketDays([30, 60, 90]) //=> true
 * validBucketDays([60, 30]) //=> false
 */
export function validBucketDays(bucketDays: readonly number[]): boolean {
  if (bucketDays.length === 0) return false;
  for (let i = 0; i < bucketDays.length; i++) {
    const d = bucketDays[i];
    if (!Number.isInteger(d) || d <= 0) return false;
    if (i > 0 && d <= bucketDays[i - 1]) return false;
  }
  return true;
}

/**
 * The aging bucket of an installment, from how many whole days it is overdue on the as-of date
 * (as_of − due date): 0 "not yet due" when that is 0 or less (due today is not overdue yet); then
 * 1 for 1 … bucketDays[0] days, 2 for bucketDays[0] + 1 … bucketDays[1], …, and the last,
 * bucketDays.length + 1, for more than the last edge.
 *
 * @param daysOverdue - as_of − due date, in days
 * @param bucketDays - valid edges (see {@link validBucketDays})
 * @returns a bucket index 0 … bucketDays.length + 1
 *
 * @example
 * agingBucketIndex(10, [30, 60, 90]) //=> 1
 * agingBucketIndex(91, [30, 60, 90]) //=> 4
 */
export function agingBucketIndex(daysOverdue: number, bucketDays: readonly number[] = DEFAULT_BUCKET_DAYS): number {
  if (daysOverdue <= 0) return 0;
  for (let i = 0; i < bucketDays.length; i++) if (daysOverdue <= bucketDays[i]) return i + 1;
  return bucketDays.length + 1;
}

/** A bucket's range of days overdue: `to` is null for the open-ended last one; 0…0 is "not yet due". */
export type AgingBucket = { readonly fromDays: number; readonly toDays: number | null };

/**
 * The buckets the edges make, in order, for labels ("1–30", "90+").
 *
 * @example
 * agingBucketRanges([30, 60])
 * //=> [{ fromDays: 0, toDays: 0 }, { fromDays: 1, toDays: 30 }, { fromDays: 31, toDays: 60 }, { fromDays: 61, toDays: null }]
 */
export function agingBucketRanges(bucketDays: readonly number[] = DEFAULT_BUCKET_DAYS): AgingBucket[] {
  const out: AgingBucket[] = [{ fromDays: 0, toDays: 0 }];
  let from = 1;
  for (const edge of bucketDays) {
    out.push({ fromDays: from, toDays: edge });
    from = edge + 1;
  }
  out.push({ fromDays: from, toDays: null });
  return out;
}

/**
 * Receivables aging: the outstanding amount (due − received, never below 0) of each installment,
 * added up per bucket of days overdue on `asOf` (see {@link agingBucketIndex}). Sums are exact in
 * cents. Fully paid installments add 0. This is the core behind SALES.AGING and the pane's
 * receivables view (by owner, by customer: call it once per group).
 *
 * @param rows - the installments
 * @param asOf - the date serial ages are measured at
 * @param bucketDays - bucket edges in days, ascending whole numbers > 0 (default 30, 60, 90)
 * @returns bucketDays.length + 2 amounts: not yet due, then each overdue bucket
 * @throws RangeError for invalid bucketDays (a caller's bug: SALES.AGING checks them first)
 *
 * @example
 * agingBuckets(
 *   [
 *     { dueDate: 45000, amountDue: 100, received: 0 },
 *     { dueDate: 45100, amountDue: 200, received: 50 },
 *     { dueDate: 45200, amountDue: 300, received: 0 },
 *   ],
 *   45210,
 * ) //=> [0, 300, 0, 0, 250]
 */
export function agingBuckets(
  rows: readonly Receivable[],
  asOf: number,
  bucketDays: readonly number[] = DEFAULT_BUCKET_DAYS,
): number[] {
  if (!validBucketDays(bucketDays)) throw new RangeError("bucketDays must be ascending whole numbers above 0");
  const cents: number[] = new Array<number>(bucketDays.length + 2).fill(0);
  for (const row of rows) {
    const owed = outstandingCents(row);
    if (owed === 0) continue;
    cents[agingBucketIndex(asOf - row.dueDate, bucketDays)] += owed;
  }
  return cents.map(fromCents);
}
