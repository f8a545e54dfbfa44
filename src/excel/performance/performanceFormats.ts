import type { ColumnKind } from "@core/workbook/schema";
import { headerIndex, type PerformanceTable } from "@core/performance/performanceTables";

const FORMATS: Partial<Record<ColumnKind, string>> = {
  money: "#,##0.00",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  integer: "0",
  number: "0.00",
};

/**
 * Queues the number format of each known column of a performance table over its data body (one
 * assignment per column; columns the user added are left alone).
 */
export function queueFormats(table: Excel.Table, spec: PerformanceTable, headers: readonly string[]): void {
  const index = headerIndex(spec, headers);
  for (const column of spec.columns) {
    const format = FORMATS[column.kind];
    if (format === undefined || index[column.key] < 0) continue;
    table.columns.getItemAt(index[column.key]).getDataBodyRange().numberFormat = format as unknown as string[][];
  }
}
