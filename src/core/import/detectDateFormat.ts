import type { Cell } from "@core/cells/cell";
import { dateParts, type DateOrder } from "@core/cells/parseImportDate";

/**
 * How a column writes its dates: the day/month order, and whether the column proved it (`certain`:
 * some date such as 25/3/2024 can only be read one way) or it was assumed from the separator.
 */
export type DateFormat = { order: DateOrder; certain: boolean };

/**
 * Decides per column how `a/b/YYYY` dates are to be read. A date whose first number is above 12
 * must be day-first, one whose second number is above 12 must be month-first; the column follows
 * the majority of such dates (the minority then fails to parse and is reported). With no such
 * evidence, dots (`1.3.2024`, the European style) mean day-first and slashes or dashes mean
 * month-first (the US style of Salesforce and HubSpot exports). Dotted dates are read day-first
 * whatever the order (see parseImportDate) and give no evidence for slashed ones, so a column
 * mixing `6/15/2024` and `20.6.2024` reads both. Year-first dates, `年月日` dates and
 * serial numbers read the same either way and give no evidence.
 *
 * @param values - the column's cells
 * @returns the order to read the column with
 *
 * @example
 * detectDateFormat(["3/1/2024", "25/1/2024"]) //=> { order: "dmy", certain: true }
 */
export function detectDateFormat(values: readonly Cell[]): DateFormat {
  let monthFirst = 0;
  let dayFirst = 0;
  let dots = 0;
  let others = 0;
  for (const cell of values) {
    if (typeof cell !== "string") continue;
    const parts = dateParts(cell);
    if (parts?.style !== "day-month") continue;
    // Dotted dates are always read day-first (see parseImportDate): no evidence for the others.
    if (parts.separator === ".") {
      dots++;
      continue;
    }
    others++;
    if (parts.first > 12 && parts.second <= 12) dayFirst++;
    else if (parts.second > 12 && parts.first <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return { order: dayFirst > monthFirst ? "dmy" : "mdy", certain: true };
  return { order: dots > others ? "dmy" : "mdy", certain: false };
}
