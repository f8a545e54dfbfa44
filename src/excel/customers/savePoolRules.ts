import { poolRuleRows, type PoolRules } from "@core/customers/poolRules";
import { tableHeaders, tableSpec, type WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";

/** Where the rules were saved, and whether the table was created. */
export type PoolRulesSaved = { readonly sheet: string; readonly created: boolean };

/**
 * Saves the public pool's rules into the visible PoolRules table (Key, Rule, Value), where a
 * manager can also edit them in the sheet. An existing table gets its Value cells rewritten for the
 * keys it has (other rows and columns are kept) and missing keys appended; without one, a table is
 * created on a new "Pool rules" sheet (a numbered name if that sheet exists).
 *
 * @param rules - the rules to save
 * @param language - the workbook's language (headers and descriptions)
 * @returns where they were saved, or the Office failure
 * @example
 * await savePoolRules(defaultPoolRules, "zh-CN") //=> { ok: true, value: { sheet: "公海规则", created: true } }
 */
export function savePoolRules(rules: PoolRules, language: WorkbookLanguage): Promise<ExcelResult<PoolRulesSaved>> {
  return runExcel(async (context) => {
    const rows = poolRuleRows(rules, language);
    const existing = context.workbook.tables.getItemOrNullObject("PoolRules");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    if (!existing.isNullObject) {
      const body = existing.getDataBodyRange();
      body.load("values,columnCount");
      existing.worksheet.load("name");
      await context.sync();
      const keys = (body.values as unknown[][]).map((row) =>
        String(row[0] ?? "")
          .trim()
          .toLowerCase(),
      );
      const missing: (string | number)[][] = [];
      for (const row of rows) {
        const at = keys.indexOf(String(row[0]).toLowerCase());
        if (at >= 0) body.getCell(at, body.columnCount - 1).values = [[row[2]]];
        else {
          const added: (string | number)[] = Array.from({ length: body.columnCount }, () => "");
          added[0] = row[0];
          if (body.columnCount > 2) added[1] = row[1];
          added[body.columnCount - 1] = row[2];
          missing.push(added);
        }
      }
      if (missing.length > 0) existing.rows.add(undefined, missing);
      await context.sync();
      return { sheet: existing.worksheet.name, created: false };
    }
    const taken = new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
    const wanted = tableSpec("PoolRules").sheet[language];
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} ${n}`;
    const sheet = sheets.add(name);
    const values = [tableHeaders("PoolRules", language), ...rows];
    const range = sheet.getRangeByIndexes(0, 0, values.length, 3);
    range.values = values;
    const table = sheet.tables.add(range, true);
    table.name = "PoolRules";
    range.format.autofitColumns();
    await context.sync();
    return { sheet: name, created: true };
  });
}
