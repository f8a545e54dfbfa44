import { lastWeek, weekOf, type Week } from "@core/weekly/week";

/** How many weeks back the pane offers, last week included: a quarter of Mondays. */
export const PAST_WEEKS = 12;

/**
 * The weeks the Weekly area offers, newest first: this week (still running), then the
 * `count` weeks before it, last week first — the one a Monday meeting reviews, chosen by default.
 *
 * @param today - today's serial
 * @param count - how many past weeks (12 unless told)
 * @returns the weeks
 * @example
 * weekChoices(serialFromDate(2026, 12, 7)).map(weekLabel).slice(0, 2) //=> ["2026-W50", "2026-W49"]
 */
export function weekChoices(today: number, count: number = PAST_WEEKS): Week[] {
  const last = lastWeek(today);
  return [
    weekOf(Math.floor(today)),
    ...Array.from({ length: Math.max(0, count) }, (_, i) => weekOf(last.start - i * 7)),
  ];
}
