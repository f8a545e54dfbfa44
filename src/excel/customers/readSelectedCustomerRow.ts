import { dataRowAt } from "@core/customers/dataRowAt";
import { rangeBounds } from "@core/setup/rangeBounds";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";

/**
 * The data row of the Customers table the user's selection starts in, or null when the
 * selection is elsewhere (another sheet, the header, outside the table) or there is no Customers
 * table. One round trip.
 *
 * @returns the 0-based data row, or null, or the Office failure
 * @example
 * await readSelectedCustomerRow() //=> { ok: true, value: 11 }
 */
export function readSelectedCustomerRow(): Promise<ExcelResult<number | null>> {
  return runExcel(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load("address,worksheet/name");
    const table = context.workbook.tables.getItemOrNullObject("Customers");
    table.worksheet.load("name");
    const range = table.getRange();
    range.load("address,rowCount,columnCount");
    await context.sync();
    if (table.isNullObject || selected.worksheet.name !== table.worksheet.name) return null;
    const bounds = rangeBounds(range.address);
    const at = rangeBounds(selected.address);
    if (!bounds || !at || at.left > bounds.right || at.right < bounds.left) return null;
    return dataRowAt(selected.address, bounds.top, range.rowCount - 1);
  });
}
