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
 * Two round trips at most, whatever the workbook holds (the Log follow-up button asks on every
 * selection): which tables exist and where, then the bounds of those on the selected sheet only
 * (a null table's range cannot be asked for: Excel fails the sync with ItemNotFound).
 *
 * @returns the table and 0-based data row, or null, or the Office failure
 * @example
 * await readSelectedRecord() //=> { ok: true, value: { table: "Deals", row: 4 } }
 */
export function readSelectedRecord(): Promise<ExcelResult<SelectedRecord | null>> {
  return runExcel(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load("address,worksheet/name");
    const tables = FOLLOW_UP_TABLES.map((name) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.worksheet.load("name");
      return { name, table };
    });
    await context.sync();
    const at = rangeBounds(selected.address);
    const candidates = tables
      .filter(({ table }) => !table.isNullObject && table.worksheet.name === selected.worksheet.name)
      .map(({ name, table }) => ({ name, range: table.getRange().load("address,rowCount") }));
    if (!at || candidates.length === 0) return null;
    await context.sync();
    for (const { name, range } of candidates) {
      const bounds = rangeBounds(range.address);
      if (!bounds || at.left > bounds.right || at.right < bounds.left) continue;
      const row = dataRowAt(selected.address, bounds.top, range.rowCount - 1);
      if (row !== null) return { table: name, row };
    }
    return null;
  });
}
