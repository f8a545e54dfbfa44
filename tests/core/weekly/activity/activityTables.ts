import type { Cell } from "@core/cells/cell";
import { tableHeaders, type TableName, type WorkbookLanguage } from "@core/workbook/schema";
import type { ActivityTableRows, ActivityTables } from "@core/weekly/activity/activityFacts";

/** A table with the schema's headers in a language, from partial records keyed by column key. */
export function table(
  name: TableName,
  records: readonly Record<string, Cell>[],
  language: WorkbookLanguage = "en-US",
): ActivityTableRows {
  const keys = tableHeaders(name, "en-US");
  return { headers: tableHeaders(name, language), rows: records.map((r) => keys.map((key) => r[key] ?? "")) };
}

/** Hand-built tables in one header language. */
export function tablesOf(
  records: Partial<Record<TableName, readonly Record<string, Cell>[]>>,
  language: WorkbookLanguage = "en-US",
): ActivityTables {
  const out: ActivityTables = {};
  for (const [name, rows] of Object.entries(records))
    out[name as TableName] = table(name as TableName, rows ?? [], language);
  return out;
}
