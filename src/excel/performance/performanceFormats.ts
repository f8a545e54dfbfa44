import { columnIndex } from "@core/workbook/columnIndex";
import { columnNumberFormat } from "@core/workbook/numberFormat";
import type { TableSpec } from "@core/workbook/schema";

/**
 * Queues the number format of each known column of a performance table over its data body (one
 * assignment per column; columns the user added are left alone), as computed figures show:
 * see columnNumberFormat (text as Text, so what is written or typed there stays as written; a
 * formula column holding text, Rating, General).
 */
export function queueFormats(table: Excel.Table, spec: TableSpec, headers: readonly string[]): void {
  const index = columnIndex(spec, headers);
  for (const column of spec.columns) {
    if (index[column.key] < 0) continue;
    const format = columnNumberFormat(column, "figures");
    table.columns.getItemAt(index[column.key]).getDataBodyRange().numberFormat = format as unknown as string[][];
  }
}
