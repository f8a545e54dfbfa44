import { serialFromDate } from "@core/cells/parseDate";
import { isSalesError, type Result } from "@core/errors";
import type { DealRow } from "@core/goals/breakdown/monthlyHistory";

/** The value of a result, or a failed test naming the error. */
export function ok<T>(result: Result<T>): T {
  if (isSalesError(result)) throw new Error(`unexpected error: ${result.message}`);
  return result;
}

/** A won deal closed on a calendar date. */
export function wonDeal(
  owner: string,
  y: number,
  m: number,
  d: number,
  amount: number,
  collected: number | null = null,
): DealRow {
  return { owner, stage: "赢单", closedOn: serialFromDate(y, m, d), amount, collected };
}

/**
 * Won deals for one rep per fiscal month of a fiscal year: values[k] closes on the 15th of fiscal
 * month k + 1 (a 0 makes no deal, as in a month without sales).
 */
export function yearOfDeals(
  owner: string,
  fiscalYear: number,
  startMonth: number,
  values: readonly number[],
): DealRow[] {
  return values.flatMap((v, k) => {
    const zero = startMonth - 1 + k;
    return v === 0 ? [] : [wonDeal(owner, fiscalYear + Math.floor(zero / 12), (zero % 12) + 1, 15, v)];
  });
}

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
