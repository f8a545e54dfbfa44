import type { SelectedRecord } from "@core/customers/followUpTarget";
import { dataRowAt } from "@core/customers/dataRowAt";
import { rangeBounds } from "@core/setup/rangeBounds";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";

/** The tables a follow-up can be logged from, in the order they are tried. */
const FOLLOW_UP_TABLES = ["Customers", "Deals"] as const;

/**
 * The data row of the Customers or Deals table the user's selection starts in, or null when the
 * selection is elsewhere (another sheet, a header, outside both tables) or neither table exists.
 * One round trip, whatever the workbook holds: the Log follow-up button asks on every selection.
 *
 * @returns the table and 0-based data row, or null, or the Office failure
 * @example
 * await readSelectedRecord() //=> { ok: true, value: { table: "Deals", row: 4 } }
 */
export function readSelectedRecord(): Promise<ExcelResult<SelectedRecord | null>> {
  return runExcel(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load("address,worksheet/name");
    const candidates = FOLLOW_UP_TABLES.map((name) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.worksheet.load("name");
      const range = table.getRange();
      range.load("address,rowCount");
      return { name, table, range };
    });
    await context.sync();
    const at = rangeBounds(selected.address);
    if (!at) return null;
    for (const { name, table, range } of candidates) {
      if (table.isNullObject || table.worksheet.name !== selected.worksheet.name) continue;
      const bounds = rangeBounds(range.address);
      if (!bounds || at.left > bounds.right || at.right < bounds.left) continue;
      const row = dataRowAt(selected.address, bounds.top, range.rowCount - 1);
      if (row !== null) return { table: name, row };
    }
    return null;
  });
}
