import type { Matrix } from "@core/cells/cell";
import type { Result } from "@core/errors";
import { customerBook, type CustomerTables } from "@core/customers/customerBook";
import type { CustomerBook } from "@core/customers/customerRecords";
import { customerTiering, type CustomerTiering, type TieringOptions } from "@core/customers/customerTiering";
import { followUpsDue, type FollowUpsDue } from "@core/customers/followUpsDue";
import { nextContactPlans } from "@core/customers/nextContactPlans";
import { poolCandidates, type PoolView } from "@core/customers/poolCandidates";
import { poolRulesFrom, type PoolRules } from "@core/customers/poolRules";
import { satisfactionSummary, type SatisfactionSummary } from "@core/customers/satisfactionSummary";
import { tierCadence, type TierCadence } from "@core/customers/tierCadence";

/** Every summary of the Customers area, computed from one read of the tables. */
export type CustomerSummaries = {
  readonly book: CustomerBook;
  readonly cadence: TierCadence;
  readonly rules: PoolRules;
  readonly tiering: Result<CustomerTiering>;
  readonly followUps: FollowUpsDue;
  readonly pool: PoolView;
  readonly satisfaction: SatisfactionSummary;
};

export type CustomerSummaryInput = {
  readonly tables: CustomerTables;
  readonly today: number;
  /** The cadence table's data rows (tier, days); undefined for the defaults. */
  readonly cadenceRows?: Matrix;
  /** The PoolRules table's data rows; undefined for the defaults. */
  readonly poolRuleRows?: Matrix;
  readonly tiering?: TieringOptions;
};

/**
 * All customer summaries at once — tiering, follow-ups due, pool candidates, satisfaction — as
 * the Customers area shows them. Linear in deals and activities plus O(n log n) in customers:
 * 10^4 customers with 10^5 deals compute in well under a second. This is the function the
 * benchmark (`npm run bench`) times.
 *
 * @param input - the tables as read, today, and the cadence and pool-rule rows when present
 * @returns the summaries
 *
 * @example
 * customerSummaries({ tables, today: 45320 }).followUps.overdueCount //=> 42
 */
export function customerSummaries(input: CustomerSummaryInput): CustomerSummaries {
  const book = customerBook(input.tables);
  const cadence = tierCadence(input.cadenceRows);
  const { rules } = poolRulesFrom(input.poolRuleRows);
  const plans = nextContactPlans(book, cadence);
  return {
    book,
    cadence,
    rules,
    tiering: customerTiering(book, input.today, input.tiering),
    followUps: followUpsDue(book, input.today, cadence, plans),
    pool: poolCandidates(book, input.today, rules),
    satisfaction: satisfactionSummary(book),
  };
}
