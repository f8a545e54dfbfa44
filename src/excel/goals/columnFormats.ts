import { tableSpec, type ColumnKind, type TableName } from "@core/workbook/schema";
import { columnIndex } from "@core/workbook/columnIndex";

/** Number formats by column kind; text and plain numbers keep Excel's General. */
const FORMATS: Partial<Record<ColumnKind, string>> = {
  money: "#,##0.00",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  integer: "0",
};

/**
 * The number format of each column of a table's header row (null to leave a column as it is:
 * text, plain numbers and columns the user added).
 *
 * @example
 * columnFormats("Targets", ["Period", "PeriodStart"]) //=> [null, "yyyy-mm-dd"]
 */
export function columnFormats(name: TableName, headers: readonly string[]): (string | null)[] {
  const index = columnIndex(name, headers);
  const formats: (string | null)[] = headers.map(() => null);
  for (const column of tableSpec(name).columns) {
    const at = index[column.key];
    if (at >= 0) formats[at] = FORMATS[column.kind] ?? null;
  }
  return formats;
}
