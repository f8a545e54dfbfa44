import { agingBuckets, DEFAULT_BUCKET_DAYS } from "@core/collections/aging";
import { fromCents, toCents } from "@core/collections/cents";
import { collectionRate, type CollectionRate } from "@core/collections/collectionRate";
import { dso, DEFAULT_DSO_DAYS } from "@core/collections/dso";
import { outstandingCents, type Receivable } from "@core/collections/receivable";
import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";
import type { PaymentRecord } from "./paymentRecords";

/** One group's receivables: the outstanding amount per aging bucket, and their total. */
export type AgingRow = {
  readonly name: string;
  /** Not yet due, 1–30, 31–60, 61–90, 90+ days overdue (agingBuckets with the default edges). */
  readonly buckets: readonly number[];
  readonly outstanding: number;
  /** The overdue part (every bucket but the first). */
  readonly overdue: number;
};

/** A rep's or team's collection rate to the day. */
export type RateRow = CollectionRate & { readonly name: string };

/** Everything the receivables view shows, computed from the Payments rows. */
export type ReceivablesSummary = {
  readonly asOf: number;
  readonly byOwner: readonly AgingRow[];
  readonly byCustomer: readonly AgingRow[];
  readonly total: AgingRow;
  /** Installments with something outstanding due from Monday to Sunday of the week of asOf. */
  readonly dueThisWeek: readonly PaymentRecord[];
  /** … due in the calendar month of asOf. */
  readonly dueThisMonth: readonly PaymentRecord[];
  /** Per rep (Payments[Owner]) and per team (the Team table's), then the whole team. */
  readonly rateByRep: readonly RateRow[];
  readonly rateByTeam: readonly RateRow[];
  readonly rate: CollectionRate;
  /** Days sales outstanding over the last DEFAULT_DSO_DAYS days, null when nothing fell due. */
  readonly dso: number | null;
  /** The customers owing the most overdue, largest first (at most 5). */
  readonly largestOverdue: readonly AgingRow[];
};

const receivable = (record: PaymentRecord): Receivable | null =>
  record.dueDate === null ? null : { dueDate: record.dueDate, amountDue: record.amountDue, received: record.received };

function agingRow(name: string, records: readonly PaymentRecord[], asOf: number): AgingRow {
  const rows = records.map(receivable).filter((r): r is Receivable => r !== null);
  const buckets = agingBuckets(rows, asOf, DEFAULT_BUCKET_DAYS);
  const cents = buckets.map(toCents);
  const overdue = cents.slice(1).reduce((a, b) => a + b, 0);
  return { name, buckets, outstanding: fromCents(cents[0] + overdue), overdue: fromCents(overdue) };
}

function groupBy(records: readonly PaymentRecord[], key: (r: PaymentRecord) => string): Map<string, PaymentRecord[]> {
  const groups = new Map<string, PaymentRecord[]>();
  for (const record of records) {
    const name = key(record);
    const list = groups.get(name);
    if (list) list.push(record);
    else groups.set(name, [record]);
  }
  return groups;
}

const rateOf = (records: readonly PaymentRecord[], asOf: number) =>
  collectionRate(
    records.map(receivable).filter((r): r is Receivable => r !== null),
    asOf,
  );

/**
 * The receivables view of the Payments rows on a day: aging by owner and by customer (groups with
 * nothing outstanding left out, largest first), what is due this week and this month, the
 * collection rate per rep, per team and overall (Σ received ÷ Σ due to date, received capped per
 * installment: collectionRate), DSO (dso, last 90 days) and the five customers owing the most
 * overdue. Every figure adds up the Payments rows: nothing else is read. A row without a due date
 * counts in no aging bucket and no rate.
 *
 * @param records - the Payments rows (paymentRecords)
 * @param asOf - today's serial
 * @param teamOf - the team of a rep (from Team), undefined when none
 * @returns the summary
 * @example
 * receivablesSummary(records, 46100, (rep) => teams.get(rep)).total.buckets //=> [1200, 300, 0, 0, 0]
 */
export function receivablesSummary(
  records: readonly PaymentRecord[],
  asOf: number,
  teamOf: (rep: string) => string | undefined = () => undefined,
): ReceivablesSummary {
  const byLargest = (a: AgingRow, b: AgingRow) => b.outstanding - a.outstanding || a.name.localeCompare(b.name);
  const groups = (key: (r: PaymentRecord) => string) =>
    [...groupBy(records, key)]
      .map(([name, list]) => agingRow(name, list, asOf))
      .filter((row) => row.outstanding > 0)
      .sort(byLargest);
  const byCustomer = groups((r) => r.customer);
  const open = (r: PaymentRecord) => r.dueDate !== null && outstandingCents(receivable(r)!) > 0;
  // ISO week: Monday (serial 2 is a Monday, 1900-01-02) to Sunday.
  const monday = asOf - ((((asOf - 2) % 7) + 7) % 7);
  const { year, month } = dateFromSerial(asOf);
  const monthStart = serialFromDate(year, month, 1);
  const monthEnd = serialFromDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
  const byDue = (a: PaymentRecord, b: PaymentRecord) => (a.dueDate ?? 0) - (b.dueDate ?? 0) || a.row - b.row;
  const dueIn = (from: number, to: number) =>
    records.filter((r) => open(r) && r.dueDate! >= from && r.dueDate! <= to).sort(byDue);
  const rateRows = (key: (r: PaymentRecord) => string | undefined) =>
    [
      ...groupBy(
        records.filter((r) => key(r) !== undefined),
        (r) => key(r)!,
      ),
    ]
      .map(([name, list]) => ({ name, ...rateOf(list, asOf) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  const all = records.map(receivable).filter((r): r is Receivable => r !== null);
  return {
    asOf,
    byOwner: groups((r) => r.owner),
    byCustomer,
    total: agingRow("", records, asOf),
    dueThisWeek: dueIn(monday, monday + 6),
    dueThisMonth: dueIn(monthStart, monthEnd),
    rateByRep: rateRows((r) => r.owner),
    rateByTeam: rateRows((r) => teamOf(r.owner)),
    rate: collectionRate(all, asOf),
    dso: dso(all, asOf, DEFAULT_DSO_DAYS),
    largestOverdue: byCustomer
      .filter((row) => row.overdue > 0)
      .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name))
      .slice(0, 5),
  };
}
