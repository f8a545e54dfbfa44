import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";
import { OPEN, type PipelineDeals } from "@core/pipeline/pipelineDeals";
import type { PipelinePeriod } from "@core/pipeline/pipelinePeriod";

/** Open deals in one bucket of the forecast. */
export type ForecastBucket = {
  readonly deals: number;
  readonly amount: number;
  /** Σ amount × the stage's probability. */
  readonly weighted: number;
  /** Amount by the deals' forecast category (open categories only). */
  readonly commit: number;
  readonly bestCase: number;
  readonly pipeline: number;
};

/** The open deals expected to close in one calendar month. */
export type MonthBucket = ForecastBucket & {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** Serial of the month's first day. */
  readonly start: number;
};

/** The open pipeline by expected close month, with the deals no month can hold. */
export type ForecastByMonth = {
  /** Open deals whose ExpectedClose is before today. */
  readonly overdue: ForecastBucket;
  /** Open deals with no (readable) ExpectedClose. */
  readonly noCloseDate: ForecastBucket;
  /** Months from today's on, each with at least one deal, in order. */
  readonly months: readonly MonthBucket[];
};

type Totals = { deals: number; amount: number; weighted: number; commit: number; bestCase: number; pipeline: number };

const empty = (): Totals => ({ deals: 0, amount: 0, weighted: 0, commit: 0, bestCase: 0, pipeline: 0 });

function add(bucket: Totals, deals: PipelineDeals, i: number): void {
  bucket.deals++;
  bucket.amount += deals.amount[i];
  bucket.weighted += deals.weighted[i];
  const kind = deals.kind[i];
  if (kind === "commit" || kind === "bestCase" || kind === "pipeline") bucket[kind] += deals.amount[i];
}

/**
 * The open deals in scope by the month of their ExpectedClose, for a forecast chart: deals whose
 * date has passed go to an overdue bucket and deals without a date to their own bucket, not into
 * a month. With a period, only months that overlap it are kept (the two buckets always are:
 * they are what to chase).
 *
 * @param deals - the deals, read
 * @param matches - which rows are in scope (the owner filter)
 * @param today - today's serial
 * @param period - the period, or null for all months
 * @returns the buckets
 * @example
 * forecastByMonth(deals, () => true, 46354, null).noCloseDate.deals //=> 3
 */
export function forecastByMonth(
  deals: PipelineDeals,
  matches: (row: number) => boolean,
  today: number,
  period: PipelinePeriod | null,
): ForecastByMonth {
  const overdue = empty();
  const noCloseDate = empty();
  const months = new Map<number, Totals>();
  for (let i = 0; i < deals.count; i++) {
    if (deals.outcome[i] !== OPEN || !matches(i)) continue;
    const day = deals.expectedClose[i];
    if (Number.isNaN(day)) add(noCloseDate, deals, i);
    else if (day < today) add(overdue, deals, i);
    else {
      const { year, month } = dateFromSerial(day);
      const key = year * 12 + month - 1;
      let bucket = months.get(key);
      if (!bucket) months.set(key, (bucket = empty()));
      add(bucket, deals, i);
    }
  }
  const list: MonthBucket[] = [...months.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, totals]) => {
      const year = Math.floor(key / 12);
      const month = (key % 12) + 1;
      return { ...totals, year, month, start: serialFromDate(year, month, 1) };
    })
    .filter((bucket) => {
      if (period === null) return true;
      const next =
        bucket.month === 12 ? serialFromDate(bucket.year + 1, 1, 1) : serialFromDate(bucket.year, bucket.month + 1, 1);
      return bucket.start <= period.end && next - 1 >= period.start;
    });
  return { overdue, noCloseDate, months: list };
}
