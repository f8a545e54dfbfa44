/**
 * The requirement set of every emulated API newer than ExcelApi 1.1, and the failure Excel gives
 * when a batch uses one the host lacks: the sync fails with `ApiNotFound` ("The API you are trying
 * to use could not be found …", application-specific-api-error-handling). Office.js defines every
 * method on every platform; only the host refuses it, so the check runs at sync, for each command
 * (requestContext.ts) and each loaded property (proxies/clientObject.ts).
 *
 * Keys are "Class.member" as Microsoft's reference names them; "Class.member (set)" where setting
 * a property needs a newer set than reading it; "Class.member (…)" for a parameter that needs a
 * newer set than the method. An API missing here is ExcelApi 1.1.
 * Sources: the "[API set: …]" remark of each member in the Excel JavaScript API reference
 * (learn.microsoft.com/javascript/api/excel), excel-api-online-requirement-set (deleteRows,
 * deleteRowsAt) and Excel.RunOptions (mergeUndoGroup, ExcelApi 1.20). Members of event arguments
 * (`details` ExcelApi 1.9, `triggerSource` 1.14) are not commands: proxies/changedEventArgs.ts
 * leaves them out where the host lacks their set.
 */
import { fail } from "./officeError";
import { isSetSupportedBy, type PlatformProfile } from "./profiles";

/** An API's requirement set and version. */
export type ApiRequirement = { set: string; version: string };

const excel = (version: string): ApiRequirement => ({ set: "ExcelApi", version });
const online: ApiRequirement = { set: "ExcelApiOnline", version: "1.1" };

