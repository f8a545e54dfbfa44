import { classifyOutcome, DEFAULT_LOST, DEFAULT_WON, normalizeLabel, type LabelSet } from "@core/cells/outcome";
import { salesError, type Result } from "@core/errors";
import { fiscalMonthOf, fiscalPeriods, type Period } from "@core/goals/breakdown/fiscalPeriods";
import type { Localized } from "@core/goals/breakdown/localized";

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

/**
 * Which twelve months "last year" means: the last complete fiscal year the data covers, or, with
 * none, the last twelve complete months. `first` is the index in MonthlyHistory.months of its
 * first month; the twelve months from there are consecutive.
 */
export type LastYearBasis = {
  readonly kind: "fiscalYear" | "trailing";
  readonly first: number;
  /** "FY2025" / "2025财年", or "Dec 2025 – Nov 2026" / "2025年12月 – 2026年11月". */
  readonly label: Localized;
};

/** Per-month totals of the complete months before a plan year, in total and per rep. */
export type MonthlyHistory = {
  /** The plan year; the history covers the `years` fiscal years before it. */
  readonly fiscalYear: number;
  readonly startMonth: number;
  readonly metric: Metric;
  readonly years: number;
  /**
   * The complete months of the history, oldest first: fiscal month 1 of fiscalYear − years first,
   * up to the month before the plan year or the last month before today's, whichever is earlier.
   */
  readonly months: readonly Period[];
  readonly total: readonly number[];
  /** Per rep, keyed by {@link repKey} of the owner; months as in `total`. */
  readonly byRep: ReadonlyMap<string, readonly number[]>;
  /**
   * Index in `months` of the first month the data covers: the month of the earliest counted
   * deal, 0 when a counted deal is older than the history, −1 when there is none.
   */
  readonly firstDataIndex: number;
  /** Complete months from the first covered month to the end of the history: 0 with no data at all. */
  readonly coveredMonths: number;
  /** What "last year" means for shares, growth and jumps; null when under twelve months are covered. */
  readonly lastYear: LastYearBasis | null;
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
 * Monthly totals of won deals for the complete months before a plan year: the deal's Amount for the
 * signed metric, its Collected for the collected one, dated by ClosedOn (the Deals table has no
 * payment date, so collected cash is counted in the month the deal closed — the same rule the
 * Actual formulas of the Targets table use). Only won deals count, for either metric; rows with
 * no close date or no figure are left out, and a deal without an owner counts in the total only.
 * Figures are summed as they are (a negative correction lowers its month); the split methods
 * treat a month whose total is below 0 as 0.
 *
 * Complete months only: given today, the month in progress and any later month are left out of
 * the history (not prorated: a 5-day-old month would otherwise read as a month of poor sales), so
 * a deal dated in them is not history either. "Last year" is the latest fiscal year of the
 * history whose twelve months are all complete and covered by the data; with none, the last
 * twelve complete months (see LastYearBasis).
 *
 * @param deals - rows of the Deals table
 * @param metric - "signed" or "collected"
 * @param fiscalYear - the plan year (named by the calendar year it starts in)
 * @param startMonth - the calendar month the fiscal year starts in
 * @param years - how many fiscal years back to look, 1–10 (default 3)
 * @param won - labels that mean won (default: the won labels 赢单, Won, 成交 …)
 * @param today - today's serial: months not over by today are left out (default: none left out)
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
  today: number | null = null,
): Result<MonthlyHistory> {
  if (!Number.isInteger(years) || years < 1 || years > 10)
    return salesError("out-of-range", "outOfRange", { what: "years", range: "1–10" });
  const months: Period[] = [];
  let windowStart = 0;
  // A month is complete once today is past its last day.
  const complete = (period: Period) => today === null || !Number.isFinite(today) || period.end < Math.floor(today);
  for (let y = fiscalYear - years; y < fiscalYear; y++) {
    const periods = fiscalPeriods(y, startMonth, "month");
    if (!Array.isArray(periods)) return periods;
    if (y === fiscalYear - years) windowStart = periods[0].start;
    for (const period of periods) if (complete(period)) months.push(period);
  }
  const check = fiscalPeriods(fiscalYear, startMonth, "year");
  if (!Array.isArray(check)) return check;

  const total = new Array<number>(months.length).fill(0);
  const byRep = new Map<string, number[]>();
  const windowEnd = months.length > 0 ? months[months.length - 1].end : windowStart - 1;
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
  const lastYear = lastYearBasis(months, fiscalYear - years, startMonth, firstDataIndex, coveredMonths);
  return { fiscalYear, startMonth, metric, years, months, total, byRep, firstDataIndex, coveredMonths, lastYear };
}

/** The last complete, covered fiscal year of the months, else the last twelve complete months. */
function lastYearBasis(
  months: readonly Period[],
  firstYear: number,
  startMonth: number,
  firstDataIndex: number,
  coveredMonths: number,
): LastYearBasis | null {
  if (coveredMonths < 12) return null;
  // The months start at a fiscal year's first month, so a whole fiscal year starts at a multiple of 12.
  const latest = Math.floor((months.length - 12) / 12) * 12;
  if (latest >= firstDataIndex) {
    const year = fiscalPeriods(firstYear + latest / 12, startMonth, "year");
    if (Array.isArray(year)) return { kind: "fiscalYear", first: latest, label: year[0].label };
  }
  const first = months.length - 12;
  const from = months[first].label;
  const to = months[months.length - 1].label;
  return { kind: "trailing", first, label: { en: `${from.en} – ${to.en}`, zh: `${from.zh} – ${to.zh}` } };
}

/**
 * Last year's figures by fiscal month (index 0 is fiscal month 1), from a series of the history
 * (its total or a rep's); null without a last year.
 *
 * @example
 * lastYearByMonth(history, history.total) //=> [100, 0, …, 30]
 */
export function lastYearByMonth(history: MonthlyHistory | null, series: readonly number[]): number[] | null {
  const basis = history?.lastYear;
  if (!basis) return null;
  const byMonth = new Array<number>(12).fill(0);
  for (let k = basis.first; k < basis.first + 12; k++) byMonth[k % 12] = series[k] ?? 0;
  return byMonth;
}
