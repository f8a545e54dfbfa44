import { columnIndex } from "@core/workbook/columnIndex";
import { figureFormat } from "@core/workbook/numberFormat";
import { tableSpec, type TableName } from "@core/workbook/schema";

/**
 * The number format of each column of a table's header row, as the Goals area's computed
 * tables show them (null to leave a column as it is: text, plain numbers and columns the user
 * added).
 *
 * @example
 * columnFormats("Targets", ["Period", "PeriodStart"]) //=> [null, "yyyy-mm-dd"]
 */
export function columnFormats(name: TableName, headers: readonly string[]): (string | null)[] {
  const index = columnIndex(name, headers);
  const formats: (string | null)[] = headers.map(() => null);
  for (const column of tableSpec(name).columns) {
    const at = index[column.key];
    if (at >= 0) formats[at] = figureFormat(column.kind, "figures") ?? null;
  }
  return formats;
}
