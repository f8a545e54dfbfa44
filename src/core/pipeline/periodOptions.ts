import { isEmpty } from "@core/cells/isEmpty";
import { parseDate } from "@core/cells/parseDate";
import { calendarPeriod, type CalendarPeriodKind, type PipelinePeriod } from "@core/pipeline/pipelinePeriod";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";

/** A period the pane offers: all time, a calendar period around today, or a period of Targets. */
export type PeriodOption =
  | { readonly id: "all"; readonly kind: "all"; readonly period: null }
  | { readonly id: string; readonly kind: CalendarPeriodKind; readonly period: PipelinePeriod }
  | { readonly id: string; readonly kind: "target"; readonly label: string; readonly period: PipelinePeriod };

const CALENDAR: readonly CalendarPeriodKind[] = ["month", "quarter", "nextQuarter", "year"];

/**
 * The periods to filter the pipeline by: all time; this month, this quarter, next quarter and
 * this year; then each other period of the Targets table that holds today (a fiscal quarter,
 * say), labelled with its Period text, shortest first.
 *
 * @param today - today's serial
 * @param targets - the Targets table, if any
 * @returns the options, "all" first
 * @example
 * periodOptions(46354).map((o) => o.id) //=> ["all", "month", "quarter", "nextQuarter", "year"]
 */
export function periodOptions(today: number, targets?: PlainTable): PeriodOption[] {
  const options: PeriodOption[] = [{ id: "all", kind: "all", period: null }];
  const seen = new Set<string>();
  for (const kind of CALENDAR) {
    const period = calendarPeriod(kind, today);
    seen.add(`${period.start}-${period.end}`);
    options.push({ id: kind, kind, period });
  }
  const extra: PeriodOption[] = [];
  for (const row of targets?.rows ?? []) {
    const start = parseDate(cellOf(targets!, row, "PeriodStart"));
    const end = parseDate(cellOf(targets!, row, "PeriodEnd"));
    if (start === undefined || end === undefined || start > today || end < today) continue;
    const key = `${start}-${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const label = cellOf(targets!, row, "Period");
    extra.push({
      id: `target:${key}`,
      kind: "target",
      label: isEmpty(label) ? key : String(label),
      period: { start, end },
    });
  }
  extra.sort((a, b) => a.period!.end - a.period!.start - (b.period!.end - b.period!.start));
  return [...options, ...extra];
}
