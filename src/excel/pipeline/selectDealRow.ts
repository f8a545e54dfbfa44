import type { Cell } from "@core/cells/cell";
import { columnIndex } from "@core/workbook/columnIndex";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";

/** Where a deal's row was selected. */
export type SelectedDeal = { readonly sheet: string; readonly address: string };

function sameId(cell: Cell, dealId: string): boolean {
  return String(cell ?? "").trim() === dealId;
}

/**
 * Selects a deal's row in the Deals table (which activates its sheet), so the user sees the deal
 * a view talks about. The row the pane last read is tried first; if the user has sorted or
 * edited the table since, the deal is found again by its DealID.
 *
 * @param dealId - the deal's DealID
 * @param row - 0-based data row where the pane read it
 * @returns where it was selected, null when no row has that DealID, or the Office failure
 * @example
 * await selectDealRow("D-0042", 41) //=> { ok: true, value: { sheet: "Pipeline", address: "A43:Q43" } }
 */
export function selectDealRow(dealId: string, row: number): Promise<ExcelResult<SelectedDeal | null>> {
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItem("Deals");
    const header = table.getHeaderRowRange();
    header.load("values");
    const body = table.getDataBodyRange();
    body.load("rowCount");
    await context.sync();
    const at = columnIndex("Deals", header.values[0] ?? []).DealID;
    let found = -1;
    if (at < 0) found = row < body.rowCount ? row : -1;
    else {
      if (row >= 0 && row < body.rowCount) {
        const cell = body.getCell(row, at);
        cell.load("values");
        await context.sync();
        if (sameId(cell.values[0][0] as Cell, dealId)) found = row;
      }
      if (found < 0) {
        const ids = body.getColumn(at);
        ids.load("values");
        await context.sync();
        found = (ids.values as Cell[][]).findIndex((cells) => sameId(cells[0], dealId));
      }
    }
    if (found < 0) return null;
    const target = body.getRow(found);
    target.select();
    target.load("address,worksheet/name");
    await context.sync();
    return { sheet: target.worksheet.name, address: target.address.slice(target.address.lastIndexOf("!") + 1) };
  });
}
