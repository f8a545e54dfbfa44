import type { Cell } from "@core/cells/cell";
import { rangeBounds } from "@core/setup/rangeBounds";
import { recognizeTables } from "@core/setup/recognizeTables";
import { readSetupRecord, setupSettingKeys } from "@core/setup/setupRecord";
import type { FoundSetupTable, SetupState } from "@core/setup/setupState";
import type { TableName } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";

/**
 * Reads what set-up needs to know about the open workbook, in two round trips: the tables, sheets,
 * names and SalesGrid settings; then, for the tables that play a set-up role, their sheet, header
 * row, row count and last row, and how far each sheet's values reach.
 *
 * @param context - the request context of the surrounding Excel.run
 * @returns the state, as plain data
 */
export async function readSetupState(context: Excel.RequestContext): Promise<SetupState> {
  const workbook = context.workbook;
  workbook.tables.load("items/name,items/id");
  workbook.worksheets.load("items/name");
  workbook.names.load("items/name");
  const settings = Object.values(setupSettingKeys).map((key) => {
    const setting = workbook.settings.getItemOrNullObject(key);
    setting.load("value");
    return { key, setting };
  });
  await context.sync();

  const raw: Record<string, unknown> = {};
  for (const { key, setting } of settings) if (!setting.isNullObject) raw[key] = setting.value;
  const record = readSetupRecord(raw);
  const listed = workbook.tables.items.map((table) => ({ name: table.name, id: table.id }));
  const roles = recognizeTables(listed, record);

  const pending = (Object.entries(roles) as [TableName, { name: string; id: string }][]).map(([role, found]) => {
    const table = workbook.tables.getItem(found.id);
    table.worksheet.load("name");
    const header = table.getHeaderRowRange().load("address,values");
    table.rows.load("count");
    const last = table.getDataBodyRange().getLastRow().load("values");
    return { role, found, table, header, last };
  });
  const sheets = workbook.worksheets.items.map((sheet) => ({
    name: sheet.name,
    used: sheet.getUsedRangeOrNullObject(true).load("address"),
  }));
  await context.sync();

  const tables = pending.map(({ role, found, table, header, last }): FoundSetupTable => {
    const bounds = rangeBounds(header.address);
    const lastRow = (last.values[0] ?? []) as Cell[];
    return {
      table: role,
      workbookName: found.name,
      id: found.id,
      sheet: table.worksheet.name,
      headerRow: bounds?.top ?? 0,
      firstColumn: bounds?.left ?? 0,
      headers: (header.values[0] ?? []).map((value) => String(value ?? "")),
      rowCount: table.rows.count,
      lastRowFirstCell: lastRow[0] ?? "",
    };
  });
  return {
    tables,
    sheets: sheets.map(({ name, used }) => ({
      name,
      lastUsedColumn: used.isNullObject ? null : (rangeBounds(used.address)?.right ?? null),
    })),
    names: workbook.names.items.map((item) => item.name),
    tableNames: listed.map((table) => table.name),
    record,
  };
}

/**
 * What the open workbook holds, for the Set up area's preview.
 *
 * @returns the state, or the Office failure
 * @example
 * const state = await inspectSetup();
 * if (state.ok) planSetup(state.value, { language: "en-US", sample: true, today })
 */
export function inspectSetup(): Promise<ExcelResult<SetupState>> {
  return runExcel(readSetupState);
}
