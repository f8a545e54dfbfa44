/**
 * The arguments of the `onChanged` events (Excel.WorksheetChangedEventArgs,
 * Excel.TableChangedEventArgs), built from a workbook cell change as Excel fills them in:
 * `details` (ExcelApi 1.9) only when one cell changed — for several cells Excel leaves it
 * undefined (office-js issues #5308, #5347) — and `triggerSource` (ExcelApi 1.14, worksheet
 * events only) "ThisLocalAddin" for the add-in's own requests, else "Unknown". Members of a set
 * the host lacks are absent, as on an older Excel.
 */
import { formatAddress, rectIntersection } from "../address";
import { isSetSupportedBy, type PlatformProfile } from "../profiles";
import type { RequestContext } from "../requestContext";
import type { SheetModel } from "../sheetModel";
import type { TableModel } from "../tableModel";
import type { CellsChange, ChangedEventDetail, DataChangeType } from "../workbookTypes";
import type { RangeProxy } from "./rangeProxy";

/** What both events share. */
type ChangedEventArgs = {
  address: string;
  changeType: DataChangeType;
  source: "Local" | "Remote";
  worksheetId: string;
  details?: ChangedEventDetail;
  /** The changed range (ExcelApi 1.8). */
  getRange(ctx: RequestContext): RangeProxy;
};

/** `Excel.WorksheetChangedEventArgs`. */
export type WorksheetChangedEventArgs = ChangedEventArgs & {
  type: "WorksheetChanged";
  triggerSource?: "ThisLocalAddin" | "Unknown";
};

/** `Excel.TableChangedEventArgs`. */
export type TableChangedEventArgs = ChangedEventArgs & { type: "TableChanged"; tableId: string };

function commonArgs(change: CellsChange, address: string, sheet: SheetModel, profile: PlatformProfile) {
  const args: ChangedEventArgs = {
    address,
    changeType: change.changeType,
    source: change.source,
    worksheetId: sheet.uid,
    getRange: (ctx) => ctx.workbook.worksheets.getItem(sheet.uid).getRange(address),
  };
  if (change.details && isSetSupportedBy(profile, "ExcelApi", "1.9")) args.details = { ...change.details };
  return args;
}

/**
 * The arguments of `worksheet.onChanged` / `worksheets.onChanged` for a change on `sheet`.
 *
 * @example
 * worksheetChangedArgs(change, sheet, profile).address //=> "B2:D501"
 */
export function worksheetChangedArgs(
  change: CellsChange,
  sheet: SheetModel,
  profile: PlatformProfile,
): WorksheetChangedEventArgs {
  const args: WorksheetChangedEventArgs = {
    ...commonArgs(change, change.address, sheet, profile),
    type: "WorksheetChanged",
  };
  if (isSetSupportedBy(profile, "ExcelApi", "1.14"))
    args.triggerSource = change.origin === "addin" ? "ThisLocalAddin" : "Unknown";
  return args;
}

/**
 * The arguments of `table.onChanged` / `tables.onChanged` for a change that touches `table`, or
 * null when it does not: rows inserted or deleted belong to the table they name; an edit belongs
 * to every table it overlaps, with the overlap as its address.
 *
 * @example
 * tableChangedArgs(editOfA1toZ9, dealsOnB2toH40, sheet, profile)?.address //=> "B2:H9"
 */
export function tableChangedArgs(
  change: CellsChange,
  table: TableModel,
  sheet: SheetModel,
  profile: PlatformProfile,
): TableChangedEventArgs | null {
  if (change.sheet.toLowerCase() !== sheet.name.toLowerCase() || table.sheetId !== sheet.hfId) return null;
  let address: string;
  if (change.tableId !== undefined) {
    if (change.tableId !== table.id) return null;
    address = change.address;
  } else {
    const overlap = rectIntersection(change.rect, table.range);
    if (!overlap) return null;
    address = formatAddress(overlap);
  }
  return { ...commonArgs(change, address, sheet, profile), type: "TableChanged", tableId: table.id };
}
