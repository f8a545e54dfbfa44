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
 * assignment per column; columns the user added are left alone). A formula column without a
 * number format (Rating) gets General: in a Text-formatted cell, as a column inserted beside a
 * text column may be, Excel would keep a formula as text. Text columns get Text (@), so what is
 * written or typed there stays as written.
 */
export function queueFormats(table: Excel.Table, spec: PerformanceTable, headers: readonly string[]): void {
  const index = headerIndex(spec, headers);
  for (const column of spec.columns) {
    const format = column.format ?? FORMATS[column.kind] ?? (column.formula ? "General" : "@");
    if (format === undefined || index[column.key] < 0) continue;
    table.columns.getItemAt(index[column.key]).getDataBodyRange().numberFormat = format as unknown as string[][];
  }
}
