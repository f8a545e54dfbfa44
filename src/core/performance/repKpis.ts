import { serialFromDate, dateFromSerial } from "@core/cells/parseDate";
import type { CommissionBasis } from "@core/performance/commissionPlan";
import { collectionRate } from "@core/collections/collectionRate";
import type { KpiKey } from "@core/performance/kpis";
import type { PerformanceData, TargetFact } from "@core/performance/performanceData";
import type { PerformanceLabels } from "@core/performance/performanceLabels";
import type { ScorecardPeriod } from "@core/performance/scorecardPeriods";

/** One rep's figures for one period, as the Scorecard formulas compute them; null where the formula shows "". */
export type RepKpis = Readonly<Record<KpiKey, number | null>> & {
  readonly revenue: number;
  readonly target: number;
  /** The commission inputs: period sales on the basis, sales carried from earlier in the year, quota. */
  readonly commissionBase: number;
  readonly carried: number;
  readonly quota: number;
};

/** Days two period lengths may differ by and still be the same kind of period (months run 28–31 days). */
const SAME_KIND_DAYS = 3;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const within = (day: number | null, start: number, end: number) => day !== null && day >= start && day <= end;

/** First day of the calendar year a serial falls in (DATE(YEAR(d),1,1) in the formula). */
export function yearStart(serial: number): number {
  return serialFromDate(dateFromSerial(serial).year, 1, 1);
}

/**
 * A rep's quota for the accelerator: with carry, the targets of the rep on the metric for every
 * period of the same length (±3 days) from the start of the year to the end of this one (so a
 * year holding month, quarter and year rows counts each month once); without, the period's own.
 */
function quotaOf(
  targets: readonly TargetFact[],
  rep: string,
  metric: string,
  period: ScorecardPeriod,
  carry: boolean,
  level: string,
): number {
  const length = period.end - period.start;
  const from = carry ? yearStart(period.start) : period.start;
  let quota = 0;
  for (const t of targets) {
    if (!same(t.level, level) || !same(t.name, rep) || !same(t.metric, metric) || t.start === null || t.end === null)
      continue;
    if (carry) {
      if (t.start >= from && t.end <= period.end && Math.abs(t.end - t.start - length) <= SAME_KIND_DAYS)
        quota += t.target;
    } else if (t.start === period.start && t.end === period.end) quota += t.target;
  }
  return quota;
}

/**
 * The KPIs of one rep in one period, with the same rules as the Scorecard formulas:
 * - revenue: Σ Amount of won deals closed in the period; target: the rep's Signed target whose
 *   PeriodStart and PeriodEnd are exactly the period's; attainment revenue ÷ target (null without target);
 * - win rate: won ÷ (won + lost) by count of deals closed in the period; average deal: revenue ÷ won;
 * - cycle: mean ClosedOn − Created over won deals with both dates; activities: follow-ups dated
 *   in the period; satisfaction: their mean satisfaction; new customers: the rep's customers whose
 *   FirstPurchase is in the period;
 * - collection rate (回款率): SALES.COLLECTRATE's rate (collectionRate) as of the period's end over
 *   the rep's Payments rows (Owner) due in the period: Σ received, capped per installment, ÷ Σ due;
 *   null when nothing fell due in it (or the workbook has no Payments);
 * - commission inputs: the period's sales on the basis, what the rep sold earlier in the year
 *   (carry), and the quota (see quotaOf).
 * Owners and labels compare case-insensitively, as SUMIFS does.
 *
 * @param data - the workbook's facts
 * @param rep - the rep's name
 * @param period - the period
 * @param labels - won/lost stages and Targets texts of the workbook
 * @param commission - basis and carry of the commission plan
 * @returns the figures
 *
 * @example
 * repKpis(data, "Ann", period, labels, { basis: "signed", carry: true }).winRate //=> 0.5
 */
export function repKpis(
  data: PerformanceData,
  rep: string,
  period: ScorecardPeriod,
  labels: PerformanceLabels,
  commission: { readonly basis: CommissionBasis; readonly carry: boolean },
): RepKpis {
  const { start, end } = period;
  const isWon = (stage: string) => labels.won.some((label) => same(label, stage));
  const isLost = (stage: string) => labels.lost.some((label) => same(label, stage));
  const firstDay = yearStart(start);
  let revenue = 0;
  let collected = 0;
  let won = 0;
  let lost = 0;
  let cycleDays = 0;
  let cycleDeals = 0;
  let carried = 0;
  for (const deal of data.deals) {
    if (!same(deal.owner, rep)) continue;
    const basisAmount = commission.basis === "signed" ? deal.amount : deal.collected;
    if (
      isWon(deal.stage) &&
      commission.carry &&
      deal.closedOn !== null &&
      deal.closedOn >= firstDay &&
      deal.closedOn < start
    )
      carried += basisAmount;
    if (!within(deal.closedOn, start, end)) continue;
    if (isWon(deal.stage)) {
      won += 1;
      revenue += deal.amount;
      collected += deal.collected;
      if (deal.created !== null && deal.closedOn !== null) {
        cycleDays += deal.closedOn - deal.created;
        cycleDeals += 1;
      }
    } else if (isLost(deal.stage)) lost += 1;
  }
  let activities = 0;
  let scoreSum = 0;
  let scored = 0;
  for (const activity of data.activities) {
    if (!same(activity.owner, rep) || !within(activity.date, start, end)) continue;
    activities += 1;
    if (activity.satisfaction !== null) {
      scoreSum += activity.satisfaction;
      scored += 1;
    }
  }
  const payments = data.payments.filter((p) => same(p.owner, rep) && within(p.dueDate, start, end));
  const collection = collectionRate(payments, end);
  const newCustomers = data.customers.filter((c) => same(c.owner, rep) && within(c.firstPurchase, start, end)).length;
  const target = quotaOf(data.targets, rep, labels.signed, period, false, labels.repLevel);
  const metric = commission.basis === "signed" ? labels.signed : labels.collected;
  return {
    revenue,
    target,
    attainment: target > 0 ? revenue / target : null,
    winRate: won + lost > 0 ? won / (won + lost) : null,
    avgDeal: won > 0 ? revenue / won : null,
    cycle: cycleDeals > 0 ? cycleDays / cycleDeals : null,
    activities,
    satisfaction: scored > 0 ? scoreSum / scored : null,
    newCustomers,
    collectionRate: collection.rate,
    commissionBase: commission.basis === "signed" ? revenue : collected,
    carried,
    quota: quotaOf(data.targets, rep, metric, period, commission.carry, labels.repLevel),
  };
}
