import { classifyOutcome, DEFAULT_LOST, DEFAULT_WON, normalizeLabel, type LabelSet } from "@core/cells/outcome";
import { salesError, type Result } from "@core/errors";
import { fiscalMonthOf, fiscalPeriods, type Period } from "@core/goals/breakdown/fiscalPeriods";

/** What a target counts: signed contract amount (合同额) or collected cash (回款额). */
export type Metric = "signed" | "collected";

/** A row of the Deals table, as the wizard reads it (dates as Excel serials, empty as null). */
export type DealRow = {
  readonly owner: string | null;
  readonly stage: string | null;
  readonly closedOn: number | null;
  readonly amount: number | null;
  readonly collected: number | null;
  /** Only needed for KPI baselines (conversion and cycle). */
  readonly created?: number | null;
};

/** Per-month totals of the fiscal years before a plan year, in total and per rep. */
export type MonthlyHistory = {
  /** The plan year; the history covers the `years` fiscal years before it. */
  readonly fiscalYear: number;
  readonly startMonth: number;
  readonly metric: Metric;
  readonly years: number;
  /** The months of the history, oldest first: fiscal month 1 of fiscalYear − years first. */
  readonly months: readonly Period[];
  readonly total: readonly number[];
  /** Per rep, keyed by {@link repKey} of the owner; months as in `total`. */
  readonly byRep: ReadonlyMap<string, readonly number[]>;
  /**
   * Index in `months` of the first month the data covers: the month of the earliest counted
   * deal, 0 when a counted deal is older than the history, −1 when there is none.
   */
  readonly firstDataIndex: number;
  /** Months from the first covered month to the end of last year: 0 with no data at all. */
  readonly coveredMonths: number;
};

/**
 * How an owner or rep name is matched: trimmed, spaces collapsed, case-insensitive (as SUMIFS
 * matches Deals[Owner] against a name).
 *
 * @example
 * repKey(" Li  Lei ") === repKey("li lei") //=> true
 */
export function repKey(name: string): string {
  return normalizeLabel(name);
}

/**
 * Monthly totals of won deals for the fiscal years before a plan year: the deal's Amount for the
 * signed metric, its Collected for the collected one, dated by ClosedOn (the Deals table has no
 * payment date, so collected cash is counted in the month the deal closed — the same rule the
 * Actual formulas of the Targets table use). Only won deals count, for either metric; rows with
 * no close date or no figure are left out, and a deal without an owner counts in the total only.
 * Figures are summed as they are (a negative correction lowers its month); the split methods
 * treat a month whose total is below 0 as 0.
 *
 * @param deals - rows of the Deals table
 * @param metric - "signed" or "collected"
 * @param fiscalYear - the plan year (named by the calendar year it starts in)
 * @param startMonth - the calendar month the fiscal year starts in
 * @param years - how many fiscal years back to look, 1–10 (default 3)
 * @param won - labels that mean won (default: the won labels 赢单, Won, 成交 …)
 * @returns the history; #NUM! for a year, month or years out of range
 *
 * @example
 * monthlyHistory([{ owner: "Li", stage: "赢单", closedOn: 45748, amount: 100, collected: 80 }], "signed", 2026, 4, 1).total[0] //=> 100 (April 2025)
 */
export function monthlyHistory(
  deals: readonly DealRow[],
  metric: Metric,
  fiscalYear: number,
  startMonth: number,
  years = 3,
  won: LabelSet = DEFAULT_WON,
): Result<MonthlyHistory> {
  if (!Number.isInteger(years) || years < 1 || years > 10)
    return salesError("out-of-range", "outOfRange", { what: "years", range: "1–10" });
  const months: Period[] = [];
  for (let y = fiscalYear - years; y < fiscalYear; y++) {
    const periods = fiscalPeriods(y, startMonth, "month");
    if (!Array.isArray(periods)) return periods;
    for (const period of periods) months.push(period);
  }
  const check = fiscalPeriods(fiscalYear, startMonth, "year");
  if (!Array.isArray(check)) return check;

  const total = new Array<number>(months.length).fill(0);
  const byRep = new Map<string, number[]>();
  const windowStart = months[0].start;
  const windowEnd = months[months.length - 1].end;
  let earliest = Infinity;
  for (const deal of deals) {
    const value = metric === "signed" ? deal.amount : deal.collected;
    if (deal.closedOn === null || !Number.isFinite(deal.closedOn) || value === null || !Number.isFinite(value))
      continue;
    if (classifyOutcome(deal.stage, won, DEFAULT_LOST) !== "won") continue;
    const day = Math.floor(deal.closedOn);
    if (day > windowEnd) continue;
    earliest = Math.min(earliest, day);
    if (day < windowStart) continue;
    const { fiscalYear: fy, position } = fiscalMonthOf(day, startMonth);
    const index = (fy - (fiscalYear - years)) * 12 + position - 1;
    total[index] += value;
    const owner = deal.owner === null ? "" : repKey(deal.owner);
    if (owner === "") continue;
    let series = byRep.get(owner);
    if (!series) {
      series = new Array<number>(months.length).fill(0);
      byRep.set(owner, series);
    }
    series[index] += value;
  }
  let firstDataIndex = -1;
  if (earliest < windowStart) firstDataIndex = 0;
  else if (earliest !== Infinity) firstDataIndex = months.findIndex((m) => m.start <= earliest && earliest <= m.end);
  const coveredMonths = firstDataIndex < 0 ? 0 : months.length - firstDataIndex;
  return { fiscalYear, startMonth, metric, years, months, total, byRep, firstDataIndex, coveredMonths };
}
