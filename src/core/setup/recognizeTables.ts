import type { SetupRecord } from "@core/setup/setupRecord";
import { setupTableNames } from "@core/setup/setupTables";
import { findTableName, type TableName } from "@core/workbook/schema";

/** A workbook table as listed: its name and id. */
export type ListedTable = { readonly name: string; readonly id: string };

/**
 * Which workbook table plays which set-up role: the table whose id the record holds for the
 * role (so a table the user renamed is still found), else the table with the role's name
 * (case-insensitive, as Excel compares). A table plays at most one role.
 *
 * @param tables - the workbook's tables
 * @param record - what set-up recorded
 * @returns the listed table per role found
 * @example
 * recognizeTables([{ name: "MyDeals", id: "7" }], { ...record, tables: { Deals: { id: "7", sheet: "Pipeline", complete: true } } })
 * //=> { Deals: { name: "MyDeals", id: "7" } }
 */
export function recognizeTables(
  tables: readonly ListedTable[],
  record: SetupRecord,
): Partial<Record<TableName, ListedTable>> {
  const found: Partial<Record<TableName, ListedTable>> = {};
  const used = new Set<string>();
  for (const role of setupTableNames) {
    const id = record.tables[role]?.id;
    const table = !id ? undefined : tables.find((candidate) => candidate.id === id);
    if (table) {
      found[role] = table;
      used.add(table.id);
    }
  }
  for (const table of tables) {
    const role = findTableName(table.name, setupTableNames);
    if (role && !found[role] && !used.has(table.id)) {
      found[role] = table;
      used.add(table.id);
    }
  }
  return found;
}
