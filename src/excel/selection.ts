import { runExcel } from "./runExcel";
import type { ExcelResult } from "./excelFailure";

/** The user's selection: the sheet's name and the address on it, without the sheet ("B3:D9"). */
export type SelectedRange = { readonly sheet: string; readonly address: string };

/** Stops a subscription; answers with the failure if Excel refused to remove the handler. */
export type Unsubscribe = () => Promise<ExcelResult<void>>;

/** Names the sheet of a selection event, which Excel identifies only by id. */
function readSelection(worksheetId: string, address: string): Promise<ExcelResult<SelectedRange>> {
  return runExcel(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(worksheetId);
    worksheet.load("name");
    await context.sync();
    return { sheet: worksheet.name, address };
  });
}

/**
 * Calls `handler` each time the user selects another range on any sheet. Excel's event names
 * the sheet by id, so each event costs one extra sync to resolve the sheet's name; a failure
 * there reaches the handler as `{ ok: false }` rather than vanishing inside an event callback.
 *
 * @param handler - called with the new selection, or with why it could not be read
 * @returns the function that ends the subscription, or the failure to subscribe
 */
export function onSelectionChanged(
  handler: (selection: ExcelResult<SelectedRange>) => void,
): Promise<ExcelResult<Unsubscribe>> {
  return runExcel(async (context) => {
    const registration = context.workbook.worksheets.onSelectionChanged.add(async (event) => {
      handler(await readSelection(event.worksheetId, event.address));
    });
    await context.sync();
    const unsubscribe: Unsubscribe = () =>
      runExcel(async (removeContext) => {
        registration.remove();
        await removeContext.sync();
      }, registration.context);
    return unsubscribe;
  });
}

/**
 * Selects a range (and so activates its sheet), e.g. to show the user the row a view talks about.
 *
 * @param sheet - the worksheet's name
 * @param address - an A1 address on that sheet, "B3" or "B3:D9"
 * @returns nothing, or the failure (a missing sheet is `not-found`, a bad address `invalid`)
 */
export function selectRange(sheet: string, address: string): Promise<ExcelResult<void>> {
  return runExcel(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).select();
    await context.sync();
  });
}
