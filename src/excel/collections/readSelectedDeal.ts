import { dataRowAt } from "@core/customers/dataRowAt";
import { rangeBounds } from "@core/setup/rangeBounds";
import { columnIndex } from "@core/workbook/columnIndex";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";

/** The Deals row the user's selection starts in: its 0-based data row and its DealID as written. */
export type SelectedDeal = { readonly row: number; readonly dealId: string };

/**
 * The deal of the Deals row the user's selection starts in, for the contract form to start from;
 * null when the selection is elsewhere (another sheet, the header, beside the table, a whole
 * column), when there is no Deals table or DealID column, or when the row has no DealID. Three
 * round trips at most: the selection and where Deals is; the table's bounds and headers (only
 * when Deals is on the selected sheet: a null table's range cannot be asked for); the one DealID
 * cell.
 *
 * @returns the selected deal, or null, or the Office failure
 * @example
 * await readSelectedDeal() //=> { ok: true, value: { row: 4, dealId: "D-0005" } }
 */
export function readSelectedDeal(): Promise<ExcelResult<SelectedDeal | null>> {
  return runExcel(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load("address,worksheet/name");
    const table = context.workbook.tables.getItemOrNullObject("Deals");
    table.worksheet.load("name");
    await context.sync();
    const at = rangeBounds(selected.address);
    if (!at || table.isNullObject || table.worksheet.name !== selected.worksheet.name) return null;
    const range = table.getRange().load("address,rowCount");
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    const bounds = rangeBounds(range.address);
    if (!bounds || at.left > bounds.right || at.right < bounds.left) return null;
    const row = dataRowAt(selected.address, bounds.top, range.rowCount - 1);
    const column = columnIndex("Deals", header.values[0] as string[]).DealID;
    if (row === null || column < 0) return null;
    const cell = table.getDataBodyRange().getCell(row, column).load("values");
    await context.sync();
    const dealId = String(cell.values[0][0] ?? "").trim();
    return dealId === "" ? null : { row, dealId };
  });
}
