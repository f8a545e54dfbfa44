import type { CellOrMatrix } from "@core/cells/cell";
import { flatten } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { numberAt } from "@core/cells/readCell";
import { scalarDate } from "@core/cells/scalarDate";
import { agingBuckets, DEFAULT_BUCKET_DAYS, validBucketDays } from "@core/collections/aging";
import { receivableRows } from "@core/formulas/customers/receivableRows";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * bucket_days as edges: empty cells are skipped and no edge at all means the default 30, 60, 90;
 * text that is no number is #VALUE!; edges that are not ascending whole numbers above 0 are #NUM!.
 */
function bucketEdges(arg: CellOrMatrix): Result<readonly number[]> {
  if (arg === null || arg === undefined) return DEFAULT_BUCKET_DAYS;
  const edges: number[] = [];
  const cells = flatten(arg);
  for (let i = 0; i < cells.length; i++) {
    if (isEmpty(cells[i])) continue;
    const value = numberAt(cells[i], i);
    if (isSalesError(value)) return value;
    edges.push(value);
  }
  if (edges.length === 0) return DEFAULT_BUCKET_DAYS;
  return validBucketDays(edges)
    ? edges
    : salesError("out-of-range", "outOfRange", { what: "bucket_days", range: "ascending whole numbers above 0" });
}

/**
 * SALES.AGING: receivables by age, a one-column spill of the outstanding amount (due − received,
 * never below 0) per bucket — not yet due, then overdue 1–30, 31–60, 61–90 and over 90 days with
 * the default edges (bucket_days gives other edges: n edges make n + 2 buckets). Days overdue are
 * as_of − due date; due on as_of is not yet due. Rows with an empty due date or amount due are
 * skipped; an empty amount received is 0. The pane's receivables view adds up the same core
 * ({@link agingBuckets}), so the sheet and the pane agree to the cent.
 *
 * @param dueDates - due dates of the installments
 * @param amountsDue - amounts due (same size)
 * @param amountsReceived - amounts received so far (same size)
 * @param asOf - the date ages are measured at (the wrapper passes today when omitted)
 * @param bucketDays - ascending bucket edges in days; null for 30, 60, 90
 * @returns one column of amounts; #VALUE! for unreadable cells or sizes, #NUM! for negative amounts or bad edges
 *
 * @example
 * aging([[45000], [45100], [45200]], [[100], [200], [300]], [[0], [50], [0]], 45210)
 * //=> [[0], [300], [0], [0], [250]]
 */
export function aging(
  dueDates: CellOrMatrix,
  amountsDue: CellOrMatrix,
  amountsReceived: CellOrMatrix,
  asOf: CellOrMatrix,
  bucketDays: CellOrMatrix = null,
): Result<number[][]> {
  const rows = receivableRows(dueDates, amountsDue, amountsReceived);
  if (isSalesError(rows)) return rows;
  const date = scalarDate(asOf, "as_of");
  if (isSalesError(date)) return date;
  const edges = bucketEdges(bucketDays);
  if (isSalesError(edges)) return edges;
  const buckets = agingBuckets(rows, date, edges);
  if (!buckets.every(Number.isFinite))
    return salesError("out-of-range", "outOfRange", { what: "result", range: "finite number" });
  return buckets.map((amount) => [amount]);
}