/** `Class.member` → its requirement set, for every emulated API above ExcelApi 1.1. */
export const API_REQUIREMENTS: Readonly<Record<string, ApiRequirement>> = {
  "Application.calculationMode (set)": excel("1.8"),
  "Application.suspendApiCalculationUntilNextSync": excel("1.6"),
  "Application.suspendScreenUpdatingUntilNextSync": excel("1.9"),
  "CellValueConditionalFormat.format": excel("1.6"),
  "CellValueConditionalFormat.rule": excel("1.6"),
  "Chart.chartType (set)": excel("1.7"),
  "Chart.id": excel("1.7"),
  "ChartCollection.getCount": excel("1.4"),
  "ChartCollection.getItemOrNullObject": excel("1.4"),
  "ConditionalFormat.cellValue": excel("1.6"),
  "ConditionalFormat.custom": excel("1.6"),
  "ConditionalFormat.delete": excel("1.6"),
  "ConditionalFormat.getRange": excel("1.6"),
  "ConditionalFormat.id": excel("1.6"),
  "ConditionalFormat.priority": excel("1.6"),
  "ConditionalFormat.stopIfTrue": excel("1.6"),
  "ConditionalFormat.type": excel("1.6"),
  "ConditionalFormatCollection.add": excel("1.6"),
  "ConditionalFormatCollection.clearAll": excel("1.6"),
  "ConditionalFormatCollection.getCount": excel("1.6"),
  "ConditionalFormatCollection.getItem": excel("1.6"),
  "ConditionalFormatRule.formula": excel("1.6"),
  "ConditionalRangeFill.color": excel("1.6"),
  "ConditionalRangeFont.bold": excel("1.6"),
  "ConditionalRangeFont.color": excel("1.6"),
  "ConditionalRangeFont.italic": excel("1.6"),
  "ConditionalRangeFormat.fill": excel("1.6"),
  "ConditionalRangeFormat.font": excel("1.6"),
  "CustomConditionalFormat.format": excel("1.6"),
  "CustomConditionalFormat.rule": excel("1.6"),
  "DataValidation.clear": excel("1.8"),
  "DataValidation.errorAlert": excel("1.8"),
  "DataValidation.ignoreBlanks": excel("1.8"),
  "DataValidation.prompt": excel("1.8"),
  "DataValidation.rule": excel("1.8"),
  "DataValidation.type": excel("1.8"),
  "DataValidation.valid": excel("1.8"),
  "HeaderFooter.centerFooter": excel("1.9"),
  "HeaderFooter.centerHeader": excel("1.9"),
  "HeaderFooter.leftFooter": excel("1.9"),
  "HeaderFooter.leftHeader": excel("1.9"),
  "HeaderFooter.rightFooter": excel("1.9"),
  "HeaderFooter.rightHeader": excel("1.9"),
  "HeaderFooterGroup.defaultForAllPages": excel("1.9"),
  "NamedItem.comment": excel("1.4"),
  "NamedItem.delete": excel("1.4"),
  "NamedItem.formula": excel("1.7"),
  "NamedItem.getRange": excel("1.4"),
  "NamedItem.getRangeOrNullObject": excel("1.4"),
  "NamedItemCollection.add": excel("1.4"),
  "NamedItemCollection.addFormulaLocal": excel("1.4"),
  "NamedItemCollection.getCount": excel("1.4"),
  "NamedItemCollection.getItemOrNullObject": excel("1.4"),
  "PageLayout.getPrintTitleRowsOrNullObject": excel("1.9"),
  "PageLayout.headersFooters": excel("1.9"),
  "PageLayout.orientation": excel("1.9"),
  "PageLayout.setPrintTitleRows": excel("1.9"),
  "PageLayout.zoom": excel("1.9"),
  "Range.conditionalFormats": excel("1.6"),
  "Range.dataValidation": excel("1.8"),
  "Range.getAbsoluteResizedRange": excel("1.7"),
  "Range.getColumnsAfter": excel("1.2"),
  "Range.getColumnsBefore": excel("1.2"),
  "Range.getIntersectionOrNullObject": excel("1.4"),
  "Range.getResizedRange": excel("1.2"),
  "Range.getRowsAbove": excel("1.2"),
  "Range.getRowsBelow": excel("1.2"),
  "Range.getUsedRangeOrNullObject": excel("1.4"),
  "Range.isEntireColumn": excel("1.7"),
  "Range.isEntireRow": excel("1.7"),
  "Range.numberFormatLocal": excel("1.7"),
  "RangeFormat.autofitColumns": excel("1.2"),
  "RangeFormat.autofitRows": excel("1.2"),
  "RangeFormat.columnWidth": excel("1.2"),
  "RangeFormat.rowHeight": excel("1.2"),
  "RunOptions.mergeUndoGroup": excel("1.20"),
  "Setting.delete": excel("1.4"),
  "Setting.key": excel("1.4"),
  "Setting.value": excel("1.4"),
  "SettingCollection.add": excel("1.4"),
  "SettingCollection.getCount": excel("1.4"),
  "SettingCollection.getItem": excel("1.4"),
  "SettingCollection.getItemOrNullObject": excel("1.4"),
  "Table.convertToRange": excel("1.2"),
  "Table.onChanged": excel("1.7"),
  "Table.resize": excel("1.13"),
  "Table.worksheet": excel("1.2"),
  "TableCollection.getCount": excel("1.4"),
  "TableCollection.onChanged": excel("1.7"),
  "TableCollection.getItemOrNullObject": excel("1.4"),
  "TableColumn.name (set)": excel("1.4"),
  "TableColumnCollection.add (append or name)": excel("1.4"),
  "TableColumnCollection.getCount": excel("1.4"),
  "TableColumnCollection.getItemOrNullObject": excel("1.4"),
  "TableRowCollection.add (several rows)": excel("1.4"),
  "TableRowCollection.add (alwaysInsert)": excel("1.15"),
  "TableRowCollection.deleteRows": online,
  "TableRowCollection.deleteRowsAt": online,
  "TableRowCollection.getCount": excel("1.4"),
  "Workbook.getActiveCell": excel("1.7"),
  "Workbook.name": excel("1.7"),
  "Workbook.onSelectionChanged": excel("1.2"),
  "Workbook.settings": excel("1.4"),
  "Worksheet.freezePanes": excel("1.7"),
  "Worksheet.getRangeByIndexes": excel("1.7"),
  "Worksheet.getUsedRangeOrNullObject": excel("1.4"),
  "Worksheet.names": excel("1.4"),
  "Worksheet.onChanged": excel("1.7"),
  "Worksheet.pageLayout": excel("1.9"),
  "Worksheet.onSelectionChanged": excel("1.7"),
  "Worksheet.standardWidth": excel("1.7"),
  "Worksheet.tabColor": excel("1.7"),
  "Worksheet.visibility (set)": excel("1.2"),
  "WorksheetCollection.getCount": excel("1.4"),
  "WorksheetCollection.getFirst": excel("1.5"),
  "WorksheetCollection.getItemOrNullObject": excel("1.4"),
  "WorksheetCollection.getLast": excel("1.5"),
  "WorksheetCollection.onChanged": excel("1.9"),
  "WorksheetCollection.onSelectionChanged": excel("1.9"),
  "WorksheetFreezePanes.freezeAt": excel("1.7"),
  "WorksheetFreezePanes.freezeColumns": excel("1.7"),
  "WorksheetFreezePanes.freezeRows": excel("1.7"),
  "WorksheetFreezePanes.getLocationOrNullObject": excel("1.7"),
  "WorksheetFreezePanes.unfreeze": excel("1.7"),
};

/**
 * The API a property write uses: "Class.member (set)" where setting needs a newer set than
 * reading, else "Class.member".
 *
 * @example
 * setterApi("TableColumn", "name") //=> "TableColumn.name (set)"
 */
export function setterApi(type: string, name: string): string {
  const setter = `${type}.${name} (set)`;
  return setter in API_REQUIREMENTS ? setter : `${type}.${name}`;
}

/**
 * Fails a command with `ApiNotFound` when the profile lacks the API's requirement set.
 *
 * @example
 * requireApi(PLATFORM_PROFILES.desktop, "TableRowCollection.deleteRows") // throws ApiNotFound
 */
export function requireApi(profile: PlatformProfile, api: string): void {
  const requirement = API_REQUIREMENTS[api];
  if (!requirement || isSetSupportedBy(profile, requirement.set, requirement.version)) return;
  const where =
    requirement.set === "ExcelApiOnline"
      ? `which Excel on ${profile.name === "web" ? "the web" : "Windows and Mac"} does not support`
      : "which this Excel does not support";
  fail(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${api} is in the ${requirement.set} ${requirement.version} requirement set, ${where}.)`,
  );
}
