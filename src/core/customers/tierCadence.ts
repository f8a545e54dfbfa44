import type { Matrix } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { DEFAULT_CADENCE, cadenceTable, type Cadence } from "@core/formulas/customers/nextVisit";
import { isSalesError, type SalesError } from "@core/errors";

/** The follow-up cadence the customer views use, and the table it came from (for SALES.NEXTVISIT). */
export type TierCadence = {
  /** Days per normalized tier label ("a" → 14). */
  readonly days: Cadence;
  /** The (tier, days) rows read from the workbook; null when the defaults apply. */
  readonly table: Matrix | null;
  /** Why the workbook's table was not used, when it was present but unreadable. */
  readonly problem?: SalesError;
};

/** The default cadence (A 14, B 30, C 90 days), as `defaultTierCadenceDays` in the schema. */
export const defaultTierCadence: TierCadence = { days: DEFAULT_CADENCE, table: null };

/**
 * The cadence of return visits (回访) per tier from the cadence table on the setup sheet: its
 * first two columns are read as (tier, days), the way SALES.NEXTVISIT reads its cadence argument.
 * When the table is absent or empty the defaults apply; when it is unreadable the defaults apply
 * and `problem` says why, so the pane can tell the manager.
 *
 * @param rows - the cadence table's data rows, or undefined when the workbook has none
 * @returns the cadence to plan follow-ups with
 *
 * @example
 * tierCadence([["A", 7], ["B", 21], ["C", 60]]).days.get("a") //=> 7
 */
export function tierCadence(rows: Matrix | undefined): TierCadence {
  const pairs = (rows ?? []).map((row) => [row[0] ?? null, row[1] ?? null]).filter((p) => !p.every(isEmpty));
  if (pairs.length === 0) return defaultTierCadence;
  const days = cadenceTable(pairs);
  if (isSalesError(days)) return { ...defaultTierCadence, problem: days };
  return { days, table: pairs };
}
