import { literalText } from "@core/workbook/literalText";
import { safeText } from "@core/workbook/safeText";
import { columnIndex } from "@core/workbook/columnIndex";

/** The fields of a new Activities row (dates are serials; null leaves the cell empty). */
export type ActivityFields = {
  readonly Date: number;
  readonly Customer: string;
  readonly DealID?: string;
  readonly Owner: string;
  readonly Method: string;
  readonly Summary: string;
  readonly NextContact?: number | null;
  readonly Satisfaction?: number | null;
};

/**
 * An Activities row in the order of the table's header as it stands (either language, user
 * columns left empty). Names and IDs are written as literal text ("00123" keeps its zeros), the
 * summary through the formula guard: text starting with = + - @ stays text.
 *
 * @example
 * activityRow(["Date", "Customer", "Summary", "Mine"], { Date: 45300, Customer: "Acme", Owner: "", Method: "Call", Summary: "=1+1" })
 * //=> [45300, "Acme", "'=1+1", ""]
 */
export function activityRow(headers: readonly string[], fields: ActivityFields): (string | number)[] {
  const columns = columnIndex("Activities", headers);
  const row: (string | number)[] = headers.map(() => "");
  const put = (key: string, value: string | number | null | undefined) => {
    if (columns[key] >= 0 && value !== null && value !== undefined) row[columns[key]] = value;
  };
  put("Date", fields.Date);
  put("Customer", literalText(fields.Customer));
  put("DealID", fields.DealID ? literalText(fields.DealID) : "");
  put("Owner", literalText(fields.Owner));
  put("Method", literalText(fields.Method));
  put("Summary", safeText(fields.Summary));
  put("NextContact", fields.NextContact ?? null);
  put("Satisfaction", fields.Satisfaction ?? null);
  return row;
}
